"""What the municipality paid (from the payslip or the bank), and the check against its own rules.

A payment belongs to one contract and one month of care (``period``, "2026-03"); a field left out
was not stated on the payslip. ``paycheck`` compares the month's preview with the payments
(see ``core/paycheck.py``); an underpayment is a reminder among the deadlines until the family
marks it settled (a submission of kind ``underpayment``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import PAYMENT_FIELDS, DeadlineKind, Payment, Submission
from aflastapp.core.paycheck import PayCheck, check_month, letter_text
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, db, new_id, not_found, one, rows, write
from aflastapp.services.validation import MAX_AMOUNT, Problems, check_changes

if TYPE_CHECKING:
    from aflastapp.services.session import Session

FIELDS = ("contract_id", "period", "paid_on", *PAYMENT_FIELDS)
__all__ = ["PAYMENT_FIELDS", "add_payment", "delete_payment", "get_payment", "list_payments", "paycheck",
           "update_payment"]
PERIOD_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

# Labels as on the payslip (field problems name them).
LABELS: dict[str, str] = {
    "vederlag": "Vederlag",
    "kost_logi": "Kost og logi",
    "mileage": "Kørselsgodtgørelse",
    "expenses": "Udlæg",
    "holiday_pay": "Feriepenge",
}


def check_period(p: Problems, field: str, value: Any, label: str = "Måned") -> str | None:
    """A month of care "ÅÅÅÅ-MM" between 2000 and 2100."""
    if not isinstance(value, str) or not PERIOD_RE.match(value):
        p.add(field, "problem.bad_month", label=label, value=repr(value))
        return None
    if not 2000 <= int(value[:4]) <= 2100:
        p.add(field, "problem.year_range", label=label, first=2000, last=2100)
        return None
    return value


def build(p: Problems, lk: Lookup, *, id: str | None, contract_id: Any, period: Any, paid_on: Any,
          new: bool = True, **amounts: Any) -> Payment | None:
    before = len(p.items)
    unknown = [k for k in amounts if k not in PAYMENT_FIELDS]
    for k in unknown:
        p.add(k, "problem.unknown_field", value=k)
    pid = new_id("b") if id is None else p.ident("id", id)
    if new and pid is not None and lk.id_taken("payments", pid):
        p.add("id", "problem.exists", thing="Udbetalingen", id=pid)
    if not isinstance(contract_id, str) or lk.contract(contract_id) is None:
        p.add("contract_id", "problem.not_found", thing="Aftalen", id=contract_id)
    pe = check_period(p, "period", period)
    paid = p.date("paid_on", paid_on, "Udbetalt den")
    values = {f: p.decimal(f, amounts.get(f), LABELS[f], places=2, maximum=MAX_AMOUNT, required=False)
              for f in PAYMENT_FIELDS}
    if len(p.items) > before or pid is None or pe is None or paid is None:
        return None
    assert isinstance(contract_id, str)
    return Payment(id=pid, contract_id=contract_id, period=pe, paid_on=paid, **values)


def list_payments(s: Session, contract_id: str | None = None, period: str | None = None) -> list[Payment]:
    where, params = ["1=1"], []
    for cond, val in (("contract_id = ?", contract_id), ("period = ?", period)):
        if val is not None:
            where.append(cond)
            params.append(val)
    return [m.payment_from_row(r) for r in rows(
        db(s), f"SELECT * FROM payments WHERE {' AND '.join(where)} ORDER BY period, paid_on, id", params)]


def get_payment(s: Session, id: str) -> Payment:
    r = one(db(s), "payments", id)
    if r is None:
        raise not_found("id", "Udbetalingen", id)
    return m.payment_from_row(r)


def add_payment(s: Session, contract_id: str, period: str, paid_on: date | str, id: str | None = None,
                **amounts: Any) -> Payment:
    """Record a payment: all fields are checked first; nothing is written if one is wrong."""
    with write(s) as d:
        p = Problems()
        pay = build(p, Lookup(d), id=id, contract_id=contract_id, period=period, paid_on=paid_on,
                    **amounts)
        p.raise_if_any()
        assert pay is not None
        d.table("payments").insert(m.payment_to_row(pay))
        return pay


def update_payment(s: Session, id: str, **changes: Any) -> Payment:
    check_changes(changes, FIELDS)
    with write(s) as d:
        old = get_payment(s, id)
        fields = {k: getattr(old, k) for k in FIELDS} | changes
        p = Problems()
        pay = build(p, Lookup(d), id=id, new=False, **fields)
        p.raise_if_any()
        assert pay is not None
        d.table("payments").update(id, m.payment_to_row(pay))
        return pay


def delete_payment(s: Session, id: str) -> Payment:
    with write(s) as d:
        old = get_payment(s, id)
        d.table("payments").delete(id)
        return old


# --------------------------------------------------------------------------- the check


def paycheck(s: Session, year: int, month: int, contract_id: str | None = None,
             today: date | None = None) -> list[PayCheck]:
    """Expected against paid for every contract of the month (or one): see ``core/paycheck.py``."""
    from aflastapp.services import overview

    overview.check_month(year, month)
    overview.check_contract(s, contract_id)
    return check_month(overview.snapshot(s), year, month, today or date.today(), contract_id)


def paycheck_range(s: Session, first: tuple[int, int], months: int,
                   today: date | None = None) -> list[list[PayCheck]]:
    """``paycheck`` for ``months`` consecutive months from ``first`` (the Udbetalinger view, the year)."""
    from aflastapp.services import overview

    snap = overview.snapshot(s)
    today = today or date.today()
    y, mo = first
    out = []
    for _ in range(months):
        out.append(check_month(snap, y, mo, today))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def defaults(s: Session, contract_id: str, period: str) -> dict[str, Any]:
    """What a new payment's dialog starts with: the preview's figures (the family corrects what
    differs) and the first day of the payment month."""
    p = Problems()
    pe = check_period(p, "period", period)
    p.raise_if_any()
    assert pe is not None
    checks = paycheck(s, int(pe[:4]), int(pe[5:]), contract_id)
    out: dict[str, Any] = {"contract_id": contract_id, "period": pe}
    if checks:
        c = checks[0]
        out.update({f: c.expected[f] for f in PAYMENT_FIELDS})
        out["paid_on"] = date(*c.payment_month, 1)
    return out


def letter(s: Session, contract_id: str, period: str, today: date | None = None) -> str:
    """The letter text for an underpaid month, ready to copy (names of child and family included:
    the family sends it to the municipality by secure post)."""
    from aflastapp.services import children, contracts, family, overview

    p = Problems()
    pe = check_period(p, "period", period)
    p.raise_if_any()
    assert pe is not None
    checks = paycheck(s, int(pe[:4]), int(pe[5:]), contract_id, today)
    if not checks or not checks[0].shortfall:
        raise ValidationError(problem("period", "problem.nothing_short", period=pe))
    c = contracts.get_contract(s, contract_id)
    child = next((x.name for x in children.list_children(s) if x.id == c.child_id), "")
    rs = overview.rule_set(c.municipality)
    return letter_text(checks[0], rs.name, child=child, family=family.get_family(s).name)


def settle(s: Session, contract_id: str, period: str, on: date | str | None = None,
           note: str = "") -> Submission:
    """The family marks an underpayment settled (paid after all, or explained): the reminder goes."""
    from aflastapp.services import submissions

    p = Problems()
    check_period(p, "period", period)
    p.raise_if_any()
    return submissions.add_submission(s, DeadlineKind.UNDERPAYMENT, contract_id, period,
                                      on or date.today(), note)


def unsettle(s: Session, contract_id: str, period: str) -> None:
    """Undo ``settle``: the reminder shows again."""
    from aflastapp.services import submissions

    for sub in submissions.list_submissions(s, contract_id, str(DeadlineKind.UNDERPAYMENT)):
        if sub.period == period and sub.id is not None:
            submissions.delete_submission(s, sub.id)
