"""Where the app's read-only files are, in a checkout and in the installed (frozen) app.

Every layer may use this module (it imports only the standard library). Use it instead of building
paths from ``__file__``: in the PyInstaller bundle the ``resources/`` folder is not next to the
package sources but in the bundle's data folder (``sys._MEIPASS``).

    from aflastapp.resources import resource_path
    resource_path("municipalities", "slagelse.toml")   # -> .../resources/municipalities/slagelse.toml

Layout:
- checkout / editable install: ``<repo>/resources/…``, licence files in ``<repo>/``
- frozen (PyInstaller one-folder or macOS .app): ``<sys._MEIPASS>/resources/…``, licence files in
  ``<sys._MEIPASS>/`` (``packaging/aflastapp.spec`` puts them there)
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["app_root", "is_frozen", "licence_path", "resource_path", "resources_dir"]


def is_frozen() -> bool:
    """True when running from the PyInstaller-built app."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def app_root() -> Path:
    """The folder holding ``resources/`` and the licence files."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS"))  # noqa: B009 (set only by PyInstaller)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped file under ``resources/`` (the file need not exist)."""
    for part in parts:
        if Path(part).is_absolute() or ".." in Path(part).parts:
            raise ValueError(f"resource path parts must be relative and stay inside resources/: {part!r}")
    return resources_dir().joinpath(*parts)


def licence_path(name: str = "LICENSE") -> Path:
    """``LICENSE`` or ``THIRD_PARTY_LICENSES.md`` (shown by the About dialog)."""
    if name not in ("LICENSE", "THIRD_PARTY_LICENSES.md"):
        raise ValueError(f"unknown licence file: {name!r}")
    return app_root() / name
