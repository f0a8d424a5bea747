"""What ships with the app and under which licence: shown in the "Over Teamlead" dialog.
A test keeps this list equal to the runtime dependencies the installed package really has
(so a new dependency cannot ship unlisted). No Qt here."""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass

from teamlead_app import __version__

DIST_NAME = "teamlead-app"


@dataclass(frozen=True)
class Component:
    name: str
    licence: str  # SPDX expression, or the licence's own name
    url: str  # empty: the distribution's page on PyPI
    dist: str | None = None  # the Python distribution, when it is one (for its version)

    @property
    def link(self) -> str:
        return self.url or f"https://pypi.org/project/{self.dist}/"


COMPONENTS = (
    Component("Python", "PSF-2.0", "https://www.python.org"),
    Component(
        "Qt 6 (PySide6-Essentials)",
        "LGPL-3.0-only",
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
        "PySide6-Essentials",
    ),
    Component("Shiboken6", "LGPL-3.0-only", "", "shiboken6"),
    Component("SQLAlchemy", "MIT", "https://www.sqlalchemy.org", "SQLAlchemy"),
    Component("Alembic", "MIT", "https://alembic.sqlalchemy.org", "alembic"),
    Component("Mako", "MIT", "https://www.makotemplates.org", "Mako"),
    Component("MarkupSafe", "BSD-3-Clause", "", "MarkupSafe"),
    Component("typing_extensions", "PSF-2.0", "", "typing_extensions"),
    Component("ReportLab", "BSD-3-Clause", "https://www.reportlab.com", "reportlab"),
    Component("rl_accel (ReportLab)", "BSD-3-Clause", "https://www.reportlab.com", "rl-accel"),
    Component("Pillow", "MIT-CMU", "https://python-pillow.org", "pillow"),
    Component("charset-normalizer", "MIT", "", "charset-normalizer"),
    Component("XlsxWriter", "BSD-2-Clause", "https://xlsxwriter.readthedocs.io", "XlsxWriter"),
    Component("openpyxl", "MIT", "https://openpyxl.readthedocs.io", "openpyxl"),
    Component("et_xmlfile", "MIT", "", "et_xmlfile"),
    Component("icalendar", "BSD-2-Clause", "https://icalendar.readthedocs.io", "icalendar"),
    Component("python-dateutil", "BSD-3-Clause AND Apache-2.0", "", "python-dateutil"),
    Component("tzdata", "Apache-2.0", "", "tzdata"),
    Component("holidays", "MIT", "https://github.com/vacanza/holidays", "holidays"),
    Component("six", "MIT", "", "six"),
    Component("platformdirs", "MIT", "", "platformdirs"),
    Component("psycopg 3", "LGPL-3.0-only", "https://www.psycopg.org", "psycopg"),
    Component(
        "psycopg-binary (with libpq: PostgreSQL licence)",
        "LGPL-3.0-only AND PostgreSQL",
        "https://www.psycopg.org",
        "psycopg-binary",
    ),
    # keyring and what it needs (the last five only on Linux, pywin32-ctypes only on
    # Windows; importlib_metadata, zipp and backports.tarfile only before Python 3.12).
    Component("keyring", "MIT", "https://github.com/jaraco/keyring", "keyring"),
    Component("jaraco.classes", "MIT", "", "jaraco.classes"),
    Component("jaraco.functools", "MIT", "", "jaraco.functools"),
    Component("jaraco.context", "MIT", "", "jaraco.context"),
    Component("more-itertools", "MIT", "", "more-itertools"),
    Component("backports.tarfile", "MIT", "", "backports.tarfile"),
    Component("importlib_metadata", "Apache-2.0", "", "importlib_metadata"),
    Component("lazy-importer", "Apache-2.0", "", "lazy-importer"),
    Component("zipp", "MIT", "", "zipp"),
    Component("pywin32-ctypes", "BSD-3-Clause", "", "pywin32-ctypes"),
    Component("SecretStorage", "BSD-3-Clause", "", "SecretStorage"),
    Component("jeepney", "MIT", "", "jeepney"),
    Component("cryptography", "Apache-2.0 OR BSD-3-Clause", "", "cryptography"),
    Component("cffi", "MIT", "", "cffi"),
    Component("pycparser", "BSD-3-Clause", "", "pycparser"),
    Component(
        "DejaVu Sans",
        "Bitstream-Vera (DejaVu)",
        "https://dejavu-fonts.github.io/License.html",
    ),
)


def app_version() -> str:
    """The version of the installed package (from pyproject.toml), in the source run and in the
    bundle (which carries the package metadata)."""
    try:
        return importlib.metadata.version(DIST_NAME)
    except importlib.metadata.PackageNotFoundError:
        return __version__


def component_version(component: Component) -> str:
    if component.dist is None:
        if component.name == "Python":
            import platform

            return platform.python_version()
        return ""
    try:
        return importlib.metadata.version(component.dist)
    except importlib.metadata.PackageNotFoundError:
        return ""
