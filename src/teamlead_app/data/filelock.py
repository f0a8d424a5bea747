"""An OS-level lock on `<db>.lock`, so a second start on the same file is refused.
The OS drops the lock when the process dies, so a crash never leaves a stale lock."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from teamlead_app.errors import StorageError


class DbLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+")  # noqa: SIM115 - held open for the app's lifetime
        except OSError as exc:
            raise StorageError(f"lock: {exc.strerror}") from exc
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyOpenError(str(self.path)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        _unlock(self._handle)
        self._handle.close()
        self._handle = None
        with contextlib.suppress(OSError):
            self.path.unlink()


class AlreadyOpenError(StorageError):
    """Another instance has this database open."""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
