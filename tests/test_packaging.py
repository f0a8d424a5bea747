"""The packaging files are complete and consistent: the spec ships what the frozen app loads as
files, the Windows installer installs per user and keeps the data, the icon exists in every size
the spec, the installer and the desktop entry use."""

from __future__ import annotations

import re
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icon_exists_in_every_size_and_as_ico() -> None:
    assert (ICONS / "teamlead.svg").read_text().startswith("<svg")
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert _png_size(ICONS / f"teamlead-{size}.png") == (size, size)
    ico = (ICONS / "teamlead.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)


def test_the_spec_ships_what_is_loaded_as_files() -> None:
    spec = (PACKAGING / "teamlead.spec").read_text()
    for shipped in (
        '"teamlead_app/resources/fonts"',
        '"teamlead_app/resources/icons"',
        '"teamlead_app/resources/i18n"',
        '"teamlead_app/data/migrations"',
        "copy_metadata",
        'collect_submodules("teamlead_app")',
        # "Wachtwoord onthouden": keyring's stores are imported by name
        'collect_submodules("keyring")',
        # the Dutch holiday names: without them the frozen demo and planning stopped
        'collect_data_files("holidays", includes=["locale/*/LC_MESSAGES/NL.mo"])',
    ):
        assert shipped in spec
    assert '"PySide6.QtWebEngineCore"' in spec and '"PySide6.QtQml"' in spec
    migrations = ROOT / "src" / "teamlead_app" / "data" / "migrations"
    assert (migrations / "script.py.mako").exists() and list(migrations.glob("versions/0*.py"))


def test_the_installer_is_per_user_bilingual_and_keeps_the_data() -> None:
    iss = (PACKAGING / "windows" / "teamlead.iss").read_text()
    assert "PrivilegesRequired=lowest" in iss
    assert re.search(r"PrivilegesRequiredOverridesAllowed=dialog", iss)
    assert 'Name: "dutch"' in iss and 'Name: "english"' in iss
    assert 'Name: "desktopicon"' in iss and "Flags: unchecked" in iss
    assert "{autoprograms}" in iss and "SetupIconFile=..\\..\\resources\\icons\\teamlead.ico" in iss
    assert "[UninstallDelete]\n" not in iss and "localappdata}\\Teamlead\\Teamlead" in iss
    assert "dutch.DataKept=" in iss and "english.DataKept=" in iss
    build = (PACKAGING / "windows" / "build.ps1").read_text()
    assert "/DAppVersion=$Version" in build and "--self-test" in build
    assert "packaging\\teamlead.spec" in build and "requirements-bundle.txt" in build
    for text in (iss, build, (PACKAGING / "README.md").read_text()):
        assert not re.search(r"TODO|FIXME|XXX|placeholder|<fill", text, re.IGNORECASE)


def test_the_desktop_entry_uses_the_app_icon() -> None:
    entry = (PACKAGING / "teamlead-app.desktop").read_text()
    assert "Icon=teamlead\n" in entry and "Exec=teamlead-app\n" in entry
