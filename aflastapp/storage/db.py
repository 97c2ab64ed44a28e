"""Opening a keyed SQLCipher database.

The key is applied before anything else touches the connection. ``connect`` returns a
``DiaryDatabase``: the raw connection with ``execute``, ``conn`` and ``close``, which builds a
``sqlite_utils.Database`` over the same connection only when something needs sqlite-utils (a
migration that is pending, import/export, a service's ``table(…)`` write). Opening a diary and
reading it for the dashboard never imports sqlite-utils (and what it imports: click, dateutil,
pluggy, tabulate): that is most of a start-up's import time (issue 16).

sqlite-utils catches ``sqlite3.OperationalError`` (and ``sqlite3.NotSupportedError``) in many
places: ``table.drop(ignore=True)``, ``view.drop(ignore=True)``, ``create_index(find_unique_name=…)``,
``insert/upsert/update(alter=True)`` (missing column → add it and retry), ``supports_strict``,
``supports_on_conflict`` (used by every ``upsert``), ``cached_counts``, ``query()``'s savepoint
release, ``register_function(deterministic=True)``. sqlcipher3's exceptions are separate classes,
so those catches would miss. ``CipherConnection`` wraps the sqlcipher3 connection and re-raises
each sqlcipher3 error as a class that derives from BOTH the sqlite3 and the sqlcipher3 class of
the same name, so ``except sqlite3.OperationalError`` and ``except sqlcipher3.OperationalError``
both work everywhere (tests/storage/test_sqlite_utils_paths.py covers each path).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

import sqlcipher3

from aflastapp.storage.errors import DamagedDatabaseError, WrongKeyError

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "MIGRATIONS",
    "CipherConnection",
    "DamagedDatabaseError",
    "DiaryDatabase",
    "WrongKeyError",
    "check_integrity",
    "connect",
    "key_sql",
]

_ERROR_NAMES = (
    "Error",
    "InterfaceError",
    "DatabaseError",
    "DataError",
    "OperationalError",
    "IntegrityError",
    "InternalError",
    "ProgrammingError",
    "NotSupportedError",
)
_BRIDGED: dict[type[BaseException], type[BaseException]] = {}
for _name in _ERROR_NAMES:
    _cipher_cls = getattr(sqlcipher3, _name)
    _BRIDGED[_cipher_cls] = type(_name, (getattr(sqlite3, _name), _cipher_cls), {"__module__": __name__})


def _bridge(error: BaseException) -> NoReturn:
    cls = _BRIDGED.get(type(error))
    if cls is None:
        raise error
    new = cls(*error.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(error, attr):
            try:
                setattr(new, attr, getattr(error, attr))
            except AttributeError:
                pass
    raise new from error


class _Cursor:
    """A sqlcipher3 cursor whose errors are bridged onto sqlite3's classes."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, *args: Any) -> _Cursor:
        try:
            self._cursor.execute(sql, *args)
        except sqlcipher3.Error as e:
            _bridge(e)
        return self

    def executemany(self, sql: str, rows: Iterable[Any]) -> _Cursor:
        try:
            self._cursor.executemany(sql, rows)
        except sqlcipher3.Error as e:
            _bridge(e)
        return self

    def executescript(self, sql: str) -> _Cursor:
        try:
            self._cursor.executescript(sql)
        except sqlcipher3.Error as e:
            _bridge(e)
        return self

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except sqlcipher3.Error as e:
            _bridge(e)

    def fetchall(self) -> list[Any]:
        try:
            return list(self._cursor.fetchall())
        except sqlcipher3.Error as e:
            _bridge(e)

    def fetchmany(self, size: int = 1) -> list[Any]:
        try:
            return list(self._cursor.fetchmany(size))
        except sqlcipher3.Error as e:
            _bridge(e)

    def __iter__(self) -> Iterator[Any]:
        it = iter(self._cursor)
        while True:
            try:
                row = next(it)
            except StopIteration:
                return
            except sqlcipher3.Error as e:
                _bridge(e)
            yield row

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class CipherConnection:
    """Wraps a sqlcipher3 connection for sqlite-utils (see the module docstring)."""

    def __init__(self, conn: Any) -> None:
        self.raw = conn

    def execute(self, sql: str, *args: Any) -> _Cursor:
        try:
            return _Cursor(self.raw.execute(sql, *args))
        except sqlcipher3.Error as e:
            _bridge(e)

    def executemany(self, sql: str, rows: Iterable[Any]) -> _Cursor:
        try:
            return _Cursor(self.raw.executemany(sql, rows))
        except sqlcipher3.Error as e:
            _bridge(e)

    def executescript(self, sql: str) -> _Cursor:
        try:
            return _Cursor(self.raw.executescript(sql))
        except sqlcipher3.Error as e:
            _bridge(e)

    def cursor(self) -> _Cursor:
        return _Cursor(self.raw.cursor())

    def create_function(self, name: str, narg: int, func: Callable[..., Any] | None, **kw: Any) -> None:
        try:
            self.raw.create_function(name, narg, func, **kw)
        except sqlcipher3.Error as e:
            _bridge(e)

    def commit(self) -> None:
        try:
            self.raw.commit()
        except sqlcipher3.Error as e:
            _bridge(e)

    def rollback(self) -> None:
        try:
            self.raw.rollback()
        except sqlcipher3.Error as e:
            _bridge(e)

    @property
    def in_transaction(self) -> bool:
        return bool(self.raw.in_transaction)

    @property
    def isolation_level(self) -> Any:
        return self.raw.isolation_level

    @isolation_level.setter
    def isolation_level(self, value: Any) -> None:
        self.raw.isolation_level = value

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> CipherConnection:
        self.raw.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        try:
            return self.raw.__exit__(*exc)
        except sqlcipher3.Error as e:
            _bridge(e)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


