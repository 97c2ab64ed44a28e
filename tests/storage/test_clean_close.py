"""The clean-close marker (issue 16): the app's open (``unlock(defer_check=True)``) skips the full
integrity check only when the last session closed cleanly; after a kill it runs the check at
open. The marker never makes a damaged diary look healthy: the deferred check (``verify``) finds
the damage, and the next open checks at once.

The kill test SIGKILLs real processes at random moments, 150 times."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aflastapp.services import session as sess
from aflastapp.storage import db as dbmod
from aflastapp.storage.diary import CLEAN_MARK, IN_USE_MARK
from aflastapp.storage.errors import DamagedDatabaseError, ReadOnlyDiaryError
from tests.storage.helpers import REPO, damage_only_the_cipher_check_sees, diary_for_writers, fill

ROUNDS = 150


def _marker(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir() if p.name in (CLEAN_MARK, IN_USE_MARK))


def test_clean_close_skips_the_check_at_open_and_the_open_takes_the_marker_away(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    fill(s)
    sess.lock(s, backup=False)
    assert _marker(data_dir) == ["diary.clean"]
    assert (data_dir / "diary.clean").stat().st_size == 0  # it holds nothing
    db_bytes = (data_dir / "diary.db").read_bytes()

    s = sess.unlock(data_dir, defer_check=True)
    try:
        assert s.checked_at_open is False
        assert _marker(data_dir) == ["diary.in-use"]  # a kill from here on means a check at open
        sess.verify(s)  # healthy: no error
    finally:
        sess.lock(s, backup=False)
    assert _marker(data_dir) == ["diary.clean"]
    assert (data_dir / "diary.db").read_bytes() == db_bytes  # nothing written: the file is as it was


def test_without_defer_every_open_checks_and_still_takes_the_marker_away(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    sess.lock(s, backup=False)
    s = sess.unlock(data_dir)
    try:
        assert s.checked_at_open is True
        assert _marker(data_dir) == ["diary.in-use"]
    finally:
        sess.lock(s, backup=False)


def _crash(s: sess.Session) -> None:
    """Stop using the session as a killed process would: no close, no marker."""
    raw = s.db.conn.raw  # type: ignore[attr-defined]
    raw.close()
    assert s.diary.lock is not None
    s.diary.lock.release()


def test_no_marker_or_a_wal_with_data_means_a_check_at_open(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    sess.lock(s, backup=False)
    (data_dir / "diary.clean").unlink()  # missing: checked
    s = sess.unlock(data_dir, defer_check=True)
    assert s.checked_at_open is True
    sess.lock(s, backup=False)

    s = sess.unlock(data_dir, defer_check=True)
    assert s.checked_at_open is False
    with s.transaction() as db:
        db.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
    (data_dir / "diary.clean").touch()  # even a marker put back by hand does not hide the WAL
    wal = data_dir / "diary.db-wal"
    s.db.conn.raw.execute("PRAGMA wal_autocheckpoint = 0")  # type: ignore[attr-defined]
    held = wal.read_bytes()
    _crash(s)
    if not wal.exists():  # closing the last connection checkpointed it: put the crash's WAL back
        wal.write_bytes(held)
    assert wal.stat().st_size > 0
    s = sess.unlock(data_dir, defer_check=True)
    try:
        assert s.checked_at_open is True
        assert s.db.execute("SELECT value FROM meta WHERE key = 'x'").fetchone() == ("y",)
    finally:
        sess.lock(s, backup=False)


def test_the_marker_never_makes_a_damaged_diary_look_healthy(data_dir: Path) -> None:
    """Damage only ``cipher_integrity_check`` sees, made while the diary was closed cleanly: the
    app's open skips the check, the deferred check reports the damage, the diary takes no more
    writes, and the next open refuses it at once."""
    damage_only_the_cipher_check_sees(data_dir)

    s = sess.unlock(data_dir, defer_check=True)
    try:
        assert s.checked_at_open is False
        with pytest.raises(DamagedDatabaseError) as e:
            sess.verify(s)
        assert "krypteringstjek" in e.value.problem
        with pytest.raises(ReadOnlyDiaryError), s.transaction() as db:  # no more writes to it
            db.execute("DELETE FROM notes")
    finally:
        sess.lock(s, backup=False)
    assert _marker(data_dir) == ["diary.in-use"]  # found damaged: not marked clean
    with pytest.raises(DamagedDatabaseError):
        sess.unlock(data_dir, defer_check=True)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="fork + SIGKILL are POSIX")
def test_after_a_kill_the_next_open_checks_and_after_a_clean_close_it_does_not(data_dir: Path) -> None:
    recovery, env = diary_for_writers(data_dir)
    rng = random.Random(20261204)
    committed: set[str] = set()
    previous = "clean"  # how the last writer ended: "clean", "killed" or "killed closing"
    seen = {"clean": 0, "killed": 0, "killed closing": 0}
    with subprocess.Popen(
        [sys.executable, "-m", "tests.storage.clean_close_writer", str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO, bufsize=1,
    ) as server:
        assert server.stdin is not None and server.stdout is not None

        def line() -> list[str]:
            assert server.stdout is not None
            got = server.stdout.readline().split()
            assert got, "the writer server died"
            return got

        try:
            for round_no in range(1, ROUNDS + 1):
                ending = rng.choice(["clean", "killed", "killed", "killed closing"])
                count = rng.choice([0, 1, 3, 8]) if ending != "killed" else -1
                server.stdin.write(f"go {round_no} {count}\n")
                server.stdin.flush()
                opened = line()
                assert opened[0] == "P", opened
                pid, checked, healthy = int(opened[1]), opened[2] == "1", opened[3] == "1"
                assert healthy, f"round {round_no}: the diary is damaged after '{previous}'"
                if previous == "clean":
                    assert not checked, f"round {round_no}: checked at open after a clean close"
                elif previous == "killed":
                    assert checked, f"round {round_no}: not checked at open after a kill"
                if ending == "killed":
                    for _ in range(rng.choice([0, 0, 1, 2, 5])):
                        got = line()
                        assert got[0] == "C", got
                        committed.add(got[1])
                    time.sleep(rng.random() * 0.004)  # mid-transaction, mid-fsync, mid-checkpoint
                    os.kill(pid, signal.SIGKILL)
                    ended = "killed"
                else:
                    while (got := line())[0] == "C":
                        committed.add(got[1])
                    assert got[0] == "Q", got
                    if ending == "killed closing":
                        time.sleep(rng.random() * 0.003)  # checkpointing, renaming the marker
                        with contextlib.suppress(ProcessLookupError):  # it may have closed already
                            os.kill(pid, signal.SIGKILL)
                        ended = "killed closing"  # the next open may or may not check
                    else:
                        ended = "clean"
                while (got := line())[0] != "D":
                    if got[0] == "C":
                        committed.add(got[1])
                    if got[0] == "X":
                        ended = "clean"  # the close finished before the kill landed
                previous = ended
                seen[ended] += 1
        finally:
            server.stdin.write("quit\n")
            server.stdin.flush()
            server.wait(timeout=60)
    assert seen["killed"] >= 50 and seen["clean"] >= 20, seen
    assert len(committed) > 50

    s = sess.unlock(data_dir, recovery_key=recovery)  # the full check at open
    try:
        assert dbmod.check_integrity(s.db.conn.raw) is None  # type: ignore[attr-defined]
        notes = {r[0] for r in s.db.execute("SELECT id FROM notes").fetchall()}
        missing = {f"n{c}" for c in committed} - notes
        assert not missing, f"committed writes lost: {sorted(missing)[:5]}"
    finally:
        sess.lock(s, backup=False)
