"""The PyInstaller bundle carries every file the app reads, where the frozen app looks for it."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

from aflastapp import resources
from tests.packaging.loader import REPO, load

plan = load("bundle_plan")
PKG = REPO / "aflastapp"


@pytest.fixture
def frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Lay out the spec's datas the way PyInstaller does and pretend to run frozen from there."""
    bundle = tmp_path / "_internal"
    for src, dest in plan.datas(REPO):
        target = bundle / dest
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target / Path(src).name)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    return bundle


def test_every_resource_file_ships_or_is_excluded_with_a_reason() -> None:
    shipped = set(plan.resource_files(REPO))
    for path in sorted((REPO / "resources").rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(REPO / "resources")
        reason = plan.excluded_resource(rel.as_posix())
        assert (rel in shipped) != bool(reason), f"resources/{rel}: shipped={rel in shipped}, reason={reason}"


def test_what_the_app_reads_ships() -> None:
    shipped = {p.as_posix() for p in plan.resource_files(REPO)}
    for folder in ("municipalities", "rates", "fonts", "icons"):
        assert any(s.startswith(folder + "/") for s in shipped), f"nothing from resources/{folder}/ ships"
    assert "icons/aflastapp.svg" in shipped
    assert {f"municipalities/{m}.toml" for m in ("slagelse", "randers", "nyborg", "haderslev", "morsoe",
                                                  "generic")} <= shipped
    qm = [s for s in shipped if s.endswith(".qm")]
    ts = [p for p in (REPO / "resources").rglob("*.ts")]
    assert len(qm) >= len(ts), "every translation source needs its compiled .qm in the bundle"


def test_frozen_app_finds_every_shipped_resource_and_the_licences(frozen_bundle: Path) -> None:
    assert resources.is_frozen()
    assert resources.app_root() == frozen_bundle
    for rel in plan.resource_files(REPO):
        path = resources.resource_path(*rel.parts)
        assert path.is_file(), f"frozen app would not find resources/{rel}"
        assert path.read_bytes() == (REPO / "resources" / rel).read_bytes()
    for name in plan.LICENCE_FILES:
        assert resources.licence_path(name).is_file()
    # the rule engine loads its data through the same helper
    from aflastapp.core import rules

    assert rules.resource_path("municipalities") == frozen_bundle / "resources" / "municipalities"


def _literal_resource_paths() -> list[tuple[Path, tuple[str, ...]]]:
    found = []
    for path in sorted(PKG.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None))
                    == "resource_path" and node.args
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)):
                found.append((path, tuple(a.value for a in node.args)))  # type: ignore[attr-defined]
    return found


def test_every_literal_resource_path_in_the_code_ships() -> None:
    shipped = {p.as_posix() for p in plan.resource_files(REPO)}
    shipped_dirs = {str(Path(s).parent) for s in shipped} | {
        p.as_posix() for s in shipped for p in Path(s).parents}
    literals = _literal_resource_paths()
    assert literals, "the app should locate its files through resource_path"
    for source, parts in literals:
        rel = "/".join(parts)
        assert rel in shipped or rel in shipped_dirs, f"{source.relative_to(REPO)} reads resources/{rel}"


def _imported_top_modules() -> set[str]:
    names: set[str] = set()
    for path in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_nothing_the_app_imports_is_excluded() -> None:
    imported = _imported_top_modules()
    for excluded in plan.EXCLUDES:
        clash = sorted(m for m in imported if m == excluded or m.startswith(excluded + "."))
        assert not clash, f"{excluded} is excluded from the bundle but the app imports {clash}"


@pytest.mark.parametrize("dest, dropped", [
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/lib/libQt6Qml.so.6", True),
    ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", True),
    ("PySide6/Qt6Quick.dll", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/lib/libQt6Core.so.6", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6/Qt/lib/libQt6Svg.so.6", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),  # QtPdf links to it
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/translations/qtbase_da.qm", False),
    ("PySide6/Qt/translations/qtbase_en.qm", False),
    ("resources/i18n/aflastapp_en.qm", False),
])
def test_binary_filter(dest: str, dropped: bool) -> None:
    assert plan.binary_excluded(dest) is dropped


def test_holidays_keeps_only_denmarks_translations() -> None:
    assert plan.holidays_locale_wanted("holidays/locale/da/LC_MESSAGES/DK.mo")
    assert plan.holidays_locale_wanted("holidays/locale/en_US/LC_MESSAGES/DK.mo")
    assert not plan.holidays_locale_wanted("holidays/locale/de/LC_MESSAGES/DE.mo")
    assert plan.holidays_locale_wanted("holidays/countries/denmark.py")


def test_spec_uses_the_plan_and_the_cli_entry_point() -> None:
    spec = (REPO / "packaging" / "aflastapp.spec").read_text(encoding="utf-8")
    for needle in ("plan.datas(REPO)", "plan.EXCLUDES", "plan.HIDDEN_IMPORTS", "plan.binary_excluded",
                   "bundle_identifier=plan.BUNDLE_ID", 'name="aflastapp-cli"', "console=False"):
        assert needle in spec
    launcher = (REPO / "packaging" / "launcher.py").read_text(encoding="utf-8")
    assert "from aflastapp.cli import main" in launcher
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'aflastapp = "aflastapp.cli:main"' in pyproject
    assert plan.BUNDLE_ID == "dk.aflastapp.app"


def test_resource_path_refuses_to_leave_resources() -> None:
    with pytest.raises(ValueError):
        resources.resource_path("..", "LICENSE")
    with pytest.raises(ValueError):
        resources.resource_path("/etc/passwd")
    with pytest.raises(ValueError):
        resources.licence_path("diary.db")


def test_checkout_layout_without_freezing() -> None:
    assert not resources.is_frozen()
    assert resources.resources_dir() == REPO / "resources"
    assert resources.licence_path("LICENSE") == REPO / "LICENSE"
