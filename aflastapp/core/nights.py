"""Counting døgn and deciding which are paid.

- **overnight** (hoteldøgn): one døgn for each calendar date d with start.date ≤ d < end.date; the
  døgn belongs to d. Fri 14:00 → Sun 17:00 = 2; Fri 14:00 → Mon 08:00 = 3; a daytime stay = 0.
- **noon_to_noon** (Nyborg): one døgn for each 12:00 instant t with start ≤ t < end, belonging to
  t's date; a stay that contains no 12:00 instant still counts 1 døgn, on the start date.

Status: planned and completed stays are paid. A stay cancelled because the family is ill
(``sick``) is not paid; where the rule set has ``sickness_new_stay`` (Haderslev) it carries the
warning to agree a new weekend and tell the adviser, elsewhere it is a cancellation like any
other. Where the rule set's cancellation policy is
``same_day_paid`` (Slagelse), a stay cancelled on its start day or later, or a no-show, is paid; one
cancelled a day or more before is not paid and a replacement stay is due. Where the handbook says
nothing, cancelled and no-show døgn are not paid, with warning ``cancellation_policy_unknown``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from aflastapp.core import messages
from aflastapp.core.models import (
    Child,
    CountingMethod,
    Explanation,
    NightDate,
    RuleWarning,
    Stay,
    StayStatus,
    WarningCode,
)
from aflastapp.core.rules import RuleSet

_ONE = timedelta(days=1)
_NOON = time(12, 0)


def count_nights(stay: Stay, method: CountingMethod | str) -> list[date]:
    """The dates of the stay's døgn under ``method`` (empty when the stay ends before it starts)."""
    start, end = stay.start, stay.end
    if end <= start:
        return []
    out: list[date] = []
    if CountingMethod(method) is CountingMethod.OVERNIGHT:
        d = start.date()
        last = end.date()
        while d < last:
            out.append(d)
            d += _ONE
        return out
    # noon to noon
    t = datetime.combine(start.date(), _NOON)
    if t < start:
        t += _ONE
    while t < end:
        out.append(t.date())
        t += _ONE
    return out or [start.date()]


def _count_explanation(method: CountingMethod, d: date, minimum: bool) -> messages.Later:
    if method is CountingMethod.OVERNIGHT:
        return messages.Later("why.overnight", date=d)
    if minimum:
        return messages.Later("why.noon_minimum", date=d)
    return messages.Later("why.noon_to_noon", date=d, next=d + _ONE)


def stay_paid(stay: Stay, rule_set: RuleSet) -> tuple[bool, Explanation, list[RuleWarning]]:
    """Whether the stay's døgn are paid under the rule set, why, and any warning about it."""
    status = StayStatus(stay.status)
    policy = rule_set.cancellation_policy
    contract = stay.contract_id
    start_day = stay.start.date()
    if status in (StayStatus.PLANNED, StayStatus.COMPLETED):
        why = messages.Later("why.planned" if status is StayStatus.PLANNED else "why.completed")
        return True, Explanation(why, rule_set.counting_method.source, rule_set.counting_method.assumed), []
    sick = rule_set.sickness_new_stay
    if status is StayStatus.SICK and sick is not None:
        values = messages.params(date=start_day, who=sick.value)
        msg = messages.Message("warning.sickness_new_stay", **dict(values))
        return False, Explanation(msg, sick.source), [
            RuleWarning(WarningCode.SICKNESS_NEW_STAY, msg, contract, start_day, sick.source, params=values)]
    if policy is None:
        code = {StayStatus.CANCELLED: "warning.policy_unknown_cancelled",
                StayStatus.SICK: "warning.policy_unknown_sick"}.get(status, "warning.policy_unknown_no_show")
        values = messages.params(date=start_day)
        msg = messages.Message(code, **dict(values))
        return False, Explanation(msg, "", True), [
            RuleWarning(WarningCode.CANCELLATION_POLICY_UNKNOWN, msg, contract, start_day, params=values,
                        text_code=code)]
    # same_day_paid (Slagelse)
    if status is StayStatus.NO_SHOW:
        return True, Explanation(messages.Later("why.no_show_paid"), policy.source), []
    cancelled = stay.cancelled_at
    if cancelled is not None and cancelled.date() >= start_day:
        return True, Explanation(messages.Later("why.cancelled_same_day", date=cancelled.date()),
                                 policy.source), []
    if cancelled is not None:
        code, values = "warning.replacement_stay_due", messages.params(date=start_day,
                                                                       cancelled=cancelled.date())
    else:
        code, values = "warning.replacement_stay_due_undated", messages.params(date=start_day)
    msg = messages.Message(code, **dict(values))
    return False, Explanation(msg, policy.source), [
        RuleWarning(WarningCode.REPLACEMENT_STAY_DUE, msg, contract, start_day, policy.source, params=values,
                    text_code=code)]


def night_dates(stay: Stay, rule_set: RuleSet, child: Child | None = None) -> list[NightDate]:
    """Every døgn of the stay, paid or not, each with its explanation."""
    return night_dates_paid(stay, rule_set, stay_paid(stay, rule_set))


def night_dates_paid(stay: Stay, rule_set: RuleSet,
                     paid_why: tuple[bool, Explanation, list[RuleWarning]]) -> list[NightDate]:
    """:func:`night_dates` given the stay's :func:`stay_paid` result (the engine needs both)."""
    method = rule_set.counting_method.value
    dates = count_nights(stay, method)
    if not dates:
        return []
    paid, why, _ = paid_why
    minimum = (method is CountingMethod.NOON_TO_NOON and len(dates) == 1
               and not _contains_noon(stay))
    status = StayStatus(stay.status)
    counted = status in (StayStatus.PLANNED, StayStatus.COMPLETED)
    source = why.source or rule_set.counting_method.source
    assumed = why.assumed or rule_set.counting_method.assumed
    out: list[NightDate] = []
    for d in dates:
        text = _count_explanation(method, d, minimum)
        if not counted:
            text = messages.Later("why.join", first=text, then=why.what)
        out.append(NightDate(date=d, stay_id=stay.id, paid=paid, status=status,
                             explanation=Explanation(text, source, assumed)))
    return out


def _contains_noon(stay: Stay) -> bool:
    t = datetime.combine(stay.start.date(), _NOON)
    if t < stay.start:
        t += _ONE
    return t < stay.end


def age_on(birth: date, d: date) -> int:
    """Completed years on ``d`` (a child born 29 Feb turns a year older on 1 March in other years)."""
    years = d.year - birth.year
    if (d.month, d.day) < (birth.month, birth.day):
        years -= 1
    return years
