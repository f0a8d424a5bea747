"""The About dialog's list of what ships is the real list: every runtime dependency of the
installed package (followed to the end) has its licence there; the version shown is the one in
pyproject.toml."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

from packaging.markers import Marker

import teamlead_app
from teamlead_app.licences import COMPONENTS, DIST_NAME, app_version

ROOT = Path(__file__).resolve().parents[1]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_closure(name: str, seen: set[str]) -> set[str]:
    key = _norm(name)
    if key in seen:
        return seen
    seen.add(key)
    for requirement in importlib.metadata.distribution(name).requires or []:
        spec, _, marker = requirement.partition(";")
        if marker and not Marker(marker).evaluate({"extra": ""}):
            continue  # an extra (tests) or another platform
        dependency = re.match(r"[A-Za-z0-9_.\-]+", spec.strip())
        assert dependency is not None
        _runtime_closure(dependency.group(0), seen)
    return seen


def test_every_runtime_dependency_has_its_licence_listed() -> None:
    shipped = _runtime_closure(DIST_NAME, set()) - {_norm(DIST_NAME)}
    listed = {_norm(c.dist) for c in COMPONENTS if c.dist}
    assert shipped - listed == set(), "add these to teamlead_app/licences.py"
    assert {"pyside6-essentials", "reportlab", "sqlalchemy", "alembic"} <= listed
    assert all(c.licence and c.link.startswith("https://") for c in COMPONENTS)
    assert any(c.name.startswith("DejaVu") for c in COMPONENTS)


def test_the_version_comes_from_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert app_version() == importlib.metadata.version(DIST_NAME) == version
    assert teamlead_app.__version__ == version
