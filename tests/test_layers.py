"""The layers point one way (DESIGN.md): each folder may import only what is below it.

The faces (``gui``, ``cli``) use services, reports and core, never storage or the database and
keychain libraries directly. The CLI starts the GUI lazily, so it may import Qt and ``aflastapp.gui``
inside a function but not at module level (``aflastapp --help`` must not load Qt).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "aflastapp"

DB_AND_KEYCHAIN = ("sqlcipher3", "sqlite_utils", "keyring")

# layer -> (forbidden anywhere, forbidden at module level only)
FORBIDDEN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "core": (("PySide6", *DB_AND_KEYCHAIN, "reportlab", "aflastapp.storage", "aflastapp.services",
              "aflastapp.reports", "aflastapp.gui", "aflastapp.cli"), ()),
    "storage": (("PySide6", "reportlab", "aflastapp.services", "aflastapp.reports", "aflastapp.gui",
                 "aflastapp.cli"), ()),
    "reports": (("PySide6", *DB_AND_KEYCHAIN, "aflastapp.storage", "aflastapp.services", "aflastapp.gui",
                 "aflastapp.cli"), ()),
    "services": (("PySide6", "aflastapp.gui", "aflastapp.cli"), ()),
    "gui": ((*DB_AND_KEYCHAIN, "aflastapp.storage", "aflastapp.cli"), ()),
    "cli": ((*DB_AND_KEYCHAIN, "aflastapp.storage"), ("PySide6", "aflastapp.gui")),
}

# where each layer's files are (the CLI is one module plus ``python -m aflastapp``)
FILES = {
    "cli": lambda: [PKG / "cli.py", PKG / "__main__.py"],
}


def _package_of(path: Path) -> list[str]:
    """``aflastapp/services/x.py`` -> ["aflastapp", "services"] (a package's ``__init__`` is itself)."""
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    return parts[:-1]


def imports(path: Path, package: list[str] | None = None) -> list[tuple[str, bool, int]]:
    """(module, at module level, line) for every import in ``path``; relative imports resolved
    against ``package`` (by default the package the file is in)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, bool, int]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend((a.name, top, child.lineno) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = list(package) if package is not None else _package_of(path)
                    base = base[: len(base) - (child.level - 1)] if child.level > 1 else base
                    module = ".".join([*base, *([child.module] if child.module else [])])
                else:
                    module = child.module or ""
                found.append((module, top, child.lineno))
                # ``from aflastapp import storage`` / ``from .. import storage`` name a module too
                found.extend((f"{module}.{a.name}", top, child.lineno) for a in child.names if a.name != "*")
            inner = top and not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            visit(child, inner)

    visit(tree, True)
    return found


def imported_modules(path: Path, package: list[str] | None = None) -> set[str]:
    return {mod for mod, _top, _line in imports(path, package)}


def _matches(mod: str, names: tuple[str, ...]) -> bool:
    return any(mod == f or mod.startswith(f + ".") for f in names)


def _files(layer: str) -> list[Path]:
    if layer in FILES:
        return [p for p in FILES[layer]() if p.exists()]
    return sorted((PKG / layer).rglob("*.py"))


def violations(layer: str) -> list[str]:
    anywhere, top_level = FORBIDDEN[layer]
    bad = []
    for path in _files(layer):
        for mod, top, line in imports(path):
            if _matches(mod, anywhere) or (top and _matches(mod, top_level)):
                bad.append(f"{path.relative_to(PKG.parent)}:{line} imports {mod}")
    return sorted(set(bad))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    assert violations(layer) == []


def test_checker_catches_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import PySide6.QtWidgets\nfrom aflastapp.storage import db\n")
    assert {"PySide6.QtWidgets", "aflastapp.storage"} <= imported_modules(bad)


def test_checker_resolves_relative_imports(tmp_path: Path) -> None:
    f = tmp_path / "view.py"  # as if it were aflastapp/gui/views/view.py
    f.write_text("from ...storage import db\nfrom .. import widgets\n"
                 "from ... import storage\nfrom . import x\n")
    mods = imported_modules(f, ["aflastapp", "gui", "views"])
    assert {"aflastapp.storage", "aflastapp.storage.db", "aflastapp.gui.widgets",
            "aflastapp.gui.views.x"} <= mods
    assert _package_of(PKG / "gui" / "views" / "documents.py") == ["aflastapp", "gui", "views"]


def test_checker_allows_the_gui_only_inside_a_function_in_the_cli(tmp_path: Path) -> None:
    f = tmp_path / "face.py"
    f.write_text("import json\n\ndef run():\n    from aflastapp.gui.app import run\n    import PySide6\n"
                 "\nimport PySide6.QtCore\n")
    found = {(mod, top) for mod, top, _line in imports(f)}
    assert ("aflastapp.gui.app", False) in found and ("PySide6", False) in found
    assert ("PySide6.QtCore", True) in found
