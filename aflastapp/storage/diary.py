"""The diary: one encrypted database in the data folder, keyed with its data key, which the key
slots in ``diary.keys`` lead to (see ``slots.py``).

On disk (``data_dir``): ``diary.db`` (+ SQLite's ``-wal``/``-shm`` while open), ``diary.keys``
(the key slots: the database id, the mode, the password slot; nothing personal), ``diary.lock``
(the one-writer lock), ``backups/`` and ``replaced/`` (diaries a restore replaced, last 3).

Every diary has one random 256-bit data key, never changed: the raw SQLCipher key of the diary
and of every backup. The recovery key is the data key in readable form.

Key modes (``Slots.mode``):
- ``keychain`` (default): the data key is in the OS keychain (service ``aflastapp``, username =
  database id).
- ``password``: the data key is wrapped under the family's password (scrypt + AES-256-GCM).

Older diaries (``diary.json`` and no ``diary.keys``) are upgraded on first open: in keychain mode
the slot file is written; in password mode the database was keyed with the password itself, and
it is copied once to a database keyed with its data key (the key it already kept for backups, so
the family's recovery sheet stays valid), crash-safe: the slot file is written first and marked
``legacy_password_db``; the copy is made beside the diary and renamed over it in one step. Killed
at any point, the diary opens with the password and the open finishes the job.

Nothing is written to a file that could not be opened: the header is judged first (empty, cut
short, foreign), keys are tried on read-only connections, and a failure leaves every file as it
was.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from aflastapp.storage import fsutil, keys, paths, slots
from aflastapp.storage.db import connect, key_sql
from aflastapp.storage.db import verify as verify_diary_file
from aflastapp.storage.errors import (
    DamagedDatabaseError,
    DiaryExistsError,
    DiaryInUseError,
    KeyOrDamageError,
    NoDiaryError,
    NoKeychainError,
    NotADiaryError,
    PasswordRequiredError,
    ReadOnlyDiaryError,
    SlotFileError,
    StorageError,
    WrongKeyError,
    resource_error,
)
from aflastapp.storage.lock import DiaryLock, acquire, lock_path
from aflastapp.storage.slots import KeyMode, Slots

CheckMode = bool

# The clean-close marker (issue 16). ``Diary.close`` renames ``diary.in-use`` to ``diary.clean``
# (or creates it, empty) after it has checkpointed the WAL into the file and closed the last
# connection; every open for writing renames ``diary.clean`` back to ``diary.in-use`` (and syncs the
# folder) before it hands the diary out. So ``diary.clean`` exists only if the last writer closed
# cleanly and nothing has written since. Only then may the app's open (``defer_check``) skip the
# integrity checks, which the app then runs right after the dashboard is shown (``Diary.verify``).
# A kill or power cut at any moment leaves ``diary.in-use`` (or no marker) or a ``-wal`` file with
# data, and both mean the full check at open. The marker holds nothing; renames need no free
# space, so a full disk cannot leave a wrong marker. See docs/architecture.md.
CLEAN_MARK = "diary.clean"
IN_USE_MARK = "diary.in-use"

if TYPE_CHECKING:
    from sqlite_utils import Database  # at run time: storage.db.DiaryDatabase

__all__ = [
    "Diary",
    "DiaryInfo",
    "KeyMode",
    "create_diary",
    "diary_exists",
    "newest_backup",
    "open_diary",
    "read_info",
]

INFO_FORMAT = 1


@dataclass(frozen=True, slots=True)
class DiaryInfo:
    """The database id and how the database is keyed (from ``diary.keys``, or for an older
    diary from ``diary.json``)."""

    id: str
    mode: KeyMode


def _read_legacy_info(data_dir: Path) -> DiaryInfo | None:
    p = paths.info_path(data_dir)
    try:
        raw = json.loads(p.read_text("utf-8"))
        mode = raw["mode"]
        if mode not in ("keychain", "password") or not isinstance(raw["id"], str):
            return None
        return DiaryInfo(id=raw["id"], mode=mode)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_info(data_dir: Path) -> DiaryInfo | None:
    """Id and mode of the diary in ``data_dir`` (None if unknown)."""
    try:
        found = slots.read(data_dir)
    except SlotFileError:
        found = None
    if found is not None:
        return DiaryInfo(found.id, found.mode)
    return _read_legacy_info(data_dir)


@dataclass(eq=False)
class Diary:
    """An open diary. ``db`` is a sqlite-utils ``Database`` over the keyed connection."""

    db: Database
    path: Path
    id: str
    raw_key: bytes = field(repr=False)
    slots: Slots = field(repr=False)
    lock: DiaryLock | None = field(default=None, repr=False)
    readonly: str | None = None  # why it is open read-only (None: open for writing)
    _depth: int = 0
    _closed: bool = False
    on_change: list[Callable[[], None]] = field(default_factory=list)
    damage: str | None = None  # what ``verify`` found (then the close leaves no clean-close marker)

    @property
    def checked_at_open(self) -> bool:
        """Did the open run both integrity checks? (False only with ``defer_check`` after a clean
        close: then ``verify`` is due.)"""
        return bool(getattr(self.db, "checked_at_open", True))

    def verify(self) -> str | None:
        """Both integrity checks now, on a separate read-only connection (safe from any thread,
        while the diary is in use). The problem in words, or None. A problem is remembered: the
        close then leaves no clean-close marker, so the next open checks again at once, and
        the diary takes no more writes this session (as an open that finds damage writes nothing):
        it is read-only from now on, and its close does not checkpoint the WAL into the file."""
        problem = verify_diary_file(self.path, self.raw_key)
        if problem is not None:
            self.damage = problem
            if self.readonly is None:
                self.readonly = "den er beskadiget; gendan den fra en sikkerhedskopi"
        return problem

    @property
    def mode(self) -> KeyMode:
        return self.slots.mode

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @property
    def closed(self) -> bool:
        return self._closed

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action = one transaction. Commits at the end of the outermost block, rolls
        everything back on any error. Nested blocks are savepoints (an error inside one rolls
        back that block and propagates)."""
        if self._closed:
            raise StorageError("Dagbogen er låst. Lås den op igen for at fortsætte.")
        if self.readonly is not None:
            raise ReadOnlyDiaryError(self.readonly)
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
                except BaseException as e:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    if isinstance(e, sqlcipher3.Error):
                        raise _sql_resource(e, self.data_dir) from e
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
        """Close the connection (checkpoints the WAL), leave the clean-close marker
        (``CLEAN_MARK``) unless ``verify`` found damage, and give up the writer lock; idempotent."""
        if self._closed:
            return
        self._closed = True
        raw: Any = getattr(self.db.conn, "raw", self.db.conn)
        checkpointed = False
        try:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            if self.readonly is None:
                busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                checkpointed = busy is not None and int(busy[0]) == 0
        except sqlcipher3.Error:
            checkpointed = False  # no marker: the next open checks
        finally:
            raw.close()
            if self.readonly is None:
                for f in [self.path, *paths.sidecars(self.path)]:
                    paths.private_file(f)
                if checkpointed and self.damage is None:
                    _mark_clean(self.path)
            if self.lock is not None:
                self.lock.release()


