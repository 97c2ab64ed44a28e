"""Each dialog's "Hjælp" opens the guide's section about it (issue 15, Help): every page of the
first-start wizard, and the dialogs beyond the data-entry forms (trip suggestions, places and
routes, the calendar file, the letter and figures windows)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QWizard

from aflastapp.gui import help as guide
from aflastapp.gui.context import AppContext
from aflastapp.gui.wizard import SetupWizardDialog
from tests.gui.test_app_support import Diary, open_diary


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    d = open_diary(data_dir)
    yield d
    d.ctx.wait_for_ops()
    d.ctx.lock()


def _opened_section() -> str:
    shown = [w for w in guide._open if w.isVisible()]
    assert shown, "the guide opened"
    section = str(shown[-1].section)
    for w in shown:
        w.close()
    return section


def _help_of(dialog: QDialog) -> str:
    button = dialog.findChild(QPushButton, "helpButton")
    assert button is not None and button.isVisible(), type(dialog).__name__
    assert button.text().replace("&", "") == "Hjælp"
    button.click()
    return _opened_section()


def test_every_wizard_page_has_help_for_its_step(qtbot: Any, data_dir: Path) -> None:
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = date(2026, 3, 16)
    wizard = SetupWizardDialog(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    help_button = wizard.button(QWizard.WizardButton.HelpButton)
    assert help_button.text().replace("&", "") == "Hjælp"

    def help_opens(section: str) -> None:
        assert help_button.isVisible(), type(wizard.currentPage()).__name__
        help_button.click()
        assert _opened_section() == section, type(wizard.currentPage()).__name__

    help_opens("forste-uge")
    wizard.next()
    assert wizard.currentPage() is wizard.family
    help_opens("opsaetning")
    wizard.family.name.setText("Familien Jensen")
    wizard.family.address.setText("Skovvej 3, 4200 Slagelse")
    wizard.next()
    help_opens("opsaetning")
    wizard.child.name.setText("Emma")
    wizard.child.municipality.setCurrentIndex(wizard.child.municipality.findData("slagelse"))
    wizard.next()
    assert wizard.currentPage() is wizard.security
    help_opens("opsaetning")
    wizard.next()  # keychain: creates the diary as an op
    ctx.wait_for_ops()
    assert wizard.currentPage() is wizard.recovery
    help_opens("gendannelsesark")
    wizard.reject()
    ctx.wait_for_ops()
    ctx.lock()
    # a new laptop: the restore page
    other = AppContext(data_dir.parent / "other")
    other.interactive = False
    restore = SetupWizardDialog(other)
    qtbot.addWidget(restore)
    restore.show()
    restore.start_restore()
    assert restore.currentPage() is restore.restore_page
    restore_help = restore.button(QWizard.WizardButton.HelpButton)
    assert restore_help.isVisible()
    restore_help.click()
    assert _opened_section() == "ny-computer"
    restore.reject()


def test_the_other_dialogs_open_their_section(qtbot: Any, diary: Diary) -> None:
    from aflastapp.gui.views.calendar_export import CalendarExportDialog
    from aflastapp.gui.views.driving import DrivingView, PlacesRoutesDialog, SuggestionsDialog
    from aflastapp.gui.views.payments import TextDialog

    view = DrivingView(diary.ctx)
    qtbot.addWidget(view)
    view.show()
    dialogs = [(SuggestionsDialog([], {}, "da", view), "korsel"), (PlacesRoutesDialog(view), "korsel"),
               (CalendarExportDialog(diary.ctx, view), "roed-frist"),
               (TextDialog("Brev", "Til Slagelse Kommune", parent=view), "forste-maaned")]
    for dialog, section in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert _help_of(dialog) == section, type(dialog).__name__
        dialog.reject()
