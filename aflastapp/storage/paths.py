r"""Where the diary lives: the platformdirs user data folder, owner-only permissions.

Linux ``~/.local/share/aflastapp``, macOS ``~/Library/Application Support/aflastapp``, Windows
``%LOCALAPPDATA%\aflastapp``. Who can read it:

- POSIX: the app makes the folder 0700 and its files 0600 (``private_dir``/``private_file``).
- Windows has no chmod. The folder lives in the user's own ``%LOCALAPPDATA%``, and NTFS gives it
  the permissions it inherits from the user profile: the user, SYSTEM and Administrators, nobody
  else (tests/storage/test_data_folder_permissions.py checks them with ``icacls`` on Windows CI).
  The app neither widens nor narrows them. Another standard user of the same PC cannot open it;
  an administrator can, and the diary is encrypted for that case (key in the Credential Manager,
  which is per user, or a password).

Files are replaced through ``fsutil`` (Windows refuses ``os.replace`` onto a file another
program has open); paths may contain any letters (C:\Users\Søren Ærø\…) and exceed 260
characters where Windows allows long paths (tests/cli/test_windows_paths.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from aflastapp.storage import fsutil

ENV_VAR = "AFLASTAPP_DATA_DIR"
DIARY_FILE = "diary.db"
INFO_FILE = "diary.json"  # id and key mode; nothing personal
BACKUP_DIR = "backups"

POSIX = os.name == "posix" and sys.platform != "win32"


def data_dir(override: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The data folder: ``override`` if given, else ``$AFLASTAPP_DATA_DIR``, else the platform's
    user data folder for ``aflastapp``. Created owner-only (0700) when ``create``."""
    if override is not None:
        path = Path(override)
    elif os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR])
    else:
        path = Path(user_data_dir("aflastapp", appauthor=False))
    path = path.expanduser().absolute()
    if create:
        private_dir(path)
    return path


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if missing; make it owner-only on POSIX."""
    path.mkdir(parents=True, exist_ok=True)
    if POSIX:
        os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> None:
    """Make an existing file owner-only on POSIX."""
    if POSIX and path.exists():
        os.chmod(path, 0o600)


def diary_path(folder: Path) -> Path:
    return folder / DIARY_FILE


def info_path(folder: Path) -> Path:
    return folder / INFO_FILE


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR


def sidecars(db_file: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps next to ``db_file``."""
    return [db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm")]


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX only; a no-op on Windows)."""
    fsutil.fsync_dir(folder)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: temp file in the same folder, fsync, replace (waits
    out another program holding ``path`` open on Windows: see fsutil)."""
    fsutil.write_atomically(path, data)
