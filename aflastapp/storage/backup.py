"""Encrypted backups: automatic (at most once a day, rotated 7 daily / 4 weekly / 12 monthly),
manual (to a file the family chooses), verification and restore.

A backup file is self-contained: a short plain header with the diary's key slots (the same
``diary.keys`` content: id, mode, key check, password slot; nothing personal), then the encrypted
database, keyed with the diary's data key::

    AFLASTAPP-BACKUP\\n  <length of the slots, 8 hex digits>\\n  <slots JSON>  <SQLCipher database>

So a backup made in password mode opens with the password that was in force when it was made,
and every backup opens with the recovery key (the data key). Backups made before key slots are a
bare SQLCipher file keyed with the data key; they still open with the recovery key.

Every backup is made with ``VACUUM INTO`` (one consistent snapshot, even while another
connection writes) into a temp file (owner-only from the start) next to its destination,
verified (opened with the data key, ``quick_check`` and ``cipher_integrity_check``), written
with its header to a second temp file, fsynced and then moved into place with ``fsutil.replace``.
The temp files are registered in the data folder, so if the process is killed they are removed
at the next start, also on a USB stick.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import sqlcipher3

from aflastapp.storage import fsutil, keys, paths, slots
from aflastapp.storage.db import _apply_key, check_integrity, connect
from aflastapp.storage.diary import Diary, open_diary
from aflastapp.storage.errors import (
    BackupError,
    DamagedDatabaseError,
    NoKeychainError,
    PasswordRequiredError,
    StorageError,
    WrongKeyError,
    resource_error,
)
from aflastapp.storage.lock import acquire
from aflastapp.storage.slots import Slots

SUFFIX = ".aflastbak"
_STAMP = "%Y-%m-%d_%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_REPLACED = 3
MAGIC = paths.BACKUP_MAGIC
_MAX_HEADER = 1 << 20


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int


# --------------------------------------------------------------------------- the file format


def read_header(path: Path) -> tuple[Slots | None, int]:
    """The key slots in a backup's header and where its database starts; ``(None, 0)`` for a
    backup made before key slots (a bare SQLCipher file). ``BackupError`` for a broken header."""
    with open(path, "rb") as f:
        head = f.read(len(MAGIC) + 9)
        if not head.startswith(MAGIC):
            return None, 0
        try:
            length = int(head[len(MAGIC) : len(MAGIC) + 8], 16)
        except ValueError:
            length = -1
        if not 0 < length <= _MAX_HEADER or head[-1:] != b"\n":
            raise BackupError(f"Sikkerhedskopien {path.name} har et ødelagt hoved og kan ikke læses.")
        data = f.read(length)
    try:
        found = Slots.from_json(data)
    except StorageError as e:
        raise BackupError(f"Sikkerhedskopien {path.name} har et ødelagt hoved og kan ikke læses.") from e
    return found, len(MAGIC) + 9 + length


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_from(src: Path, offset: int, dest: Path, header: bytes = b"") -> None:
    """``header`` + ``src`` from ``offset`` into ``dest`` (created owner-only), fsynced."""
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
        out.write(header)
        inp.seek(offset)
        shutil.copyfileobj(inp, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


@contextlib.contextmanager
def _database_of(path: Path) -> Iterator[tuple[Slots | None, Path]]:
    """The backup's slots and a path to its bare database (a private temp copy for a backup with
    a header, removed afterwards)."""
    found, offset = read_header(path)
    if offset == 0:
        yield found, path
        return
    with tempfile.TemporaryDirectory(prefix="aflastapp-") as folder:
        os.chmod(folder, 0o700)
        db = Path(folder) / "backup.db"
        _copy_from(path, offset, db)
        yield found, db


def _verify_db(path: Path, raw_key: bytes) -> str | None:
    try:
        conn = sqlcipher3.connect(
            Path(path).absolute().as_uri() + "?mode=ro", uri=True, isolation_level=None
        )
    except sqlcipher3.Error as e:
        return f"filen kan ikke åbnes: {e}"
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _apply_key(conn, raw_key=raw_key, password=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            return "nøglen passer ikke til filen, eller filen er ikke en sikkerhedskopi"
        problem = check_integrity(conn)
        if problem is not None:
            return problem
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'db_id'").fetchone()
        except sqlcipher3.DatabaseError:
            return "filen er ikke en dagbog"
        if row is None:
            return "filen er ikke en dagbog"
        return None
    finally:
        conn.close()


def verify_file(path: Path, raw_key: bytes) -> str | None:
    """Open the backup at ``path`` read-only with ``raw_key`` and run both integrity checks.
    Returns the problem in Danish words, or None if the backup is good. Never writes to it."""
    if not path.is_file():
        return "filen findes ikke"
    try:
        with _database_of(path) as (found, db):
            if found is not None and not found.matches(raw_key):
                return "nøglen passer ikke til filen, eller filen er ikke en sikkerhedskopi"
            return _verify_db(db, raw_key)
    except BackupError as e:
        return str(e)
    except OSError as e:
        return f"filen kan ikke læses ({e.strerror})"


def backup_slots(path: Path) -> Slots | None:
    """The key slots a backup carries (None: a backup from before key slots)."""
    return read_header(Path(path))[0]


def _backup_resource(e: OSError | sqlcipher3.Error | sqlite3.Error, dest: Path) -> StorageError:
    if isinstance(e, OSError):
        problem = resource_error(e, dest.parent, "Sikkerhedskopien er ikke gemt.")
        if problem is not None:
            return problem
        return BackupError(f"Sikkerhedskopien kunne ikke skrives til {dest}: {e.strerror or e}")
    text = str(e).lower()
    if "full" in text:
        problem = resource_error(OSError(errno.ENOSPC, "full"), dest.parent, "Sikkerhedskopien er ikke gemt.")
        assert problem is not None
        return problem
    if "readonly" in text or "unable to open" in text:
        problem = resource_error(OSError(errno.EACCES, "no"), dest.parent, "Sikkerhedskopien er ikke gemt.")
        assert problem is not None
        return problem
    return BackupError(f"Sikkerhedskopien kunne ikke skrives til {dest}: {e}")


def write_backup(diary: Diary, dest: Path) -> Path:
    """Back up the open diary to ``dest`` atomically, verified before it replaces anything."""
    dest = Path(dest).absolute()
    conn = diary.db.conn
    if conn.in_transaction:
        raise BackupError("Der kan ikke tages sikkerhedskopi midt i en ændring.")
    tmp_db = dest.with_name(f".{dest.name}.tmp-{os.getpid()}.db")
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    markers: list[Path] = []
    try:
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            if diary.readonly is None:
                markers = [paths.register_temp(diary.data_dir, t) for t in (tmp_db, tmp)]
            for t in (tmp_db, tmp):
                paths.remove_with_sidecars(t)
            os.close(os.open(tmp_db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private from the start
            conn.execute("VACUUM INTO ?", [str(tmp_db)])
        except (OSError, sqlcipher3.Error, sqlite3.Error) as e:
            raise _backup_resource(e, dest) from e
        problem = _verify_db(tmp_db, diary.raw_key)
        if problem is not None:
            raise BackupError(f"Sikkerhedskopien til {dest} kunne ikke bekræftes ({problem}).")
        body = diary.slots.without_previous().to_json()
        header = MAGIC + f"{len(body):08x}\n".encode("ascii") + body
        try:
            _copy_from(tmp_db, 0, tmp, header)
            fsutil.replace(tmp, dest)
            paths.fsync_dir(dest.parent)
        except OSError as e:
            raise _backup_resource(e, dest) from e
    finally:
        paths.remove_with_sidecars(tmp_db)
        tmp.unlink(missing_ok=True)
        for m in markers:
            paths.unregister_temp(m)
    return dest


# --------------------------------------------------------------------------- automatic backups


def _parse_name(path: Path) -> datetime | None:
    name = path.name
    if not (name.startswith("aflastapp-") and name.endswith(SUFFIX)):
        return None
    try:
        return datetime.strptime(name[len("aflastapp-") : -len(SUFFIX)], _STAMP)
    except ValueError:
        return None


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The automatic backups in ``data_dir/backups``, newest first."""
    folder = paths.backup_dir(data_dir)
    found: list[BackupInfo] = []
    if folder.is_dir():
        for p in folder.iterdir():
            created = _parse_name(p)
            if created is not None and p.is_file():
                found.append(BackupInfo(p, created, p.stat().st_size))
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def newest_good_backup(data_dir: Path, raw_key: bytes | None = None) -> Path | None:
    """The newest automatic backup (verified with ``raw_key`` when given)."""
    for b in list_backups(data_dir):
        if raw_key is None or verify_file(b.path, raw_key) is None:
            return b.path
    return None


