"""The layers point one way (DESIGN.md): each folder may import only what is below it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "aflastapp"

FORBIDDEN = {
    "core": ("PySide6", "sqlcipher3", "sqlite_utils", "reportlab", "keyring",
             "aflastapp.storage", "aflastapp.services", "aflastapp.reports", "aflastapp.gui",
             "aflastapp.cli"),
    "storage": ("PySide6", "reportlab", "aflastapp.services", "aflastapp.reports", "aflastapp.gui",
                "aflastapp.cli"),
    "reports": ("PySide6", "sqlcipher3", "sqlite_utils", "keyring", "aflastapp.storage",
                "aflastapp.services", "aflastapp.gui", "aflastapp.cli"),
    "services": ("PySide6", "aflastapp.gui", "aflastapp.cli"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(layer: str) -> list[str]:
    bad = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for mod in imported_modules(path):
            if any(mod == f or mod.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(PKG.parent)} imports {mod}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    assert violations(layer) == []


def test_checker_catches_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import PySide6.QtWidgets\nfrom aflastapp.storage import db\n")
    assert {"PySide6.QtWidgets", "aflastapp.storage"} <= imported_modules(bad)
