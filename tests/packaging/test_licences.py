"""The app's licence and the third-party licences shipped with it are complete and current."""

from __future__ import annotations

import re
import tomllib

from tests.packaging.loader import REPO, load

licenses = load("licenses")
TEXT = (REPO / "THIRD_PARTY_LICENSES.md").read_text(encoding="utf-8")


def test_licence_is_mit_for_the_contributors() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "aflastapp contributors" in text
    assert 'license = "MIT"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")


def test_third_party_list_matches_the_lock_file() -> None:
    want = {(p.name, p.version) for p in licenses.locked_runtime_packages()}
    assert licenses.listed_packages(TEXT) == want, "run: uv run python packaging/licenses.py"


def test_every_declared_dependency_is_listed() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = {name for name, _ in licenses.listed_packages(TEXT)}
    for dep in project["dependencies"]:
        name = re.split(r"[<>=!~;\[ ]", dep, maxsplit=1)[0].lower().replace("_", "-")
        assert name in listed, f"{name} is a runtime dependency but not in THIRD_PARTY_LICENSES.md"


def test_dev_tools_are_not_listed() -> None:
    listed = {name for name, _ in licenses.listed_packages(TEXT)}
    assert not listed & {"pytest", "hypothesis", "pyinstaller", "mypy", "ruff", "pip", "pyinstrument"}


def _row(name: str) -> str:
    rows = [ln for ln in TEXT.splitlines() if ln.startswith(f"| {name} |")]
    assert rows, f"{name} missing"
    return rows[0]


def test_the_licences_that_matter_are_stated() -> None:
    assert "LGPL-3.0" in _row("pyside6-essentials")
    assert "Zlib" in _row("sqlcipher3")
    assert "Apache-2.0" in _row("sqlite-utils")
    assert "MIT" in _row("keyring")
    assert "BSD" in _row("reportlab")
    assert "MIT-CMU" in _row("pillow")
    for name in ("holidays", "platformdirs", "jsonschema"):
        assert "MIT" in _row(name)
    for component in ("Qt 6", "SQLCipher", "SQLite", "OpenSSL", "DejaVu fonts", "Python",
                      "PyInstaller bootloader"):
        assert f"| {component}" in TEXT


def test_licence_texts_are_included() -> None:
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in TEXT  # Qt / PySide6
    assert "ZETETIC LLC" in TEXT  # SQLCipher
    assert "Bitstream" in TEXT  # DejaVu
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in TEXT
    assert "Bootloader" in TEXT or "bootloader" in TEXT
    # each listed package has a section with its licence text or a pointer to it
    for name, version in licenses.listed_packages(TEXT):
        assert f"### {name} {version} — " in TEXT


def test_stale_check_reports_a_missing_package(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stale = tmp_path / "THIRD_PARTY_LICENSES.md"
    stale.write_text(TEXT.replace("| keyring |", "| keyring-old |"), encoding="utf-8")
    monkeypatch.setattr(licenses, "OUT", stale)
    assert licenses.main(["--check"]) == 1
    monkeypatch.setattr(licenses, "OUT", REPO / "THIRD_PARTY_LICENSES.md")
    assert licenses.main(["--check"]) == 0
