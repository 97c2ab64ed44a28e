"""Wrong keys leave the file untouched; damage is reported (never written to); keyring
backends that don't work give clear errors; no plaintext anywhere on disk."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from aflastapp.services import backups
from aflastapp.services import session as sess
from aflastapp.storage import keys
from aflastapp.storage.errors import DamagedDatabaseError, NoKeychainError, WrongKeyError
from tests.storage.helpers import CANARY, fill, sha

PAGE = 4096


def _snapshot(folder: Path, *, shm: bool = True) -> dict[str, str]:
    return {
        p.name: sha(p)
        for p in sorted(folder.iterdir())
        if p.is_file() and (shm or not p.name.endswith("-shm"))
    }


@pytest.mark.slow
def test_wrong_key_100_times_leaves_everything_unchanged(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    fill(s)
    sess.lock(s, backup=False)
    before = _snapshot(data_dir)
    for _ in range(100):
        wrong = keys.encode_recovery_key(secrets.token_bytes(32))
        with pytest.raises(WrongKeyError):
            sess.unlock(data_dir, recovery_key=wrong)
    assert _snapshot(data_dir) == before  # no -wal/-shm, no new key file, no change


def test_wrong_password_leaves_everything_unchanged(data_dir: Path, memory_keyring: object) -> None:
    s, _ = sess.setup(data_dir, password="rigtig kode")
    fill(s)
    sess.lock(s, backup=False)
    before = _snapshot(data_dir)
    for wrong in ("forkert kode", "Rigtig kode", "rigtig kode "):
        with pytest.raises(WrongKeyError):
            sess.unlock(data_dir, password=wrong)
    assert _snapshot(data_dir) == before
    assert keyring.get_keyring().get_password("aflastapp", s.diary.id) is None  # no key created


def test_wrong_key_on_a_crash_image_with_wal(data_dir: Path, tmp_path: Path) -> None:
    """A diary that was not closed (WAL + SHM present) is not touched by a wrong key either."""
    s, recovery = sess.setup(data_dir)
    fill(s)
    image = tmp_path / "image"
    image.mkdir()
    for f in data_dir.iterdir():
        if f.is_file():
            shutil.copy2(f, image / f.name)
    sess.lock(s, backup=False)
    assert (image / "diary.db-wal").exists()
    # -shm is SQLite's shared-memory index of the WAL (no data); a reader may rebuild it
    before = _snapshot(image, shm=False)
    for _ in range(5):
        with pytest.raises(WrongKeyError):
            sess.unlock(image, recovery_key=keys.encode_recovery_key(secrets.token_bytes(32)))
    assert _snapshot(image, shm=False) == before
    assert (image / "diary.db-shm").exists()
    s2 = sess.unlock(image, recovery_key=recovery)  # and the right key still sees every commit
    assert s2.db.table("children").count == 1
    sess.lock(s2, backup=False)


def _flip(path: Path, offset: int, n: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + n):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("page", [1, 2, "middle", "last"])
def test_tampered_page_reported_as_damage_never_written(data_dir: Path, page: object) -> None:
    s, _ = sess.setup(data_dir)
    fill(s)
    sess.lock(s)  # makes the day's backup
    newest = backups.list_backups(data_dir)[0].path
    db_file = data_dir / "diary.db"
    pages = db_file.stat().st_size // PAGE
    index = {1: 0, 2: 1, "middle": pages // 2, "last": pages - 1}[page]  # type: ignore[index]
    _flip(db_file, index * PAGE + 100)
    before = _snapshot(data_dir)
    with pytest.raises(DamagedDatabaseError) as e:
        sess.unlock(data_dir)
    assert newest.name in str(e.value)  # points to the newest good backup
    assert "beskadiget" in str(e.value)
    assert _snapshot(data_dir) == before  # the damaged file was not written to
    # and the backup brings the diary back
    s2 = backups.restore(data_dir, newest)
    assert s2.db.table("children").count == 1
    sess.lock(s2, backup=False)


def test_null_keyring_refused_at_setup_and_nothing_created(data_dir: Path) -> None:
    keyring.set_keyring(null.Keyring())
    with pytest.raises(NoKeychainError) as e:
        sess.setup(data_dir)
    assert "nøglering" in str(e.value) and "adgangskode" in str(e.value)
    assert not (data_dir / "diary.db").exists()
    assert list(data_dir.iterdir()) == []
    # password mode works without a keychain
    s, _ = sess.setup(data_dir, password="uden nøglering")
    sess.lock(s, backup=False)


def test_fail_keyring_gives_clear_errors(data_dir: Path) -> None:
    s, recovery = sess.setup(data_dir)
    fill(s)
    sess.lock(s, backup=False)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(NoKeychainError) as e:
        sess.unlock(data_dir)
    assert "ingen nøglering" in str(e.value)
    with pytest.raises(NoKeychainError):
        sess.setup(data_dir.parent / "another")
    # the recovery key still opens it; the key is not written to any plain file instead
    s2 = sess.unlock(data_dir, recovery_key=recovery)
    hexkey = s2.diary.raw_key.hex().encode()
    sess.lock(s2, backup=False)
    for f in _files_under(data_dir):
        content = f.read_bytes()
        assert hexkey not in content and hexkey.upper() not in content, f
        assert recovery.encode() not in content, f


def test_locked_keyring_is_reported(data_dir: Path, memory_keyring: object) -> None:
    s, _ = sess.setup(data_dir)
    sess.lock(s, backup=False)

    class Locked(null.Keyring):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("locked")

    keyring.set_keyring(Locked())
    with pytest.raises(NoKeychainError) as e:
        sess.unlock(data_dir)
    assert "låst" in str(e.value)


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_canary_string_nowhere_on_disk(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    s, _ = sess.setup(data_dir)
    with s.transaction() as db:
        db.table("children").insert({"id": "c1", "name": f"Barn {CANARY}", "birth_date": "2015-04-01"})
        db.table("contracts").insert(
            {"id": "k1", "child_id": "c1", "municipality": "slagelse", "start": "2025-01-01"}
        )
        for i in range(30):
            db.table("stays").insert(
                {"id": f"s{i}", "contract_id": "k1", "start": "2026-03-06T14:00",
                 "end": "2026-03-08T17:00", "status": "completed", "note": f"{CANARY} ophold {i}"}
            )
        db.table("notes").insert(
            {"id": "n1", "child_id": "c1", "date": "2026-03-07", "text": CANARY * 50,
             "tags": "[]", "interpretation": CANARY}
        )
        db.table("expenses").insert(
            {"id": "e1", "contract_id": "k1", "date": "2026-03-07", "category": "activity",
             "description": CANARY, "amount": "245.00"}
        )
        db.table("attachments").insert(
            {"expense_id": "e1", "name": "kvittering.pdf", "media_type": "application/pdf",
             "data": b"%PDF-1.4\n" + CANARY.encode() * 100, "sha256": ""}
        )
    # update and delete too: old versions of pages must not leak either
    with s.transaction() as db:
        db.table("notes").update("n1", {"text": "ændret"})
        db.execute("DELETE FROM stays WHERE id = 's3'")
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"KANARIE-7f3a9c"]

    def assert_clean(files: list[Path]) -> None:
        for path in files:
            content = path.read_bytes()
            assert not any(n in content for n in needles), path

    open_files = _files_under(data_dir) + _files_under(tmp)
    assert any(p.name == "diary.db-wal" for p in open_files)  # checked while open, WAL in use
    assert_clean(open_files)
    backups.backup_now(s)
    backups.backup_to(s, tmp_path / "manuel.aflastbak")
    assert_clean(_files_under(data_dir) + _files_under(tmp))
    sess.lock(s)
    assert_clean([*_files_under(data_dir), *_files_under(tmp), tmp_path / "manuel.aflastbak"])
    assert len(list((data_dir / "backups").iterdir())) == 1
    assert os.listdir(tmp) == []
