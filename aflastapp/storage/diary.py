"""The diary: one encrypted database in the data folder, opened with the keychain key, the
family's password or the recovery key.

On disk (``data_dir``): ``diary.db`` (+ SQLite's ``-wal``/``-shm`` while open), ``diary.json``
(the database id and the key mode, nothing personal) and ``backups/``.

Key modes:
- ``keychain`` (default): the database is keyed with a random 32-byte raw key kept in the OS
  keychain (service ``aflastapp``, username = database id).
- ``password``: the database is keyed with the family's password (SQLCipher's key derivation).

In both modes the raw key is also stored in the ``meta`` table (``backup_key``) inside the
encrypted database. Backups are always keyed with that raw key, so the recovery key (the raw
key in readable form) opens every backup, whatever the mode.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import sqlcipher3
from sqlite_utils import Database

from aflastapp.storage import keys, paths
from aflastapp.storage.db import connect, key_sql
from aflastapp.storage.errors import (
    DamagedDatabaseError,
    DiaryExistsError,
    NoDiaryError,
    NoKeychainError,
    PasswordRequiredError,
    StorageError,
    WrongKeyError,
)

KeyMode = Literal["keychain", "password"]

INFO_FORMAT = 1


@dataclass(frozen=True, slots=True)
class DiaryInfo:
    """What ``diary.json`` holds: the database id and how the database is keyed."""

    id: str
    mode: KeyMode

    def to_json(self) -> bytes:
        return json.dumps({"format": INFO_FORMAT, "id": self.id, "mode": self.mode}).encode()


def read_info(data_dir: Path) -> DiaryInfo | None:
    p = paths.info_path(data_dir)
    try:
        raw = json.loads(p.read_text("utf-8"))
        mode = raw["mode"]
        if mode not in ("keychain", "password") or not isinstance(raw["id"], str):
            return None
        return DiaryInfo(id=raw["id"], mode=mode)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_info(data_dir: Path, info: DiaryInfo) -> None:
    paths.atomic_write(paths.info_path(data_dir), info.to_json())


@dataclass(eq=False)
class Diary:
    """An open diary. ``db`` is a sqlite-utils ``Database`` over the keyed connection."""

    db: Database
    path: Path
    id: str
    mode: KeyMode
    raw_key: bytes = field(repr=False)
    password: str | None = field(default=None, repr=False)  # password mode: kept in memory only
    _depth: int = 0
    _closed: bool = False
    on_change: list[Callable[[], None]] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def password_key_sql(self) -> str | None:
        """The ``PRAGMA key`` clause of this diary in password mode (for re-keying copies)."""
        return key_sql(password=self.password) if self.password else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action = one transaction. Commits at the end of the outermost block, rolls
        everything back on any error. Nested blocks are savepoints (an error inside one rolls
        back that block and propagates)."""
        if self._closed:
            raise StorageError("Dagbogen er låst. Lås den op igen for at fortsætte.")
        conn = self.db.conn
        if self._depth == 0 and not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.db
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            finally:
                self._depth = 0
                self._changed()
        else:
            self._depth += 1
            try:
                with self.db.atomic():
                    yield self.db
            finally:
                self._depth -= 1

    def _changed(self) -> None:
        for callback in list(self.on_change):
            callback()

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return default if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def close(self) -> None:
        """Close the connection (checkpoints the WAL); idempotent."""
        if self._closed:
            return
        self._closed = True
        raw: Any = getattr(self.db.conn, "raw", self.db.conn)
        try:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.Error:
            pass
        finally:
            raw.close()
        for f in [self.path, *paths.sidecars(self.path)]:
            paths.private_file(f)


def diary_exists(data_dir: Path) -> bool:
    return paths.diary_path(data_dir).exists()


def _newest_backup(data_dir: Path) -> Path | None:
    folder = paths.backup_dir(data_dir)
    if not folder.is_dir():
        return None
    found = sorted(folder.glob("*.aflastbak"), key=lambda p: p.name)
    return found[-1] if found else None


def _remove_db_files(db_file: Path) -> None:
    for f in [db_file, *paths.sidecars(db_file)]:
        f.unlink(missing_ok=True)


