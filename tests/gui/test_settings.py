"""Indstillinger: edits go through services, are undoable, and the language switch reaches the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate

from aflastapp.gui.views.settings import SettingsView
from aflastapp.services import children, contracts, family, rates
from aflastapp.services import settings as settings_service
from tests.gui.test_app_support import open_diary


def test_family_children_closed_days_and_rates(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    view = SettingsView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.family_tab.family_name.text() == "Familien Østergård"
    assert view.contracts_tab.contract_table.rowCount() == 2

    view.family_tab.family_name.setText("Familien Holm")
    view.family_tab.save_family()
    assert family.get_family(d.session).name == "Familien Holm"
    d.ctx.undo_stack.undo()
    assert family.get_family(d.session).name == "Familien Østergård"
    assert view.family_tab.family_name.text() == "Familien Østergård"

    made = view.contracts_tab.add_child_and_contract("Sofie", date(2019, 2, 3), {
        "municipality": "haderslev", "start": date(2026, 2, 1), "end": None, "vederlag_count": 4,
        "child_ordinal": 1, "caseworker": "Anne", "consultant": ""})
    assert made is not None and view.contracts_tab.contract_table.rowCount() == 3
    assert "Sofie" in [c.name for c in children.list_children(d.session)]
    # A bad contract leaves no child behind.
    assert view.contracts_tab.add_child_and_contract("Ida", date(2019, 2, 3), {
        "municipality": "atlantis", "start": date(2026, 2, 1), "end": None, "vederlag_count": 4,
        "child_ordinal": 1, "caseworker": "", "consultant": ""}) is None
    assert "Ida" not in [c.name for c in children.list_children(d.session)]
    assert "Kommunen" in d.ctx.last_error_text
    d.ctx.undo_stack.undo()
    assert "Sofie" not in [c.name for c in children.list_children(d.session)]
    assert len(contracts.list_contracts(d.session)) == 2

    closed = view.closed_days_tab
    before = closed.closed_list.count()
    closed.closed_date.setDate(QDate(2026, 5, 14))
    closed.add_closed_day()
    assert (5, 14) in settings_service.get_settings(d.session).closed_days
    assert closed.closed_list.count() == before + 1
    assert "14. maj" in [closed.closed_list.item(i).text() for i in range(closed.closed_list.count())]
    d.ctx.undo_stack.undo()
    assert (5, 14) not in settings_service.get_settings(d.session).closed_days

    view.rates_tab.add_rate_override(date(2027, 1, 1), "Brev fra kommunen", {"vederlag_per_day": "180"})
    assert any(r.valid_from == date(2027, 1, 1) for r in rates.list_kl_overrides(d.session))
    d.ctx.undo_stack.undo()
    assert not any(r.valid_from == date(2027, 1, 1) for r in rates.list_kl_overrides(d.session))

    view.security_tab.auto_lock.setValue(25)
    received: list[int] = []
    d.ctx.auto_lock_changed.connect(received.append)
    view.security_tab.save_auto_lock()
    assert settings_service.get_preference(d.session, "auto_lock_minutes") == 25 and received == [25]

    view.handle_action("section", {"name": "backups"})
    assert view.tabs.currentIndex() == 5
    record = view.backups_tab.backup_now()
    assert record is not None and record.name == "settings.backup_now"  # off the GUI thread
    d.ctx.wait_for_ops()
    assert record.off_gui_thread
    assert view.backups_tab.backup_list.count() >= 1
    # the confirmation is an ordinary notice (not an error) naming the backup
    assert "Sikkerhedskopien er taget" in view.last_notice and ".aflastbak" in view.last_notice
    d.ctx.lock()
    assert view.family_tab.family_name.text() == "" and view.contracts_tab.contract_table.rowCount() == 0


def test_changing_the_password_keeps_the_dialog_open_until_it_works(qtbot: Any, data_dir: Path) -> None:
    """Skift adgangskode: a wrong current password, a short or mistyped new one keep the dialog open
    with that field marked and everything typed; the change is confirmed, and only the new one opens."""
    from PySide6.QtCore import QTimer

    from aflastapp.services import session
    from aflastapp.storage.errors import WrongKeyError

    d = open_diary(data_dir, password="gammel-kode-1")
    view = SettingsView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    sec = view.security_tab
    assert sec.password_button.isEnabled()
    steps: list[tuple[str, bool, bool, str]] = []

    def attempt(current: str, new: str, again: str, field: str) -> None:
        dialog = sec.password_dialog
        assert dialog is not None and dialog.current is not None
        dialog.current.setText(current)
        dialog.new.setText(new)
        dialog.again.setText(again)
        dialog.accept()
        marked = getattr(dialog, field)
        steps.append((dialog.problems_label.text(), dialog.isVisible(), "b00020" in marked.styleSheet(),
                      dialog.new.text()))

    def drive() -> None:
        attempt("forkert-kode", "ny-kode-2026", "ny-kode-2026", "current")
        attempt("gammel-kode-1", "kort", "kort", "new")
        attempt("gammel-kode-1", "ny-kode-2026", "ny-kode-2062", "again")
        attempt("gammel-kode-1", "ny-kode-2026", "ny-kode-2026", "new")

    QTimer.singleShot(0, drive)
    sec.change_password()
    wrong, short, differ, ok = steps
    assert wrong[1:] == (True, True, "ny-kode-2026") and "forkert" in wrong[0]
    assert short[1:] == (True, True, "kort") and "mindst 8 tegn" in short[0]
    assert differ[1:] == (True, True, "ny-kode-2026") and "ikke ens" in differ[0]
    assert ok[1] is False, "the dialog closes when the password is changed"
    assert "Adgangskoden er skiftet" in view.last_notice

    d.ctx.lock()
    with pytest.raises(WrongKeyError):
        session.unlock(data_dir, password="gammel-kode-1")
    session.lock(session.unlock(data_dir, password="ny-kode-2026"), backup=False)
