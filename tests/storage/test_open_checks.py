"""Both integrity checks run at every open, before anything is written: a damaged page that only
``cipher_integrity_check`` reads (``quick_check`` never visits freelist leaves) is reported as
damage and the file is left exactly as it was; a wrong key or password leaves no trace either."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from aflastapp.services import session as sess
from aflastapp.storage import keys
from aflastapp.storage.errors import DamagedDatabaseError, WrongKeyError
from tests.storage.helpers import damage_only_the_cipher_check_sees, fill, sha


def _files(folder: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


def test_damage_only_the_cipher_check_sees_is_refused_at_open(data_dir: Path) -> None:
    damage_only_the_cipher_check_sees(data_dir)
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
