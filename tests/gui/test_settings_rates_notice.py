"""Indstillinger: the family's own km rates next to the shipped ones, and recording an opsigelse."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt

from aflastapp.gui.views.settings import SettingsView, TerminationDialog
from aflastapp.gui.views.settings.common import amount_text
from aflastapp.services import contracts, overview, rates
from aflastapp.services import settings as settings_service
from aflastapp.services.notice import notice_end
from tests.gui.test_app_support import open_diary


def _column(table: Any, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_mileage_overrides_are_shown_with_sources_and_undoable(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    view = SettingsView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    view.handle_action("section", {"name": "rates"})
    tab = view.rates_tab
    shipped = tab.mileage_table.rowCount()
    assert shipped >= 3
    sources = _column(tab.mileage_table, 3)
    assert all(src and not src.startswith("Jeres egen") for src in sources), "shipped rows carry their source"

    assert amount_text(" 2,28 kr. ") == "2.28" and amount_text("2.28") == "2.28"
    assert amount_text("1.234,50") == "1234.50" and amount_text("  ") is None
    made = tab.add_mileage_override(date(2027, 1, 1), "Skattestyrelsen 2027",
                                     {"low_per_km": amount_text("2,28"), "high_per_km": None})
    assert made is not None and made.low_per_km == Decimal("2.28")
    assert tab.mileage_table.rowCount() == shipped + 1
    row = _column(tab.mileage_table, 0).index("01.01.2027")
    assert tab.mileage_table.item(row, 3).text() == "Jeres egen: Skattestyrelsen 2027"
    assert "2,28" in tab.mileage_table.item(row, 1).text()
    assert tab.mileage_table.item(row, 1).font().bold()
    assert rates.rate_table(d.session).mileage_on(date(2027, 3, 1)).low_per_km == Decimal("2.28")

    # A bad rate names its field; nothing is written.
    assert tab.add_mileage_override(date(2028, 1, 1), "", {"low_per_km": "abc", "high_per_km": None}) is None
    assert "Laveste takst" in d.ctx.last_error_text
    assert len(rates.list_mileage_overrides(d.session)) == 1

    d.ctx.undo_stack.undo()
    assert rates.list_mileage_overrides(d.session) == []
    assert tab.mileage_table.rowCount() == shipped
    d.ctx.undo_stack.redo()
    assert [r.valid_from for r in rates.list_mileage_overrides(d.session)] == [date(2027, 1, 1)]

    # Shipped rows cannot be deleted; the family's own can, undoably.
    tab.mileage_table.setCurrentCell(0, 0)
    tab.delete_mileage_rate()
    assert "Kun jeres egne takster" in view.last_notice
    assert tab.mileage_table.rowCount() == shipped + 1
    tab.mileage_table.setCurrentCell(_column(tab.mileage_table, 0).index("01.01.2027"), 0)
    tab.delete_mileage_rate()
    assert rates.list_mileage_overrides(d.session) == []
    d.ctx.undo_stack.undo()
    restored = rates.list_mileage_overrides(d.session)
    assert [(r.valid_from, r.low_per_km, r.source) for r in restored] == [
        (date(2027, 1, 1), Decimal("2.28"), "Skattestyrelsen 2027")]
    d.ctx.lock()
    assert tab.mileage_table.rowCount() == 0


def test_recording_an_opsigelse_suggests_the_last_day_and_is_undoable(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    view = SettingsView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    c = contracts.get_contract(d.session, d.contract_a)  # Slagelse, started 01.01.2025
    # Slagelse: 1 month's notice after the first 3 months (the handbook's rule, with its source).
    n = notice_end(d.session, c.id, date(2026, 3, 16))
    assert n.last_day == date(2026, 4, 16) and not n.assumed and "slagelse" in n.source.lower()

    dialog = TerminationDialog(d.ctx, c, "Emma", view)
    qtbot.addWidget(dialog)
    assert dialog.terminated_on.date() == QDate(2026, 3, 16)  # today
    assert dialog.last_day.date() == QDate(2026, 4, 16)
    assert "Kilde" in dialog.rule.text()
    dialog.terminated_on.setDate(QDate(2026, 5, 31))
    assert dialog.last_day.date() == QDate(2026, 6, 30), "the suggestion follows the notice date"
    dialog.terminated_on.setDate(QDate(2024, 12, 1))
    assert "før aftalens start" in dialog.rule.text()
    dialog.terminated_on.setDate(QDate(2026, 3, 16))
    v = dialog.values()
    on, last = v["terminated_on"], v["last_day"]

    row = [x.id for x in view.contracts_tab.contracts].index(c.id)
    made = view.contracts_tab.record_termination(c, on, last)
    assert made is not None
    saved = contracts.get_contract(d.session, c.id)
    assert (saved.terminated_on, saved.end) == (date(2026, 3, 16), date(2026, 4, 16))
    assert view.contracts_tab.contract_table.item(row, 3).text() == "16.04.2026 (opsagt 16.03.2026)"
    # Overblik shows the same last day as a deadline.
    ends = [dl for dl in overview.deadlines(d.session, date(2026, 3, 1), date(2026, 12, 31))
            if "Opsigelsesvarslet" in dl.title]
    assert [(dl.date, dl.contract_id) for dl in ends] == [(date(2026, 4, 16), c.id)]

    # A last day before the notice is refused with the field named; the contract is unchanged.
    other = contracts.get_contract(d.session, d.contract_b)
    assert view.contracts_tab.record_termination(other, date(2026, 3, 16), date(2026, 3, 1)) is None
    assert "Sidste dag" in d.ctx.last_error_text
    assert contracts.get_contract(d.session, other.id).terminated_on is None

    d.ctx.undo_stack.undo()
    back = contracts.get_contract(d.session, c.id)
    assert (back.terminated_on, back.end) == (None, None)
    assert view.contracts_tab.contract_table.item(row, 3).text() == ""
    d.ctx.undo_stack.redo()
    assert contracts.get_contract(d.session, c.id).terminated_on == date(2026, 3, 16)

    # Through the button (non-interactive: no confirmation dialog blocks the test).
    view.contracts_tab.contract_table.clearSelection()
    view.contracts_tab.contract_table.setCurrentCell(-1, -1)
    view.contracts_tab.terminate_contract()
    assert "Vælg først aftalen" in view.last_notice
    assert view.contracts_tab.contract_table.item(row, 0).data(Qt.ItemDataRole.DisplayRole) == "Emma"
    d.ctx.lock()


def test_the_opsigelse_dialog_keeps_a_refused_date_and_speaks_english(qtbot: Any, data_dir: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from aflastapp.gui import i18n
    from aflastapp.gui.views.settings import switch_language

    d = open_diary(data_dir)
    view = SettingsView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    tab = view.contracts_tab
    tab.contract_table.setCurrentCell([c.id for c in tab.contracts].index(d.contract_b), 0)  # Randers
    seen: dict[str, Any] = {}

    def type_a_wrong_last_day_then_fix_it() -> None:
        dialog = view.termination_dialog
        assert dialog is not None and dialog.isVisible()
        seen["help"] = dialog.findChild(QPushButton, "helpButton") is not None
        dialog.terminated_on.setDate(QDate(2026, 3, 16))
        dialog.last_day.setDate(QDate(2026, 3, 1))  # before the notice was given
        dialog.accept()
        seen["still_open"] = dialog.isVisible()
        seen["kept"] = (dialog.terminated_on.date(), dialog.last_day.date())
        seen["marked"] = "b00020" in dialog.last_day.styleSheet()
        seen["problem"] = dialog.problems_label.text()
        dialog.last_day.setDate(QDate(2026, 6, 30))
        dialog.accept()

    QTimer.singleShot(0, type_a_wrong_last_day_then_fix_it)
    tab.terminate_contract()
    assert seen["help"] and seen["still_open"] and seen["marked"]
    assert seen["kept"] == (QDate(2026, 3, 16), QDate(2026, 3, 1)), "what was typed stays"
    assert "Sidste dag" in seen["problem"] or "sidste dag" in seen["problem"]
    saved = contracts.get_contract(d.session, d.contract_b)
    assert (saved.terminated_on, saved.end) == (date(2026, 3, 16), date(2026, 6, 30))

    # In English the suggestion says the notice period and its source in English.
    try:
        switch_language(d.ctx, "en")
        dialog = TerminationDialog(d.ctx, contracts.get_contract(d.session, d.contract_a), "Emma", view)
        qtbot.addWidget(dialog)
        rule = dialog.rule.text()
        assert dialog.windowTitle() == "Record termination"
        assert "last day 2026-04-16" in rule and "Source: Slagelse Municipality's handbook" in rule, rule
        assert not any(w in rule for w in ("måned", "varsel", "Kilde", "sidste dag")), rule
        # the closed days read as English days of the year, the municipality as English
        settings_service.set_settings(d.session, closed_days=["12-24", "06-05"])
        english = SettingsView(d.ctx)
        qtbot.addWidget(english)
        english.reload()
        days = english.closed_days_tab.closed_list
        assert [days.item(i).text() for i in range(days.count())] == ["June 5", "December 24"]
        munis = _column(english.contracts_tab.contract_table, 1)
        assert sorted(munis) == ["Randers Municipality", "Slagelse Municipality"]
    finally:
        switch_language(d.ctx, "da")
        assert i18n.install("da") == "da"
