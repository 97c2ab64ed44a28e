"""The storage errors the faces (CLI, GUI) map to messages and exit codes.

Re-exported here so the CLI and the GUI depend on the services layer only (DESIGN.md: the faces
import services, reports and core, never storage). Each error's ``str()`` is a Danish sentence.
"""

from __future__ import annotations

from aflastapp.storage.errors import (
    AttachmentError,
    BackupError,
    DamagedDatabaseError,
    DiaryExistsError,
    KeychainEntryExistsError,
    NoDiaryError,
    NoKeychainError,
    PasswordRequiredError,
    RecoveryKeyFormatError,
    StorageError,
    WrongKeyError,
)

__all__ = [
    "AttachmentError",
    "BackupError",
    "DamagedDatabaseError",
    "DiaryExistsError",
    "KeychainEntryExistsError",
    "NoDiaryError",
    "NoKeychainError",
    "PasswordRequiredError",
    "RecoveryKeyFormatError",
    "StorageError",
    "WrongKeyError",
]
