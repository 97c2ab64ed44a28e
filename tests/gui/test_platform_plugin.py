"""First start on Linux from source: a Qt platform plugin that cannot load is reported in one line
naming the system package (e.g. libxcb-cursor0), instead of Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aflastapp.gui import app

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                                reason="Linux's dynamic linker (ldd) decides whether Qt's X11 plugin loads")


def test_a_plugin_with_a_library_the_system_lacks_is_found_by_ldd(tmp_path: Path) -> None:
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build a tiny plugin")
    src = tmp_path / "x.c"
    src.write_text("int aflastapp_probe(void) { return 0; }\n")
    soname = "libaflastapp-not-installed.so.0"
    lib = tmp_path / soname
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(lib), f"-Wl,-soname,{soname}", str(src)], check=True)
    plugin = tmp_path / "libqxcb.so"
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(plugin), str(src), "-Wl,--no-as-needed", str(lib)],
                   check=True)
    lib.unlink()
    assert app.missing_libraries(plugin) == [soname]
    line = app.platform_problem({"DISPLAY": ":0"}, tmp_path)
    assert line is not None and soname in line and "\n" not in line


def test_the_missing_cursor_library_names_libxcb_cursor0() -> None:
    line = app.problem_line(["libxcb-cursor.so.0"])
    assert line is not None and "\n" not in line
    assert "systempakken libxcb-cursor0 mangler" in line and "sudo apt install libxcb-cursor0" in line
    assert app.problem_line([]) is None


def test_no_problem_when_the_plugin_loads_or_another_platform_is_used(tmp_path: Path) -> None:
    import PySide6

    real = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"
    assert app.missing_libraries(real / "libqxcb.so") == [], "this machine has what Qt's X11 plugin needs"
    assert app.platform_problem({"DISPLAY": ":0"}, real) is None
    assert app.platform_problem({"QT_QPA_PLATFORM": "offscreen"}, tmp_path) is None
    assert app.platform_problem({"WAYLAND_DISPLAY": "wayland-0"}, tmp_path) is None


def test_the_app_prints_the_line_and_exits_instead_of_aborting(tmp_path: Path) -> None:
    code = ("import sys; from aflastapp.gui import app; "
            "app.missing_libraries = lambda plugin: ['libxcb-cursor.so.0']; "
            f"sys.exit(app.run({{'data_dir': {str(tmp_path / 'data')!r}}}))")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "libxcb-cursor0" in lines[0]
    assert not (tmp_path / "data").exists(), "nothing is created before the windows can open"
