"""Opening a keyed SQLCipher database and wrapping it in sqlite-utils.

The key is applied before anything else touches the connection; only then is the
connection wrapped in ``sqlite_utils.Database``.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from aflastapp.storage.schema import migrations


class WrongKeyError(Exception):
    """The key or password does not open this file (or the file is not a diary)."""


def _apply_key(conn: sqlcipher3.Connection, *, raw_key: bytes | None, password: str | None) -> None:
    if (raw_key is None) == (password is None):
        raise ValueError("give exactly one of raw_key and password")
    if raw_key is not None:
        if len(raw_key) != 32:
            raise ValueError("a raw key is 32 bytes")
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
    else:
        assert password is not None
        conn.execute("PRAGMA key = ?".replace("?", _quote(password)))
    conn.execute("PRAGMA cipher_compatibility = 4")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(path: Path, *, raw_key: bytes | None = None, password: str | None = None) -> Database:
    """Open (or create) the encrypted database at ``path``, keyed, migrated, in WAL mode."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        _apply_key(conn, raw_key=raw_key, password=password)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as e:
            raise WrongKeyError(str(e)) from e
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    db = Database(conn)
    migrations.apply(db)
    return db
