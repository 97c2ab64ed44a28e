"""Moving a finished file into place, the same way on Windows as on Linux and macOS.

Every write of a file the family relies on (the diary after a restore, backups, the key-slot and
info files, saved PDFs and exports) goes: temp file in the same folder → fsync → ``replace()``.

Windows differs from POSIX in one way that matters here: ``os.replace`` onto a file that another
process has open fails with ``PermissionError`` (winerror 5 "access denied" or 32 "in use by
another process"), where POSIX swaps the name and the other process keeps reading the old file.
Who holds it open is usually short-lived (the virus scanner or search indexer reading a file that
was just written, a backup program) — or not (the PDF is open in a PDF reader). ``replace()``
therefore retries for a few seconds and then raises ``FileInUseError`` with a Danish message that
names the file; the temp file is left for the caller to remove and the target is untouched.

On POSIX a ``PermissionError`` is a real permission problem and is raised at once.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

IS_WINDOWS = sys.platform == "win32"

# Windows system error codes that mean "someone else has the file open right now".
ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
_IN_USE = frozenset({ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION})

RETRY_SECONDS = 5.0  # virus scanners and indexers let go well within this
_FIRST_PAUSE = 0.02


class FileInUseError(PermissionError):
    """The target (or the file being moved) stayed open in another program: nothing was replaced."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(
            errno.EACCES,
            f"Filen {path} er åben i et andet program (fx en PDF-læser, et andet aflastapp-vindue "
            f"eller et backupprogram) og kan ikke erstattes. Luk den, og prøv igen.",
            str(path),
        )

    def __str__(self) -> str:
        return str(self.strerror)


def file_in_use(error: OSError) -> bool:
    """True for the Windows errors a file held open by another process gives (never on POSIX)."""
    return isinstance(error, PermissionError) and getattr(error, "winerror", None) in _IN_USE


def replace(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    *,
    retry_seconds: float = RETRY_SECONDS,
    _replace: Callable[[str | os.PathLike[str], str | os.PathLike[str]], None] = os.replace,
    _sleep: Callable[[float], None] = time.sleep,
) -> None:
    """``os.replace(src, dst)`` that waits out another process holding ``dst`` open on Windows.

    Atomic like ``os.replace`` (same folder, same volume): afterwards ``dst`` is either the old or
    the new file, never a mix. Raises ``FileInUseError`` when the file stays in use for
    ``retry_seconds``; any other ``OSError`` at once.
    """
    deadline = time.monotonic() + retry_seconds
    pause = _FIRST_PAUSE
    while True:
        try:
            _replace(src, dst)
            return
        except PermissionError as e:
            if not file_in_use(e):
                raise
            if time.monotonic() >= deadline:
                raise FileInUseError(Path(dst)) from e
        _sleep(pause)
        pause = min(pause * 2, 0.5)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable. POSIX only: Windows cannot open a folder for
    fsync, and NTFS journals the rename itself."""
    if IS_WINDOWS:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, *, retry_seconds: float = RETRY_SECONDS) -> None:
    """Write ``data`` to ``path``: owner-only temp file in the same folder, fsync, ``replace()``.

    Nothing is half-written: on any error (also ``FileInUseError``) the temp file is removed and
    ``path`` is as it was.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{os.urandom(3).hex()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        replace(tmp, path, retry_seconds=retry_seconds)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