def backup_name(when: datetime) -> str:
    return f"aflastapp-{when.strftime(_STAMP)}{SUFFIX}"


def rotation_keep(backups: list[BackupInfo]) -> set[Path]:
    """Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months
    that have a backup."""
    ordered = sorted(backups, key=lambda b: b.created, reverse=True)
    keep: set[Path] = set()
    for key_fn, limit in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for b in ordered:
            k = key_fn(b.created)
            if k in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(k)
            keep.add(b.path)
    return keep


def rotate(data_dir: Path) -> list[Path]:
    """Delete automatic backups the rotation no longer keeps; returns what was deleted."""
    backups = list_backups(data_dir)
    keep = rotation_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def auto_backup(diary: Diary, now: datetime | None = None) -> Path | None:
    """Make today's automatic backup unless one exists already; then rotate. Returns the new
    backup's path, or None if today's backup was already there."""
    now = now or datetime.now()
    today: date = now.date()
    existing = list_backups(diary.data_dir)
    if any(b.created.date() == today for b in existing):
        return None
    folder = paths.private_dir(paths.backup_dir(diary.data_dir))
    dest = folder / backup_name(now)
    write_backup(diary, dest)
    rotate(diary.data_dir)
    return dest


# --------------------------------------------------------------------------- restore


def backup_id(path: Path, raw_key: bytes) -> str:
    """The database id stored in a (verified) backup."""
    with _database_of(Path(path)) as (_found, db):
        conn = sqlcipher3.connect(Path(db).absolute().as_uri() + "?mode=ro", uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            _apply_key(conn, raw_key=raw_key, password=None)
            row = conn.execute("SELECT value FROM meta WHERE key = 'db_id'").fetchone()
            return str(row[0])
        finally:
            conn.close()


def backup_key(
    data_dir: Path, backup: Path, *, password: str | None = None, recovery_key: str | None = None
) -> bytes:
    """The data key that opens ``backup``, from whatever is at hand: the recovery key; the
    password through the backup's own password slot, or through the current diary's (the data
    key never changes, so every backup of this diary opens with it); the keychain.
    ``WrongKeyError`` / ``PasswordRequiredError`` (Danish) when nothing at hand opens it."""
    backup = Path(backup)
    try:
        found, _offset = read_header(backup)
    except OSError as e:
        raise BackupError(f"Sikkerhedskopien {backup} kan ikke læses ({e.strerror}).") from e
    if recovery_key is not None:
        key = keys.decode_recovery_key(recovery_key)
        if found is not None and not found.matches(key):
            raise WrongKeyError(
                f"Gendannelsesnøglen passer ikke til sikkerhedskopien {backup.name}. Intet er ændret."
            )
        return key
    candidates: list[bytes] = []
    if password:
        if found is not None:
            from_backup = found.key_from_password(password)
            if from_backup is not None:
                return from_backup
        with contextlib.suppress(StorageError):
            current = slots.read(data_dir)
            if current is not None:
                from_current = current.key_from_password(password)
                if from_current is not None:
                    candidates.append(from_current)
        if not candidates and paths.diary_path(data_dir).exists() and slots.read_or_none(data_dir) is None:
            with contextlib.suppress(StorageError):  # an older password diary on this computer
                old = open_diary(data_dir, password=password)
                candidates.append(old.raw_key)
                old.close()
    ids = [found.id] if found is not None else []
    with contextlib.suppress(StorageError):
        current = slots.read(data_dir)
        if current is not None and current.mode == "keychain":
            ids.append(current.id)
    for db_id in dict.fromkeys(ids):
        with contextlib.suppress(NoKeychainError):
            candidates.append(keys.read_key(db_id))
    for key in candidates:
        if found is not None and found.matches(key):
            return key
        if found is None and verify_file(backup, key) is None:
            return key
    if found is not None and found.password is not None:
        if password:
            raise WrongKeyError(
                f"Adgangskoden passer ikke til sikkerhedskopien {backup.name} (den åbner med den "
                "adgangskode, der gjaldt, da den blev taget). Intet er ændret. Prøv igen, eller brug "
                "gendannelsesnøglen."
            )
        raise PasswordRequiredError(
            f"Sikkerhedskopien {backup.name} er beskyttet med en adgangskode. Skriv den adgangskode, "
            "der gjaldt, da den blev taget, eller brug gendannelsesnøglen."
        )
    raise WrongKeyError(
        f"Nøglen til sikkerhedskopien {backup.name} findes ikke på denne computer. Brug "
        "gendannelsesnøglen fra gendannelsesarket. Intet er ændret."
    )


def _prune_replaced(folder: Path) -> None:
    """Keep the diaries of the last ``KEEP_REPLACED`` restores in ``replaced/``."""
    stamps = sorted({p.name.split("-diary.", 1)[0] for p in folder.iterdir() if "-diary." in p.name})
    for stamp in stamps[:-KEEP_REPLACED]:
        for p in folder.glob(f"{stamp}-diary.*"):
            p.unlink(missing_ok=True)


def _keep_aside(data_dir: Path, db_file: Path) -> None:
    """Keep the diary being replaced in ``replaced/`` (a hard link, so it costs no time or space
    and the diary never disappears), with its slot file and any -wal left by a crash; then clear
    its -wal/-shm so they can never be mixed with the new file."""
    aside = paths.private_dir(data_dir / "replaced")
    stamp = datetime.now().strftime(_STAMP) + f"{datetime.now().microsecond:06d}"
    sources = [db_file, slots.slot_path(data_dir), *paths.sidecars(db_file)[:1]]
    for f in sources:
        if not f.exists() or (f.name.endswith("-wal") and f.stat().st_size == 0):
            continue
        target = aside / f"{stamp}-{f.name}"
        try:
            os.link(f, target)
        except OSError:
            shutil.copy2(f, target)
    paths.fsync_dir(aside)
    for side in paths.sidecars(db_file):
        side.unlink(missing_ok=True)
    _prune_replaced(aside)


def restore(
    data_dir: Path,
    backup: Path,
    raw_key: bytes,
    *,
    password: str | None = None,
) -> Diary:
    """Replace the diary in ``data_dir`` with ``backup`` (opened by ``raw_key``) and open it.

    Refused (``DiaryInUseError``, nothing changed) while another process has the diary open. The
    backup is verified first; its database is copied to a temp file in the data folder, migrated
    and fsynced. The new slot file is written with the old slots kept as ``previous``, then the
    temp file is renamed over ``diary.db`` in one step (the old diary kept in ``replaced/``, the
    last 3), then the slot file is written without ``previous``. Killed at any point, the folder
    holds the old diary or the new one, and it opens with the old secret or the new one.

    Mode: password mode with ``password`` (a fresh password slot), else keychain mode (the key is
    stored in the keychain first; ``NoKeychainError`` and nothing changed if it does not work).
    """
    backup = Path(backup)
    problem = verify_file(backup, raw_key)
    if problem is not None:
        if "nøglen passer ikke" in problem:
            raise WrongKeyError(
                f"Gendannelsesnøglen passer ikke til sikkerhedskopien {backup.name}. Intet er ændret."
            )
        raise DamagedDatabaseError(f"sikkerhedskopien {backup.name}: {problem}")
    try:
        paths.private_dir(data_dir)
        lock = acquire(data_dir)
    except OSError as e:
        raise resource_error(e, data_dir, "Dagbogen er ikke gendannet.") or e from e
    db_file = paths.diary_path(data_dir)
    tmp = data_dir / f".restore-{os.getpid()}.db"
    stored_key_now = False
    db_id = ""
    try:
        paths.clean_temp(data_dir)
        paths.remove_with_sidecars(tmp)
        _found, offset = read_header(backup)
        _copy_from(backup, offset, tmp)
        db = connect(tmp, raw_key=raw_key)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'db_id'").fetchone()
            db_id = str(row[0])
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to move
        finally:
            db.close()
        _fsync_file(tmp)
        if password:
            new = slots.new_password_slots(db_id, raw_key, password)
        else:
            if not keys.has_key(db_id):
                keys.store_key(db_id, raw_key)
                stored_key_now = True
            elif keys.read_key(db_id) != raw_key:
                raise NoKeychainError("nøgleringen har en anden nøgle for denne dagbog")
            new = slots.new_keychain_slots(db_id, raw_key)
        old = slots.read_or_none(data_dir) if db_file.exists() else None
        slots.write(data_dir, new if old is None else replace(new, previous=old.without_previous()))
        if db_file.exists():
            _keep_aside(data_dir, db_file)
        fsutil.replace(tmp, db_file)
        paths.fsync_dir(data_dir)
        slots.write(data_dir, new)
        paths.info_path(data_dir).unlink(missing_ok=True)
    except BaseException as e:
        paths.remove_with_sidecars(tmp)
        if stored_key_now:
            keys.delete_key(db_id)
        lock.release()
        if isinstance(e, OSError):
            raise resource_error(e, data_dir, "Dagbogen er ikke gendannet.") or e from e
        if isinstance(e, sqlcipher3.Error):
            if "full" in str(e).lower():
                raise resource_error(
                    OSError(errno.ENOSPC, "full"), data_dir, "Dagbogen er ikke gendannet."
                ) or e from e
        raise
    return open_diary(data_dir, password=password or None, lock=lock)
