"""Crash safety of key slots, backup and restore: a real worker process is SIGKILLed at random
moments, at least 100 times per scenario, during a password change, a keychain ↔ password switch,
a backup and a restore. After each kill: the diary opens with the old or the new secret,
``aflastapp verify`` exits 0, every row is there, and no temp file of the killed process is left
once the diary has been opened again."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest

from aflastapp import cli
from aflastapp.services import backups, security
from aflastapp.services import session as sess
from aflastapp.storage import slots
from tests.storage.helpers import dump, fill
from tests.support.keyrings import FileKeyring

KILLS = 110
REPO = Path(__file__).resolve().parents[2]
A, B = "første kodeord", "andet kodeord"
FAST_N = 2**12  # scrypt cost for these tests (stored in each slot; same code path)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="fork + SIGKILL are POSIX"),
]


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(slots, "SCRYPT_N", FAST_N)
    # keychain entries must be shared with the worker processes
    (tmp_path / "keychain").mkdir()
    monkeypatch.setenv("AFLASTAPP_TEST_KEYRING_FILE", str(tmp_path / "keychain" / "keyring.json"))
    keyring.set_keyring(FileKeyring())


class Server:
    def __init__(self, data_dir: Path, extra: Path, a: str = A) -> None:
        env = dict(
            os.environ,
            PYTHONPATH=str(REPO),
            AFLASTAPP_KILL_A=a,
            AFLASTAPP_KILL_B=B,
            AFLASTAPP_KILL_SCRYPT_N=str(FAST_N),
            PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.kill_server", str(data_dir), str(extra)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO, bufsize=1,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout

    def kill_rounds(self, scenario: str, rounds: int, seed: int, max_delay: float,
                    before: Callable[[], None] | None = None) -> Iterator[list[str]]:
        """Start a worker, kill it after a random delay once it is ready; yields what it reported
        completed in that round."""
        rng = random.Random(seed)
        for n in range(1, rounds + 1):
            if before is not None:
                before()
            self.stdin.write(f"go {scenario} {seed * 1000 + n}\n")
            self.stdin.flush()
            first = self.stdout.readline().split()
            assert first and first[0] == "R", " ".join(first) + self.stdout.readline()
            time.sleep(rng.random() * max_delay)
            os.kill(int(first[1]), signal.SIGKILL)
            done: list[str] = []
            while True:
                line = self.stdout.readline().split()
                assert line, "the kill server died"
                if line[0] == "D":
                    break
                if line[0] == "C":
                    done.append(line[1])
                assert line[0] != "E", " ".join(line)  # the worker failed by itself, not by the kill
            yield done

    def close(self) -> None:
        self.stdin.write("quit\n")
        self.stdin.flush()
        self.proc.wait(timeout=60)
        self.stdin.close()  # the pipes too: a left-open pipe is a ResourceWarning (an error here)
        self.stdout.close()


def _verify_exit(data_dir: Path, tmp_path: Path, password: str | None) -> int:
    args = ["--data-dir", str(data_dir)]
    if password is not None:
        pw_file = tmp_path / "pw.txt"
        pw_file.write_text(password, encoding="utf-8")
        args += ["--password-file", str(pw_file)]
    return cli.main([*args, "verify"])


def _temp_left(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in folder.rglob("*")
                      if ".tmp-" in p.name or p.name.startswith((".restore-", ".migrate-"))]
    reg = folders[0] / ".temp-files"
    if reg.is_dir():
        found += list(reg.iterdir())
    return found


def _open_any(data_dir: Path, secrets: list[str | None]) -> tuple[sess.Session, str | None]:
    errors = []
    for secret in secrets:
        try:
            return sess.unlock(data_dir, password=secret), secret
        except Exception as e:
            errors.append(f"{secret!r}: {e}")
    raise AssertionError("the diary opens with no secret: " + " | ".join(errors))


def _run(data_dir: Path, tmp_path: Path, scenario: str, secrets: list[str | None],
         expected: list[object], max_delay: float, seed: int, extra: Path,
         before: Callable[[], None] | None = None) -> tuple[int, int]:
    server = Server(data_dir, extra)
    kills = completed = 0
    try:
        for done in server.kill_rounds(scenario, KILLS, seed, max_delay, before):
            kills += 1
            completed += len(done)
            s, secret = _open_any(data_dir, secrets)
            try:
                assert dump(s) in expected, f"rows differ after kill {kills}"
            finally:
                sess.lock(s, backup=False)
            assert _verify_exit(data_dir, tmp_path, secret if s.mode == "password" else None) == 0
            assert not _temp_left(data_dir, extra), _temp_left(data_dir, extra)
    finally:
        server.close()
    return kills, completed


def test_kill_during_password_change(data_dir: Path, tmp_path: Path) -> None:
    s, _ = sess.setup(data_dir, password=A)
    fill(s)
    rows = dump(s)
    backups.backup_now(s)
    sess.lock(s, backup=False)
    db_bytes = (data_dir / "diary.db").read_bytes()
    kills, completed = _run(data_dir, tmp_path, "password", [A, B], [rows], 0.2, 1, tmp_path / "data")
    assert kills >= 100
    assert completed >= 30, completed  # the kills landed among real password changes
    assert (data_dir / "diary.db").read_bytes() == db_bytes  # the database itself was never rekeyed


def test_kill_during_keychain_password_switch(data_dir: Path, tmp_path: Path) -> None:
    s, _ = sess.setup(data_dir)
    fill(s)
    rows = dump(s)
    backups.backup_now(s)
    sess.lock(s, backup=False)
    kills, completed = _run(data_dir, tmp_path, "mode", [None, A], [rows], 0.2, 2, tmp_path / "data")
    assert kills >= 100 and completed >= 30, completed


def test_kill_during_backup(data_dir: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    s, _ = sess.setup(data_dir, password=A)
    fill(s)
    with s.transaction() as db:  # a bigger diary, so a backup takes a while
        for i in range(300):
            db.table("notes").insert({"id": f"x{i}", "child_id": "c1", "date": "2026-03-07",
                                      "text": "z" * 3000, "tags": "[]", "interpretation": ""})
    rows = dump(s)
    sess.lock(s, backup=False)
    kills, completed = _run(data_dir, tmp_path, "backup", [A], [rows], 0.15, 3, usb)
    assert kills >= 100 and completed >= 30, completed
    made = [b.path for b in backups.list_backups(data_dir)] + [usb / "usb-kopi.aflastbak"]
    for path in made:  # every backup the kills left behind is whole and opens with the password
        if path.exists():
            restored = backups.restore(tmp_path / "check", path, password=A)
            assert dump(restored) == rows
            sess.lock(restored, backup=False)


def test_kill_during_restore(data_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "backups-from-elsewhere"
    src.mkdir()
    s, _ = sess.setup(data_dir, password=A)
    fill(s, "Alma")
    rows_a = dump(s)
    backups.backup_to(s, src / "backup-A.aflastbak")
    security.change_password(s, A, B)
    with s.transaction() as db:
        db.table("children").update("c1", {"name": "Bo"})
        db.table("notes").insert({"id": "n2", "child_id": "c1", "date": "2026-03-08", "text": "ny",
                                  "tags": "[]", "interpretation": ""})
    rows_b = dump(s)
    backups.backup_to(s, src / "backup-B.aflastbak")
    sess.lock(s, backup=False)
    kills, completed = _run(data_dir, tmp_path, "restore", [A, B], [rows_a, rows_b], 0.25, 4, src)
    assert kills >= 100 and completed >= 30, completed
    replaced = data_dir / "replaced"
    stamps = {p.name.split("-diary.", 1)[0] for p in replaced.iterdir()} if replaced.is_dir() else set()
    assert len(stamps) <= 3  # replaced/ keeps the last 3


def test_kill_during_upgrade_of_an_older_password_diary(tmp_path: Path) -> None:
    """The one-time upgrade of a diary keyed with the password itself (tests/data/legacy-password)
    to its data key, killed at random points: it opens with the password afterwards."""
    fixture = REPO / "tests" / "data" / "legacy-password"
    data_dir = tmp_path / "legacy"
    old_pw = "gammel adgangskode"

    def fresh() -> None:
        shutil.rmtree(data_dir, ignore_errors=True)
        shutil.copytree(fixture, data_dir)

    fresh()
    s = sess.unlock(data_dir, password=old_pw)
    rows = dump(s)
    sess.lock(s, backup=False)
    fresh()
    server = Server(data_dir, tmp_path, a=old_pw)
    kills = completed = 0
    try:
        for done in server.kill_rounds("migrate", KILLS, 5, 0.45, before=fresh):
            kills += 1
            completed += len(done)
            s, _secret = _open_any(data_dir, [old_pw])
            try:
                assert dump(s) == rows, f"rows differ after kill {kills}"
            finally:
                sess.lock(s, backup=False)
            found = slots.read(data_dir)
            assert found is not None and found.mode == "password" and not found.legacy_password_db
            assert _verify_exit(data_dir, tmp_path, old_pw) == 0
            assert not _temp_left(data_dir)
    finally:
        server.close()
    assert kills >= 100 and completed >= 10, completed
