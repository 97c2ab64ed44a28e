"""Indstillinger: the family's own km rates next to the shipped ones, and recording an opsigelse."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt

from aflastapp.gui.views.settings import SettingsView, TerminationDialog, _amount_text
from aflastapp.services import contracts, overview, rates
from aflastapp.services.gui_contracts import notice_end
from tests.gui.test_app_support import open_diary


def _column(table: Any, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_mileage_overrides_are_shown_with_sources_and_undoable(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    view = SettingsView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    view.handle_action("section", {"name": "rates"})
    shipped = view.mileage_table.rowCount()
    assert shipped >= 3
    sources = _column(view.mileage_table, 3)
    assert all(src and not src.startswith("Jeres egen") for src in sources), "shipped rows carry their source"

    assert _amount_text(" 2,28 kr. ") == "2.28" and _amount_text("2.28") == "2.28"
    assert _amount_text("1.234,50") == "1234.50" and _amount_text("  ") is None
    made = view.add_mileage_override(date(2027, 1, 1), "Skattestyrelsen 2027",
                                     {"low_per_km": _amount_text("2,28"), "high_per_km": None})
    assert made is not None and made.low_per_km == Decimal("2.28")
    assert view.mileage_table.rowCount() == shipped + 1
    row = _column(view.mileage_table, 0).index("01.01.2027")
    assert view.mileage_table.item(row, 3).text() == "Jeres egen: Skattestyrelsen 2027"
    assert "2,28" in view.mileage_table.item(row, 1).text()
    assert view.mileage_table.item(row, 1).font().bold()
    assert rates.rate_table(d.session).mileage_on(date(2027, 3, 1)).low_per_km == Decimal("2.28")

    # A bad rate names its field; nothing is written.
    assert view.add_mileage_override(date(2028, 1, 1), "", {"low_per_km": "abc", "high_per_km": None}) is None
    assert "Laveste takst" in d.ctx.last_error_text
    assert len(rates.list_mileage_overrides(d.session)) == 1

    d.ctx.undo_stack.undo()
    assert rates.list_mileage_overrides(d.session) == []
    assert view.mileage_table.rowCount() == shipped
    d.ctx.undo_stack.redo()
    assert [r.valid_from for r in rates.list_mileage_overrides(d.session)] == [date(2027, 1, 1)]

    # Shipped rows cannot be deleted; the family's own can, undoably.
    view.mileage_table.setCurrentCell(0, 0)
    view.delete_mileage_rate()
    assert "Kun jeres egne takster" in view.last_notice
    assert view.mileage_table.rowCount() == shipped + 1
    view.mileage_table.setCurrentCell(_column(view.mileage_table, 0).index("01.01.2027"), 0)
    view.delete_mileage_rate()
    assert rates.list_mileage_overrides(d.session) == []
    d.ctx.undo_stack.undo()
    restored = rates.list_mileage_overrides(d.session)
    assert [(r.valid_from, r.low_per_km, r.source) for r in restored] == [
        (date(2027, 1, 1), Decimal("2.28"), "Skattestyrelsen 2027")]
    d.ctx.lock()
    assert view.mileage_table.rowCount() == 0


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
    on, last = dialog.values()

    row = [x.id for x in view.contracts].index(c.id)
    made = view.record_termination(c, on, last)
    assert made is not None
    saved = contracts.get_contract(d.session, c.id)
    assert (saved.terminated_on, saved.end) == (date(2026, 3, 16), date(2026, 4, 16))
    assert view.contract_table.item(row, 3).text() == "16.04.2026 (opsagt 16.03.2026)"
    # Overblik shows the same last day as a deadline.
    ends = [dl for dl in overview.deadlines(d.session, date(2026, 3, 1), date(2026, 12, 31))
            if "Opsigelsesvarslet" in dl.title]
    assert [(dl.date, dl.contract_id) for dl in ends] == [(date(2026, 4, 16), c.id)]

    # A last day before the notice is refused with the field named; the contract is unchanged.
    other = contracts.get_contract(d.session, d.contract_b)
    assert view.record_termination(other, date(2026, 3, 16), date(2026, 3, 1)) is None
    assert "Sidste dag" in d.ctx.last_error_text
    assert contracts.get_contract(d.session, other.id).terminated_on is None

    d.ctx.undo_stack.undo()
    back = contracts.get_contract(d.session, c.id)
    assert (back.terminated_on, back.end) == (None, None)
    assert view.contract_table.item(row, 3).text() == ""
    d.ctx.undo_stack.redo()
    assert contracts.get_contract(d.session, c.id).terminated_on == date(2026, 3, 16)

    # Through the button (non-interactive: no confirmation dialog blocks the test).
    view.contract_table.clearSelection()
    view.contract_table.setCurrentCell(-1, -1)
    view.terminate_contract()
    assert "Vælg først aftalen" in view.last_notice
    assert view.contract_table.item(row, 0).data(Qt.ItemDataRole.DisplayRole) == "Emma"
    d.ctx.lock()
