"""A process that takes and releases the database lock over and over (used by
tests/data/test_lock.py; not a test module). While it holds the lock it claims `owner` with
O_EXCL: if another process holds "the same" lock at that moment the claim fails, and the
overlap is counted. Prints the number of overlaps and of times it held the lock."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from teamlead_app.data.filelock import AlreadyOpenError, DbLock


def main(lock_path: Path, owner: Path, seconds: float) -> None:
    overlaps = held = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        lock = DbLock(lock_path)
        try:
            lock.acquire()
        except AlreadyOpenError:
            continue
        try:
            fd = os.open(owner, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            overlaps += 1
        else:
            held += 1
            os.close(fd)
            os.unlink(owner)
        lock.release()
    print(overlaps, held)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3]))
