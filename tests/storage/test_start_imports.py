"""What opening a diary imports (issue 16): sqlite-utils only when a migration is pending (or for
a write through ``table(…)``, import/export), keyring only in keychain mode, and on a platform
with one keychain only that backend.

Each check runs in a fresh interpreter, since this process has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.core
import pytest

from aflastapp.services import session as S
from aflastapp.storage import db as storage_db
from aflastapp.storage import keys, schema
from tests.support.keyrings import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from aflastapp.services import session as S
s = S.unlock(sys.argv[1], password=sys.argv[2] or None)
rows = s.db.execute("SELECT count(*) FROM children").fetchone()[0]
loaded = {m: m in sys.modules for m in ("sqlite_utils", "keyring", "click")}
S.lock(s, backup=False)
print(json.dumps({"rows": rows, **loaded}))
"""


def _probe(data_dir: Path, env_home: Path, password: str = "") -> dict[str, object]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
        "AFLASTAPP_TEST_KEYRING_FILE": str(env_home / "keyring.json"),
    }
    out = subprocess.run([sys.executable, "-c", PROBE, str(data_dir), password], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _file_keyring_diary(data_dir: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.keyrings import FileKeyring

    monkeypatch.setenv("AFLASTAPP_TEST_KEYRING_FILE", str(home / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    s, _ = S.setup(data_dir)
    with s.transaction() as d:
        d.table("children").insert({"id": "c1", "name": "Alma", "birth_date": "2015-04-01"})
    S.lock(s, backup=False)


def test_keychain_unlock_imports_keyring_but_not_sqlite_utils(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    _file_keyring_diary(data_dir, tmp_path, monkeypatch)
    got = _probe(data_dir, tmp_path)
    assert got == {"rows": 1, "sqlite_utils": False, "keyring": True, "click": False}


def test_password_unlock_imports_neither_keyring_nor_sqlite_utils(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    s, _ = S.setup(data_dir, password="hemmelig-kode")
    S.lock(s, backup=False)
    got = _probe(data_dir, tmp_path, password="hemmelig-kode")
    assert got == {"rows": 0, "sqlite_utils": False, "keyring": False, "click": False}


def test_pending_migration_is_applied_on_open(data_dir: Path) -> None:
    """A diary that lacks the newest migration is migrated at open, through sqlite-utils."""
    s, _ = S.setup(data_dir)
    with s.transaction() as d:
        d.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_document_fields'")
        d.execute("ALTER TABLE contracts DROP COLUMN case_reference")
        d.execute("ALTER TABLE family DROP COLUMN driver_name")
        d.execute("ALTER TABLE family DROP COLUMN driver_cpr")
    S.lock(s, backup=False)
    s = S.unlock(data_dir)
    try:
        cols = {r[1] for r in s.db.execute("PRAGMA table_info(contracts)").fetchall()}
        assert "case_reference" in cols
        done = [r[0] for r in s.db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'aflastapp' ORDER BY rowid"
        ).fetchall()]
        assert tuple(done[-1:]) == ("m004_document_fields",)
    finally:
        S.lock(s, backup=False)


def test_migration_names_match_the_schema() -> None:
    assert tuple(m.name for m in schema.migrations._migrations) == storage_db.MIGRATIONS


def test_table_writes_still_work_through_the_lazy_database(data_dir: Path) -> None:
    s, _ = S.setup(data_dir)
    try:
        with s.transaction() as d:
            d.table("children").insert({"id": "c1", "name": "Alma", "birth_date": "2015-04-01"})
            d["children"].update("c1", {"name": "Bo"})
        assert s.db.execute("SELECT name FROM children").fetchall() == [("Bo",)]
    finally:
        S.lock(s, backup=False)


def test_windows_loads_only_its_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no backend chosen, no PYTHON_KEYRING_BACKEND and no keyring config, Windows gets its
    vault backend by name: keyring's detection (every backend imported and ranked) is skipped."""
    asked: list[str] = []
    chosen = MemoryKeyring()

    def load_keyring(name: str) -> MemoryKeyring:
        asked.append(name)
        return chosen

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setattr(keyring.core, "load_keyring", load_keyring)
    monkeypatch.setattr(keyring.core, "init_backend", lambda *a: pytest.fail("detection ran"))
    keys.store_key("db1", bytes(32))
    assert asked == ["keyring.backends.Windows.WinVaultKeyring"]
    assert chosen.entries == {("aflastapp", "db1"): "00" * 32}


def test_a_chosen_backend_is_left_alone(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(keyring.core, "load_keyring", lambda name: pytest.fail("backend replaced"))
    keys.store_key("db2", bytes(32))
    assert memory_keyring.entries == {("aflastapp", "db2"): "00" * 32}
