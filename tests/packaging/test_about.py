"""Hjælp → Om aflastapp shows the version, the app's licence and the third-party licences."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractScrollArea
from pytestqt.qtbot import QtBot

from aflastapp import __version__
from aflastapp.gui import about as about_module
from aflastapp.gui.about import AboutDialog

pytestmark = pytest.mark.gui


def test_shows_version_and_licences(qtbot: QtBot) -> None:
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.version_label.text() == f"Version {__version__}"
    assert "MIT" in dlg.licence_label.text()
    assert dlg.licence_view.toPlainText().startswith("MIT License")
    assert "aflastapp contributors" in dlg.licence_view.toPlainText()
    third = dlg.third_party_view.toPlainText()
    for needle in ("PySide6", "LGPL-3.0", "SQLCipher", "sqlite-utils", "Apache-2.0", "keyring", "reportlab",
                   "pillow", "MIT-CMU", "holidays", "platformdirs", "jsonschema", "DejaVu"):
        assert needle in third, f"{needle} missing from the third-party licences"
    assert dlg.windowTitle() == "Om aflastapp"
    assert not dlg.windowIcon().isNull()


def test_third_party_text_scrolls(qtbot: QtBot) -> None:
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    dlg.resize(600, 450)
    dlg.show()
    qtbot.waitExposed(dlg)
    view = dlg.third_party_view
    assert isinstance(view, QAbstractScrollArea)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    assert view.isReadOnly()
    assert not view.openLinks() and not view.openExternalLinks(), "no link may open anything"


def test_missing_licence_file_says_so(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about_module, "licence_path", lambda name: tmp_path / name)
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    assert "THIRD_PARTY_LICENSES.md" in dlg.third_party_view.toPlainText()
    assert "mangler" in dlg.third_party_view.toPlainText()
    assert "LICENSE" in dlg.licence_view.toPlainText()


def test_close_button_closes(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    box = dlg.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dlg.isVisible()
