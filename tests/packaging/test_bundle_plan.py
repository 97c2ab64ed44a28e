"""The PyInstaller bundle carries every file the app reads, where the frozen app looks for it."""

from __future__ import annotations

import ast
import re
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


# ------------------------------------------------------------------ hermetic Linux bundle

build = load("build")


@pytest.mark.parametrize("name", [
    "libgtk-3.so.0", "libgdk-3.so.0", "libgdk_pixbuf-2.0.so.0", "libglib-2.0.so.0", "libgio-2.0.so.0",
    "libgobject-2.0.so.0", "libsystemd.so.0", "libgnutls.so.30", "libkrb5.so.3", "libgssapi_krb5.so.2",
    "libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1", "libxcb-randr.so.0", "libXext.so.6",
    "libfontconfig.so.1", "libfreetype.so.6", "libharfbuzz.so.0", "libdbus-1.so.3", "libcups.so.2",
    "libstdc++.so.6", "libc.so.6", "ld-linux-x86-64.so.2", "libGL.so.1", "libEGL.so.1",
    "libwayland-client.so.0", "libcairo.so.2", "libpango-1.0.so.0", "libatk-1.0.so.0",
])
def test_desktop_session_libraries_are_never_bundled(name: str) -> None:
    assert plan.desktop_library(name), name
    assert plan.bundled_system_library(name) is None


@pytest.mark.parametrize("name", [
    "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0", "libzstd.so.1", "libssl.so.3",
    "libQt6Core.so.6", "libicudata.so.73", "libpython3.11.so.1.0",
])
def test_what_the_bundle_may_carry_is_no_desktop_library(name: str) -> None:
    assert plan.desktop_library(name) is None


def test_the_exclude_list_covers_appimages_and_pyinstallers() -> None:
    """AppImage's excludelist (pkg2appimage, 2025) and PyInstaller's Linux excludes, by their sonames."""
    appimage = """ld-linux.so.2 ld-linux-x86-64.so.2 libanl.so.1 libBrokenLocale.so.1 libcidn.so.1 libc.so.6
        libdl.so.2 libm.so.6 libmvec.so.1 libnss_compat.so.2 libnss_dns.so.2 libnss_files.so.2
        libnss_hesiod.so.2 libnss_nisplus.so.2 libnss_nis.so.2 libpthread.so.0 libresolv.so.2 librt.so.1
        libthread_db.so.1 libutil.so.1 libstdc++.so.6 libGL.so.1 libEGL.so.1 libGLdispatch.so.0
        libGLX.so.0 libOpenGL.so.0 libdrm.so.2 libglapi.so.0 libgbm.so.1 libxcb.so.1 libX11.so.6
        libX11-xcb.so.1 libwayland-client.so.0 libasound.so.2 libfontconfig.so.1 libfreetype.so.6
        libharfbuzz.so.0 libcom_err.so.2 libexpat.so.1 libgcc_s.so.1 libgpg-error.so.0 libICE.so.6
        libSM.so.6 libusb-1.0.so.0 libz.so.1 libjack.so.0 libpipewire-0.3.so.0
        libxcb-dri3.so.0 libxcb-dri2.so.0 libfribidi.so.0 libgmp.so.10""".split()
    pyinstaller = ["libcrypt.so.1", "libnsl.so.2", "libxcb-dri3.so.0", "libwayland-egl.so.1",
                   "libwayland-cursor.so.0", "libGLESv2.so.2"]
    missing = [n for n in appimage + pyinstaller if not plan.desktop_library(n)]
    assert not missing
    # libuuid is on AppImage's list, but Python's _uuid module links it: bundled (tiny, stable ABI)
    assert plan.bundled_system_library("libuuid.so.1")


def _so(tmp_path: Path, name: str, needed: list[str]) -> str:
    """A stand-in library file; its dependencies come from the graph the test gives elf_needed."""
    del needed
    path = tmp_path / name
    path.write_bytes(b"\x7fELF")
    return str(path)


def test_elf_needed_reads_the_real_dependencies() -> None:
    import PySide6

    core = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Core.so.6"
    if not core.exists():
        pytest.skip("PySide6 keeps libQt6Core elsewhere on this platform")
    needed = plan.elf_needed(core)
    assert "libc.so.6" in needed and any(n.startswith("libicuuc") for n in needed)
    assert plan.elf_needed(REPO / "LICENSE") == []


