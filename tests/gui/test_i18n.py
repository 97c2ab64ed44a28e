"""English is a full translation: every GUI string has finished English, the .qm is current, and
switching the language in the running app changes what the family sees."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

from aflastapp.gui.app import gui_settings
from aflastapp.gui.main_window import MainWindow
from aflastapp.gui.views.settings import switch_language
from tests.gui.test_app_support import open_diary

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _pipeline() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_gui_string_has_finished_english(tmp_path: Path) -> None:
    up = _pipeline()
    ts = I18N / "tmp-test-aflastapp_en.ts"  # beside the real one, so file locations resolve alike
    try:
        shutil.copy(I18N / "aflastapp_en.ts", ts)
        up.run_lupdate(ts)  # what the code says now, merged into the committed translations
        tree = ET.parse(ts)
        up.fix_contexts(tree)
        up.drop_stale(tree)
        missing = up.unfinished(tree)
    finally:
        ts.unlink(missing_ok=True)
    assert missing == {}, "run: uv run python resources/i18n/update.py --unfinished todo.json"


def test_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    up = _pipeline()
    qm = tmp_path / "check.qm"
    up.release(I18N / "aflastapp_en.ts", qm)
    assert qm.read_bytes() == (I18N / "aflastapp_en.qm").read_bytes(), "rebuild with resources/i18n/update.py"


def test_switching_language_changes_the_window(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.show_view("overview")
    assert window.sidebar.item(0).text() == "Overblik"
    assert window.menuBar().actions()[0].text() == "&Filer"
    try:
        switch_language(d.ctx, "en")
        assert window.sidebar.item(0).text() == "Overview"
        assert window.menuBar().actions()[0].text() == "&File"
        assert window.view("overview").heading.text() == "Overview"
        panel = window.view("overview").this_month
        qtbot.waitUntil(lambda: panel.title() != "")
        assert panel.title().startswith("March 2026")
        from aflastapp.services import settings as settings_service

        assert settings_service.get_preference(d.session, "language") == "en"
    finally:
        switch_language(d.ctx, "da")
    assert window.sidebar.item(0).text() == "Overblik"
    d.ctx.lock()
