"""Rows ↔ models: the one place that knows how a dataclass is stored in a table.

Conventions (see ``storage/schema.py``): money and km are TEXT decimals, dates ISO TEXT,
instants ``YYYY-MM-DDTHH:MM``, lists JSON TEXT.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from aflastapp.core.models import (
    Attachment,
    Child,
    Contract,
    Expense,
    ExpenseCategory,
    ExportedFile,
    KLRate,
    Meeting,
    MileageRate,
    Note,
    Payment,
    Stay,
    StayStatus,
    Submission,
    Trip,
)

Row = Mapping[str, Any]

# --------------------------------------------------------------------------- scalars


def d2s(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def s2d(s: str | None) -> date | None:
    return None if not s else date.fromisoformat(s)


def dt2s(dt: datetime | None) -> str | None:
    return None if dt is None else dt.strftime("%Y-%m-%dT%H:%M")


def s2dt(s: str | None) -> datetime | None:
    return None if not s else datetime.fromisoformat(s)


def dec2s(v: Decimal | None) -> str | None:
    """A decimal as stored and exported: plain notation with a dot, never exponent."""
    if v is None:
        return None
    text = format(v, "f")
    return "0" if text in ("-0", "") else text


def s2dec(s: str | None) -> Decimal | None:
    return None if s is None or s == "" else Decimal(s)


def money2s(v: Decimal | None) -> str | None:
    """Money with exactly two decimals ("1036.00")."""
    return None if v is None else dec2s(v.quantize(Decimal("0.01")))


def list2s(items: tuple[str, ...] | list[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def s2list(s: str | None) -> tuple[str, ...]:
    if not s or s == "[]":  # most rows: no JSON parse for the empty list
        return ()
    return tuple(json.loads(s))


# --------------------------------------------------------------------------- entities


def child_to_row(c: Child) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "birth_date": d2s(c.birth_date)}


def child_from_row(r: Row) -> Child:
    bd = s2d(r["birth_date"])
    assert bd is not None
    return Child(id=r["id"], name=r["name"] or "", birth_date=bd)


def contract_to_row(c: Contract) -> dict[str, Any]:
    return {
        "id": c.id,
        "child_id": c.child_id,
        "municipality": c.municipality,
        "start": d2s(c.start),
        "end": d2s(c.end),
        "vederlag_count": c.vederlag_count,
        "child_ordinal": c.child_ordinal,
        "caseworker": c.caseworker,
        "consultant": c.consultant,
        "terminated_on": d2s(c.terminated_on),
        "case_reference": c.case_reference,
    }


def contract_from_row(r: Row) -> Contract:
    start = s2d(r["start"])
    assert start is not None
    return Contract(
        id=r["id"],
        child_id=r["child_id"],
        municipality=r["municipality"],
        start=start,
        end=s2d(r["end"]),
        vederlag_count=None if r["vederlag_count"] is None else int(r["vederlag_count"]),
        child_ordinal=int(r["child_ordinal"] or 1),
        caseworker=r["caseworker"] or "",
        consultant=r["consultant"] or "",
        terminated_on=s2d(r["terminated_on"]),
        case_reference=r.get("case_reference") or "",
    )


def stay_to_row(s: Stay) -> dict[str, Any]:
    return {
        "id": s.id,
        "contract_id": s.contract_id,
        "start": dt2s(s.start),
        "end": dt2s(s.end),
        "status": str(s.status),
        "cancelled_at": dt2s(s.cancelled_at),
        "note": s.note,
    }


def stay_from_row(r: Row) -> Stay:
    start, end = s2dt(r["start"]), s2dt(r["end"])
    assert start is not None and end is not None
    return Stay(
        id=r["id"],
        contract_id=r["contract_id"],
        start=start,
        end=end,
        status=StayStatus(r["status"]),
        cancelled_at=s2dt(r["cancelled_at"]),
        note=r["note"] or "",
    )


def trip_to_row(t: Trip) -> dict[str, Any]:
    return {
        "id": t.id,
        "date": d2s(t.date),
        "purpose": t.purpose,
        "from_place": t.from_place,
        "via": list2s(t.via),
        "to_place": t.to_place,
        "km": dec2s(t.km),
        "approval": t.approval,
    }


def trip_from_values(r: tuple[Any, ...] | list[Any], contract_ids: tuple[str, ...]) -> Trip:
    """A trip from ``(id, date, purpose, from_place, via, to_place, km, approval)`` as selected in order."""
    id_, d, purpose, from_place, via, to_place, km, approval = r
    return Trip(
        id=id_,
        contract_ids=contract_ids,
        date=date.fromisoformat(d),
        purpose=purpose or "",
        from_place=from_place or "",
        to_place=to_place or "",
        km=Decimal(km),
        via=s2list(via),
        approval=approval or "",
    )


def expense_to_row(e: Expense) -> dict[str, Any]:
    return {
        "id": e.id,
        "contract_id": e.contract_id,
        "date": d2s(e.date),
        "category": str(e.category),
        "description": e.description,
        "amount": dec2s(e.amount),
        "approval": e.approval,
        "approved_amount": dec2s(e.approved_amount) if e.approved_amount is not None else None,
        "approved_on": d2s(e.approved_on),
    }


def expense_from_row(r: Row, attachments: tuple[Attachment, ...] = ()) -> Expense:
    d = s2d(r["date"])
    amount = s2dec(r["amount"])
    assert d is not None and amount is not None
    return Expense(
        id=r["id"],
        contract_id=r["contract_id"],
        date=d,
        category=ExpenseCategory(r["category"]),
        description=r["description"] or "",
        amount=amount,
        approval=r["approval"] or "",
        attachments=attachments,
        approved_amount=s2dec(r.get("approved_amount")),
        approved_on=s2d(r.get("approved_on")),
    )


def attachment_from_row(r: Row, with_data: bool = True) -> Attachment:
    return Attachment(
        name=r["name"] or "",
        media_type=r["media_type"] or "",
        data=bytes(r["data"]) if with_data and r.get("data") is not None else b"",
        id=r["id"],
    )


def note_to_row(n: Note) -> dict[str, Any]:
    return {
        "id": n.id,
        "child_id": n.child_id,
        "date": d2s(n.date),
        "text": n.text,
        "tags": list2s(n.tags),
        "interpretation": n.interpretation,
    }


def note_from_row(r: Row) -> Note:
    d = s2d(r["date"])
    assert d is not None
    return Note(
        id=r["id"],
        child_id=r["child_id"],
        date=d,
        text=r["text"] or "",
        tags=s2list(r["tags"]),
        interpretation=r["interpretation"] or "",
    )


def meeting_to_row(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "contract_id": m.contract_id,
        "kind": m.kind,
        "at": dt2s(m.at),
        "report_due": d2s(m.report_due),
    }


def meeting_from_row(r: Row) -> Meeting:
    at = s2dt(r["at"])
    assert at is not None
    return Meeting(
        id=r["id"],
        contract_id=r["contract_id"],
        at=at,
        kind=r["kind"] or "status",
        report_due=s2d(r["report_due"]),
    )


def submission_to_row(s: Submission) -> dict[str, Any]:
    row: dict[str, Any] = {
        "kind": s.kind,
        "contract_id": s.contract_id,
        "period": s.period,
        "sent": d2s(s.sent),
        "channel": s.channel,
    }
    if s.id is not None:
        row["id"] = s.id
    return row


def submission_from_row(r: Row) -> Submission:
    sent = s2d(r["sent"])
    assert sent is not None
    return Submission(
        kind=r["kind"],
        contract_id=r["contract_id"],
        period=r["period"],
        sent=sent,
        channel=r["channel"] or "",
        id=r["id"],
    )


def exported_file_from_row(r: Row) -> ExportedFile:
    on = s2d(r["exported_on"])
    assert on is not None
    return ExportedFile(
        id=r["id"],
        kind=r["kind"] or "",
        contract_id=r["contract_id"],
        period=r["period"] or "",
        path=r["path"],
        exported_on=on,
        deleted_on=s2d(r["deleted_on"]),
    )


KL_FIELDS = (
    "vederlag_per_day_exact",
    "vederlag_per_day",
    "kost_logi_under_10",
    "kost_logi_10_plus",
    "kost_logi_third_child",
)
MILEAGE_FIELDS = ("low_per_km", "high_per_km")


def kl_to_row(r: KLRate) -> dict[str, Any]:
    values = {f: dec2s(getattr(r, f)) for f in KL_FIELDS if getattr(r, f) is not None}
    return {
        "table_name": "kl",
        "valid_from": d2s(r.valid_from),
        "values_json": json.dumps(values),
        "source": r.source,
    }


def mileage_to_row(r: MileageRate) -> dict[str, Any]:
    values = {f: dec2s(getattr(r, f)) for f in MILEAGE_FIELDS if getattr(r, f) is not None}
    return {
        "table_name": "mileage",
        "valid_from": d2s(r.valid_from),
        "values_json": json.dumps(values),
        "source": r.source,
    }


def override_from_row(r: Row) -> KLRate | MileageRate:
    values = json.loads(r["values_json"] or "{}")
    valid_from = s2d(r["valid_from"])
    assert valid_from is not None
    decs = {k: Decimal(v) for k, v in values.items()}
    if r["table_name"] == "kl":
        return KLRate(valid_from=valid_from, source=r["source"] or "", override=True, **decs)
    return MileageRate(valid_from=valid_from, source=r["source"] or "", override=True, **decs)


# --------------------------------------------------------------------------- payments (issue 14)

PAYMENT_MONEY = ("vederlag", "kost_logi", "mileage", "expenses", "holiday_pay")


def payment_to_row(p: Payment) -> dict[str, Any]:
    row: dict[str, Any] = {"id": p.id, "contract_id": p.contract_id, "period": p.period,
                           "paid_on": d2s(p.paid_on)}
    row.update({f: money2s(getattr(p, f)) for f in PAYMENT_MONEY})
    return row


def payment_from_row(r: Row) -> Payment:
    paid_on = s2d(r["paid_on"])
    assert paid_on is not None
    return Payment(id=r["id"], contract_id=r["contract_id"], period=r["period"], paid_on=paid_on,
                   **{f: s2dec(r[f]) for f in PAYMENT_MONEY})
