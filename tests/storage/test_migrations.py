"""Every released schema has an encrypted fixture under tests/data/; each opens, upgrades to the
current schema and keeps every row (and attachment byte)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from aflastapp.services import session as sess
from aflastapp.storage import keys
from aflastapp.storage.schema import SCHEMA_VERSION, migrations

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURES = sorted(DATA.glob("diary-v*.db"))


def test_there_is_a_fixture_for_every_released_schema() -> None:
    assert [f.name for f in FIXTURES] == [f"diary-v{n}.db" for n in range(1, len(FIXTURES) + 1)]
    assert len(FIXTURES) >= 1 and SCHEMA_VERSION >= len(FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_opens_upgrades_and_keeps_every_row(fixture: Path, data_dir: Path) -> None:
    raw_key = bytes.fromhex(fixture.with_suffix(".key").read_text().strip())
    expected = json.loads(fixture.with_name(fixture.stem + ".expected.json").read_text("utf-8"))
    shutil.copyfile(fixture, data_dir / "diary.db")
    assert b"Holm" not in (data_dir / "diary.db").read_bytes()  # encrypted
    # a new laptop: no diary.json, empty keychain, only the file and the recovery key
    s = sess.unlock(data_dir, recovery_key=keys.encode_recovery_key(raw_key))
    try:
        assert migrations.pending(s.db) == []
        for table, rows in expected.items():
            cols = list(rows[0]) if rows else []
            got = [
                {c: ({"sha256": hashlib.sha256(v).hexdigest(), "len": len(v)} if isinstance(v, bytes) else v)
                 for c, v in zip(cols, r, strict=True)}
                for r in s.db.execute(
                    f'SELECT {", ".join(f"[{c}]" for c in cols) or "1"} FROM "{table}" ORDER BY rowid'
                ).fetchall()
            ] if cols else []
            assert got == rows, table
            assert s.db.table(table).count == len(rows), table
        att = s.db.execute("SELECT data, sha256 FROM attachments").fetchone()
        assert hashlib.sha256(att[0]).hexdigest() == att[1]
    finally:
        sess.lock(s, backup=False)
    # and it opens from the keychain afterwards (the key was stored on first open)
    sess.lock(sess.unlock(data_dir), backup=False)
