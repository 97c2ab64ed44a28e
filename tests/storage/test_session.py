"""The session API every service builds on: setup, unlock, lock, transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from aflastapp.services import session as sess
from aflastapp.storage import keys
from aflastapp.storage.errors import (
    DiaryExistsError,
    NoDiaryError,
    NoKeychainError,
    PasswordRequiredError,
    RecoveryKeyFormatError,
    StorageError,
    WrongKeyError,
)
from tests.support.keyrings import MemoryKeyring


def _add_child(s: sess.Session, cid: str = "c1", name: str = "Alma") -> None:
    with s.transaction() as db:
        db.table("children").insert({"id": cid, "name": name, "birth_date": "2015-04-01"})


def test_setup_unlock_roundtrip_keychain(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    assert not sess.exists(data_dir)
    s, recovery = sess.setup(data_dir)
    assert sess.exists(data_dir)
    assert sess.key_mode(data_dir) == "keychain"
    assert s.data_dir == data_dir
    # the key is in the keychain under service aflastapp, username = database id
    assert memory_keyring.entries[("aflastapp", s.diary.id)] == s.diary.raw_key.hex()
    assert keys.decode_recovery_key(recovery) == s.diary.raw_key
    _add_child(s)
    sess.lock(s)
    assert s.closed
    s2 = sess.unlock(data_dir)
    assert [r["name"] for r in s2.db.table("children").rows] == ["Alma"]
    sess.lock(s2)


def test_setup_twice_refused(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    sess.lock(s)
    before = (data_dir / "diary.db").read_bytes()
    with pytest.raises(DiaryExistsError):
        sess.setup(data_dir)
    assert (data_dir / "diary.db").read_bytes() == before


def test_unlock_without_diary(data_dir: Path) -> None:
    with pytest.raises(NoDiaryError) as e:
        sess.unlock(data_dir)
    assert "Der findes ingen dagbog" in str(e.value)


def test_transaction_rolls_back_everything_on_error(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    with pytest.raises(RuntimeError), s.transaction() as db:
        db.table("children").insert({"id": "c1", "name": "Alma", "birth_date": "2015-04-01"})
        db.table("children").insert({"id": "c2", "name": "Bo", "birth_date": "2016-04-01"})
        raise RuntimeError("boom")
    assert s.db.table("children").count == 0
    _add_child(s)
    assert s.db.table("children").count == 1
    sess.lock(s)


def test_nested_transaction_is_part_of_outer(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    with pytest.raises(ValueError), s.transaction() as db:
        db.table("children").insert({"id": "c1", "name": "Alma", "birth_date": "2015-04-01"})
        with s.transaction() as inner:
            inner.table("children").insert({"id": "c2", "name": "Bo", "birth_date": "2016-04-01"})
        raise ValueError("later failure")
    assert s.db.table("children").count == 0
    sess.lock(s)


def test_sqlite_utils_writes_inside_transaction_do_not_commit_early(data_dir: Path) -> None:
    """insert_all/upsert use their own atomic() blocks; inside ours they must become savepoints."""
    s, _ = sess.setup(data_dir)
    with pytest.raises(KeyError), s.transaction() as db:
        db.table("children").insert_all(
            [{"id": f"c{i}", "name": "x", "birth_date": "2015-01-01"} for i in range(50)]
        )
        db.table("children").upsert({"id": "c1", "name": "y", "birth_date": "2015-01-01"}, pk="id")
        raise KeyError("x")
    assert s.db.table("children").count == 0
    sess.lock(s)


def test_cache_cleared_after_each_transaction(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    s.cache["snapshot"] = object()
    _add_child(s)
    assert "snapshot" not in s.cache
    sess.lock(s)


def test_password_mode(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    s, recovery = sess.setup(data_dir, password="hemmelig kode 1")
    assert memory_keyring.entries == {}  # nothing in the keychain in password mode
    assert sess.key_mode(data_dir) == "password"
    _add_child(s)
    sess.lock(s)
    with pytest.raises(PasswordRequiredError):
        sess.unlock(data_dir)
    with pytest.raises(WrongKeyError):
        sess.unlock(data_dir, password="forkert")
    # the recovery key is the data key: it opens the diary itself, also in password mode
    s1 = sess.unlock(data_dir, recovery_key=recovery)
    assert s1.mode == "password" and s1.db.table("children").count == 1
    sess.lock(s1, backup=False)
    assert memory_keyring.entries == {}  # and it put nothing in the keychain
    s2 = sess.unlock(data_dir, password="hemmelig kode 1")
    assert s2.db.table("children").count == 1
    assert s2.diary.raw_key == keys.decode_recovery_key(recovery)
    sess.lock(s2)


def test_unlock_with_recovery_key_when_keychain_entry_missing(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    s, recovery = sess.setup(data_dir)
    _add_child(s)
    sess.lock(s)
    memory_keyring.entries.clear()  # e.g. the keychain backend changed
    with pytest.raises(NoKeychainError) as e:
        sess.unlock(data_dir)
    assert "adgangskode" in str(e.value) and "gendannelsesnøgle" in str(e.value)
    s2 = sess.unlock(data_dir, recovery_key=recovery.lower().replace("-", " "))
    assert s2.db.table("children").count == 1
    sess.lock(s2)
    # the key went back into the keychain, so the next unlock needs nothing
    sess.lock(sess.unlock(data_dir))


def test_unlock_with_mistyped_recovery_key(data_dir: Path) -> None:
    s, recovery = sess.setup(data_dir)
    sess.lock(s)
    typo = ("Z" if recovery[0] != "Z" else "Y") + recovery[1:]
    with pytest.raises(RecoveryKeyFormatError) as e:
        sess.unlock(data_dir, recovery_key=typo)
    assert "skrivefejl" in str(e.value) or "forkert" in str(e.value)


def test_locked_session_refuses_use(data_dir: Path) -> None:
    s, _ = sess.setup(data_dir)
    sess.lock(s)
    sess.lock(s)  # idempotent
    with pytest.raises(StorageError, match="Dagbogen er låst"):
        _ = s.db
    with pytest.raises(StorageError, match="Dagbogen er låst"), s.transaction():
        pass