class DiaryDatabase:
    """The open diary database: ``execute``/``executescript``/``conn``/``close`` on the keyed
    connection, and everything else of ``sqlite_utils.Database`` (``table``, ``atomic``,
    ``query`` …), built over the same connection on first use. Typed as ``Database`` (what
    ``connect`` returns to the type checker), since it answers to all of it."""

    def __init__(self, conn: CipherConnection, *, checked: bool = True) -> None:
        self.conn = conn
        self._full: Database | None = None
        self.checked_at_open = checked  # did the open run both integrity checks?

    def execute(self, sql: str, parameters: Any = None) -> _Cursor:
        if parameters is not None:
            return self.conn.execute(sql, parameters)
        return self.conn.execute(sql)

    def executescript(self, sql: str) -> _Cursor:
        return self.conn.executescript(sql)

    def close(self) -> None:
        self.conn.close()

    def full(self) -> Database:
        """The ``sqlite_utils.Database`` over this connection (imports sqlite-utils once)."""
        if self._full is None:
            from sqlite_utils import Database

            self._full = Database(cast("sqlite3.Connection", self.conn))
        return self._full

    @property
    def sqlite_utils_loaded(self) -> bool:
        return self._full is not None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.full(), name)

    def __getitem__(self, name: str) -> Any:
        return self.full()[name]


# The schema's migrations by name, in order (``schema.py`` checks at import that they match its
# ``Migrations``): a diary that has applied all of them opens without importing sqlite-utils.
MIGRATIONS = ("m001_initial", "m002_payments", "m003_rules_round_2", "m004_document_fields")


def _migrations_pending(conn: CipherConnection) -> bool:
    """Does the diary lack any of ``MIGRATIONS``? (Read-only; a new or very old diary has no
    ``_sqlite_migrations`` table at all.)"""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if has_table is None:
        return True
    done = {
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'aflastapp'"
        ).fetchall()
    }
    return not set(MIGRATIONS) <= done


def _as_database(conn: Any, *, checked: bool) -> Database:
    return cast("Database", DiaryDatabase(CipherConnection(conn), checked=checked))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def key_sql(*, raw_key: bytes | None = None, password: str | None = None) -> str:
    """The key clause: ``"x'…'"`` for a raw key, a quoted string for a password."""
    if (raw_key is None) == (password is None):
        raise ValueError("give exactly one of raw_key and password")
    if raw_key is not None:
        if len(raw_key) != 32:
            raise ValueError("a raw key is 32 bytes")
        return f"\"x'{raw_key.hex()}'\""
    assert password is not None
    if not password:
        raise ValueError("an empty password")
    return _quote(password)


def _raw_connect(path: Path, create: bool, *, readonly: bool = False, immutable: bool = False) -> Any:
    mode = "ro" if readonly else ("rwc" if create else "rw")
    uri = Path(path).absolute().as_uri() + f"?mode={mode}"
    if immutable:  # a read-only folder: no -shm can be made, and nobody can change the file
        uri += "&immutable=1"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    # SQLCipher logs to stderr by default; nothing about the diary goes to any log.
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _apply_key(conn: Any, *, raw_key: bytes | None, password: str | None) -> None:
    conn.execute(f"PRAGMA key = {key_sql(raw_key=raw_key, password=password)}")
    conn.execute("PRAGMA cipher_compatibility = 4")


