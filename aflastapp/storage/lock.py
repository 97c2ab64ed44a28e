"""One writer at a time: an OS file lock on ``diary.lock`` beside the diary.

The lock is held while a diary is open for writing (and through a restore). It is an advisory
lock the operating system drops when the process ends, however it ends (a SIGKILL, a power cut),
so a stale lock never blocks the family. POSIX: ``fcntl.flock``; Windows: ``msvcrt.locking``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from aflastapp.storage.errors import DiaryInUseError

if sys.platform == "win32":  # pragma: no cover - Windows only
    import msvcrt
else:
    import fcntl

LOCK_FILE = "diary.lock"


class DiaryLock:
    """A held lock; ``release()`` (idempotent) gives it up."""

    def __init__(self, data_dir: Path, fd: int) -> None:
        self.data_dir = data_dir
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows only
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass
        finally:
            os.close(fd)

    def __del__(self) -> None:  # a lock is never leaked past its owner
        self.release()


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILE


def acquire(data_dir: Path) -> DiaryLock:
    """Take the writer lock of ``data_dir`` without waiting. ``DiaryInUseError`` when another
    process (or another open diary in this process) holds it; ``OSError`` when the lock file
    cannot be made (read-only folder, no permission)."""
    fd = os.open(lock_path(data_dir), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError as e:
                raise DiaryInUseError(data_dir) from e
        else:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as e:
                raise DiaryInUseError(data_dir) from e
    except BaseException:
        os.close(fd)
        raise
    return DiaryLock(data_dir, fd)


def is_locked(data_dir: Path) -> bool:
    """Does some process hold the writer lock of ``data_dir`` right now?"""
    if not lock_path(data_dir).exists():
        return False
    try:
        held = acquire(data_dir)
    except DiaryInUseError:
        return True
    except OSError:
        return False
    held.release()
    return False
