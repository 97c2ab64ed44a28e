"""Encrypted backups: automatic (at most once a day, rotated 7 daily / 4 weekly / 12 monthly),
manual (to a file the family chooses), verification and restore.

Every backup is made with ``VACUUM INTO`` (one consistent snapshot, even while another
connection writes) and is keyed with the diary's raw key, whatever the key mode: in keychain
mode ``VACUUM INTO`` already writes with that key; in password mode the copy is re-keyed from the
password to the raw key before it is kept. So the recovery key opens every backup. Each backup is
written to a temp file next to its destination, verified (opened with the raw key, ``quick_check``
and ``cipher_integrity_check``), fsynced and then moved into place with ``fsutil.replace``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from aflastapp.storage import fsutil, keys, paths
from aflastapp.storage.db import _apply_key, _raw_connect, check_integrity, connect, key_sql
from aflastapp.storage.diary import Diary, DiaryInfo, KeyMode, open_diary, write_info
from aflastapp.storage.errors import (
    BackupError,
    DamagedDatabaseError,
    NoKeychainError,
    StorageError,
    WrongKeyError,
)

SUFFIX = ".aflastbak"
_STAMP = "%Y-%m-%d_%H%M%S"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int


# --------------------------------------------------------------------------- writing


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_file(path: Path, raw_key: bytes) -> str | None:
    """Open ``path`` read-only with ``raw_key`` and run both integrity checks. Returns the
    problem in Danish words, or None if the backup is good. Never writes to the file."""
    if not path.is_file():
        return "filen findes ikke"
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


def _snapshot_into(diary: Diary, target: Path) -> None:
    """Write an encrypted, raw-keyed copy of the open diary to ``target`` (must not exist)."""
    conn: Any = diary.db.conn
    if conn.in_transaction:
        raise BackupError("Der kan ikke tages sikkerhedskopi midt i en ændring.")
    conn.execute("VACUUM INTO ?", [str(target)])
    if diary.mode == "password":
        # VACUUM INTO keeps the password key; backups are keyed with the raw key.
        pw_conn = _raw_connect(target, create=False)
        try:
            pw_key = diary.password_key_sql
            if pw_key is None:
                raise BackupError("Adgangskoden til dagbogen mangler; sikkerhedskopien er ikke lavet.")
            pw_conn.execute(f"PRAGMA key = {pw_key}")
            pw_conn.execute("PRAGMA cipher_compatibility = 4")
            pw_conn.execute(f"PRAGMA rekey = {key_sql(raw_key=diary.raw_key)}")
        finally:
            pw_conn.close()


def write_backup(diary: Diary, dest: Path) -> Path:
    """Back up the open diary to ``dest`` atomically, verified before it replaces anything."""
    dest = Path(dest).absolute()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        try:
            _snapshot_into(diary, tmp)
        except (sqlcipher3.Error, sqlite3.Error) as e:
            raise BackupError(f"Sikkerhedskopien kunne ikke skrives til {dest}: {e}") from e
        except OSError as e:
            raise BackupError(f"Sikkerhedskopien kunne ikke skrives til {dest}: {e.strerror}") from e
        paths.private_file(tmp)
        _fsync_file(tmp)
        problem = verify_file(tmp, diary.raw_key)
        if problem is not None:
            raise BackupError(f"Sikkerhedskopien til {dest} kunne ikke bekræftes ({problem}).")
        fsutil.replace(tmp, dest)
        paths.fsync_dir(dest.parent)
    finally:
        tmp.unlink(missing_ok=True)
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
    conn = sqlcipher3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _apply_key(conn, raw_key=raw_key, password=None)
        row = conn.execute("SELECT value FROM meta WHERE key = 'db_id'").fetchone()
        return str(row[0])
    finally:
        conn.close()


def restore(
    data_dir: Path,
    backup: Path,
    raw_key: bytes,
    *,
    password: str | None = None,
) -> Diary:
    """Replace the diary in ``data_dir`` with ``backup`` (keyed with ``raw_key``) and open it.

    The backup is verified first; it is copied to a temp file in the data folder, migrated,
    keyed for the chosen mode (keychain, or password mode when ``password`` is given), fsynced,
    and only then moved into place with ``fsutil.replace``. The diary it replaces (if any) is kept in
    ``data_dir/replaced/``. In keychain mode the key is stored in the keychain first (on an empty
    keychain, e.g. a new laptop); if the keychain does not work, ``NoKeychainError`` and nothing
    is changed. The caller must have locked any open session on ``data_dir``.
    """
    backup = Path(backup)
    problem = verify_file(backup, raw_key)
    if problem is not None:
        if "nøglen passer ikke" in problem:
            raise WrongKeyError(
                f"Gendannelsesnøglen passer ikke til sikkerhedskopien {backup.name}. Intet er ændret."
            )
        raise DamagedDatabaseError(f"sikkerhedskopien {backup.name}: {problem}")
    paths.private_dir(data_dir)
    db_id = backup_id(backup, raw_key)
    mode: KeyMode = "password" if password else "keychain"
    db_file = paths.diary_path(data_dir)
    tmp = data_dir / f".restore-{os.getpid()}.db"
    for f in [tmp, *paths.sidecars(tmp)]:
        f.unlink(missing_ok=True)
    stored_key_now = False
    try:
        shutil.copyfile(backup, tmp)
        paths.private_file(tmp)
        if password:
            conn = _raw_connect(tmp, create=False)
            try:
                _apply_key(conn, raw_key=raw_key, password=None)
                conn.execute(f"PRAGMA rekey = {key_sql(password=password)}")
            finally:
                conn.close()
            db = connect(tmp, password=password)
        else:
            db = connect(tmp, raw_key=raw_key)
        try:
            db.execute(
                "INSERT INTO meta(key, value) VALUES ('backup_key', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [raw_key.hex()],
            )
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to move
        finally:
            db.close()
        _fsync_file(tmp)
        if mode == "keychain" and not keys.has_key(db_id):
            keys.store_key(db_id, raw_key)
            stored_key_now = True
        elif mode == "keychain" and keys.read_key(db_id) != raw_key:
            raise NoKeychainError("nøgleringen har en anden nøgle for denne dagbog")
        # keep the diary being replaced, complete with its -wal/-shm, out of the way
        if db_file.exists():
            aside = paths.private_dir(data_dir / "replaced")
            stamp = datetime.now().strftime(_STAMP)
            for f in [db_file, *paths.sidecars(db_file)]:
                if f.exists():
                    fsutil.replace(f, aside / f"{stamp}-{f.name}")
        fsutil.replace(tmp, db_file)
        paths.fsync_dir(data_dir)
        write_info(data_dir, DiaryInfo(db_id, mode))
    except BaseException:
        for f in [tmp, *paths.sidecars(tmp)]:
            f.unlink(missing_ok=True)
        if stored_key_now:
            keys.delete_key(db_id)
        raise
    try:
        return open_diary(data_dir, password=password if password else None)
    except StorageError:
        raise
    except Exception as e:  # pragma: no cover - defensive
        raise BackupError(f"Den gendannede dagbog kunne ikke åbnes: {e}") from e
