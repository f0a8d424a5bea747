"""Files and folders readable only by the user: the database, its lock, backups and logs hold
personnel data. On Linux and macOS the mode is set explicitly (0600 files, 0700 folders), so
the user's umask does not matter. On Windows the modes are ignored: the files live in the
user's own profile folder (%LOCALAPPDATA%), which other users cannot read."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def make_private_folder(folder: Path) -> None:
    """Create `folder` and its missing parents, each made here 0700 (existing ones stay)."""
    missing = []
    current = folder
    while not current.is_dir() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(exist_ok=True)
        _chmod(path, FOLDER_MODE)


def create_private_file(path: Path) -> bool:
    """Create an empty 0600 file if none exists. True when it was created here."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return True


def open_private(path: Path, flags: int) -> int:
    """os.open with O_CREAT at mode 0600 (set explicitly on a newly made file)."""
    created = not path.exists()
    fd = os.open(path, flags | os.O_CREAT, FILE_MODE)
    if created and hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)
    return fd


def tighten(path: Path, mode: int = FILE_MODE) -> None:
    """Take away group and other rights of a file we own (an older version made it 0644)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = path.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            path.chmod(info.st_mode & mode & 0o777)


def _chmod(path: Path, mode: int) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(mode)
