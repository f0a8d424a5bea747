#!/usr/bin/env python3
"""Set-up and run in one step: `python3 dev.py run [ARGS]` starts the app,
`python3 dev.py test` runs lint, types and the whole test suite, `python3 dev.py bundle`
builds the frozen app (PyInstaller, one folder) in `dist/teamlead-app/`.

Needs nothing but Python 3.11+. Creates `.venv/`, installs the project (editable,
with test extras) and builds the translations; a stamp file keeps the second run fast.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".teamlead-setup"


def _fingerprint() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        digest.update(ts.read_bytes())
    return digest.hexdigest()


def _run(*args: str | Path) -> None:
    result = subprocess.run([str(a) for a in args], cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


def setup() -> None:
    if STAMP.exists() and STAMP.read_text() == _fingerprint() and PY.exists():
        return
    if not PY.exists():
        print("Virtuele omgeving maken in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Pakketten installeren ...", flush=True)
    _run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(PY, "-m", "pip", "install", "--quiet", "-e", ".[test]")
    _run(PY, ROOT / "tools" / "i18n.py", "build")
    STAMP.write_text(_fingerprint())


def bundle() -> None:
    """The one-folder bundle in dist/teamlead-app/ (PyInstaller installed into .venv once)."""
    has_pyinstaller = subprocess.run(
        [str(PY), "-c", "import PyInstaller"], cwd=ROOT, capture_output=True
    )
    if has_pyinstaller.returncode != 0:
        print("PyInstaller installeren ...", flush=True)
        _run(
            PY,
            "-m",
            "pip",
            "install",
            "--quiet",
            "-r",
            ROOT / "packaging" / "requirements-bundle.txt",
        )
    print("Bundel bouwen ...", flush=True)
    _run(
        PY, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", ROOT / "dist", "--workpath", ROOT / "build" / "pyinstaller",
        ROOT / "packaging" / "teamlead.spec",
    )  # fmt: skip
    folder = ROOT / "dist" / "teamlead-app"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"Bundel klaar: {folder} ({size / 1e6:.0f} MB)")


def main(argv: list[str]) -> None:
    verb = argv[0] if argv else ""
    if verb not in {"run", "test", "setup", "bundle"}:
        print(
            "Gebruik: python3 dev.py run [ARGS] | python3 dev.py test [PYTEST-ARGS]"
            " | python3 dev.py bundle"
        )
        sys.exit(2)
    setup()
    if verb == "run":
        os.execv(str(PY), [str(PY), "-m", "teamlead_app", *argv[1:]])
    if verb == "bundle":
        bundle()
    if verb == "test":
        _run(PY, "-m", "ruff", "check", ".")
        _run(PY, "-m", "ruff", "format", "--check", ".")
        _run(PY, "-m", "mypy")
        _run(PY, "-m", "pytest", *argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
