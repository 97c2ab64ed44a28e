"""Hermetic test set-up: offscreen Qt, temp data and home folders, an in-memory keyring.

What is replaced, and why: the OS keychain (tests must never read or write the family's real
keychain) by ``MemoryKeyring``; the user's home and data folders by temp folders. Everything
else is real: SQLCipher, files, reportlab, Qt.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from aflastapp.gui._none_refcount import make_none_immortal
from tests.support.keyrings import MemoryKeyring

# The whole suite runs in one process full of Qt calls: apply the app's PySide6 6.12 workaround.
make_none_immortal()


@pytest.fixture(autouse=True)
def _hermetic(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("AFLASTAPP_DATA_DIR", str(home / "aflastapp-data"))
    monkeypatch.delenv("AFLASTAPP_PASSWORD_FILE", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.keyrings.FileKeyring")
    monkeypatch.setenv("AFLASTAPP_TEST_KEYRING_FILE", str(home / "test-keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """The in-memory keyring the current test uses."""
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d
