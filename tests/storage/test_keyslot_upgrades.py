"""Upgrades to key slots, from each format a released version wrote (fixtures under tests/data/):
``diary-v1.db`` in keychain mode (``diary.json``, key in the keychain), ``legacy-password/`` (the
database keyed with the password itself), and the key-slot format ``keyslots-v1/``. Every row is
kept; the password-mode upgrade is crash-safe at each of its steps; a password change or mode
switch afterwards touches only ``diary.keys``."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from aflastapp.services import security
from aflastapp.services import session as sess
from aflastapp.storage import keys, slots
from aflastapp.storage.db import connect
from aflastapp.storage.errors import WrongKeyError
from tests.storage.helpers import sha
from tests.support.keyrings import MemoryKeyring

DATA = Path(__file__).resolve().parents[1] / "data"
KEY = bytes.fromhex((DATA / "diary-v1.key").read_text().strip())
DB_ID = "f1x7e5v1000000000000000000000001"
EXPECTED = json.loads((DATA / "diary-v1.expected.json").read_text("utf-8"))
OLD_PW, NEW_PW = "gammel adgangskode", "ny adgangskode"


def _assert_rows(s: sess.Session) -> None:
    for table, rows in EXPECTED.items():
        if not rows:
            assert s.db.table(table).count == 0, table
            continue
        cols = list(rows[0])
        got = [
            {c: ({"sha256": hashlib.sha256(v).hexdigest(), "len": len(v)} if isinstance(v, bytes) else v)
             for c, v in zip(cols, r, strict=True)}
            for r in s.db.execute(
                f'SELECT {", ".join(f"[{c}]" for c in cols)} FROM "{table}" ORDER BY rowid').fetchall()
        ]
        assert got == rows, table


def _copy(name: str, to: Path) -> Path:
    shutil.copytree(DATA / name, to)
    return to


def test_v1_keychain_diary_gets_its_slot_file(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    shutil.copyfile(DATA / "diary-v1.db", data_dir / "diary.db")
    (data_dir / "diary.json").write_text(json.dumps({"format": 1, "id": DB_ID, "mode": "keychain"}))
    keys.store_key(DB_ID, KEY)
    s = sess.unlock(data_dir)
    _assert_rows(s)
    sess.lock(s, backup=False)
    found = slots.read(data_dir)
    assert found is not None and found.mode == "keychain" and found.id == DB_ID and found.matches(KEY)
    assert not (data_dir / "diary.json").exists()
    sess.lock(sess.unlock(data_dir, recovery_key=keys.encode_recovery_key(KEY)), backup=False)


def test_legacy_password_diary_is_rekeyed_once_to_its_data_key(tmp_path: Path,
                                                              memory_keyring: MemoryKeyring) -> None:
    data_dir = _copy("legacy-password", tmp_path / "d")
    with pytest.raises(WrongKeyError) as e:  # a wrong password: both possibilities, nothing written
        sess.unlock(data_dir, password="forkert kodeord")
    assert "eller filen er beskadiget" in str(e.value)
    assert sha(data_dir / "diary.db") == sha(DATA / "legacy-password" / "diary.db")
    s = sess.unlock(data_dir, password=OLD_PW)
    _assert_rows(s)
    assert s.mode == "password" and s.diary.raw_key == KEY
    sess.lock(s, backup=False)
    found = slots.read(data_dir)
    assert found is not None and found.mode == "password" and not found.legacy_password_db
    assert not (data_dir / "diary.json").exists()
    assert not list(data_dir.glob(".migrate-*"))
    # the database is now keyed with the data key: the family's recovery sheet opens it
    db = connect(data_dir / "diary.db", raw_key=KEY)
    db.close()
    s = sess.unlock(data_dir, recovery_key=keys.encode_recovery_key(KEY))
    _assert_rows(s)
    db_bytes = (data_dir / "diary.db").read_bytes()
    security.change_password(s, OLD_PW, NEW_PW)  # from now on only diary.keys changes
    security.switch_to_keychain(s)
    security.switch_to_password(s, OLD_PW)
    sess.lock(s, backup=False)
    assert (data_dir / "diary.db").read_bytes() == db_bytes
    assert memory_keyring.entries == {}


@pytest.mark.parametrize("step", ["slots-written", "copy-half-made", "renamed"])
def test_legacy_password_upgrade_killed_at_each_step_opens_with_the_password(
    step: str, tmp_path: Path
) -> None:
    """The upgrade's steps: (1) diary.keys with the password slot, marked legacy_password_db;
    (2) a copy keyed with the data key beside the diary; (3) rename over diary.db; (4) diary.keys
    without the mark. The states a kill between them leaves all open with the password."""
    data_dir = _copy("legacy-password", tmp_path / "d")
    flagged = slots.Slots(
        id=DB_ID, mode="password", check=slots.key_check(KEY),
        password=slots.wrap(KEY, OLD_PW, DB_ID), legacy_password_db=True,
    )
    slots.write(data_dir, flagged)
    if step == "copy-half-made":
        (data_dir / ".migrate-4242.db").write_bytes((data_dir / "diary.db").read_bytes()[:5000])
    if step == "renamed":
        shutil.copyfile(DATA / "diary-v1.db", data_dir / "diary.db")  # keyed with the data key
    s = sess.unlock(data_dir, password=OLD_PW)
    _assert_rows(s)
    sess.lock(s, backup=False)
    assert not list(data_dir.glob(".migrate-*"))
    found = slots.read(data_dir)
    assert found is not None and not found.legacy_password_db
    connect(data_dir / "diary.db", raw_key=KEY).close()


def test_keyslot_fixture_opens_with_its_password_and_the_recovery_key(tmp_path: Path) -> None:
    data_dir = _copy("keyslots-v1", tmp_path / "d")
    before = sha(data_dir / "diary.keys")
    with pytest.raises(WrongKeyError):
        sess.unlock(data_dir, password=OLD_PW)
    s = sess.unlock(data_dir, password=NEW_PW)
    _assert_rows(s)
    assert s.diary.slots.password is not None and s.diary.slots.password.n == 2**17
    sess.lock(s, backup=False)
    assert sha(data_dir / "diary.keys") == before  # opening rewrites nothing
    s = sess.unlock(data_dir, recovery_key=keys.encode_recovery_key(KEY))
    _assert_rows(s)
    sess.lock(s, backup=False)


def test_new_password_slots_use_the_tuned_scrypt_cost() -> None:
    """New slots use scrypt n=2**17, r=8 (about 0.3 s on an ordinary laptop; bench/ measures it);
    the cost is stored in the slot, so older and cheaper slots still open."""
    assert (slots.SCRYPT_N, slots.SCRYPT_R, slots.SCRYPT_P) == (2**17, 8, 1)
    slot = slots.wrap(KEY, "et kodeord", DB_ID, n=2**10)
    assert slot.n == 2**10
    assert slots.unwrap(slot, "et kodeord", DB_ID) == KEY
    assert slots.unwrap(slot, "et kodeord", "en anden dagbog") is None  # bound to the diary id
    assert slots.unwrap(slot, "Et kodeord", DB_ID) is None
