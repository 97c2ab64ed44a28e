"""What the Udlæg view shows beside each expense: its status and the engine's warnings.

The status follows from data the diary already holds: an expense without an approval
reference (bevilling) cannot be claimed; one covered by a generated expense claim
(udlægsseddel) for its contract and period is claimed; one covered by a sent claim (a
submission) is sent. The warnings (missing approval, over a municipality's cap) are the core
engine's, from the month preview: nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from aflastapp.core.errors import ValidationError
from aflastapp.core.models import DocumentKind, Expense, RuleWarning, WarningCode
from aflastapp.core.periods import parse_period
from aflastapp.services._base import db, rows

if TYPE_CHECKING:
    from aflastapp.services.session import Session

EXPENSE_WARNINGS = (WarningCode.EXPENSE_WITHOUT_APPROVAL, WarningCode.EXPENSE_OVER_CAP,
                    WarningCode.EXPENSE_NOT_GRANTED, WarningCode.EXPENSE_BELOW_AGE,
                    WarningCode.EXPENSE_APPROVED_AFTER_PURCHASE, WarningCode.EXPENSE_NOT_WHOLE_UNITS)


class ExpenseStatus(StrEnum):
    MISSING_APPROVAL = "missing_approval"  # no bevilling: not reimbursed
    READY = "ready"  # approved, not in a claim yet
    CLAIMED = "claimed"  # in a generated udlægsseddel, not sent yet
    SENT = "sent"  # the claim covering it was sent


def _covers(periods: Iterable[tuple[str | None, str]], contract_id: str, day: date) -> bool:
    for cid, period in periods:
        if cid not in (None, contract_id):
            continue
        try:
            start, end = parse_period(period)
        except ValidationError:
            continue  # e.g. a meeting id: not an expense period
        if start <= day <= end:
            return True
    return False


def expense_statuses(s: Session, expenses: Iterable[Expense]) -> dict[str, ExpenseStatus]:
    """expense id → status, for the expenses given (typically the visible month's)."""
    d = db(s)
    kind = DocumentKind.EXPENSE_CLAIM.value
    sent = [(r["contract_id"], r["period"]) for r in rows(
        d, "SELECT contract_id, period FROM submissions WHERE kind = ?", [kind])]
    claimed = [(r["contract_id"], r["period"]) for r in rows(
        d, "SELECT contract_id, period FROM documents WHERE kind = ?", [kind])]
    out: dict[str, ExpenseStatus] = {}
    for e in expenses:
        if not e.approval.strip():
            out[e.id] = ExpenseStatus.MISSING_APPROVAL
        elif _covers(sent, e.contract_id, e.date):
            out[e.id] = ExpenseStatus.SENT
        elif _covers(claimed, e.contract_id, e.date):
            out[e.id] = ExpenseStatus.CLAIMED
        else:
            out[e.id] = ExpenseStatus.READY
    return out


def expense_warnings(s: Session, year: int, month: int, contract_id: str | None = None) -> list[RuleWarning]:
    """The engine's expense warnings for a month (missing approval, over a cap)."""
    from aflastapp.services.overview import preview_month

    preview = preview_month(s, year, month, contract_id)
    return [w for cm in preview.contracts for w in cm.warnings if w.code in EXPENSE_WARNINGS]
