"""Opening and closing the diary: the ``Session`` every service takes as its first argument.

``setup`` creates a diary (keychain mode, or password mode with ``password``) and returns the
recovery key text to show once. ``unlock`` opens it (keychain, password or recovery key).
``lock`` closes it, making the day's automatic backup first (at most one per day).

A ``Session`` holds the open ``Diary`` (``.diary``), its sqlite-utils database (``.db``), the data
folder (``.data_dir``) and ``.cache``: a dict services may use to keep derived data (rules,
rates, the ``DiarySnapshot`` …); it is emptied automatically after every transaction, committed
or rolled back, so a cached snapshot never outlives a write.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aflastapp.storage import paths
from aflastapp.storage.diary import Diary, KeyMode, create_diary, diary_exists, open_diary, read_info
from aflastapp.storage.errors import StorageError

if TYPE_CHECKING:
    from sqlite_utils import Database  # at run time: storage.db.DiaryDatabase

__all__ = ["Session", "exists", "key_mode", "lock", "setup", "unlock", "verify"]


class Session:
    """An unlocked diary. Create with ``setup`` or ``unlock``; end with ``lock``."""

    def __init__(self, diary: Diary) -> None:
        self.diary = diary
        self.cache: dict[str, Any] = {}
        diary.on_change.append(self.cache.clear)

    @property
    def db(self) -> Database:
        if self.diary.closed:
            raise StorageError("Dagbogen er låst. Lås den op igen for at fortsætte.")
        return self.diary.db

    @property
    def data_dir(self) -> Path:
        return self.diary.data_dir

    @property
    def mode(self) -> KeyMode:
        """``"keychain"`` or ``"password"``."""
        return self.diary.mode

    @property
    def closed(self) -> bool:
        return self.diary.closed

    @property
    def checked_at_open(self) -> bool:
        """Did the open run both integrity checks? False only after ``unlock(defer_check=True)``
        on a diary that was closed cleanly: then ``verify`` is due."""
        return self.diary.checked_at_open

    @property
    def readonly(self) -> str | None:
        """Why the diary is open read-only (a read-only folder, or open for writing elsewhere),
        or None when it is open for writing."""
        return self.diary.readonly

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action = one transaction: everything inside commits together or, on any
        error, nothing is written. Nested use is allowed (savepoints)."""
        with self.diary.transaction() as db:
            yield db


def _dir(data_dir: str | os.PathLike[str] | None) -> Path:
    return paths.data_dir(data_dir)


def exists(data_dir: str | os.PathLike[str] | None = None) -> bool:
    """Is there a diary in the data folder?"""
    return diary_exists(paths.data_dir(data_dir, create=False))


def key_mode(data_dir: str | os.PathLike[str] | None = None) -> KeyMode | None:
    """How the diary is protected (so the GUI knows whether to ask for a password), or None if
    there is no diary or its id file is missing."""
    folder = paths.data_dir(data_dir, create=False)
    if not diary_exists(folder):
        return None
    info = read_info(folder)
    return info.mode if info else None


def setup(
    data_dir: str | os.PathLike[str] | None = None, *, password: str | None = None
) -> tuple[Session, str]:
    """Create a new diary. Returns the open session and the recovery key text (show it once).
    Raises ``DiaryExistsError``, ``NoKeychainError`` (keychain mode without a working keychain)."""
    diary, recovery = create_diary(_dir(data_dir), password=password)
    return Session(diary), recovery


def unlock(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    password: str | None = None,
    recovery_key: str | None = None,
    readonly_ok: bool = False,
    defer_check: bool = False,
) -> Session:
    """Open the diary for writing. Raises ``NoDiaryError``, ``WrongKeyError`` (incl.
    ``PasswordRequiredError``, ``RecoveryKeyFormatError``), ``NoKeychainError``,
    ``DamagedDatabaseError`` (incl. ``NotADiaryError``), ``DiaryInUseError`` (open for writing
    elsewhere; with ``readonly_ok`` it opens read-only instead, for reading commands).
    A read-only data folder opens read-only (``Session.readonly`` says why).

    ``defer_check`` (the app's start): after a clean close the integrity checks are not run at
    open but by ``verify`` once the dashboard is shown (``Session.checked_at_open`` is then False);
    after a crash, or without the clean-close marker, they run at open as always."""
    return Session(
        open_diary(_dir(data_dir), password=password, recovery_key=recovery_key, readonly_ok=readonly_ok,
                   defer_check=defer_check)
    )


def verify(session: Session) -> None:
    """Run both integrity checks on the open diary now (a separate read-only connection; the
    diary stays usable meanwhile). Raises ``DamagedDatabaseError`` naming the newest backup that
    opens and passes both checks, as an open that finds damage does. A diary found damaged is
    not marked as closed cleanly, so its next open checks again at once."""
    from aflastapp.storage.diary import newest_backup
    from aflastapp.storage.errors import DamagedDatabaseError

    if session.closed:
        return
    problem = session.diary.verify()
    if problem is not None:
        hint = newest_backup(session.data_dir, [session.diary.raw_key])
        raise DamagedDatabaseError(problem, hint)


def lock(session: Session, *, backup: bool = True) -> None:
    """Close the diary. First makes the automatic backup if none was made today (a failed
    backup never stops the diary from closing). Idempotent."""
    if session.closed:
        return
    try:
        if backup:
            _auto_backup(session)
    finally:
        session.diary.close()
        session.cache.clear()


def _auto_backup(session: Session) -> None:
    try:
        from aflastapp.storage.backup import auto_backup
    except ImportError:  # pragma: no cover - backup module lands after the session
        return
    if session.diary.readonly is not None:
        return
    with contextlib.suppress(StorageError, OSError):
        auto_backup(session.diary)
