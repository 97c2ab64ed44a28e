"""The storage errors the faces (CLI, GUI) map to messages and exit codes.

Re-exported here so the CLI and the GUI depend on the services layer only (DESIGN.md: the faces
import services, reports and core, never storage). Each error's ``str()`` is a Danish sentence.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from aflastapp.storage.errors import (
    AttachmentError,
    BackupError,
    DamagedDatabaseError,
    DiaryExistsError,
    DiaryInUseError,
    KeychainEntryExistsError,
    KeyOrDamageError,
    NoDiaryError,
    NoKeychainError,
    NotADiaryError,
    PasswordRequiredError,
    ReadOnlyDiaryError,
    RecoveryKeyFormatError,
    ResourceError,
    SlotFileError,
    StorageError,
    WrongKeyError,
    resource_error,
)

__all__ = [
    "AttachmentError",
    "BackupError",
    "DamagedDatabaseError",
    "DiaryExistsError",
    "DiaryInUseError",
    "KeyOrDamageError",
    "KeychainEntryExistsError",
    "NoDiaryError",
    "NoKeychainError",
    "NotADiaryError",
    "PasswordRequiredError",
    "ReadOnlyDiaryError",
    "RecoveryKeyFormatError",
    "ResourceError",
    "SlotFileError",
    "StorageError",
    "WrongKeyError",
    "describe_resource_fault",
]


def describe_resource_fault(exc: BaseException, folder: Path) -> str | None:
    """Plain Danish for a disk-full / read-only / permission fault that reached a face without
    being translated (an ``OSError``, or SQLite's "database or disk is full"), naming ``folder``;
    None for anything else."""
    if isinstance(exc, OSError):
        found = resource_error(exc, folder)
        return None if found is None else str(found)
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3"):
        text = str(exc).lower()
        if "full" in text:
            code = errno.ENOSPC
        elif "readonly" in text or "read-only" in text:
            code = errno.EROFS
        else:
            return None
        found = resource_error(OSError(code, text), folder)
        return None if found is None else str(found)
    return None
