"""The app's face: its icon (PNG sizes exported from resources/icons/teamlead.svg)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from teamlead_app.config import icons_dir

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The icon in every size that ships; an empty icon (Qt's default) when none does."""
    icon = QIcon()
    folder = icons_dir()
    for size in SIZES:
        file = folder / f"teamlead-{size}.png"
        if file.is_file():
            icon.addFile(str(file))
    return icon
