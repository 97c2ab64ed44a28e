"""Crash safety and file locks without fork: the same on Windows as on Linux and macOS.

test_crash.py SIGKILLs forked writers 200+ times (POSIX only). Here every writer is a process of
its own, killed with ``Popen.kill()`` — SIGKILL on POSIX, TerminateProcess on Windows (the CI's
windows-latest job), where SQLite locks the file with LockFileEx and the OS must release the
locks of the killed process. And two processes on one diary: the second waits for the first's
write lock (busy_timeout) instead of failing.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from aflastapp.services import session as sess
from tests.storage.helpers import fill
from tests.storage.test_crash import _check

REPO = Path(__file__).resolve().parents[2]
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


def _env(recovery: str) -> dict[str, str]:
    return dict(os.environ, AFLASTAPP_CRASH_KEY=recovery,
                PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))


def test_killed_writer_processes_lose_nothing_committed(data_dir: Path) -> None:
    s, recovery = sess.setup(data_dir)
    fill(s)
    sess.lock(s, backup=False)
    rng = random.Random(20261203)
    committed: set[str] = set()
    for round_no in range(1, KILLS + 1):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(round_no)],
                                  stdout=subprocess.PIPE, text=True, env=_env(recovery), cwd=REPO)
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
        _check(data_dir, recovery, committed)  # opens (the killed process' file locks are gone)
    assert len(committed) >= KILLS


def test_a_second_process_waits_for_the_write_lock(data_dir: Path) -> None:
    s, recovery = sess.setup(data_dir)
    fill(s)
    sess.lock(s, backup=False)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir), "1.5"], stdout=subprocess.PIPE,
                              text=True, env=_env(recovery), cwd=REPO)
    assert holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        s = sess.unlock(data_dir, recovery_key=recovery)
        try:
            start = time.monotonic()
            with s.transaction() as db:  # waits for the holder's commit, then writes
                db.table("meta").upsert({"key": "second", "value": "2"}, pk="key")
            waited = time.monotonic() - start
            values = dict(s.db.execute("SELECT key, value FROM meta WHERE key IN ('holder', 'second')")
                          .fetchall())
        finally:
            sess.lock(s, backup=False)
        out, _ = holder.communicate(timeout=60)
    finally:
        holder.kill()
    assert holder.returncode == 0 and out.strip() == "released"
    assert values == {"holder": "1", "second": "2"}, "both writes are in the diary"
    assert waited > 0.5, "the second writer waited for the lock instead of writing past it"
