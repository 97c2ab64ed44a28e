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
    """Create ``path`` (and parents) if missing; make it owner-only on POSIX. A folder that is
    already private (no group/other bits) is left as it is: a read-only 0500 folder stays
    read-only."""
    path.mkdir(parents=True, exist_ok=True)
    if POSIX:
        mode = os.stat(path).st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o700 | 0o700)
    return path


def private_file(path: Path) -> None:
    """Make an existing file owner-only on POSIX (only if it is not already)."""
    if not POSIX:
        return
    try:
        mode = os.stat(path).st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o600)
    except OSError:
        pass


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


# --------------------------------------------------------------------------- temp files

TEMP_REGISTRY = ".temp-files"  # one marker per temp file being written: its full path


def register_temp(data_dir: Path, tmp: Path) -> Path:
    """Note that ``tmp`` is being written (a backup or restore), so that if the process is killed
    the next start removes it (``clean_temp``) – also when it is on a USB stick, not in the data
    folder. Returns the marker to pass to ``unregister_temp``."""
    folder = data_dir / TEMP_REGISTRY
    folder.mkdir(mode=0o700, exist_ok=True)
    marker = folder / f"{os.getpid()}-{os.urandom(6).hex()}"
    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(str(Path(tmp).absolute()))
    return marker


def unregister_temp(marker: Path | None) -> None:
    if marker is not None:
        marker.unlink(missing_ok=True)


def remove_with_sidecars(p: Path) -> None:
    """Delete a database file with its -wal, -shm and -journal files (what is not there is fine)."""
    for f in (p, *sidecars(p), p.with_name(p.name + "-journal")):
        try:
            f.unlink(missing_ok=True)
        except OSError:
            pass


def clean_temp(data_dir: Path) -> list[Path]:
    """Remove what killed backups and restores left behind. Only called by the process that holds
    the writer lock (so no backup or restore is running). Returns what was removed."""
    removed: list[Path] = []
    folder = data_dir / TEMP_REGISTRY
    if folder.is_dir():
        for marker in folder.iterdir():
            try:
                target = Path(marker.read_text("utf-8").strip())
            except (OSError, UnicodeDecodeError):
                target = None
            if target is not None and target.name.startswith(".") and target.exists():
                remove_with_sidecars(target)
                removed.append(target)
            marker.unlink(missing_ok=True)
    patterns = [(data_dir, ".restore-*"), (data_dir, ".migrate-*"), (data_dir, f".{INFO_FILE}.tmp-*"),
                (data_dir, ".diary.keys.tmp-*"), (backup_dir(data_dir), ".*.tmp-*")]
    for where, pattern in patterns:
        if where.is_dir():
            for p in where.glob(pattern):
                if p.is_file():
                    remove_with_sidecars(p)
                    removed.append(p)
    return removed


def writable(folder: Path) -> bool:
    """Can files be created in ``folder``? (A real try: permission bits lie for root and on
    read-only mounts.)"""
    probe = folder / f".write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return True
    except OSError:
        return False
    os.close(fd)
    probe.unlink(missing_ok=True)
    return True


# --------------------------------------------------------------------------- what a file is

PAGE_SIZE = 4096  # SQLCipher 4's page size
_SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_MAGIC = b"AFLASTAPP-BACKUP\n"
_KNOWN = [
    (b"%PDF", "en PDF-fil"),
    (b"PK\x03\x04", "en ZIP-fil (fx et Word- eller Excel-dokument)"),
    (b"\x89PNG", "et billede (PNG)"),
    (b"\xff\xd8\xff", "et billede (JPEG)"),
]  # an encrypted diary starts with 16 random bytes: only magic numbers of 3+ bytes are told apart


def describe_file(path: Path) -> str | None:
    """What is wrong with ``path`` as an encrypted diary, judged from its size and first bytes
    only (read-only); None when it may be one (only a key can tell more)."""
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as f:
            head = f.read(64)
    except OSError as e:
        return f"kan ikke læses ({e.strerror})"
    if size == 0:
        return "er tom (0 byte) – den indeholder ingen dagbog"
    if head.startswith(_SQLITE_MAGIC):
        return "er en ukrypteret SQLite-database, ikke en krypteret dagbog"
    if head.startswith(BACKUP_MAGIC):
        return "er en sikkerhedskopi, ikke selve dagbogen – gendan fra den i stedet"
    for magic, what in _KNOWN:
        if head.startswith(magic):
            return f"er ikke en dagbog, men {what}"
    if len(head) >= 16 and all(32 <= b < 127 or b in (9, 10, 13) or b >= 0xC2 for b in head):
        import codecs

        try:  # a character cut at the end of the 64 bytes is fine
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        except UnicodeDecodeError:
            pass
        else:
            kind = "en tekstfil (JSON)" if head.lstrip()[:1] in (b"{", b"[") else "en tekstfil"
            return f"er ikke en dagbog, men {kind}"
    if size < PAGE_SIZE or size % PAGE_SIZE:
        return (
            f"er afkortet ({size} byte; en dagbog fylder et helt antal sider á {PAGE_SIZE} byte) – "
            "den er ufuldstændig eller beskadiget"
        )
    return None
