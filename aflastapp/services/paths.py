"""Where the diary lives, for the faces (CLI, GUI) without importing the storage layer."""

from __future__ import annotations

import os
from pathlib import Path

from aflastapp.storage import paths as _paths

ENV_VAR = _paths.ENV_VAR

__all__ = ["ENV_VAR", "data_dir"]


def data_dir(override: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The data folder: ``override``, else ``$AFLASTAPP_DATA_DIR``, else the platform's user data
    folder for ``aflastapp``; created owner-only when ``create``."""
    return _paths.data_dir(override, create=create)
