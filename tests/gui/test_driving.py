"""Kørsel: trips from stays along saved routes, return trips, shared trips, undo, bad input."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from aflastapp.core.models import Trip
from aflastapp.gui.views.driving import DrivingView, TripDialog, TripsModel
from aflastapp.services import places, stays, trips
from tests.gui.test_diary_support import Diary, diary_fixture


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    yield from diary_fixture(data_dir)


def _view(qtbot: Any, d: Diary) -> DrivingView:
    v = DrivingView(d.ctx)
    qtbot.addWidget(v)
    v.resize(1100, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_trips_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = TripsModel({"k": "Emma – Slagelse"})
    model.set_rows([
        Trip("t1", ("k",), date(2026, 3, 6), "Afhentning", "Hjem", "Skolen", Decimal("12.5"), ("Brugsen",)),
        Trip("t2", ("k", "x"), date(2026, 3, 8), "Aflevering", "Skolen", "Hjem", Decimal("7")),
    ])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 5).data() == "12,5"
    assert model.index(1, 6).data() == "Emma – Slagelse, x"


def test_a_trip_from_a_stay_is_suggested_and_confirmed(qtbot: Any, diary: Diary) -> None:
    s = diary.session
    places.add_route(s, "Hjem – barnets hjem", "Ågade 1, Slagelse", "Skovvej 9, Korsør", Decimal("23.4"))
    stays.add_stay(s, diary.contract_a, datetime(2026, 3, 6, 15), datetime(2026, 3, 8, 17))
    v = _view(qtbot, diary)
    v.month.set_month(2026, 3)
    assert v.model.rowCount() == 0

    proposed = v.suggestions()
    # both legs of each handover: there and back again, so the km are not half
    assert [(t.date, t.km) for t in proposed] == [(date(2026, 3, 6), Decimal("23.4"))] * 2 + \
        [(date(2026, 3, 8), Decimal("23.4"))] * 2
    assert [(t.from_place, t.to_place) for t in proposed[:2]] == [
        ("Ågade 1, Slagelse", "Skovvej 9, Korsør"), ("Skovvej 9, Korsør", "Ågade 1, Slagelse")]
    assert proposed[0].purpose.endswith("(ud)") and proposed[1].purpose.endswith("(retur)")
    assert all(t.contract_ids == (diary.contract_a,) for t in proposed)
    assert trips.list_trips(s) == []  # a suggestion is not saved until the family confirms

    v.confirm_suggestions(proposed)
    assert v.model.rowCount() == 4
    assert {v.model.index(r, 2).data() for r in range(4)} == {"Ågade 1, Slagelse", "Skovvej 9, Korsør"}
    assert "93,6" in v.total.text()
    assert v.suggestions() == []  # days that have trips are not proposed again

    diary.ctx.undo_stack.undo()
    assert v.model.rowCount() == 0 and trips.list_trips(s) == []
    diary.ctx.undo_stack.redo()
    assert len(trips.list_trips(s)) == 4


def test_return_trip_swaps_from_and_to(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    v.month.set_month(2026, 3)
    v.save_new({"contract_ids": [diary.contract_a], "date": date(2026, 3, 10), "purpose": "Tandlæge",
                "from_place": "Hjem", "to_place": "Tandlægen", "km": "8,5", "via": ["Skolen"]})
    assert v.model.rowCount() == 1
    v.table.selectRow(0)
    back = v.add_return()
    assert back is not None
    assert (back.from_place, back.to_place, back.via, back.km) == ("Tandlægen", "Hjem", ("Skolen",),
                                                                   Decimal("8.5"))
    assert v.model.rowCount() == 2
    assert "17" in v.total.text()


def test_a_trip_shared_between_two_children(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    v.month.set_month(2026, 3)
    dlg = TripDialog(diary.session, contract_id=diary.contract_a, day=date(2026, 3, 12), parent=v)
    dlg.set_contracts({diary.contract_a, diary.contract_b})
    dlg.purpose.setText("Svømning")
    dlg.from_place.setText("Hjem")
    dlg.to_place.setText("Svømmehallen")
    dlg.km.setText("11,2")
    saved = v.save_new(dlg.values())
    assert saved is not None and set(saved.contract_ids) == {diary.contract_a, diary.contract_b}
    assert "Emma" in v.model.index(0, 6).data() and "Oliver" in v.model.index(0, 6).data()
    # filtered to one child, the shared trip still shows
    v.contract.select(diary.contract_b)
    assert v.model.rowCount() == 1
    dlg.reject()


def test_route_fills_the_trip_dialog(qtbot: Any, diary: Diary) -> None:
    r = places.add_route(diary.session, "Til skolen", "Hjem", "Skolen", Decimal("4"), via=("Bageren",))
    dlg = TripDialog(diary.session, contract_id=diary.contract_a, day=date(2026, 3, 2))
    qtbot.addWidget(dlg)
    dlg.choose_route(r.id)
    vals = dlg.values()
    assert (vals["from_place"], vals["to_place"], vals["via"], vals["km"], vals["purpose"]) == (
        "Hjem", "Skolen", ["Bageren"], "4", "Til skolen")
    assert vals["contract_ids"] == [diary.contract_a]
    assert dlg.result() != QDialog.DialogCode.Accepted


def test_bad_km_is_refused_with_a_named_field(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    v.month.set_month(2026, 3)
    made = v.save_new({"contract_ids": [diary.contract_a], "date": date(2026, 3, 10), "purpose": "Tur",
                       "from_place": "Hjem", "to_place": "Ude", "km": "mange", "via": []})
    assert made is None
    assert "Km" in diary.ctx.last_error_text
    assert trips.list_trips(diary.session) == [] and v.model.rowCount() == 0
    assert diary.ctx.undo_stack.count() == 0


def test_lock_clears_the_log(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    v.month.set_month(2026, 3)
    v.save_new({"contract_ids": [diary.contract_a], "date": date(2026, 3, 10), "purpose": "Hemmelig tur",
                "from_place": "Hjem", "to_place": "Ude", "km": "3", "via": []})
    assert v.model.rowCount() == 1
    diary.ctx.lock()
    assert v.model.rowCount() == 0 and v.contract.count() == 0 and v.total.text() == ""


def test_suggestions_with_long_addresses_never_scroll_sideways(qtbot: Any, diary: Diary) -> None:
    """Each suggestion reads whole in the dialog's width: the date, purpose and child on one line,
    the addresses and km under it, wrapped — no horizontal scrolling to see the km."""
    from aflastapp.gui.views.driving import SuggestionsDialog

    far = "Den Lange Landevej 123, 1. sal th., c/o Familien Andersen-Kristiansen, 4200 Slagelse"
    trip = Trip("t", (diary.contract_a,), date(2026, 3, 6), "Afhentning af Emma (ud)", far,
                "Skovvej 9, 4220 Korsør, hos bedsteforældrene til barnet", Decimal("23.4"))
    dlg = SuggestionsDialog([trip, trip], {diary.contract_a: "Emma – Slagelse"}, "da")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    item = dlg.list.item(0)
    first, second = item.text().split("\n")
    assert first == "06.03.2026  Afhentning af Emma (ud) (Emma – Slagelse)"
    assert second.endswith("23,4 km") and far in second
    assert dlg.list.horizontalScrollBar().maximum() == 0, "nothing is hidden to the right"
    rect = dlg.list.visualItemRect(item)
    assert rect.right() <= dlg.list.viewport().width() and rect.height() > 2 * dlg.fontMetrics().height()