def closed_cleanly(data_dir: Path) -> bool:
    """Did the last writer close the diary cleanly, with nothing written since? (The marker, and
    no ``-wal`` file with data in it.)"""
    db_file = paths.diary_path(data_dir)
    wal = db_file.with_name(db_file.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return False
        return (data_dir / CLEAN_MARK).is_file()
    except OSError:
        return False


def _mark_in_use(data_dir: Path) -> None:
    """Before the diary is handed out for writing: from now on a kill means a check at open.
    Raises ``OSError`` if the marker cannot be taken away (then the diary is not opened)."""
    clean = data_dir / CLEAN_MARK
    in_use = data_dir / IN_USE_MARK
    if not clean.exists():
        return
    try:
        fsutil.replace(clean, in_use)
    except OSError:
        clean.unlink()
    paths.fsync_dir(data_dir)


def _mark_clean(db_file: Path) -> None:
    """After the last connection closed with the WAL checkpointed: the marker (best effort; no
    marker only means the full check at the next open)."""
    data_dir = db_file.parent
    wal = db_file.with_name(db_file.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return  # another connection kept it: the next open probes it anyway
        clean = data_dir / CLEAN_MARK
        in_use = data_dir / IN_USE_MARK
        if in_use.exists():
            fsutil.replace(in_use, clean)
        else:
            fd = os.open(clean, os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(fd)
        paths.private_file(clean)
        paths.fsync_dir(data_dir)
    except OSError:
        pass


def _sql_resource(error: BaseException, folder: Path) -> BaseException:
    """SQLite's "disk is full" / "readonly database" as the plain Danish resource message."""
    text = str(error).lower()
    if "full" in text:
        return resource_error(OSError(errno.ENOSPC, "disk full"), folder) or error
    if "readonly" in text or "read-only" in text:
        return resource_error(OSError(errno.EROFS, "read-only"), folder) or error
    return error


def _disk_full(folder: Path) -> bool:
    """Is the disk of ``folder`` (nearly) full? SQLite reports a full disk at open as an I/O error."""
    import shutil

    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def diary_exists(data_dir: Path) -> bool:
    return paths.diary_path(data_dir).exists()


def newest_backup(data_dir: Path, keys_at_hand: list[bytes] | None = None) -> Path | None:
    """The newest automatic backup; with ``keys_at_hand``, the newest that opens with one of them
    and passes both integrity checks (of the newest 10)."""
    folder = paths.backup_dir(data_dir)
    if not folder.is_dir():
        return None
    found = sorted(
        (p for p in folder.glob("aflastapp-*.aflastbak") if p.is_file() and p.stat().st_size > 0),
        key=lambda p: p.name,
        reverse=True,
    )
    if not keys_at_hand:
        return found[0] if found else None
    from aflastapp.storage.backup import verify_file  # backup.py builds on this module

    for p in found[:10]:
        if any(verify_file(p, k) is None for k in keys_at_hand):
            return p
    return None


def _keys_at_hand(found: Slots | None, password: str | None, recovery_key: str | None) -> list[bytes]:
    """The data keys the family's secret leads to without opening the diary (for the backup to
    offer when the diary cannot be opened)."""
    out: list[bytes] = []
    with contextlib.suppress(Exception):
        if recovery_key is not None:
            out.append(keys.decode_recovery_key(recovery_key))
        elif password and found is not None:
            key = found.key_from_password(password)
            if key is not None:
                out.append(key)
        elif found is not None and found.mode == "keychain":
            key = keys.read_key(found.id)
            if found.matches(key):
                out.append(key)
    return out


def _with_backup(e: DamagedDatabaseError | KeyOrDamageError, hint: Path | None) -> StorageError:
    if isinstance(e, NotADiaryError):
        return NotADiaryError(e.path, e.what, hint)
    if isinstance(e, KeyOrDamageError):
        return KeyOrDamageError(e.what, hint)
    return DamagedDatabaseError(e.problem, hint)


def _remove_db_files(db_file: Path) -> None:
    for f in [db_file, *paths.sidecars(db_file)]:
        f.unlink(missing_ok=True)


def _write_slots(data_dir: Path, new: Slots, doing: str = "") -> None:
    try:
        slots.write(data_dir, new)
    except OSError as e:
        problem = resource_error(e, data_dir, doing)
        if problem is not None:
            raise problem from e
        raise


def create_diary(data_dir: Path, password: str | None = None) -> tuple[Diary, str]:
    """Create a new, empty diary; returns it and the recovery key text (show it once).

    Keychain mode unless ``password`` is given. ``DiaryExistsError`` if one exists;
    ``NoKeychainError`` if the keychain does not work (then nothing is created).
    """
    try:
        paths.private_dir(data_dir)
        lock = acquire(data_dir)
    except OSError as e:
        problem = resource_error(e, data_dir, "Dagbogen er ikke oprettet.")
        if problem is not None:
            raise problem from e
        raise
    db_file = paths.diary_path(data_dir)
    db: Database | None = None
    db_id = uuid.uuid4().hex
    try:
        if db_file.exists():
            raise DiaryExistsError(data_dir)
        if password is not None and not password:
            raise WrongKeyError("Adgangskoden må ikke være tom.")
        raw_key = keys.new_key()
        if password is None:
            keys.store_key(db_id, raw_key)
            new = slots.new_keychain_slots(db_id, raw_key)
        else:
            new = slots.new_password_slots(db_id, raw_key, password)
        _write_slots(data_dir, new, "Dagbogen er ikke oprettet.")  # first: a diary never lacks slots
        try:
            db = connect(db_file, raw_key=raw_key, create=True)
        except sqlcipher3.Error as e:
            raise _sql_resource(e, data_dir) from e
        diary = Diary(db=db, path=db_file, id=db_id, raw_key=raw_key, slots=new, lock=lock)
        with diary.transaction():
            diary.set_meta("db_id", db_id)
            diary.set_meta("created_at", datetime.now().isoformat(timespec="seconds"))
        paths.info_path(data_dir).unlink(missing_ok=True)
    except BaseException as e:
        if db is not None:
            with contextlib.suppress(Exception):
                db.close()
        if not isinstance(e, DiaryExistsError):
            _remove_db_files(db_file)
            slots.slot_path(data_dir).unlink(missing_ok=True)
            if password is None:
                keys.delete_key(db_id)
            with contextlib.suppress(OSError):  # nothing was created: leave the folder as it was
                lock_path(data_dir).unlink(missing_ok=True)
        lock.release()
        if isinstance(e, OSError):
            problem = resource_error(e, data_dir, "Dagbogen er ikke oprettet.")
            if problem is not None:
                raise problem from e
        raise
    for f in [db_file, *paths.sidecars(db_file)]:
        paths.private_file(f)
    return diary, keys.encode_recovery_key(raw_key)


# --------------------------------------------------------------------------- opening


@dataclass
class _Opened:
    db: Database
    key: bytes
    slots: Slots | None  # what diary.keys should say now (None: as it is)
    legacy_password: str | None = None  # the database is still keyed with this password


def _try_key(db_file: Path, key: bytes, readonly: str | None, immutable: bool,
             check: CheckMode = True) -> Database | None:
    """The database opened with ``key``, or None if the key does not open it. Damage found by
    the integrity checks raises ``DamagedDatabaseError``."""
    try:
        if readonly is not None:
            return connect(db_file, raw_key=key, readonly=True, immutable=immutable)
        return connect(db_file, raw_key=key, check=check)
    except WrongKeyError:
        return None


def _try_password_db(
    db_file: Path, password: str, readonly: str | None, immutable: bool
) -> Database | None:
    """An older diary keyed with the password itself."""
    try:
        if readonly is not None:
            return connect(db_file, password=password, readonly=True, immutable=immutable)
        return connect(db_file, password=password)
    except WrongKeyError:
        return None


def _open_with_slots(
    db_file: Path,
    found: Slots,
    password: str | None,
    recovery_key: str | None,
    readonly: str | None,
    immutable: bool,
    check: CheckMode = True,
) -> _Opened:
    candidates = [found.without_previous()] + ([found.previous] if found.previous is not None else [])

    def result(cand: Slots, key: bytes, db: Database) -> _Opened:
        # opened through ``cand``: diary.keys is rewritten when it said more (a restore that was
        # killed half-way) or when the database was still password-keyed
        want = cand.without_previous()
        if want.legacy_password_db:
            want = replace(want, legacy_password_db=False)
        return _Opened(db, key, None if want == found else want)

    def opened_or_damaged(cand: Slots, key: bytes, secret: str | None) -> _Opened | None:
        db = _try_key(db_file, key, readonly, immutable, check)
        if db is not None:
            return result(cand, key, db)
        if secret is not None and cand.legacy_password_db:
            legacy = _try_password_db(db_file, secret, readonly, immutable)
            if legacy is not None:
                return _Opened(legacy, key, cand, legacy_password=secret)
        return None

    if password is not None:
        if not password:
            raise PasswordRequiredError()
        accepted: list[tuple[Slots, bytes]] = []
        for cand in candidates:
            key = cand.key_from_password(password)
            if key is not None:
                accepted.append((cand, key))
        if not accepted:
            if all(c.password is None for c in candidates):
                raise WrongKeyError(
                    "Denne dagbog er ikke beskyttet med en adgangskode, men med computerens "
                    "nøglering. Åbn den uden adgangskode, eller med gendannelsesnøglen."
                )
            raise WrongKeyError(
                "Adgangskoden passer ikke til dagbogen. Intet er ændret. Prøv igen (store og små "
                "bogstaver tæller), eller brug gendannelsesnøglen fra gendannelsesarket."
            )
        for cand, key in accepted:
            done = opened_or_damaged(cand, key, password)
            if done is not None:
                return done
        if found.previous is not None and all(c is not candidates[0] for c, _k in accepted):
            raise WrongKeyError(
                "Det er adgangskoden til den dagbog, en gendannelse erstattede. Brug adgangskoden "
                "til den gendannede sikkerhedskopi, eller gendannelsesnøglen."
            )
        raise DamagedDatabaseError(
            "adgangskoden er rigtig, men dagbogsfilen kan ikke læses med nøglen"
        )

    if recovery_key is not None:
        key = keys.decode_recovery_key(recovery_key)
        matching = [c for c in candidates if c.matches(key)]
        if not matching:
            raise WrongKeyError("Gendannelsesnøglen passer ikke til denne dagbog. Intet er ændret.")
        for cand in matching:
            db = _try_key(db_file, key, readonly, immutable, check)
            if db is not None:
                return result(cand, key, db)
        raise DamagedDatabaseError(
            "gendannelsesnøglen er rigtig, men dagbogsfilen kan ikke læses med den"
        )

    keychain_cands = [c for c in candidates if c.mode == "keychain"]
    if not keychain_cands:
        raise PasswordRequiredError()
    last_error: StorageError | None = None
    for cand in keychain_cands:
        try:
            key = keys.read_key(cand.id)
        except NoKeychainError as e:
            last_error = e
            continue
        if not cand.matches(key):
            last_error = WrongKeyError(
                "Nøglen i computerens nøglering passer ikke til denne dagbog (nøgleringens post er "
                "ændret eller hører til en anden dagbog). Intet er ændret. Åbn dagbogen med "
                "gendannelsesnøglen fra gendannelsesarket."
            )
            continue
        db = _try_key(db_file, key, readonly, immutable, check)
        if db is not None:
            return result(cand, key, db)
        last_error = DamagedDatabaseError(
            "dagbogens første side kan ikke læses med den rigtige nøgle fra nøgleringen"
        )
    if found.mode == "password":
        raise PasswordRequiredError()
    assert last_error is not None
    raise last_error


def _open_legacy(
    db_file: Path,
    info: DiaryInfo | None,
    password: str | None,
    recovery_key: str | None,
    readonly: str | None,
    immutable: bool,
    check: CheckMode = True,
) -> _Opened:
    """An older diary (``diary.json``, no slot file), or a bare diary file on a new laptop."""
    if password is not None:
        if not password:
            raise PasswordRequiredError()
        if info is not None and info.mode == "keychain":
            raise WrongKeyError(
                "Denne dagbog er ikke beskyttet med en adgangskode, men med computerens nøglering. "
                "Åbn den uden adgangskode, eller med gendannelsesnøglen."
            )
        db = _try_password_db(db_file, password, readonly, immutable)
        if db is None:
            raise KeyOrDamageError("adgangskode")
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'backup_key'").fetchone()
            id_row = db.execute("SELECT value FROM meta WHERE key = 'db_id'").fetchone()
        except BaseException:
            db.close()
            raise
        if row is None or id_row is None:
            db.close()
            raise DamagedDatabaseError("dagbogens data-nøgle mangler i filen")
        key = bytes.fromhex(str(row[0]))
        new = replace(slots.new_password_slots(str(id_row[0]), key, password), legacy_password_db=True)
        return _Opened(db, key, new, legacy_password=password)
    if recovery_key is not None:
        key = keys.decode_recovery_key(recovery_key)
        db = _try_key(db_file, key, readonly, immutable, check)
        if db is None:
            if info is not None and info.mode == "password":
                raise WrongKeyError(
                    "Dagbogen er beskyttet med en adgangskode, så gendannelsesnøglen kan ikke åbne "
                    "den direkte, før den har været åbnet én gang med adgangskoden i denne udgave af "
                    "programmet. Har I glemt adgangskoden, så gendan dagbogen fra den nyeste "
                    "sikkerhedskopi med gendannelsesnøglen."
                )
            raise KeyOrDamageError("gendannelsesnøgle")
        return _Opened(db, key, slots.new_keychain_slots(_db_id(db, info), key))
    if info is None:
        raise NoKeychainError("dagbogens nøglefil (diary.keys) mangler")
    if info.mode == "password":
        raise PasswordRequiredError()
    key = keys.read_key(info.id)
    db = _try_key(db_file, key, readonly, immutable, check)
    if db is None:
        raise KeyOrDamageError("nøgle i computerens nøglering")
    return _Opened(db, key, slots.new_keychain_slots(_db_id(db, info), key))


def _db_id(db: Database, info: DiaryInfo | None) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'db_id'").fetchone()
    if row is not None:
        return str(row[0])
    return info.id if info is not None else uuid.uuid4().hex


def _finish_legacy_password(data_dir: Path, opened: _Opened, new: Slots) -> Database:
    """Copy the password-keyed database to one keyed with the data key and rename it over the
    old one. ``diary.keys`` (marked ``legacy_password_db``) is on disk before this starts."""
    db_file = paths.diary_path(data_dir)
    tmp = data_dir / f".migrate-{os.getpid()}.db"
    paths.remove_with_sidecars(tmp)
    raw: Any = getattr(opened.db.conn, "raw", opened.db.conn)
    try:
        raw.execute(f"ATTACH DATABASE ? AS migrated KEY {key_sql(raw_key=opened.key)}", [str(tmp)])
        raw.execute("SELECT sqlcipher_export('migrated')")
        raw.execute("DETACH DATABASE migrated")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.Error as e:
        opened.db.close()
        paths.remove_with_sidecars(tmp)
        raise _sql_resource(e, data_dir) from e
    opened.db.close()  # the last connection: its -wal and -shm go away
    try:
        check = connect(tmp, raw_key=opened.key, migrate=False)
        check.execute("PRAGMA journal_mode = DELETE")
        check.close()
        paths.private_file(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        for side in paths.sidecars(db_file):
            if side.exists() and side.stat().st_size > 0 and side.name.endswith("-wal"):
                raise DamagedDatabaseError("dagbogens -wal-fil kunne ikke lukkes før opgraderingen")
            side.unlink(missing_ok=True)
        fsutil.replace(tmp, db_file)
        paths.fsync_dir(data_dir)
    except BaseException:
        paths.remove_with_sidecars(tmp)
        raise
    _write_slots(data_dir, new)
    return connect(db_file, raw_key=opened.key)


def open_diary(
    data_dir: Path,
    password: str | None = None,
    recovery_key: str | None = None,
    *,
    readonly_ok: bool = False,
    lock: DiaryLock | None = None,
    defer_check: bool = False,
) -> Diary:
    """Open the diary in ``data_dir`` for writing (holding the one-writer lock).

    - ``password``: opens a password-mode diary (through its password slot).
    - ``recovery_key``: opens any diary (the recovery key is the data key); in keychain mode it
      also puts the key back in the keychain when its entry is missing.
    - neither: keychain mode reads the key from the keychain (``NoKeychainError`` if it can't);
      password mode raises ``PasswordRequiredError``.

    ``DiaryInUseError`` when another process has it open for writing; with ``readonly_ok`` it is
    then opened read-only instead (preview, export, verify). A read-only data folder always opens
    read-only. ``lock``: a writer lock already held by the caller (restore), taken over.

    Wrong key/password: ``WrongKeyError``; the files are left byte-for-byte unchanged and no key
    is written anywhere. A file that is not a diary: ``NotADiaryError``; damage:
    ``DamagedDatabaseError``; both name the newest backup.

    ``defer_check``: skip the integrity checks at open when the last session closed cleanly (the
    clean-close marker ``CLEAN_MARK``); ``Diary.checked_at_open`` then says False and the
    caller runs ``Diary.verify()`` soon after (the app: right after the dashboard is shown).
    """
    db_file = paths.diary_path(data_dir)
    if not db_file.exists():
        raise NoDiaryError(data_dir)
    readonly: str | None = None
    immutable = False
    if lock is None and not paths.writable(data_dir):  # permission bits, a read-only mount
        readonly = f"mappen {data_dir} er skrivebeskyttet"
        immutable = True
    elif lock is None:
        try:
            lock = acquire(data_dir)
        except DiaryInUseError:
            if not readonly_ok:
                raise
            readonly = "den er åben til skrivning et andet sted"
        except OSError as e:
            if e.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise
            readonly = f"mappen {data_dir} er skrivebeskyttet"
            immutable = True
    check: CheckMode = not (defer_check and readonly is None and closed_cleanly(data_dir))
    try:
        if lock is not None:
            paths.clean_temp(data_dir)
            slots.remove_stale_temp(data_dir)
        found: Slots | None = None
        try:
            found = slots.read(data_dir)
            what = paths.describe_file(db_file)
            if what is not None:
                raise NotADiaryError(db_file, what)
            info = None if found is not None else _read_legacy_info(data_dir)
            if found is not None:
                opened = _open_with_slots(db_file, found, password, recovery_key, readonly, immutable,
                                          check)
            else:
                opened = _open_legacy(db_file, info, password, recovery_key, readonly, immutable, check)
        except SlotFileError:
            if recovery_key is None:
                raise
            opened = _open_legacy(db_file, None, None, recovery_key, readonly, immutable, check)
        except (DamagedDatabaseError, KeyOrDamageError) as e:
            if e.newest_backup is not None:
                raise
            hint = newest_backup(data_dir, _keys_at_hand(found, password, recovery_key))
            raise _with_backup(e, hint) from e
        except sqlcipher3.Error as e:
            fault = _sql_resource(e, data_dir)
            if fault is e and _disk_full(data_dir):
                fault = resource_error(OSError(errno.ENOSPC, str(e)), data_dir) or e
            if fault is not e:
                raise fault from e
            hint = newest_backup(data_dir, _keys_at_hand(found, password, recovery_key))
            raise DamagedDatabaseError(f"filen kan ikke læses: {e}", hint) from e
        db = opened.db
        current = opened.slots or found
        assert current is not None
        if readonly is None:
            if opened.legacy_password is not None:
                final = replace(current, legacy_password_db=False)
                _write_slots(data_dir, replace(final, legacy_password_db=True))
                db = _finish_legacy_password(data_dir, opened, final)
                current = final
            elif opened.slots is not None:
                _write_slots(data_dir, current)
            paths.info_path(data_dir).unlink(missing_ok=True)
            try:
                _mark_in_use(data_dir)
            except OSError:
                db.close()
                raise
            if (
                current.mode == "keychain"
                and recovery_key is not None
                and not keys.has_key(current.id)
            ):
                with contextlib.suppress(StorageError):
                    keys.store_key(current.id, opened.key)
        elif opened.legacy_password is not None:
            db.close()  # an older password diary needs one write to open; it cannot be done here
            raise ReadOnlyDiaryError(
                readonly + "; dagbogen skal opgraderes én gang, før den kan læses af denne udgave"
            )
        diary = Diary(
            db=db, path=db_file, id=current.id, raw_key=opened.key, slots=current, lock=lock,
            readonly=readonly,
        )
    except BaseException as e:
        if lock is not None:
            lock.release()
        if isinstance(e, OSError):
            problem = resource_error(e, data_dir)
            if problem is not None:
                raise problem from e
        raise
    return diary
