"""Restore on a new laptop through the first-start wizard: a backup file + the recovery key → the
main window with the family's rows; wrong key, mistyped key and damaged backup explained in Danish."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import keyring
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWizard

from aflastapp.gui.app import Starter, gui_settings
from aflastapp.gui.context import AppContext
from aflastapp.gui.main_window import MainWindow
from aflastapp.services import backups, children, contracts, family, security, stays
from aflastapp.services import session as session_service
from tests.gui.test_app_support import open_diary
from tests.support.keyrings import MemoryKeyring


def _old_laptop(tmp_path: Path) -> tuple[Path, str]:
    """A diary with rows on the "old laptop", saved as a backup file; (backup, recovery key)."""
    d = open_diary(tmp_path / "old")
    stays.add_stay(d.session, d.contract_a, "2026-03-06T17:00", "2026-03-08T17:00")
    key = security.recovery_key_text(d.session)
    (tmp_path / "usb").mkdir()
    backup = backups.backup_to(d.session, tmp_path / "usb" / "aflastapp-kopi.aflastbak")
    d.ctx.lock()
    return backup, key


def _new_laptop(qtbot: Any, folder: Path) -> tuple[AppContext, Starter, Any]:
    keyring.set_keyring(MemoryKeyring())  # a new computer: nothing in its keychain
    # Windows other tests closed must be gone before the progress dialog picks the active window as parent.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx = AppContext(folder)
    ctx.interactive = False
    ctx.today_override = date(2026, 3, 16)
    starter = Starter(ctx, gui_settings(folder))
    wizard = starter.start()  # the starter deletes it once the diary is open
    assert wizard is starter.wizard and wizard.currentPage() is wizard.welcome
    return ctx, starter, wizard


def test_restore_from_backup_on_a_new_laptop_opens_the_main_window(qtbot: Any, tmp_path: Path) -> None:
    backup, key = _old_laptop(tmp_path)
    # Another family's diary: its recovery key is well-formed but does not open this backup.
    other, other_key = session_service.setup(tmp_path / "other")
    session_service.lock(other, backup=False)
    damaged = tmp_path / "usb" / "beskadiget.aflastbak"
    data = bytearray(backup.read_bytes())
    for i in range(5000, 6000):
        data[i] ^= 0xFF
    damaged.write_bytes(bytes(data))

    new = tmp_path / "new"
    ctx, starter, wizard = _new_laptop(qtbot, new)
    wizard.welcome.restore_button.click()
    page = wizard.restore_page
    assert wizard.currentPage() is page
    assert wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "") == "Gendan og åbn"

    def finish() -> None:
        wizard.button(QWizard.WizardButton.FinishButton).click()
        ctx.wait_for_ops()  # the restore runs as an op off the GUI thread

    finish()  # nothing filled in: each field named
    assert "Vælg sikkerhedskopien" in page.error.text() and "Gendannelsesnøgle" in page.error.text()

    page.file.setText(str(backup))
    page.key.setText(key[:-3] + ("AAA" if not key.endswith("AAA") else "BBB"))
    finish()
    assert "Gendannelsesnøgle" in page.error.text()
    assert wizard.isVisible() and ctx.session is None

    page.key.setText(other_key)
    finish()
    assert "passer ikke til denne sikkerhedskopi" in page.error.text()

    page.file.setText(str(damaged))
    page.key.setText(key)
    finish()
    assert "beskadiget" in page.error.text()
    assert not session_service.exists(new), "a failed restore writes no diary"
    assert ctx.session is None and starter.window is None

    page.file.setText(str(backup))
    page.key.setText(key.lower().replace("-", " "))  # typed loosely: still the same key
    finish()
    assert ctx.session is not None, ctx.last_error_text
    assert ctx.session is not None
    assert isinstance(starter.window, MainWindow) and starter.window.isVisible()
    qtbot.addWidget(starter.window)
    assert starter.wizard is None
    s = ctx.session
    assert family.get_family(s).name == "Familien Østergård"
    assert sorted(c.name for c in children.list_children(s)) == ["Emma", "Oliver"]
    assert len(contracts.list_contracts(s)) == 2
    assert len(stays.list_stays(s)) == 1
    settings_view = starter.window.show_view("settings")
    assert settings_view.contracts_tab.contract_table.rowCount() == 2  # type: ignore[attr-defined]
    assert not shiboken6.isValid(page) or page.key.text() == "", "the recovery key is not left in the window"

    # The key now lives in this laptop's keychain: the diary opens again without the recovery key.
    ctx.lock()
    assert session_service.key_mode(new) == "keychain"
    again = session_service.unlock(new)
    assert sorted(c.name for c in children.list_children(again)) == ["Emma", "Oliver"]
    session_service.lock(again, backup=False)
    starter.window.close()


def test_restore_with_a_password_and_back_to_a_new_diary(qtbot: Any, tmp_path: Path) -> None:
    backup, key = _old_laptop(tmp_path)
    new = tmp_path / "new"
    ctx, starter, wizard = _new_laptop(qtbot, new)
    wizard.welcome.restore_button.click()
    page = wizard.restore_page
    # "Tilbage" returns to the welcome page, and "Næste" then starts a new diary as usual.
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isVisible() and back.isEnabled()
    back.click()
    assert wizard.currentPage() is wizard.welcome
    wizard.next()
    assert wizard.currentPage() is wizard.family
    wizard.back()
    wizard.welcome.restore_button.click()
    assert wizard.currentPage() is page

    page.file.setText(str(backup))
    page.key.setText(key)
    page.password_mode.setChecked(True)
    page.password.setText("et langt kodeord")
    page.repeat.setText("et andet kodeord")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    ctx.wait_for_ops()
    assert "ikke ens" in page.error.text() and not session_service.exists(new)
    page.repeat.setText("et langt kodeord")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    ctx.wait_for_ops()
    assert ctx.session is not None and starter.window is not None
    qtbot.addWidget(starter.window)
    assert not shiboken6.isValid(page) or (page.password.text() == "" and page.repeat.text() == "")
    ctx.lock()
    assert session_service.key_mode(new) == "password"
    s = session_service.unlock(new, password="et langt kodeord")
    assert len(stays.list_stays(s)) == 1
    session_service.lock(s, backup=False)
    starter.window.close()


def test_a_password_mode_backup_restores_with_its_password_alone(qtbot: Any, tmp_path: Path) -> None:
    """A new laptop with the backup and the password, without the recovery sheet: the restore page
    asks for what the backup's key slots accept (the password field appears only for such a
    backup), and the password alone brings the diary back."""
    d = open_diary(tmp_path / "old", password="familiens kodeord")
    stays.add_stay(d.session, d.contract_a, "2026-03-06T17:00", "2026-03-08T17:00")
    (tmp_path / "usb").mkdir()
    backup = backups.backup_to(d.session, tmp_path / "usb" / "kopi.aflastbak")
    d.ctx.lock()
    keychain_backup, _key = _old_laptop(tmp_path / "b")

    new = tmp_path / "new"
    ctx, starter, wizard = _new_laptop(qtbot, new)
    wizard.welcome.restore_button.click()
    page = wizard.restore_page
    page.file.setText(str(keychain_backup))
    assert page.backup_password.isHidden()  # a keychain backup: only the recovery key opens it
    page.file.setText(str(backup))
    assert not page.backup_password.isHidden() and "adgangskode" in page.accepts_note.text()
    page.backup_password.setText("forkert kodeord")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    ctx.wait_for_ops()  # the restore runs as an op off the GUI thread
    assert "Adgangskoden passer ikke til denne sikkerhedskopi" in page.error.text()
    assert not session_service.exists(new)
    page.backup_password.setText("familiens kodeord")
    page.password_mode.setChecked(True)
    page.password.setText("familiens kodeord")
    page.repeat.setText("familiens kodeord")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    ctx.wait_for_ops()  # the restore runs as an op off the GUI thread
    assert ctx.session is not None and starter.window is not None, ctx.last_error_text
    qtbot.addWidget(starter.window)
    assert not shiboken6.isValid(page) or page.backup_password.text() == "", "no password left behind"
    s = ctx.session
    assert sorted(c.name for c in children.list_children(s)) == ["Emma", "Oliver"]
    assert len(stays.list_stays(s)) == 1
    ctx.lock()
    assert session_service.key_mode(new) == "password"
    session_service.lock(session_service.unlock(new, password="familiens kodeord"), backup=False)
    starter.window.close()


def test_backups_have_one_name_and_the_restore_dialog_finds_them(qtbot: Any, tmp_path: Path,
                                                                 monkeypatch: Any) -> None:
    """The file dialog of "Gendan" filters on the name the recovery sheet tells the family to look for
    (*.aflastbak) and opens in the folder the automatic backups are in."""
    from PySide6.QtWidgets import QFileDialog

    from aflastapp.gui.wizard import backup_file_filter, backup_start_folder

    d = open_diary(tmp_path / "diary")
    made = backups.backup_now(d.session)
    assert made.suffix == ".aflastbak" and backups.SUFFIX == ".aflastbak"
    assert "*.aflastbak" in backup_file_filter() and "*.db" not in backup_file_filter()
    assert Path(backup_start_folder(d.ctx)) == made.parent
    asked: list[tuple[str, str]] = []

    def fake_open(_parent: Any, _title: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append((folder, filters))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    from aflastapp.gui.wizard import SetupWizardDialog

    wizard = SetupWizardDialog(d.ctx)
    qtbot.addWidget(wizard)
    wizard.restore_page._browse()
    assert asked and Path(asked[0][0]) == made.parent and "*.aflastbak" in asked[0][1]
    assert wizard.restore_page.file.placeholderText().endswith(".aflastbak")
    # "Gem kopi som" gives a chosen file the same name ending
    from aflastapp.gui.views.settings import SettingsView

    view = SettingsView(d.ctx)
    qtbot.addWidget(view)
    record = view.backups_tab.save_backup_as(str(tmp_path / "usb-kopi"))
    assert record is not None
    d.ctx.wait_for_ops()
    assert (tmp_path / "usb-kopi.aflastbak").exists()
    assert "gemt og kontrolleret" in view.last_notice
    d.ctx.lock()
