"""Keyring backends for tests only. Tests never touch the real OS keychain.

``MemoryKeyring`` lives in the test process. ``FileKeyring`` is for subprocess tests (the CLI run
for real): a child process selects it with ``PYTHON_KEYRING_BACKEND=tests.support.keyrings.FileKeyring``
and it keeps its entries in the JSON file named by ``AFLASTAPP_TEST_KEYRING_FILE`` (a temp file).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class FileKeyring(KeyringBackend):
    """Writes are atomic (temp file + rename), like a real keychain's: a process SIGKILLed while
    storing a key leaves the old entries or the new ones, never a torn file."""

    priority = 1  # type: ignore[assignment]

    def _save(self, data: dict[str, str]) -> None:
        tmp = self._file().with_name(self._file().name + f".tmp-{os.getpid()}")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self._file())

    @staticmethod
    def _file() -> Path:
        return Path(os.environ["AFLASTAPP_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        f = self._file()
        return json.loads(f.read_text()) if f.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)
