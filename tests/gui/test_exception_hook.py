"""Uncaught exceptions while the window runs end in the error dialog, with a report free of diary text."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from aflastapp.gui.app import install_exception_hooks
from aflastapp.gui.context import AppContext

SECRET = "Emma græd hele aftenen"  # diary-like text carried by the exception message


def _capture_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    shown: list[dict[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append({"title": box.windowTitle(), "text": box.text(), "details": box.detailedText()})
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_exception_in_a_button_slot_shows_the_report_without_its_message(
        qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = AppContext(data_dir)
    ctx.interactive = True
    shown = _capture_dialogs(monkeypatch)
    button = QPushButton("Gem")
    qtbot.addWidget(button)

    def broken_handler() -> None:
        raise RuntimeError(SECRET)

    button.clicked.connect(broken_handler)
    restore = install_exception_hooks(ctx)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(shown) == 1)
    finally:
        restore()
    report = shown[0]["details"]
    assert shown[0]["title"] == "Uventet fejl"
    assert "builtins.RuntimeError" in report and "broken_handler" in report  # type and where
    assert SECRET not in report and SECRET not in shown[0]["text"] and SECRET not in ctx.last_error_text


def test_exception_in_a_thread_reaches_the_dialog_in_the_gui_thread(
        qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = AppContext(data_dir)
    ctx.interactive = True
    shown = _capture_dialogs(monkeypatch)
    seen_threads: list[bool] = []
    original = ctx.show_error

    def recording_show_error(exc: BaseException, parent: Any = None) -> None:
        seen_threads.append(threading.current_thread() is threading.main_thread())
        original(exc, parent)

    monkeypatch.setattr(ctx, "show_error", recording_show_error)
    restore = install_exception_hooks(ctx)
    try:
        def worker() -> None:
            raise ValueError(SECRET)

        t = threading.Thread(target=worker)
        t.start()
        t.join()
        qtbot.waitUntil(lambda: len(shown) == 1)
    finally:
        restore()
    assert seen_threads == [True]
    assert "builtins.ValueError" in shown[0]["details"] and SECRET not in shown[0]["details"]


def test_hooks_are_put_back(data_dir: Path) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    restore = install_exception_hooks(AppContext(data_dir))
    assert sys.excepthook is not before[0] and threading.excepthook is not before[1]
    restore()
    assert (sys.excepthook, threading.excepthook) == before
