"""Crash safety and file locks without fork: the same on Windows as on Linux and macOS.

test_crash.py SIGKILLs forked writers 200+ times (POSIX only). Here every writer is a process of
its own, killed with ``Popen.kill()`` — SIGKILL on POSIX, TerminateProcess on Windows (the CI's
windows-latest job), where SQLite locks the file with LockFileEx and the OS must release the
locks of the killed process. And two processes on one diary: the second is refused while the
first has it open for writing (the one-writer lock beside the diary), and may read beside it.
"""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from aflastapp.services import session as sess
from aflastapp.storage.errors import DiaryInUseError, ReadOnlyDiaryError
from tests.storage.helpers import REPO, check_committed_kept, diary_for_writers

KILLS = 12

WRITER = "from tests.storage.crash_writer import write_forever; import sys; write_forever(sys.argv[1], " \
         "__import__('os').environ['AFLASTAPP_CRASH_KEY'], int(sys.argv[2]))"

HOLDER = textwrap.dedent("""
    import os, sys, time
    from aflastapp.services import session as sess
    s = sess.unlock(sys.argv[1], recovery_key=os.environ["AFLASTAPP_CRASH_KEY"])
    with s.transaction() as db:  # BEGIN IMMEDIATE: holds the write lock until the block ends
        db.table("meta").upsert({"key": "holder", "value": "1"}, pk="key")
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
    print("released", flush=True)
    sess.lock(s, backup=False)
""")


def test_killed_writer_processes_lose_nothing_committed(data_dir: Path) -> None:
    recovery, env = diary_for_writers(data_dir)
    rng = random.Random(20261203)
    committed: set[str] = set()
    for round_no in range(1, KILLS + 1):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(round_no)],
                                  stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
        assert writer.stdout is not None
        try:
            first = writer.stdout.readline().split()
            assert first and first[0] == "P", first
            for _ in range(rng.choice([1, 2, 3, 5, 8])):
                line = writer.stdout.readline().split()
                assert line and line[0] == "C", line
                committed.add(line[1])
            time.sleep(rng.random() * 0.004)
        finally:
            writer.kill()  # SIGKILL / TerminateProcess: no cleanup, no unlock, no checkpoint
        rest, _ = writer.communicate(timeout=60)
        committed.update(ln.split()[1] for ln in rest.splitlines() if ln.startswith("C "))
        check_committed_kept(data_dir, recovery, committed)  # opens (the killed process' file locks are gone)
    assert len(committed) >= KILLS


def test_a_second_writer_is_refused_while_the_first_has_the_diary_open(data_dir: Path) -> None:
    """One writer at a time (issue 11): the lock beside the diary (``diary.lock``, an OS file lock
    the OS drops with the process) makes a second process that would write say that the diary is
    open elsewhere, writing nothing; reading beside the writer still works; once the first process
    has closed the diary, the second one opens it and writes."""
    recovery, env = diary_for_writers(data_dir)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir), "1.5"], stdout=subprocess.PIPE,
                              text=True, env=env, cwd=REPO)
    assert holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = (data_dir / "diary.db").read_bytes()
        with pytest.raises(DiaryInUseError) as e:
            sess.unlock(data_dir, recovery_key=recovery)
        assert "åben et andet sted" in str(e.value)
        assert (data_dir / "diary.db").read_bytes() == before
        reader = sess.unlock(data_dir, recovery_key=recovery, readonly_ok=True)
        try:
            assert reader.readonly is not None
            assert reader.db.table("children").count == 1  # reads the committed state
            with pytest.raises(ReadOnlyDiaryError), reader.transaction():
                pass
        finally:
            sess.lock(reader)
        out, _ = holder.communicate(timeout=60)
    finally:
        holder.kill()
    assert holder.returncode == 0 and out.strip() == "released"
    s = sess.unlock(data_dir, recovery_key=recovery)  # the first process has closed it
    try:
        with s.transaction() as db:
            db.table("meta").upsert({"key": "second", "value": "2"}, pk="key")
        values = dict(
            s.db.execute("SELECT key, value FROM meta WHERE key IN ('holder', 'second')").fetchall()
        )
    finally:
        sess.lock(s, backup=False)
    assert values == {"holder": "1", "second": "2"}, "both writes are in the diary"