def create_diary(data_dir: Path, password: str | None = None) -> tuple[Diary, str]:
    """Create a new, empty diary; returns it and the recovery key text (show it once).

    Keychain mode unless ``password`` is given. ``DiaryExistsError`` if one exists;
    ``NoKeychainError`` if the keychain does not work (then nothing is created).
    """
    paths.private_dir(data_dir)
    db_file = paths.diary_path(data_dir)
    if db_file.exists():
        raise DiaryExistsError(data_dir)
    if password is not None and not password:
        raise WrongKeyError("Adgangskoden må ikke være tom.")
    raw_key = keys.new_key()
    db_id = uuid.uuid4().hex
    mode: KeyMode = "keychain" if password is None else "password"
    if mode == "keychain":
        keys.store_key(db_id, raw_key)
    db: Database | None = None
    try:
        if mode == "keychain":
            db = connect(db_file, raw_key=raw_key, create=True)
        else:
            db = connect(db_file, password=password, create=True)
        diary = Diary(db=db, path=db_file, id=db_id, mode=mode, raw_key=raw_key, password=password)
        with diary.transaction():
            diary.set_meta("db_id", db_id)
            diary.set_meta("backup_key", raw_key.hex())
            diary.set_meta("created_at", datetime.now().isoformat(timespec="seconds"))
        write_info(data_dir, DiaryInfo(db_id, mode))
    except BaseException:
        if db is not None:
            with contextlib.suppress(Exception):
                db.close()
        _remove_db_files(db_file)
        paths.info_path(data_dir).unlink(missing_ok=True)
        if mode == "keychain":
            keys.delete_key(db_id)
        raise
    for f in [db_file, *paths.sidecars(db_file)]:
        paths.private_file(f)
    return diary, keys.encode_recovery_key(raw_key)


def _open(db_file: Path, *, raw_key: bytes | None = None, password: str | None = None) -> Database:
    try:
        return connect(db_file, raw_key=raw_key, password=password)
    except DamagedDatabaseError as e:
        raise DamagedDatabaseError(e.problem, _newest_backup(db_file.parent)) from e


def open_diary(
    data_dir: Path, password: str | None = None, recovery_key: str | None = None
) -> Diary:
    """Open the diary in ``data_dir``.

    - ``password``: opens a password-mode diary.
    - ``recovery_key``: opens a keychain-mode diary without the keychain (and stores the key in
      the keychain if its entry is missing and the keychain works). A password-mode diary is
      keyed by the password, so there the recovery key opens only the backups (``restore``).
    - neither: keychain mode reads the key from the keychain (``NoKeychainError`` if it can't);
      password mode raises ``PasswordRequiredError``.

    Wrong key/password: ``WrongKeyError``; the file is left byte-for-byte unchanged and no key
    is written anywhere. Damage: ``DamagedDatabaseError`` naming the newest backup.
    """
    db_file = paths.diary_path(data_dir)
    if not db_file.exists():
        raise NoDiaryError(data_dir)
    info = read_info(data_dir)
    raw_key: bytes | None = None
    if password is not None:
        if not password:
            raise PasswordRequiredError()
        if info is not None and info.mode == "keychain":
            raise WrongKeyError(
                "Denne dagbog er ikke beskyttet med en adgangskode, men med computerens nøglering. "
                "Åbn den uden adgangskode, eller med gendannelsesnøglen."
            )
        db = _open(db_file, password=password)
    elif recovery_key is not None:
        raw_key = keys.decode_recovery_key(recovery_key)
        try:
            db = _open(db_file, raw_key=raw_key)
        except WrongKeyError as e:
            if info is not None and info.mode == "password":
                raise WrongKeyError(
                    "Dagbogen er beskyttet med en adgangskode, så gendannelsesnøglen kan ikke åbne "
                    "den direkte. Har du glemt adgangskoden, så gendan dagbogen fra den nyeste "
                    "sikkerhedskopi med gendannelsesnøglen."
                ) from e
            raise WrongKeyError(
                "Gendannelsesnøglen passer ikke til denne dagbog. Intet er ændret."
            ) from e
    else:
        if info is None:
            raise NoKeychainError("dagbogens id-fil (diary.json) mangler")
        if info.mode == "password":
            raise PasswordRequiredError()
        raw_key = keys.read_key(info.id)
        try:
            db = _open(db_file, raw_key=raw_key)
        except WrongKeyError as e:
            # The keychain's key was confirmed when it was stored: the first page is unreadable.
            raise DamagedDatabaseError(
                "dagbogens første side kan ikke læses med nøglen fra nøgleringen",
                _newest_backup(data_dir),
            ) from e

    try:
        row = db.execute("SELECT key, value FROM meta WHERE key IN ('db_id', 'backup_key')").fetchall()
        meta = {str(k): str(v) for k, v in row}
        db_id = meta.get("db_id") or (info.id if info else uuid.uuid4().hex)
        stored_key = bytes.fromhex(meta["backup_key"]) if "backup_key" in meta else raw_key
        if stored_key is None:
            raise DamagedDatabaseError("nøglen til sikkerhedskopier mangler i dagbogen")
        mode: KeyMode = "password" if password is not None else "keychain"
        diary = Diary(
            db=db, path=db_file, id=db_id, mode=mode, raw_key=stored_key, password=password
        )
        if info is None or info.id != db_id or info.mode != mode:
            write_info(data_dir, DiaryInfo(db_id, mode))
        if mode == "keychain" and recovery_key is not None and not keys.has_key(db_id):
            with contextlib.suppress(StorageError):
                keys.store_key(db_id, stored_key)
    except BaseException:
        db.close()
        raise
    return diary
