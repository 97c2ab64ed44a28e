"""Backups as the family sees them: back up now, save a copy to a chosen file, list, verify,
restore (also on a new laptop with only the backup file and the recovery key)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.services.session import Session
from aflastapp.services.validation import target_file
from aflastapp.storage import backup as _backup
from aflastapp.storage import keys, paths
from aflastapp.storage import lock as lock_mod
from aflastapp.storage.backup import BackupInfo
from aflastapp.storage.db import check_integrity
from aflastapp.storage.errors import BackupError, DiaryInUseError

__all__ = [
    "SUFFIX",
    "BackupInfo",
    "VerifyReport",
    "accepts",
    "backup_folder",
    "backup_now",
    "backup_to",
    "list_backups",
    "restore",
    "verify",
]


SUFFIX = _backup.SUFFIX  # ".aflastbak": the one name of a backup file everywhere


def backup_folder(data_dir: str | os.PathLike[str] | None) -> Path:
    """Where the automatic backups are kept (the file dialogs open there)."""
    return paths.backup_dir(paths.data_dir(data_dir, create=False))


def suggested_name(today: datetime | None = None) -> str:
    """The file name "Gem kopi som" proposes: ``aflastapp-2026-03-16.aflastbak``."""
    return f"aflastapp-{(today or datetime.now()):%Y-%m-%d}{SUFFIX}"


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The result of ``verify``: ``ok`` when the diary and its newest backup are both fine."""

    ok: bool
    problems: tuple[str, ...] = ()  # Danish sentences
    newest_backup: Path | None = None
    backups_checked: tuple[tuple[Path, str | None], ...] = field(default=())  # (path, problem or None)


def backup_now(s: Session) -> Path:
    """Make a backup in the data folder now (even if one was made today), verified; rotates."""
    folder = paths.private_dir(paths.backup_dir(s.data_dir))
    now = datetime.now()
    dest = folder / _backup.backup_name(now)
    while dest.exists():  # two backups in the same second
        now = now.replace(microsecond=0) + (datetime.min.replace(second=1) - datetime.min)
        dest = folder / _backup.backup_name(now)
    _backup.write_backup(s.diary, dest)
    _backup.rotate(s.data_dir)
    return dest


def backup_to(s: Session, path: str | os.PathLike[str]) -> Path:
    """Save a verified, encrypted backup to a file the family chose (opens with the recovery key)."""
    dest = target_file(path, "fil")
    if dest.resolve() == s.diary.path.resolve():
        raise ValidationError(problem("fil", "problem.backup_over_diary"))
    return _backup.write_backup(s.diary, dest)


def list_backups(data_dir: str | os.PathLike[str] | None = None) -> list[BackupInfo]:
    """The automatic backups, newest first."""
    return _backup.list_backups(paths.data_dir(data_dir, create=False))


def verify(s: Session, *, all_backups: bool = False) -> VerifyReport:
    """Check the open diary (quick_check, cipher_integrity_check, foreign keys) and the newest
    backup (or every backup with ``all_backups``). Writes nothing."""
    problems: list[str] = []
    raw = getattr(s.db.conn, "raw", s.db.conn)
    problem = check_integrity(raw)
    if problem is not None:
        problems.append(f"Dagbogen: {problem}.")
    fk = s.db.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(f"Dagbogen: {len(fk)} række(r) henviser til noget, der ikke findes.")
    checked: list[tuple[Path, str | None]] = []
    backups = _backup.list_backups(s.data_dir)
    for b in backups if all_backups else backups[:1]:
        p = _backup.verify_file(b.path, s.diary.raw_key)
        checked.append((b.path, p))
        if p is not None:
            problems.append(f"Sikkerhedskopien {b.path.name}: {p}.")
    if not backups:
        problems.append("Der er endnu ingen sikkerhedskopi.")
    return VerifyReport(
        ok=not problems,
        problems=tuple(problems),
        newest_backup=backups[0].path if backups else None,
        backups_checked=tuple(checked),
    )


def restore(
    data_dir: str | os.PathLike[str] | None,
    backup: str | os.PathLike[str],
    recovery_key: str | None = None,
    password: str | None = None,
    backup_password: str | None = None,
) -> Session:
    """Replace the diary with ``backup`` and open it. Lock any open session first; another
    process with the diary open makes it refuse (``DiaryInUseError``, nothing changed).

    The key, from what is at hand: ``recovery_key``; else ``password`` through the backup's
    password slot (a backup made in password mode opens with the password in force when it was
    made) or through the current diary's; else the keychain. With ``password`` the restored diary
    is protected by that password; without, by the keychain (the key is stored there). The backup
    is verified before anything is replaced; the replaced diary is kept in ``replaced/``.
    ``backup_password``: the password that opens the backup, when it differs from the password
    the restored diary gets (the GUI's restore asks for both separately).
    """
    folder = paths.data_dir(data_dir)
    source = Path(backup)
    if not source.is_file():
        raise ValidationError(problem("sikkerhedskopi", "problem.no_file", path=str(source)))
    if lock_mod.is_locked(folder):
        raise DiaryInUseError(folder)
    raw_key = _backup.backup_key(
        folder, source, password=backup_password or password, recovery_key=recovery_key
    )
    if password is not None:
        from aflastapp.services.security import check_new_password

        check_new_password(password)
    diary = _backup.restore(folder, source, raw_key, password=password)
    return Session(diary)


def accepts(backup: str | os.PathLike[str]) -> tuple[str, ...]:
    """What opens a backup file, for the restore dialogs: ``"password"`` when it carries a
    password slot, ``"keychain"`` when this computer's keychain has its key, and always
    ``"recovery_key"``. A missing or unreadable file accepts only the recovery key."""
    try:
        found = _backup.backup_slots(Path(backup))
    except (OSError, BackupError):
        return ("recovery_key",)
    out: list[str] = []
    if found is not None and found.password is not None:
        out.append("password")
    if found is not None and keys.has_key(found.id):
        out.append("keychain")
    out.append("recovery_key")
    return tuple(out)
