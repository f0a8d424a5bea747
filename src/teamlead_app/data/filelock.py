"""An OS-level lock on `<db>.lock`, taken by the GUI and by every CLI command that writes or
exports, so two processes never work on the same file at once.

The OS drops the lock when the process dies, so a crash never leaves a stale lock. The lock
file itself is never deleted: deleting it on release would let a process that opened the old
file and a process that creates a new one both "own" the lock at the same time.

While held, the file holds the owner's process id; a clean release empties it. So a
non-empty lock file found at acquire time means the previous owner did not end cleanly
(crash, kill, power loss): `previous_exit_clean` is then False and opening checks the file."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from teamlead_app.errors import StorageError
from teamlead_app.i18n import t
from teamlead_app.util.private import open_private


class AlreadyOpenError(StorageError):
    """Another instance has this database open."""


class DbLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self.previous_exit_clean = True

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        try:
            fd = open_private(self.path, os.O_RDWR)
        except OSError as exc:
            raise StorageError(
                t(
                    f"Het slotbestand {self.path} kan niet worden gemaakt: {exc.strerror}",
                    f"The lock file {self.path} cannot be made: {exc.strerror}",
                )
            ) from exc
        try:
            _lock(fd)
        except OSError:
            owner = _read_owner(fd)
            os.close(fd)
            raise AlreadyOpenError(_already_open_message(self.path, owner)) from None
        self.previous_exit_clean = _read_owner(fd) == ""
        _write(fd, str(os.getpid()))
        self._fd = fd

    def release(self) -> None:
        """Mark a clean end and unlock. The file stays (see the module docstring)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _write(fd, "")
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)


def _already_open_message(path: Path, owner: str) -> str:
    who = t(f" (proces {owner})", f" (process {owner})") if owner.isdigit() else ""
    name = path.name.removesuffix(".lock")
    return t(
        f"De database {name} is al geopend door een ander venster of een andere opdracht "
        f"van het programma{who}. Sluit dat eerst en probeer het dan opnieuw.",
        f"The database {name} is already open in another window or command of the "
        f"program{who}. Close that first, then try again.",
    )


# The lock covers a byte far beyond the text, so the owner's pid stays readable on Windows
# (msvcrt locks are mandatory for the locked range).
_LOCK_OFFSET = 1 << 20


def _read_owner(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 64).decode("ascii", "replace").strip()
    except OSError:
        return ""


def _write(fd: int, text: str) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, text.encode("ascii"))
    os.fsync(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
