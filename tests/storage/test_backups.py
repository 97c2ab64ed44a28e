"""Backups: encrypted with the raw key, verified, rotated, restored on an empty machine."""

from __future__ import annotations

import os
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from aflastapp.services import backups, security
from aflastapp.services import session as sess
from aflastapp.storage import backup as storage_backup
from aflastapp.storage import keys
from aflastapp.storage.backup import BackupInfo, rotation_keep
from aflastapp.storage.db import connect
from aflastapp.storage.errors import DamagedDatabaseError, RecoveryKeyFormatError, WrongKeyError
from tests.storage.helpers import dump, fill, sha
from tests.support.keyrings import MemoryKeyring


def _opens_with(path: Path, raw_key: bytes) -> bool:
    return storage_backup.verify_file(path, raw_key) is None


def test_lock_makes_one_verified_backup_per_day(data_dir: Path) -> None:
    s, recovery = sess.setup(data_dir)
    fill(s)
    sess.lock(s)
    found = backups.list_backups(data_dir)
    assert len(found) == 1
    assert _opens_with(found[0].path, keys.decode_recovery_key(recovery))
    assert b"Alma" not in found[0].path.read_bytes()
    sess.lock(sess.unlock(data_dir))
    assert len(backups.list_backups(data_dir)) == 1  # at most once a day


def test_backup_in_password_mode_opens_with_recovery_key_and_with_password(data_dir: Path) -> None:
    s, recovery = sess.setup(data_dir, password="langt kodeord")
    fill(s)
    dest = backups.backup_to(s, data_dir.parent / "min-kopi.aflastbak")
    sess.lock(s, backup=False)
    data_key = keys.decode_recovery_key(recovery)
    assert _opens_with(dest, data_key)
    found = storage_backup.backup_slots(dest)
    assert found is not None and found.mode == "password"
    assert found.key_from_password("langt kodeord") == data_key  # the password in the backup's slot
    assert found.key_from_password("langt kodeor") is None
    with storage_backup._database_of(dest) as (_slots, bare):  # the database is keyed with the data key
        conn = sqlcipher3.connect(str(bare))
        conn.execute("PRAGMA key = 'langt kodeord'")
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    assert b"Alma" not in dest.read_bytes() and data_key.hex().encode() not in dest.read_bytes()


def test_restore_onto_empty_machine_with_recovery_key(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    old_dir = tmp_path / "old"
    s, recovery = sess.setup(old_dir)
    fill(s)
    before = dump(s)
    copy = backups.backup_to(s, tmp_path / "kopi.aflastbak")
    sess.lock(s)
    memory_keyring.entries.clear()  # the new laptop's keychain is empty
    new_dir = tmp_path / "new"
    with pytest.raises(RecoveryKeyFormatError):
        backups.restore(new_dir, copy, recovery_key=recovery[:-1] + ("0" if recovery[-1] != "0" else "1"))
    assert not (new_dir / "diary.db").exists()
    s2 = backups.restore(new_dir, copy, recovery_key=recovery)
    assert dump(s2) == before  # every row and attachment byte
    sess.lock(s2)
    assert memory_keyring.entries  # the key went into the new keychain
    s3 = sess.unlock(new_dir)  # and opens without the recovery key from now on
    assert dump(s3) == before
    sess.lock(s3)


def test_restore_with_wrong_recovery_key_changes_nothing(tmp_path: Path) -> None:
    s, _ = sess.setup(tmp_path / "a")
    fill(s)
    copy = backups.backup_to(s, tmp_path / "kopi.aflastbak")
    sess.lock(s)
    other, other_recovery = sess.setup(tmp_path / "b")
    fill(other, "Bo")
    sess.lock(other)
    before = sha(tmp_path / "b" / "diary.db")
    with pytest.raises(WrongKeyError):
        backups.restore(tmp_path / "b", copy, recovery_key=other_recovery)
    assert sha(tmp_path / "b" / "diary.db") == before


def test_restore_replaces_only_after_verify_and_keeps_old(tmp_path: Path) -> None:
    d = tmp_path / "d"
    s, recovery = sess.setup(d)
    fill(s)
    good = backups.backup_now(s)
    with s.transaction() as db:
        db.table("children").update("c1", {"name": "Ændret"})
    bad = tmp_path / "bad.aflastbak"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    sess.lock(s, backup=False)
    before = sha(d / "diary.db")
    with pytest.raises(DamagedDatabaseError):
        backups.restore(d, bad, recovery_key=recovery)
    assert sha(d / "diary.db") == before
    s2 = backups.restore(d, good)  # key from the keychain
    assert s2.db.table("children").get("c1")["name"] == "Alma"
    sess.lock(s2, backup=False)
    assert list((d / "replaced").glob("*diary.db"))


def test_restore_password_mode_keeps_password(tmp_path: Path) -> None:
    d = tmp_path / "d"
    s, _ = sess.setup(d, password="hemmeligt ord")
    fill(s)
    good = backups.backup_now(s)
    sess.lock(s, backup=False)
    with pytest.raises(WrongKeyError):
        backups.restore(d, good)
    s2 = backups.restore(d, good, password="hemmeligt ord")
    assert s2.mode == "password"
    sess.lock(s2, backup=False)
    sess.lock(sess.unlock(d, password="hemmeligt ord"), backup=False)


def test_lost_password_recovery_via_backup(tmp_path: Path) -> None:
    d = tmp_path / "d"
    s, recovery = sess.setup(d, password="glemt kodeord")
    fill(s)
    sess.lock(s)  # automatic backup
    newest = backups.list_backups(d)[0].path
    s2 = backups.restore(d, newest, recovery_key=recovery)  # back to keychain mode
    assert s2.mode == "keychain" and s2.db.table("children").count == 1
    sess.lock(s2, backup=False)


def test_backup_while_another_connection_writes(data_dir: Path) -> None:
    s, recovery = sess.setup(data_dir)
    fill(s)
    raw_key = keys.decode_recovery_key(recovery)
    writer = connect(data_dir / "diary.db", raw_key=raw_key)
    stop = threading.Event()
    written = [0]

    def write() -> None:
        i = 0
        while not stop.is_set():
            with writer.atomic():
                writer.table("notes").insert({"id": f"w{i}", "child_id": "c1", "date": "2026-01-01",
                                              "text": "x" * 500, "tags": "[]", "interpretation": ""})
            i += 1
        written[0] = i

    t = threading.Thread(target=write)
    t.start()
    try:
        made = [backups.backup_to(s, data_dir.parent / f"k{n}.aflastbak") for n in range(5)]
    finally:
        stop.set()
        t.join()
    writer.close()
    assert written[0] > 0
    counts = []
    for path in made:
        assert _opens_with(path, raw_key)
        with storage_backup._database_of(path) as (_slots, bare):
            b = connect(bare, raw_key=raw_key, migrate=False, readonly=True)
            counts.append(b.table("notes").count)
            b.close()
    assert counts == sorted(counts)  # consistent snapshots, growing
    sess.lock(s, backup=False)


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    start = datetime(2026, 6, 30, 18, 0)
    infos = [BackupInfo(tmp_path / f"b{i}", start - timedelta(days=i), 1) for i in range(400)]
    keep = rotation_keep(infos)
    kept = sorted((b.created for b in infos if b.path in keep), reverse=True)
    # 7 newest days; the newest of the 4 newest ISO weeks; the newest of the 12 newest months
    days = {d.date() for d in kept}
    assert all((start - timedelta(days=i)).date() in days for i in range(7))
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) >= datetime(2025, 7, 1)