def _not_a_database(error: BaseException) -> bool:
    """SQLITE_NOTADB: what SQLCipher reports for a wrong key (or a file that is no database).
    Anything else (an I/O error, a full disk, a file that cannot be opened) is not a wrong key."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF == 26
    return "not a database" in str(error)


def check_integrity(conn: Any) -> str | None:
    """Run ``quick_check`` and ``cipher_integrity_check``; the problem in words, or None if fine."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            return "integritetstjek fejlede: " + "; ".join(str(r[0]) for r in rows[:3])
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            return "krypteringstjek fejlede: " + "; ".join(str(r[0]) for r in bad[:3])
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as e:
        return f"filen kan ikke læses: {e}"
    return None


def verify(path: Path, raw_key: bytes) -> str | None:
    """Both integrity checks on a separate read-only connection to the diary at ``path`` (which
    may be open for writing meanwhile: the checks see its last commit). The problem, or None."""
    conn = _raw_connect(path, False, readonly=True)
    try:
        _apply_key(conn, raw_key=raw_key, password=None)
        return check_integrity(conn)
    except sqlcipher3.DatabaseError as e:
        return f"filen kan ikke læses: {e}"
    finally:
        conn.close()


def _probe(path: Path, *, raw_key: bytes | None, password: str | None, check: bool) -> None:
    """Key check (and integrity checks) on a read-only connection: writes nothing to the file or
    its WAL (SQLite may rebuild its ``-shm`` index, which holds no data)."""
    conn = _raw_connect(path, False, readonly=True)
    try:
        _apply_key(conn, raw_key=raw_key, password=password)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as e:
            if not _not_a_database(e):
                raise
            raise WrongKeyError() from e
        if check:
            problem = check_integrity(conn)
            if problem is not None:
                raise DamagedDatabaseError(problem)
    finally:
        conn.close()


def connect(
    path: Path,
    *,
    raw_key: bytes | None = None,
    password: str | None = None,
    create: bool = False,
    migrate: bool = True,
    check: bool = True,
    readonly: bool = False,
    immutable: bool = False,
) -> Database:
    """Open (or with ``create``, create) the encrypted database at ``path``: keyed first, then
    ``cipher_compatibility = 4``; checked (``quick_check`` + ``cipher_integrity_check``) before
    anything is written; then WAL, ``synchronous = FULL``, foreign keys; migrated when a
    migration is pending (only then is sqlite-utils imported).

    Raises ``WrongKeyError`` (nothing written), ``DamagedDatabaseError`` (``newest_backup`` not
    filled in here; the diary layer adds it), ``FileNotFoundError`` without ``create``.

    ``readonly``: a read-only connection (the folder is read-only, or another process has the
    diary open for writing): checked, never migrated, nothing written. ``immutable`` with it
    for a read-only folder (SQLite cannot make its ``-shm`` index there).

    ``check=False``: no integrity checks (the caller knows the last session closed cleanly, see
    ``storage/diary.py``); a WAL left over by a crash is still checked, read-only, first.
    ``checked_at_open`` on the result says whether the checks ran.
    """
    path = Path(path)
    if not create and not path.exists():
        raise FileNotFoundError(str(path))
    key_clause = key_sql(raw_key=raw_key, password=password)  # validates before touching the file
    del key_clause
    wal = path.with_name(path.name + "-wal")
    if readonly:
        conn = _raw_connect(path, False, readonly=True, immutable=immutable)
        try:
            _apply_key(conn, raw_key=raw_key, password=password)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as e:
                if not _not_a_database(e):
                    raise
                raise WrongKeyError() from e
            if check:
                problem = check_integrity(conn)
                if problem is not None:
                    raise DamagedDatabaseError(problem)
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA query_only = ON")
        except BaseException:
            conn.close()
            raise
        return _as_database(conn, checked=bool(check))
    if not create and wal.exists() and wal.stat().st_size > 0:
        # Left by a crash: a read-write connection that fails (wrong key, damage) would still
        # checkpoint the WAL into the file when it closes. Probe read-only first.
        _probe(path, raw_key=raw_key, password=password, check=True)  # a crash: always checked
        checked = True
        check = False
    else:
        checked = False
    conn = _raw_connect(path, create)
    try:
        _apply_key(conn, raw_key=raw_key, password=password)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as e:
            if not _not_a_database(e):
                raise
            raise WrongKeyError() from e
        if check:
            problem = check_integrity(conn)
            if problem is not None:
                raise DamagedDatabaseError(problem)
            checked = True
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    db = _as_database(conn, checked=checked)
    if migrate:
        try:
            if _migrations_pending(cast("DiaryDatabase", db).conn):
                from aflastapp.storage.schema import migrations

                migrations.apply(cast("DiaryDatabase", db).full())
        except BaseException:
            db.close()
            raise
    return db
