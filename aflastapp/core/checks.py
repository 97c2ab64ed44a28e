"""Warnings for a stay as the family types it: overlap with another stay of the same child, over the
month's cap (Slagelse 14; Nyborg by age), a placement (Nyborg 15+), and a stay that is too long."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from aflastapp.core import messages as msg
from aflastapp.core.models import DiarySnapshot, RuleWarning, Stay, StayStatus, WarningCode
from aflastapp.core.money import format_date
from aflastapp.core.nights import age_on, count_nights, stay_paid
from aflastapp.core.rules import load_rule_set


def _occupies(stay: Stay) -> bool:
    return StayStatus(stay.status) is not StayStatus.CANCELLED


def check_stay(snapshot: DiarySnapshot, stay: Stay) -> list[RuleWarning]:
    """Rule warnings for ``stay`` against the rest of the diary (a stay with the same id is replaced)."""
    contracts = {c.id: c for c in snapshot.contracts}
    contract = contracts.get(stay.contract_id)
    if contract is None:
        return []
    rs = load_rule_set(contract.municipality)
    child = next((c for c in snapshot.children if c.id == contract.child_id), None)
    same_child = {c.id for c in snapshot.contracts if c.child_id == contract.child_id}
    others = [s for s in snapshot.stays if s.id != stay.id and s.contract_id in same_child]
    out: list[RuleWarning] = []

    if _occupies(stay):
        for other in sorted(others, key=lambda s: s.start):
            if _occupies(other) and other.start < stay.end and stay.start < other.end:
                span = (f"{format_date(other.start.date())} {other.start:%H:%M} – "
                        f"{format_date(other.end.date())} {other.end:%H:%M}")
                values = msg.params(other=span)
                out.append(RuleWarning(
                    WarningCode.STAY_OVERLAP, msg.text("warning.stay_overlap", values),
                    stay.contract_id, stay.start.date(), params=values))

    method = rs.counting_method.value
    nights = count_nights(stay, method)
    if rs.max_stay_nights is not None and len(nights) > rs.max_stay_nights.value:
        values = msg.params(nights=len(nights), municipality=rs.name, most=rs.max_stay_nights.value)
        out.append(RuleWarning(
            WarningCode.STAY_TOO_LONG, msg.text("warning.stay_too_long", values), stay.contract_id,
            stay.start.date(), rs.max_stay_nights.source, params=values))

    paid, _, warns = stay_paid(stay, rs)
    out.extend(warns)
    if not paid or not nights:
        return out
    # paid døgn per month of this child under the same rules, with this stay included
    per_month: dict[tuple[int, int], set[date]] = defaultdict(set)
    same_rules = {c.id for c in snapshot.contracts
                  if c.child_id == contract.child_id and c.municipality == contract.municipality}
    for other in others:
        if other.contract_id not in same_rules:
            continue
        if not stay_paid(other, rs)[0]:
            continue
        for d in count_nights(other, method):
            per_month[(d.year, d.month)].add(d)
    mine: dict[tuple[int, int], set[date]] = defaultdict(set)
    for d in nights:
        mine[(d.year, d.month)].add(d)
    for (y, m), days in sorted(mine.items()):
        total = len(per_month[(y, m)] | days)
        cap = None
        if rs.age_caps is not None:
            if child is not None:
                cap = rs.cap_for_age(age_on(child.birth_date, date(y, m, 1)))
        else:
            cap = rs.monthly_cap
        if cap is not None and total > cap.value:
            values = msg.params(nights=total, period=f"{y:04d}-{m:02d}", municipality=rs.name, most=cap.value)
            out.append(RuleWarning(
                WarningCode.MAX_NIGHTS_EXCEEDED, msg.text("warning.max_nights_exceeded", values),
                stay.contract_id, date(y, m, 1), cap.source, params=values))
        pt = rs.placement_threshold
        if pt is not None and total >= pt.value:
            values = msg.params(nights=total, period=f"{y:04d}-{m:02d}", most=pt.value)
            out.append(RuleWarning(
                WarningCode.PLACEMENT_THRESHOLD, msg.text("warning.placement_threshold", values),
                stay.contract_id, date(y, m, 1), pt.source, params=values))
    return out


__all__ = ["check_stay"]
