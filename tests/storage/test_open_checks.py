"""Both integrity checks run at every open, before anything is written: a damaged page that only
``cipher_integrity_check`` reads (``quick_check`` never visits freelist leaves) is reported as
damage and the file is left exactly as it was; a wrong key or password leaves no trace either."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from aflastapp.services import session as sess
from aflastapp.storage import db as dbmod
from aflastapp.storage import keys
from aflastapp.storage.errors import DamagedDatabaseError, WrongKeyError
from tests.storage.helpers import fill, sha

PAGE = 4096


def _files(folder: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _flip(path: Path, page: int) -> bytes:
    data = path.read_bytes()
    changed = bytearray(data)
    for i in range(page * PAGE + 200, page * PAGE + 216):
        changed[i] ^= 0xA5
    path.write_bytes(bytes(changed))
    return data


def _page_only_the_cipher_check_reads(db_file: Path, raw_key: bytes) -> int:
    """A freelist leaf page: ``quick_check`` never reads it, ``cipher_integrity_check`` verifies
    every page of the file. Found by trying each page on a copy of the closed file."""
    pages = db_file.stat().st_size // PAGE
    for page in range(pages - 1, 0, -1):
        original = _flip(db_file, page)
        try:
            conn = dbmod._raw_connect(db_file, False)  # the last connection to close tidies -wal/-shm
            try:
                dbmod._apply_key(conn, raw_key=raw_key, password=None)
                quick = [tuple(r) for r in conn.execute("PRAGMA quick_check").fetchall()]
                cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            finally:
                conn.close()
        finally:
            db_file.write_bytes(original)
        if quick == [("ok",)] and cipher:
            return page
    raise AssertionError("no freelist page found")


def test_damage_only_the_cipher_check_sees_is_refused_at_open(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    fill(s)
    with s.transaction() as db:  # free some pages: they stay in the file on the freelist
        db.execute("DELETE FROM attachments")
    raw_key = s.diary.raw_key
    sess.lock(s, backup=False)
    db_file = data_dir / "diary.db"
    page = _page_only_the_cipher_check_reads(db_file, raw_key)
    _flip(db_file, page)
    before = _files(data_dir)
    with pytest.raises(DamagedDatabaseError) as e:
        sess.unlock(data_dir)
    assert "krypteringstjek" in e.value.problem
    assert _files(data_dir) == before  # nothing written, no -wal/-shm left behind


def test_wrong_key_and_wrong_password_leave_no_trace(data_dir: Path, tmp_path: Path,
                                                     memory_keyring: object) -> None:
    s, _ = sess.setup(data_dir)
    fill(s)
    sess.lock(s, backup=False)
    before = _files(data_dir)
    for _ in range(5):
        with pytest.raises(WrongKeyError):
            sess.unlock(data_dir, recovery_key=keys.encode_recovery_key(secrets.token_bytes(32)))
        assert _files(data_dir) == before

    other = tmp_path / "kode"
    s, _ = sess.setup(other, password="rigtig kode")
    fill(s)
    sess.lock(s, backup=False)
    before = _files(other)
    with pytest.raises(WrongKeyError):
        sess.unlock(other, password="forkert kode")
    assert _files(other) == before
    s2 = sess.unlock(other, password="rigtig kode")
    assert s2.db.table("children").count == 1
    sess.lock(s2, backup=False)