def test_filter_system_libraries_drops_desktop_and_unreached_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = {
        "libQt6Gui.so.6": ["libfontconfig.so.1", "libxkbcommon.so.0", "libQt6Core.so.6"],
        "libQt6Core.so.6": ["libzstd.so.1", "libglib-2.0.so.0"],
        "libqxcb.so": ["libxcb-cursor.so.0", "libX11.so.6"],
        "libqgtk3.so": ["libgtk-3.so.0"],  # excluded plugin: what only it needs goes too
        "libgtk-3.so.0": ["libepoxy.so.0", "libjpeg.so.62"],
        "libfontconfig.so.1": ["libexpat.so.1"],
        "libxcb-cursor.so.0": ["libxcb-render.so.0"],
    }
    site = tmp_path / "site-packages" / "PySide6"
    site.mkdir(parents=True)
    binaries = []
    for name in ("libQt6Gui.so.6", "libQt6Core.so.6", "libqxcb.so"):
        binaries.append((f"PySide6/Qt/lib/{name}", _so(site, name, graph[name]), "BINARY"))
    for name in ("libfontconfig.so.1", "libxkbcommon.so.0", "libzstd.so.1", "libglib-2.0.so.0",
                 "libxcb-cursor.so.0", "libX11.so.6", "libgtk-3.so.0", "libepoxy.so.0", "libjpeg.so.62",
                 "libexpat.so.1", "libxcb-render.so.0"):
        binaries.append((name, f"/usr/lib/x86_64-linux-gnu/{name}", "BINARY"))
    monkeypatch.setattr(plan, "elf_needed", lambda src: graph.get(Path(src).name, []))
    monkeypatch.setattr(Path, "is_file", lambda self: True)
    kept, dropped = plan.filter_system_libraries(binaries)
    kept_names = sorted(Path(d).name for d, _s, _k in kept)
    assert kept_names == ["libQt6Core.so.6", "libQt6Gui.so.6", "libqxcb.so", "libxcb-cursor.so.0",
                          "libxkbcommon.so.0", "libzstd.so.1"]
    assert "GTK" in dropped["libgtk-3.so.0"] and "glib" in dropped["libglib-2.0.so.0"]
    assert "fontconfig" in dropped["libfontconfig.so.1"] and "X11" in dropped["libX11.so.6"]
    assert dropped["libjpeg.so.62"] == "nothing kept in the bundle needs it"
    # the same result whether or not GTK is installed on the build machine
    without_gtk = [b for b in binaries if Path(b[0]).name not in ("libgtk-3.so.0", "libepoxy.so.0",
                                                                   "libjpeg.so.62")]
    assert plan.filter_system_libraries(without_gtk)[0] == kept


def test_an_unclassified_system_library_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    binaries = [("PySide6/libQt6Core.so.6", "/venv/site-packages/PySide6/libQt6Core.so.6", "BINARY"),
                ("libnew.so.1", "/usr/lib/x86_64-linux-gnu/libnew.so.1", "BINARY")]
    monkeypatch.setattr(plan, "elf_needed", lambda src: ["libnew.so.1"] if "Qt6Core" in str(src) else [])
    monkeypatch.setattr(Path, "is_file", lambda self: True)
    with pytest.raises(ValueError, match=r"libnew\.so\.1 \(needed by libQt6Core\.so\.6\)"):
        plan.filter_system_libraries(binaries)


def _internal(tmp_path: Path, names: list[str]) -> Path:
    internal = tmp_path / "aflastapp" / "_internal"
    for name in names:
        (internal / name).parent.mkdir(parents=True, exist_ok=True)
        (internal / name).write_bytes(b"\x7fELF")
    return internal


def test_build_fails_when_a_desktop_library_is_in_internal(tmp_path: Path) -> None:
    ok = ["libQt6Core.so.6", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
          "pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0", "libxcb-cursor.so.0", "libzstd.so.1",
          *plan.REQUIRED_SYSTEM_LIBRARIES]
    internal = _internal(tmp_path, ok)
    assert plan.hermetic_violations(internal) == []
    build.check_hermetic(internal.parent)  # passes
    for bad in ("libgtk-3.so.0", "libsystemd.so.0", "libgnutls.so.30", "libfreetype.so.6"):
        (internal / bad).write_bytes(b"\x7fELF")
        with pytest.raises(build.BuildError, match=re.escape(bad)):
            build.check_hermetic(internal.parent)
        (internal / bad).unlink()


def test_build_fails_without_the_x11_libraries_a_stock_distribution_lacks(tmp_path: Path) -> None:
    internal = _internal(tmp_path, ["libQt6Core.so.6", "libxcb-cursor.so.0"])
    with pytest.raises(build.BuildError, match=r"apt-get install .*libxcb-icccm4"):
        build.check_hermetic(internal.parent)
