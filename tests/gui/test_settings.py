"""Indstillinger: edits go through services, are undoable, and the language switch reaches the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from aflastapp.gui.views.settings import SettingsView
from aflastapp.services import children, contracts, family, rates
from aflastapp.services import settings as settings_service
from tests.gui.test_app_support import open_diary


def test_family_children_closed_days_and_rates(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    view = SettingsView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.family_name.text() == "Familien Østergård"
    assert view.contract_table.rowCount() == 2

    view.family_name.setText("Familien Holm")
    view.save_family()
    assert family.get_family(d.session).name == "Familien Holm"
    d.ctx.undo_stack.undo()
    assert family.get_family(d.session).name == "Familien Østergård"
    assert view.family_name.text() == "Familien Østergård"

    made = view.add_child_and_contract("Sofie", date(2019, 2, 3), {
        "municipality": "haderslev", "start": date(2026, 2, 1), "end": None, "vederlag_count": 4,
        "child_ordinal": 1, "caseworker": "Anne", "consultant": ""})
    assert made is not None and view.contract_table.rowCount() == 3
    assert "Sofie" in [c.name for c in children.list_children(d.session)]
    # A bad contract leaves no child behind.
    assert view.add_child_and_contract("Ida", date(2019, 2, 3), {
        "municipality": "atlantis", "start": date(2026, 2, 1), "end": None, "vederlag_count": 4,
        "child_ordinal": 1, "caseworker": "", "consultant": ""}) is None
    assert "Ida" not in [c.name for c in children.list_children(d.session)]
    assert "Kommunen" in d.ctx.last_error_text
    d.ctx.undo_stack.undo()
    assert "Sofie" not in [c.name for c in children.list_children(d.session)]
    assert len(contracts.list_contracts(d.session)) == 2

    before = view.closed_list.count()
    view.closed_date.setDate(view.closed_date.date().fromString("2026-05-14", "yyyy-MM-dd"))
    view.add_closed_day()
    assert (5, 14) in settings_service.get_settings(d.session).closed_days
    assert view.closed_list.count() == before + 1
    d.ctx.undo_stack.undo()
    assert (5, 14) not in settings_service.get_settings(d.session).closed_days

    view.add_rate_override(date(2027, 1, 1), "Brev fra kommunen", {"vederlag_per_day": "180"})
    assert any(r.valid_from == date(2027, 1, 1) for r in rates.list_kl_overrides(d.session))
    d.ctx.undo_stack.undo()
    assert not any(r.valid_from == date(2027, 1, 1) for r in rates.list_kl_overrides(d.session))

    view.auto_lock.setValue(25)
    received: list[int] = []
    d.ctx.auto_lock_changed.connect(received.append)
    view.save_auto_lock()
    assert settings_service.get_preference(d.session, "auto_lock_minutes") == 25 and received == [25]

    view.handle_action("section", {"name": "backups"})
    assert view.tabs.currentIndex() == 5
    record = view.backup_now()
    assert record is not None and record.name == "settings.backup_now"  # off the GUI thread
    d.ctx.wait_for_ops()
    assert record.off_gui_thread
    assert view.backup_list.count() >= 1
    # the confirmation is an ordinary notice (not an error) naming the backup
    assert "Sikkerhedskopien er taget" in view.last_notice and ".aflastbak" in view.last_notice
    d.ctx.lock()
    assert view.family_name.text() == "" and view.contract_table.rowCount() == 0
