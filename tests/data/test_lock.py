"""One lock for the GUI and every writing command: the lock file stays on release (deleting
it let two processes own the lock at once), a second process is refused with a clear message,
and a lock left by a killed process marks its session as not cleanly ended."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from teamlead_app.config import DbPaths
from teamlead_app.data.filelock import AlreadyOpenError, DbLock

HERE = Path(__file__).resolve().parent


def test_release_keeps_the_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite.lock"
    lock = DbLock(path)
    lock.acquire()
    lock.release()
    assert path.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX flock; Windows cannot delete an open file")
def test_a_process_that_opened_the_old_file_cannot_share_the_lock(tmp_path: Path) -> None:
    """The race the deleted lock file allowed, step by step: B opens the lock file while A
    holds it; A releases; B locks its handle; C must now be refused (with a deleted file, C
    created a new one and both B and C held "the" lock)."""
    path = tmp_path / "x.sqlite.lock"
    first = DbLock(path)
    first.acquire()
    late = DbLock(path)
    with pytest.raises(AlreadyOpenError):
        late.acquire()
    fd = os.open(path, os.O_RDWR)  # B has the file open, waiting for its turn
    first.release()
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # B now owns the lock
    try:
        with pytest.raises(AlreadyOpenError):
            DbLock(path).acquire()  # C
    finally:
        os.close(fd)


def test_two_processes_never_hold_the_lock_at_once(tmp_path: Path) -> None:
    lock, owner = tmp_path / "db.sqlite.lock", tmp_path / "owner"
    command = [sys.executable, str(HERE / "lock_contender.py"), str(lock), str(owner), "1.0"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    results = [run.communicate(timeout=60)[0].split() for run in runs]
    overlaps = sum(int(r[0]) for r in results)
    held = [int(r[1]) for r in results]
    assert overlaps == 0
    assert all(count > 0 for count in held)  # both really took turns


def test_second_process_gets_a_clear_message_with_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "team.sqlite.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from teamlead_app.data.filelock import DbLock;"
            "l = DbLock(Path(sys.argv[1])); l.acquire(); print('held', flush=True);"
            "sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyOpenError) as caught:
            DbLock(path).acquire()
        message = str(caught.value)
        assert "al geopend" in message and f"proces {holder.pid}" in message
        assert "team.sqlite" in message
    finally:
        holder.communicate("", timeout=10)


def test_a_killed_owner_leaves_an_unclean_mark(tmp_path: Path) -> None:
    path = DbPaths(tmp_path / "team.sqlite").lock
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from pathlib import Path; from teamlead_app.data.filelock import "
            "DbLock; DbLock(Path(sys.argv[1])).acquire(); os._exit(9)",
            str(path),
        ],
        check=False,
    )
    lock = DbLock(path)
    lock.acquire()
    assert not lock.previous_exit_clean
    lock.release()
    again = DbLock(path)
    again.acquire()
    assert again.previous_exit_clean
    again.release()
