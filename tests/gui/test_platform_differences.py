"""What differs between Windows, macOS and Linux in the GUI: Ctrl vs ⌘ in shown text, and the
Windows session-lock hook on a real window (the fake-message handling is in test_lock.py)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QKeySequence

from aflastapp.gui.app import gui_settings
from aflastapp.gui.main_window import MainWindow
from aflastapp.gui.shortcuts import ShortcutTextTranslator, native_text
from tests.gui.test_app_support import open_diary

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "aflastapp" / "gui"


@pytest.mark.parametrize("text, mac", [
    ("Nyt ophold (Ctrl+N). I kan også trække hen over dagene.",
     "Nyt ophold (⌘N). I kan også trække hen over dagene."),
    ("Slet notatet? I kan fortryde med Ctrl+Z.", "Slet notatet? I kan fortryde med ⌘Z."),
    ("Gentag: Ctrl+Shift+Z", "Gentag: ⇧⌘Z"),
    ("Oversigt (Ctrl+1)", "Oversigt (⌘1)"),
    ("Ctrl+Alt+F5 og Meta+Q", "⌥⌘F5 og ⌃Q"),
    ("Kørsel 12+3 km, Ctrl-tasten", "Kørsel 12+3 km, Ctrl-tasten"),  # not a shortcut: untouched
])
def test_shortcut_text_reads_command_on_a_mac_and_ctrl_elsewhere(text: str, mac: str) -> None:
    assert native_text(text, "darwin") == mac
    assert native_text(text, "win32") == text
    assert native_text(text, "linux") == text


def test_the_mac_notation_is_qts_own() -> None:
    """Where Qt itself runs on macOS (CI's macos-14 job) our rewriting equals QKeySequence's native text."""
    for seq in ("Ctrl+N", "Ctrl+Shift+Z", "Ctrl+1", "Ctrl+Alt+F5"):
        qt_native = QKeySequence(seq).toString(QKeySequence.SequenceFormat.NativeText)
        if sys.platform == "darwin":
            assert native_text(seq) == qt_native
        else:  # Qt names the modifiers in words here (translated: "Ctrl+Skift+Z" in Danish)
            assert "⌘" not in qt_native and native_text(seq) == seq


def test_translator_rewrites_shown_text_on_a_mac(qtbot: Any) -> None:
    """Installed on macOS by i18n.install: every tr() text naming a shortcut, Danish or English."""
    app = QCoreApplication.instance()
    english = QTranslator(app)
    assert english.load(str(REPO / "resources" / "i18n" / "aflastapp_en.qm"))
    mac = ShortcutTextTranslator([english], app, platform="darwin")
    QCoreApplication.installTranslator(mac)
    try:
        assert QCoreApplication.translate("x", "Slet notatet? I kan fortryde med Ctrl+Z.") == \
            "Slet notatet? I kan fortryde med ⌘Z."
        assert QCoreApplication.translate("x", "Ingen genvej her") == "Ingen genvej her"
        QCoreApplication.installTranslator(english)
        QCoreApplication.removeTranslator(mac)
        QCoreApplication.installTranslator(mac)  # as install() does: the mac translator is asked first
        translated = [english.translate(c, s) for c, s in _tr_texts_with_shortcuts()]
        found = [t for t in translated if t and "Ctrl+" in t]
        assert found, "the English catalogue has texts naming Ctrl+ shortcuts"
        for t, (ctx, src) in zip(translated, _tr_texts_with_shortcuts(), strict=True):
            if t:
                assert QCoreApplication.translate(ctx, src) == native_text(t, "darwin")
    finally:
        QCoreApplication.removeTranslator(mac)
        QCoreApplication.removeTranslator(english)


def _tr_texts_with_shortcuts() -> list[tuple[str, str]]:
    """(class name, Danish text) of every self.tr("…Ctrl+…") in the GUI."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str) and "Ctrl+" in node.args[0].value):
                    found.append((cls.name, node.args[0].value))
    return found


def test_sidebar_tooltips_name_the_platforms_shortcut(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    tip = window.sidebar.item(0).toolTip()
    expected = "⌘1" if sys.platform == "darwin" else "Ctrl+1"
    assert tip.endswith(f"({expected})"), tip
    assert window.view_actions[0].shortcut() == QKeySequence("Ctrl+1")  # ⌘1 on a Mac, by Qt


def test_no_shortcut_uses_meta_or_turns_off_the_ctrl_command_swap() -> None:
    """Qt maps Ctrl to ⌘ on macOS; Meta would be the Control key there, and the swap attribute
    would make every Ctrl+ shortcut a Control-key one."""
    for path in sorted((REPO / "aflastapp").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert 'QKeySequence("Meta+' not in text, path
        assert "AA_MacDontSwapCtrlAndMeta" not in text, path


WTS_SCRIPT = textwrap.dedent("""
    import ctypes, sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QMainWindow

    from aflastapp.gui.lock import WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, ScreenLockWatcher

    class Ctx(QObject):  # what ScreenLockWatcher uses of AppContext
        busy_changed = Signal(bool)
        session = object()
        busy = False
        locks = 0

        def lock(self):
            Ctx.locks += 1
            self.session = None

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()
    ctx = Ctx()
    watcher = ScreenLockWatcher(ctx, window)
    print("sources", watcher.sources, flush=True)
    user32 = ctypes.WinDLL("user32")
    user32.SendMessageW.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_size_t, ctypes.c_ssize_t]
    hwnd = int(window.winId())
    user32.SendMessageW(hwnd, WM_WTSSESSION_CHANGE, 0x8, 0)  # WTS_SESSION_UNLOCK: nothing happens
    app.processEvents()
    print("after unlock", Ctx.locks, flush=True)
    user32.SendMessageW(hwnd, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 0)
    app.processEvents()
    print("after lock", Ctx.locks, flush=True)
""")


@pytest.mark.skipif(sys.platform != "win32",
                    reason="WTSRegisterSessionNotification and window messages exist only on Windows; "
                           "runs in the windows-latest CI job")
def test_windows_session_lock_hook_on_a_real_window(tmp_path: Path) -> None:
    """A real Win32 window (Qt's "windows" platform, not offscreen): registration succeeds and a
    WM_WTSSESSION_CHANGE/WTS_SESSION_LOCK sent to it locks; WTS_SESSION_UNLOCK does not."""
    env = dict(os.environ, QT_QPA_PLATFORM="windows",
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    script = tmp_path / "wts.py"
    script.write_text(WTS_SCRIPT, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True,
                         timeout=120, cwd=REPO)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert "sources ['WTSRegisterSessionNotification']" in lines, out.stdout
    assert "after unlock 0" in lines and "after lock 1" in lines, out.stdout
