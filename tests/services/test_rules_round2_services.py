"""Issue 12 through the services on a real SQLCipher diary: the new fields are stored, exported and
imported; a contract without a vederlag number keeps "not given"; the diary clean-up after a sent
status report deletes exactly that period's notes, drafts and receipt images."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from aflastapp.core.errors import ValidationError
from aflastapp.core.models import DeadlineKind, StayStatus
from aflastapp.services import (
    children,
    cleanup,
    contracts,
    expenses,
    meetings,
    notes,
    overview,
    places,
    portable,
    stays,
    submissions,
    trips,
)


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(buf, "PNG")
    return buf.getvalue()


def test_new_fields_are_stored_and_survive_export_and_import(s: Any, contract: str, tmp_path: Path) -> None:
    t = trips.add_trip(s, [contract], date(2026, 3, 6), "Afhentning", "Hjem", "Mor", "20",
                       approval="Aftalt med rådgiveren 01.03")
    assert trips.get_trip(s, t.id).approval == "Aftalt med rådgiveren 01.03"
    back = trips.add_return_trip(s, t.id)
    assert back.approval == t.approval  # the way back is the same agreement
    e = expenses.add_expense(s, contract, date(2026, 3, 4), "car_seat", "Autostol", "1600", approval="B-7",
                             approved_amount="1600", approved_on=date(2026, 3, 1))
    got = expenses.get_expense(s, e.id)
    assert got.approved_amount == Decimal("1600") and got.approved_on == date(2026, 3, 1)
    r = places.add_route(s, "Til mor", "Hjem", "Mor", "20", approval="Aftalt 01.03")
    assert places.get_route(s, r.id).approval == "Aftalt 01.03"
    stays.add_stay(s, contract, datetime(2026, 3, 13, 14), datetime(2026, 3, 15, 17), StayStatus.SICK,
                   cancelled_at=datetime(2026, 3, 12, 9))
    out = tmp_path / "x.json"
    portable.export_file(s, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["trips"][0]["approval"] == "Aftalt med rådgiveren 01.03"
    (row,) = doc["expenses"]
    assert (row["approved_amount"], row["approved_on"]) == ("1600.00", "2026-03-01")
    assert doc["routes"][0]["approval"] == "Aftalt 01.03"
    assert doc["stays"][0]["status"] == "sick"


def test_an_approved_amount_needs_an_approval(s: Any, contract: str) -> None:
    with pytest.raises(ValidationError) as ei:
        expenses.add_expense(s, contract, date(2026, 3, 4), "car_seat", "Autostol", "1600",
                             approved_amount="1600")
    assert [p.field for p in ei.value.problems] == ["approval"]
    with pytest.raises(ValidationError) as ei:
        expenses.add_expense(s, contract, date(2026, 3, 4), "car_seat", "Autostol", "1600", approval="B",
                             approved_amount="tusind")
    assert [p.field for p in ei.value.problems] == ["approved_amount"]


def test_a_contract_without_a_vederlag_number_uses_the_usual_one_until_given(s: Any) -> None:
    children.add_child(s, "Ida", date(2016, 1, 1), id="ida")
    c = contracts.add_contract(s, "ida", "slagelse", date(2023, 1, 1), id="ida-k")
    assert contracts.get_contract(s, c.id).vederlag_count is None
    stays.add_stay(s, c.id, datetime(2023, 3, 3, 14), datetime(2023, 3, 5, 17))
    cm = overview.preview_month(s, 2023, 3).contracts[0]
    assert cm.vederlag.amount == Decimal("2156.00") and cm.vederlag.explanations[0].assumed
    contracts.update_contract(s, c.id, vederlag_count=5)
    cm = overview.preview_month(s, 2023, 3).contracts[0]
    assert cm.vederlag.amount == Decimal("1540.00") and not cm.vederlag.explanations[0].assumed
    assert contracts.usual_vederlag_count("morsoe") == (7, "morsoe-plejefamilier.md: Aflastning")
    assert contracts.usual_vederlag_count("haderslev") == (None, "")


def test_diary_cleanup_deletes_the_period_of_a_sent_status_report(s: Any, contract: str) -> None:
    child = contracts.get_contract(s, contract).child_id
    meetings.add_meeting(s, contract, datetime(2025, 10, 1, 10), id="m0")
    meetings.add_meeting(s, contract, datetime(2026, 3, 25, 10), id="m1")
    before = notes.add_note(s, child, date(2025, 9, 20), "Før perioden")
    inside = notes.add_note(s, child, date(2025, 12, 1), "Godt humør")
    meetings.save_draft(s, "m1", {"udvikling": "Trives"}, [inside.id])
    meetings.save_draft(s, "m0", {"udvikling": "Gammel"}, [before.id])
    e = expenses.add_expense(s, contract, date(2026, 1, 10), "activity", "Biograf", "100", approval="B-1")
    expenses.attach_bytes(s, e.id, "bon.png", _png())
    old = expenses.add_expense(s, contract, date(2025, 9, 10), "activity", "Zoo", "100", approval="B-1")
    expenses.attach_bytes(s, old.id, "zoo.png", _png())
    submissions.add_submission(s, "status_report", contract, "m1", date(2026, 3, 5))

    (d,) = [x for x in overview.deadlines(s, date(2026, 1, 1), date(2026, 12, 31))
            if x.kind == DeadlineKind.DIARY_CLEANUP]
    assert d.date == date(2026, 4, 5)
    plan = cleanup.plan(s, "m1")
    assert (plan.first, plan.last) == (date(2025, 10, 2), date(2026, 3, 25))
    assert plan.note_ids == (inside.id,) and plan.draft_meeting_ids == ("m1",)
    assert len(plan.attachment_ids) == 1
    cleanup.delete_period(s, "m1", date(2026, 3, 20))
    assert [n.id for n in notes.list_notes(s)] == [before.id]
    assert meetings.get_draft(s, "m1").updated_at is None
    assert meetings.get_draft(s, "m0").answers == {"udvikling": "Gammel"}  # outside the period: kept
    assert expenses.get_expense(s, e.id).attachments == ()
    assert len(expenses.get_expense(s, old.id).attachments) == 1
    assert [x for x in overview.deadlines(s, date(2026, 1, 1), date(2026, 12, 31))
            if x.kind == DeadlineKind.DIARY_CLEANUP] == []


def test_diary_cleanup_can_be_closed_by_keeping(s: Any, contract: str) -> None:
    meetings.add_meeting(s, contract, datetime(2026, 3, 25, 10), id="m1")
    child = contracts.get_contract(s, contract).child_id
    n = notes.add_note(s, child, date(2026, 1, 5), "Noter")
    submissions.add_submission(s, "status_report", contract, "m1", date(2026, 3, 5))
    cleanup.keep_period(s, "m1", date(2026, 3, 20))
    assert [x.id for x in notes.list_notes(s)] == [n.id]
    assert not [x for x in overview.deadlines(s, date(2026, 1, 1), date(2026, 12, 31))
                if x.kind == DeadlineKind.DIARY_CLEANUP]
