"""Copies of documents handed to the computer's PDF reader ("Åbn i PDF-læser").

Each copy is in a private temp folder; all are deleted when the diary locks and when the app exits.
Kept apart from the preview widget so the main window can clean up without importing QtPdf at start.
"""

from __future__ import annotations

import atexit
import shutil
from pathlib import Path

_opened: list[Path] = []


def remember(folder: Path) -> None:
    _opened.append(folder)


def remove_opened_files() -> None:
    """Delete the copies given to the PDF reader."""
    while _opened:
        shutil.rmtree(_opened.pop(), ignore_errors=True)


atexit.register(remove_opened_files)
