"""Every sqlite-utils path that relies on catching ``sqlite3.OperationalError`` (or another
sqlite3 exception class) works on our keyed sqlcipher3 connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
import sqlcipher3
from sqlite_utils import Database
from sqlite_utils.db import Table, View
from sqlite_utils.migrations import Migrations

from aflastapp.storage.db import connect

KEY = bytes(range(32))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    d = connect(tmp_path / "t.db", raw_key=KEY, create=True)
    yield d
    d.close()


def test_without_bridge_sqlite_utils_would_miss_sqlcipher_errors(tmp_path: Path) -> None:
    """The reason for the bridge: on a bare sqlcipher3 connection drop(ignore=True) raises."""
    raw = sqlcipher3.connect(str(tmp_path / "bare.db"))
    raw.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
    bare = Database(cast(sqlite3.Connection, raw))
    with pytest.raises(sqlcipher3.OperationalError):
        bare.table("missing").drop(ignore=True)
    raw.close()


def test_connection_is_really_encrypted(db: Database, tmp_path: Path) -> None:
    db.table("t").insert({"x": "synlig-tekst"})
    assert db.execute("PRAGMA cipher_version").fetchone()[0]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert b"synlig-tekst" not in (tmp_path / "t.db").read_bytes()


def test_drop_ignore(db: Database) -> None:
    db.table("missing").drop(ignore=True)
    View(db, "missing_view").drop(ignore=True)
    with pytest.raises(sqlite3.OperationalError):
        db.table("missing").drop()
    with pytest.raises(sqlcipher3.OperationalError):  # both families of classes catch it
        db.table("missing").drop()


def test_table_and_view_exist(db: Database) -> None:
    assert not db.table("t").exists()
    db.table("t").create({"id": int, "name": str}, pk="id")
    db.create_view("v", "select * from t")
    assert db.table("t").exists()
    assert isinstance(db["v"], View) and isinstance(db["t"], Table)


def test_create_index_if_not_exists_and_unique_name(db: Database) -> None:
    t = db.table("t")
    t.insert({"id": 1, "a": "x"}, pk="id")
    t.create_index(["a"], index_name="ix_a")
    t.create_index(["a"], index_name="ix_a", if_not_exists=True)
    t.create_index(["a"], index_name="ix_a", find_unique_name=True)
    assert {i.name for i in t.indexes} == {"ix_a", "ix_a_2"}


def test_insert_alter_adds_missing_columns(db: Database) -> None:
    t = db.table("t")
    t.insert({"id": 1, "a": "x"}, pk="id")
    t.insert({"id": 2, "a": "y", "new_col": "z"}, alter=True)
    t.insert_all([{"id": 3, "other": 5}], alter=True)
    assert set(t.columns_dict) == {"id", "a", "new_col", "other"}
    assert t.get(2)["new_col"] == "z"


def test_update_alter(db: Database) -> None:
    t = db.table("t")
    t.insert({"id": 1, "a": "x"}, pk="id")
    t.update(1, {"b": "added"}, alter=True)
    assert t.get(1)["b"] == "added"


def test_upsert_and_feature_probes(db: Database) -> None:
    assert db.supports_on_conflict is True  # probe catches OperationalError on old SQLite
    assert isinstance(db.supports_strict, bool)
    t = db.table("t")
    t.upsert({"id": 1, "a": "x"}, pk="id")
    t.upsert({"id": 1, "a": "y"}, pk="id")
    t.upsert_all([{"id": 2, "a": "z", "extra": 1}], pk="id", alter=True)
    assert [tuple(r.values()) for r in t.rows] == [(1, "y", None), (2, "z", 1)]


def test_cached_counts_without_table(db: Database) -> None:
    assert db.cached_counts() == {}


def test_query_with_returning_releases_savepoint(db: Database) -> None:
    db.table("t").create({"id": int, "a": str}, pk="id")
    rows = list(db.query("INSERT INTO t(id, a) VALUES (1, 'x') RETURNING id"))
    assert rows == [{"id": 1}]
    assert db.table("t").count == 1


def test_register_function_deterministic(db: Database) -> None:
    @db.register_function(deterministic=True)
    def twice(x: int) -> int:
        return x * 2

    assert db.execute("select twice(21)").fetchone()[0] == 42


def test_transform_and_add_column_and_foreign_keys(db: Database) -> None:
    db.table("parents").insert({"id": 1, "name": "p"}, pk="id")
    kids = db.table("kids")
    kids.insert({"id": 1, "parent_id": 1, "old": "x"}, pk="id")
    kids.add_column("later", str)
    kids.transform(rename={"old": "renamed"}, types={"later": int})
    kids.add_foreign_key("parent_id", "parents", "id")
    assert "renamed" in kids.columns_dict and kids.columns_dict["later"] is int
    assert kids.foreign_keys[0].other_table == "parents"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # transform restores it


def test_integrity_error_catchable_as_sqlite3(db: Database) -> None:
    t = db.table("t")
    t.insert({"id": 1}, pk="id")
    with pytest.raises(sqlite3.IntegrityError):
        t.insert({"id": 1})
    t.insert({"id": 1}, ignore=True)
    t.insert({"id": 1, "a": 2}, replace=True, alter=True)
    assert t.count == 1


def test_enable_wal_and_fts_search(db: Database) -> None:
    db.enable_wal()
    assert db.journal_mode == "wal"
    t = db.table("journal")
    t.insert_all([{"id": 1, "text": "Alma var glad i skolen"}, {"id": 2, "text": "tur i zoo"}], pk="id")
    t.enable_fts(["text"], create_triggers=True)
    assert t.detect_fts() == "journal_fts"
    assert [r["id"] for r in t.search("skolen")] == [1]
    t.disable_fts()
    assert t.detect_fts() is None


def test_migrations_apply_pending_applied(db: Database) -> None:
    m = Migrations("test-set")

    @m()
    def first(d: Database) -> None:
        d.table("m").create({"id": int}, pk="id")

    @m()
    def second(d: Database) -> None:
        d.table("m").add_column("x", str)

    assert [x.name for x in m.pending(db)] == ["first", "second"]
    m.apply(db)
    assert [x.name for x in m.applied(db)] == ["first", "second"]
    assert m.pending(db) == []
    m.apply(db)  # idempotent


def test_failing_migration_rolls_back(db: Database) -> None:
    m = Migrations("failing")

    @m()
    def breaks(d: Database) -> None:
        d.table("half").create({"id": int}, pk="id")
        d.execute("SELECT * FROM no_such_table")

    with pytest.raises(sqlite3.OperationalError):
        m.apply(db)
    assert not db.table("half").exists()
    assert [x.name for x in m.pending(db)] == ["breaks"]