def test_rotate_deletes_files_and_auto_backup_once_a_day(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    fill(s)
    base = datetime(2026, 1, 1, 12)
    for i in range(40):
        storage_backup.auto_backup(s.diary, now=base + timedelta(days=i))
    assert storage_backup.auto_backup(s.diary, now=base + timedelta(days=39, hours=2)) is None
    files = backups.list_backups(data_dir)
    assert 7 <= len(files) <= 7 + 4 + 12
    assert files[0].created.date() == (base + timedelta(days=39)).date()
    sess.lock(s, backup=False)


def test_verify_reports_fine_and_broken_backups(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    fill(s)
    assert not backups.verify(s).ok  # no backup yet
    b = backups.backup_now(s)
    report = backups.verify(s)
    assert report.ok and report.newest_backup == b
    data = bytearray(b.read_bytes())
    data[-100] ^= 0x01
    b.write_bytes(bytes(data))
    report = backups.verify(s)
    assert not report.ok and b.name in " ".join(report.problems)
    sess.lock(s, backup=False)


def test_backup_files_are_owner_only(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    b = backups.backup_now(s)
    sess.lock(s, backup=False)
    if os.name != "posix":  # owner-only bits are a POSIX notion
        return
    assert b.stat().st_mode & 0o077 == 0
    assert (data_dir / "diary.db").stat().st_mode & 0o077 == 0
    assert b.parent.stat().st_mode & 0o077 == 0


def test_security_switch_modes_and_change_password(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    s, recovery = sess.setup(data_dir)
    fill(s)
    raw = keys.decode_recovery_key(recovery)
    assert security.recovery_key_text(s) == recovery
    security.switch_to_password(s, "første kode")
    assert memory_keyring.entries == {}
    assert s.db.table("children").count == 1
    security.change_password(s, "første kode", "anden kode!")
    sess.lock(s)
    with pytest.raises(WrongKeyError):
        sess.unlock(data_dir, password="første kode")
    s = sess.unlock(data_dir, password="anden kode!")
    assert s.diary.raw_key == raw
    security.switch_to_keychain(s)
    sess.lock(s)
    s = sess.unlock(data_dir)
    assert s.mode == "keychain" and s.db.table("children").count == 1
    sess.lock(s)


def test_recovery_sheet_holds_the_recovery_key(data_dir: Path) -> None:
    import io

    from pypdf import PdfReader

    s, recovery = sess.setup(data_dir)
    pdf = security.recovery_sheet_pdf(s)
    sess.lock(s, backup=False)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert all(group in text for group in recovery.split("-"))


def test_lock_closes_even_when_the_backup_fails(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    fill(s)
    (data_dir / "backups").write_text("not a folder")  # the backup cannot be written
    sess.lock(s)
    assert s.closed
    sess.lock(sess.unlock(data_dir), backup=False)
