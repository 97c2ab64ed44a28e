"""Deadlines: what the family must send or do, by when, and what happens if it is missed.

Each deadline has a date, a kind, the contract, a severity (``forfeit`` = the money is lost,
``required``, ``reminder``), a Danish title, the source passage, ``assumed`` when the date rests on
the family's settings rather than the handbook, and ``done`` when a matching submission is recorded
(same kind and contract, and a period that covers the deadline's; status reports match the meeting id).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import TypedDict

from aflastapp.core import messages as msg
from aflastapp.core.calendar import working_days_before
from aflastapp.core.earnings import contract_age_end, index_for, notice, notice_end
from aflastapp.core.models import (
    DOCUMENT_TITLES,
    Child,
    Contract,
    Deadline,
    DeadlineKind,
    DiarySnapshot,
    Expense,
    ExportedFile,
    Meeting,
    Severity,
    StayStatus,
    Submission,
)
from aflastapp.core.periods import add_months, month_end, next_month, parse_period, period_label
from aflastapp.core.rules import SETTINGS_SOURCE, DueDay, RuleSet

_STATUS_KINDS = ("status", "statusmøde", "opfølgning", "opfølgningsmøde")
_SUPERVISION_KINDS = ("supervision", "supervisionsmøde")


def due_in_month(year: int, month: int, day: DueDay) -> date:
    """The due day in a month: a day number, clipped to the month's end, or "last"."""
    end = month_end(year, month)
    if day == "last":
        return end
    return date(year, month, min(int(day), end.day))


def _after_period(period_end: date, day: DueDay) -> date:
    y, m = next_month(period_end.year, period_end.month)
    return due_in_month(y, m, day)


class _Done:
    """Which (kind, contract) have been submitted for which periods.

    Built once per computation: the exact periods per (kind, contract) in a set (the usual match,
    tested first in O(1)), and the parsed ranges per key for a covering period (a quarter covering
    a month, a year covering a quarter).
    """

    def __init__(self, submissions: tuple[Submission, ...]) -> None:
        self._exact: set[tuple[str, str | None, str]] = set()
        self._ranges: dict[tuple[str, str | None], list[tuple[date, date]]] = defaultdict(list)
        for sub in submissions:
            key = (str(sub.kind), sub.contract_id)
            self._exact.add((*key, sub.period))
            try:
                self._ranges[key].append(parse_period(sub.period))
            except ValueError:
                pass

    def covers(self, kind: DeadlineKind, contract_id: str | None, period: str) -> bool:
        key = (str(kind), contract_id)
        if (*key, period) in self._exact:
            return True
        ranges = self._ranges.get(key)
        if not ranges:
            return False
        try:
            start, end = parse_period(period)
        except ValueError:
            return False
        return any(s <= start and end <= e for s, e in ranges)


def _status_reports(s: DiarySnapshot, contracts: dict[str, Contract],
                    rs: dict[str, RuleSet]) -> list[Deadline]:
    out: list[Deadline] = []
    for mt in s.meetings:
        if mt.contract_id not in contracts or mt.kind.strip().lower() not in _STATUS_KINDS:
            continue
        rule = rs[mt.contract_id].status_lead(s.settings)
        meeting_day = mt.at.date()
        notify = rs[mt.contract_id].status_report_notify
        values: dict[str, object] = {}
        if mt.report_due is not None:
            due, assumed = mt.report_due, False
            source = "Sagsbehandlerens indkaldelse (frist angivet ved mødet)"
            dcode = "detail.status_due_letter"
        else:
            due = working_days_before(meeting_day, rule.value, s.settings)
            source, assumed = rule.source, rule.assumed
            dcode, values["days"] = "detail.status_due", rule.value
        if notify is not None:
            dcode += "_notify"
            values.update(who=notify.value, source=notify.source)
        dparams = msg.params(**values)
        out.append(Deadline(
            date=due, kind=DeadlineKind.STATUS_REPORT, contract_id=mt.contract_id, severity=Severity.REQUIRED,
            title=msg.text("deadline.status_report", msg.params(date=meeting_day)), source=source,
            assumed=assumed, period=mt.id, detail=msg.text(dcode, dparams), code="deadline.status_report",
            params=msg.params(date=meeting_day), detail_code=dcode, detail_params=dparams))
    return out


def _monthly(kind: DeadlineKind, cid: str, months: set[tuple[int, int]], day_rule: tuple[DueDay, str, bool],
             severity: Severity, code: str, window: tuple[date, date]) -> list[Deadline]:
    """One deadline per month, due the month after; only those dated within ``window``."""
    day, source, assumed = day_rule
    first, last = window
    out = []
    for y, m in sorted(months):
        # due in the next month: months ending before first's previous month cannot be in the window
        if (y, m) < _month_before(first) or (y, m) >= (last.year, last.month):
            continue
        due = _after_period(month_end(y, m), day)
        if not first <= due <= last:
            continue
        out.append(Deadline(
            date=due, kind=kind, contract_id=cid, severity=severity,
            title=msg.text(code, msg.params(period=f"{y:04d}-{m:02d}")), source=source, assumed=assumed,
            period=f"{y:04d}-{m:02d}", code=code, params=msg.params(period=f"{y:04d}-{m:02d}")))
    return out


def _month_before(d: date) -> tuple[int, int]:
    return (d.year - 1, 12) if d.month == 1 else (d.year, d.month - 1)


def compute_deadlines(snapshot: DiarySnapshot, start: date, end: date, today: date,
                      include_done: bool = False) -> list[Deadline]:
    """Every deadline dated within [start, end], by date; done ones only with ``include_done``.

    ``today`` marks overdue deadlines in ``detail`` ("Fristen er overskredet").
    """
    s = snapshot
    idx = index_for(s)
    contracts = idx.contracts
    rsets = idx.rule_sets
    children: dict[str, Child] = idx.children
    settings = s.settings
    window = (start, end)
    found: list[Deadline] = []

    found += _status_reports(s, contracts, rsets)

    for cid, c in contracts.items():
        rs = rsets[cid]
        # nights report: each month with paid døgn
        nights_months = {(y, m) for (k, y, m), nds in idx.nights.items()
                         if k == cid and any(n.paid for n in nds)}
        due = rs.nights_due_day(settings)
        src = due.source
        if due.assumed and rs.nights_report_period is not None:
            src = f"{rs.nights_report_period.source}; frist: {SETTINGS_SOURCE}"
        found += _monthly(DeadlineKind.NIGHTS_REPORT, cid, nights_months, (due.value, src, due.assumed),
                          Severity.REQUIRED, "deadline.nights_report", window)

        # driving report: each month/quarter with trips
        trip_months = {(y, m) for (k, y, m), trips in idx.trips.items() if k == cid and trips}
        period_rule = rs.driving_period()
        day_rule = rs.driving_due_day(settings)
        sev_rule = rs.driving_severity()
        assumed = period_rule.assumed or day_rule.assumed
        source = day_rule.source if not day_rule.assumed else (
            f"{period_rule.source}; frist: {SETTINGS_SOURCE}" if not period_rule.assumed else day_rule.source)
        periods: set[str] = set()
        for y, m in trip_months:
            quarterly = period_rule.value == "quarter"
            periods.add(f"{y:04d}-Q{(m - 1) // 3 + 1}" if quarterly else f"{y:04d}-{m:02d}")
        limit = rs.driving_report_max_unreported_months
        ye = rs.year_end_documentation_due
        for period in sorted(periods):
            _, p_end = parse_period(period)
            due_date = _after_period(p_end, day_rule.value)
            latest = (due_in_month(*_month_plus(p_end, limit.value), day_rule.value)
                      if limit is not None else None)
            if ye is not None:
                # Randers: the previous year is documented by 5 January, driving included
                year_end = date(p_end.year + 1, ye.value.month, ye.value.day)
                due_date = min(due_date, year_end)
                if latest is not None:
                    latest = min(latest, year_end)
            if start <= due_date <= end:
                dcode, dparams = "", msg.params()
                if sev_rule.value == Severity.FORFEIT:
                    dcode = "detail.driving_forfeit"
                if limit is not None and latest is not None and latest != due_date:
                    dcode = "detail.driving_limit"
                    dparams = msg.params(months=limit.value, period=period, date=latest)
                found.append(Deadline(
                    date=due_date, kind=DeadlineKind.DRIVING_REPORT, contract_id=cid,
                    severity=sev_rule.value,
                    title=msg.text("deadline.driving_report", msg.params(period=period)),
                    source=source, assumed=assumed, period=period,
                    detail=msg.text(dcode, dparams) if dcode else "",
                    code="deadline.driving_report", params=msg.params(period=period),
                    detail_code=dcode, detail_params=dparams))
            # the latest allowed date (Randers: never more than two months unreported), a deadline of
            # its own unless it is the regular one; a submission for the period marks both done
            if limit is not None and latest is not None and latest != due_date and start <= latest <= end:
                found.append(Deadline(
                    date=latest, kind=DeadlineKind.DRIVING_REPORT, contract_id=cid,
                    severity=Severity.REQUIRED,
                    title=msg.text("deadline.driving_last_chance", msg.params(period=period, date=latest)),
                    code="deadline.driving_last_chance", params=msg.params(period=period, date=latest),
                    source=limit.source, assumed=limit.assumed, period=period,
                    **_detail("detail.driving_last_chance", months=limit.value, date=due_date)))

        # expense claims: months with approved expenses
        approved = [e for (k, _, _), exps in idx.expenses.items() if k == cid
                    for e in exps if e.approval.strip()]
        exp_months = {(e.date.year, e.date.month) for e in approved}
        exp_rule = rs.expense_due_day(settings)
        found += _monthly(DeadlineKind.EXPENSE_CLAIM, cid, exp_months,
                          (exp_rule.value, exp_rule.source, exp_rule.assumed), Severity.REQUIRED,
                          "deadline.expense_claim", window)

        # year-end documentation (Randers: by 5 January, for the year's expenses and driving)
        if ye is not None:
            for year in sorted({y for y, _ in exp_months} | {y for y, _ in trip_months}):
                found.append(Deadline(
                    date=date(year + 1, ye.value.month, ye.value.day),
                    kind=DeadlineKind.YEAR_END_DOCUMENTATION, contract_id=cid, severity=Severity.REQUIRED,
                    title=msg.text("deadline.year_end", msg.params(year=year)), source=ye.source,
                    code="deadline.year_end", params=msg.params(year=year), period=f"{year:04d}",
                    **_detail("detail.year_end")))

        # receipt retention (Randers, Morsø: originals kept 2 years)
        rr = rs.receipt_retention_years
        if rr is not None:
            for e in approved:
                keep_until = add_months(e.date, 12 * rr.value)
                if not start <= keep_until <= end:
                    continue
                found.append(Deadline(
                    date=keep_until, kind=DeadlineKind.RECEIPT_RETENTION, contract_id=cid,
                    severity=Severity.REMINDER,
                    title=msg.text("deadline.receipt_retention", msg.params(date=e.date)), source=rr.source,
                    code="deadline.receipt_retention", params=msg.params(date=e.date), period=e.id,
                    **_detail("detail.receipt_retention", years=rr.value)))

        found += contract_end_deadlines(c, rs, children.get(c.child_id))
        found += _age_changes(c, rs, children.get(c.child_id))
        found += _meeting_schedules(s, c, rs, end)
        found += _grant_renewals(c, rs, approved)

    found += _retention(s, contracts, rsets)
    found += _incidents(s, contracts, rsets)
    found += _stay_follow_ups(s, contracts, rsets)
    found += _diary_cleanups(s, contracts, rsets)

    done = _Done(s.submissions)
    found += _underpayments(s, today, done)
    out: list[Deadline] = []
    for dl in found:
        if not start <= dl.date <= end:
            continue
        is_done = dl.done or _is_done(done, dl, s)
        if is_done and not include_done:
            continue
        detail = dl.detail
        overdue = not is_done and dl.date < today and dl.severity is not Severity.REMINDER
        if overdue:
            detail = f"{msg.text('deadline.overdue', ())} {detail}".strip()
        out.append(Deadline(date=dl.date, kind=dl.kind, contract_id=dl.contract_id, severity=dl.severity,
                            title=dl.title, source=dl.source, assumed=dl.assumed, done=is_done,
                            period=dl.period, detail=detail, code=dl.code, params=dl.params,
                            detail_code=dl.detail_code, detail_params=dl.detail_params, overdue=overdue))
    out.sort(key=lambda d: (d.date, d.kind.value, d.contract_id or "", d.period))
    return out


def _underpayments(s: DiarySnapshot, today: date, done: _Done) -> list[Deadline]:
    """A payment short by more than 1 kr. in a field: contact the municipality. Dated the day the
    payment came, or today while it is not settled, so it stays in view until the family marks it
    settled (a submission of kind ``underpayment`` for the contract and month)."""
    if not s.payments:
        return []
    from aflastapp.core.paycheck import reminder_params, reminder_title, underpayments

    out = []
    for check in underpayments(s, today):
        last = max(p.paid_on for p in check.payments)
        settled = done.covers(DeadlineKind.UNDERPAYMENT, check.contract_id, check.period)
        out.append(Deadline(
            date=last if settled else max(last, today), kind=DeadlineKind.UNDERPAYMENT,
            contract_id=check.contract_id, severity=Severity.REMINDER, title=reminder_title(check),
            code="deadline.underpayment", params=reminder_params(check),
            detail_code="pay.parts", detail_params=msg.params(parts=check.explanation_parts),
            source="Sammenligning af den registrerede udbetaling med kommunens regler og satser",
            period=check.period, detail=check.explanation))
    return out


def _month_plus(d: date, months: int) -> tuple[int, int]:
    y, m = d.year, d.month
    for _ in range(months):
        y, m = next_month(y, m)
    return y, m


def _is_done(done: _Done, dl: Deadline, s: DiarySnapshot) -> bool:
    if dl.kind is DeadlineKind.DOCUMENT_RETENTION:
        return any(str(f.id) == dl.period and f.deleted_on is not None for f in s.exported_files)
    if done.covers(dl.kind, dl.contract_id, dl.period):
        return True
    if dl.kind is DeadlineKind.YEAR_END_DOCUMENTATION:
        # every month of that year with approved expenses has been claimed, and its driving reported
        year = int(dl.period)
        months = {e.date.month for e in s.expenses
                  if e.contract_id == dl.contract_id and e.date.year == year and e.approval.strip()}
        idx = index_for(s)
        trip_months = {m for (k, y, m), trips in idx.trips.items()
                       if k == dl.contract_id and y == year and trips}
        return bool(months | trip_months) and all(
            done.covers(DeadlineKind.EXPENSE_CLAIM, dl.contract_id, f"{year:04d}-{m:02d}") for m in months
        ) and all(done.covers(DeadlineKind.DRIVING_REPORT, dl.contract_id, f"{year:04d}-{m:02d}")
                  for m in trip_months)
    return False


def contract_end_deadlines(c: Contract, rs: RuleSet, child: Child | None) -> list[Deadline]:
    """The end of a contract: at 18 where the rule says so (not for a contract already terminated),
    and at the end of a recorded notice."""
    out: list[Deadline] = []
    age_rule = rs.contract_end_age
    age_end = contract_age_end(c, rs, child)
    if age_rule is not None and age_end is not None and c.terminated_on is None:
        out.append(Deadline(
            date=age_end, kind=DeadlineKind.CONTRACT_END, contract_id=c.id,
            severity=Severity.REMINDER,
            **_title("deadline.contract_end_age", age=age_rule.value),
            source=age_rule.source, period=f"{age_end.year:04d}-{age_end.month:02d}",
            **_detail("detail.contract_end_age")))
    ne = notice(c, rs)
    if ne is not None and c.terminated_on is not None:
        ends, how, source, assumed = ne
        code = "deadline.notice_ends"
        detail = _detail("detail.notice", how=how)
        if rs.pay_ends_after_notice is not None:
            code = "deadline.notice_ends_pay"
            detail = _detail("detail.notice_pay", how=how, date=ends, source=rs.pay_ends_after_notice.source)
        out.append(Deadline(
            date=ends, kind=DeadlineKind.CONTRACT_END, contract_id=c.id, severity=Severity.REQUIRED,
            **_title(code, date=c.terminated_on), source=source, assumed=assumed,
            period=c.terminated_on.isoformat(), **detail))
    return out


def _birthday(birth: date, age: int) -> date:
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return date(birth.year + age, 3, 1)


def _age_changes(c: Contract, rs: RuleSet, child: Child | None) -> list[Deadline]:
    if child is None:
        return []
    out: list[Deadline] = []
    if c.child_ordinal < 3:
        d = _birthday(child.birth_date, 10)
        out.append(Deadline(
            date=d, kind=DeadlineKind.AGE_CHANGE, contract_id=c.id, severity=Severity.REMINDER,
            title=msg.text("deadline.age_10", msg.params(child=child.name)),
            code="deadline.age_10", params=msg.params(child=child.name),
            source="KL's takster: kost og logi under 10 år / 10 år og derover", period=d.isoformat(),
            **_detail("detail.age_10")))
    if rs.age_caps is not None:
        for cap in rs.age_caps.value:
            if cap.from_age == 0:
                continue
            d = _birthday(child.birth_date, cap.from_age)
            out.append(Deadline(
                date=d, kind=DeadlineKind.AGE_CHANGE, contract_id=c.id, severity=Severity.REMINDER,
                title=msg.text("deadline.age_cap", age_values := msg.params(
                    child=child.name, age=cap.from_age, nights=cap.nights)),
                code="deadline.age_cap", params=age_values,
                source=rs.age_caps.source, assumed=True, period=d.isoformat(),
                **_detail("detail.age_cap")))
    return out


class _Title(TypedDict):
    title: str
    code: str
    params: msg.Params


class _Detail(TypedDict):
    detail: str
    detail_code: str
    detail_params: msg.Params


def _title(code: str, **values: object) -> _Title:
    """``title``, ``code`` and ``params`` of a deadline from the message catalogue."""
    p = msg.params(**values)
    return {"title": msg.text(code, p), "code": code, "params": p}


def _detail(code: str, **values: object) -> _Detail:
    """``detail``, ``detail_code`` and ``detail_params`` of a deadline from the message catalogue."""
    p = msg.params(**values)
    return {"detail": msg.text(code, p), "detail_code": code, "detail_params": p}


def _saved_copy_title(f: ExportedFile) -> _Title:
    """The document's name and period as the family knows it: "Kørselsskema for 1. kvartal 2026"."""
    document = f.kind if f.kind in msg.DOCUMENT_NAMES else DOCUMENT_TITLES.get(f.kind, f.kind)
    try:
        period_label(f.period)
    except ValueError:  # a status report's period is its meeting, not a month
        return _title("deadline.delete_saved_copy_plain", document=document, date=f.exported_on)
    return _title("deadline.delete_saved_copy", document=document, period=f.period, date=f.exported_on)


def _retention(s: DiarySnapshot, contracts: dict[str, Contract], rsets: dict[str, RuleSet]) -> list[Deadline]:
    out: list[Deadline] = []
    for f in s.exported_files:
        if f.contract_id is not None and f.contract_id in contracts:
            candidates = [rsets[f.contract_id]]
        else:
            candidates = list(rsets.values())
        rules = [rs.document_retention_months for rs in candidates
                 if rs.document_retention_months is not None]
        if not rules:
            continue
        rule = min(rules, key=lambda r: r.value)
        out.append(Deadline(
            date=add_months(f.exported_on, rule.value), kind=DeadlineKind.DOCUMENT_RETENTION,
            contract_id=f.contract_id, severity=Severity.REQUIRED,
            **_saved_copy_title(f),
            source=rule.source, period=str(f.id),
            **_detail("detail.retention" if rule.value > 1 else "detail.retention_one", months=rule.value)))
    return out


def _incidents(s: DiarySnapshot, contracts: dict[str, Contract], rsets: dict[str, RuleSet]) -> list[Deadline]:
    out: list[Deadline] = []
    by_child: dict[str, list[Contract]] = defaultdict(list)
    for c in contracts.values():
        by_child[c.child_id].append(c)
    for note in s.notes:
        if not any(t.strip().lower() == "magtanvendelse" for t in note.tags):
            continue
        mine = by_child.get(note.child_id, [])
        if not mine:
            continue
        active = [c for c in mine if c.start <= note.date and (c.end is None or c.end >= note.date)]
        c = (active or sorted(mine, key=lambda c: c.start))[0]
        rule = rsets[c.id].incident_recipient()
        out.append(Deadline(
            date=note.date, kind=DeadlineKind.INCIDENT_REPORT, contract_id=c.id, severity=Severity.REQUIRED,
            title=msg.text("deadline.incident", msg.params(date=note.date, who=rule.value)),
            code="deadline.incident", params=msg.params(date=note.date, who=rule.value),
            source=rule.source, assumed=rule.assumed, period=note.id, **_detail("detail.incident")))
    return out


def _stay_follow_ups(s: DiarySnapshot, contracts: dict[str, Contract],
                     rsets: dict[str, RuleSet]) -> list[Deadline]:
    """Who must be told about a stay that did not happen: a last-moment cancellation (Slagelse) or the
    family's sickness with a new weekend to agree (Haderslev)."""
    out: list[Deadline] = []
    for st in s.stays:
        if st.contract_id not in contracts:
            continue
        rs = rsets[st.contract_id]
        day = st.start.date()
        when = st.cancelled_at.date() if st.cancelled_at is not None else day
        sick = rs.sickness_new_stay
        if st.status is StayStatus.SICK and sick is not None:
            out.append(Deadline(
                date=when, kind=DeadlineKind.STAY_FOLLOW_UP, contract_id=st.contract_id,
                severity=Severity.REQUIRED,
                **_title("deadline.sick_new_stay", date=day, who=sick.value),
                source=sick.source, period=st.id, **_detail("detail.sick_new_stay")))
            continue
        notify = rs.late_cancellation_notify
        if notify is None:
            continue
        late = st.status is StayStatus.NO_SHOW or (
            st.status in (StayStatus.CANCELLED, StayStatus.SICK) and st.cancelled_at is not None
            and st.cancelled_at.date() >= day)
        if late:
            code = "deadline.no_show" if st.status is StayStatus.NO_SHOW else "deadline.late_cancellation"
            out.append(Deadline(
                date=when, kind=DeadlineKind.STAY_FOLLOW_UP, contract_id=st.contract_id,
                severity=Severity.REQUIRED,
                **_title(code, who=notify.value, date=day),
                source=notify.source, period=st.id,
                **_detail("detail.late_cancellation", who=notify.value)))
    return out


def _schedule(meetings: list[Meeting], anchor: date, months: int, until: date) -> list[tuple[date, date]]:
    """(due, since) for each gap of more than ``months`` without a meeting, from ``anchor`` to ``until``."""
    days = sorted(m.at.date() for m in meetings)
    out: list[tuple[date, date]] = []
    since = anchor
    for _ in range(240):
        due = add_months(since, months)
        if due > until:
            break
        held = [d for d in days if since < d <= due]
        if held:
            since = held[-1]
            continue
        later = [d for d in days if d > due]
        out.append((due, since))
        if later:
            since = later[0]
        else:
            since = due
    return out


def _meeting_schedules(s: DiarySnapshot, c: Contract, rs: RuleSet, until: date) -> list[Deadline]:
    """Status meetings at least every N months (Slagelse), the first follow-up after N months
    (Haderslev), supervision once a year (Haderslev): a reminder when none is in the diary."""
    out: list[Deadline] = []
    mine = [m for m in s.meetings if m.contract_id == c.id]
    status = [m for m in mine if m.kind.strip().lower() in _STATUS_KINDS]
    supervision = [m for m in mine if m.kind.strip().lower() in _SUPERVISION_KINDS]
    stop = min(until, c.end) if c.end is not None else until
    ended = notice_end(c, rs)
    if ended is not None:  # no meetings to plan after a notice has run out
        stop = min(stop, ended[0])
    every = rs.status_meeting_every_months
    if every is not None:
        for due, since in _schedule(status, c.start, every.value, stop):
            title = (_title("deadline.no_status_meeting_start", months=every.value) if since == c.start
                     else _title("deadline.no_status_meeting", months=every.value, date=since))
            out.append(Deadline(
                date=due, kind=DeadlineKind.STATUS_MEETING, contract_id=c.id, severity=Severity.REMINDER,
                **title, source=every.source, period=due.isoformat(), **_detail("detail.status_meeting")))
    first = rs.first_status_meeting_months
    if first is not None:
        due = add_months(c.start, first.value)
        if due <= stop and not any(m.at.date() <= add_months(due, 1) for m in status):
            out.append(Deadline(
                date=due, kind=DeadlineKind.STATUS_MEETING, contract_id=c.id, severity=Severity.REMINDER,
                title=msg.text("deadline.first_follow_up", msg.params(months=first.value)),
                code="deadline.first_follow_up", params=msg.params(months=first.value),
                source=first.source, period=due.isoformat(),
                **_detail("detail.first_follow_up")))
    sup = rs.supervision_every_months
    if sup is not None:
        for due, since in _schedule(supervision, c.start, sup.value, stop):
            out.append(Deadline(
                date=due, kind=DeadlineKind.SUPERVISION, contract_id=c.id, severity=Severity.REMINDER,
                **_title("deadline.supervision", date=since),
                source=sup.source, period=due.isoformat(), **_detail("detail.supervision")))
    return out


def _grant_renewals(c: Contract, rs: RuleSet, approved: list[Expense]) -> list[Deadline]:
    """A grant given for a year at a time (Morsø vådliggertillæg): renew it before it runs out."""
    rule = rs.grant_renewal_months
    if rule is None:
        return []
    out: list[Deadline] = []
    for gr in rule.value:
        first: dict[str, date] = {}
        for e in approved:
            if e.category == gr.category:
                ref = e.approval.strip()
                first[ref] = min(first.get(ref, e.date), e.date)
        starts = sorted(first.values())
        for ref, start in first.items():
            renewed = any(d > start for d in starts)
            out.append(Deadline(
                date=add_months(start, gr.value), kind=DeadlineKind.GRANT_RENEWAL, contract_id=c.id,
                severity=Severity.REMINDER,
                **_title("deadline.grant_renewal", ref=ref, category=gr.category.value, date=start),
                source=rule.source, period=f"{gr.category.value}:{ref}", done=renewed,
                **_detail("detail.grant_renewal", months=gr.value)))
    return out


def _diary_cleanups(s: DiarySnapshot, contracts: dict[str, Contract],
                    rsets: dict[str, RuleSet]) -> list[Deadline]:
    """After a status report is sent (Slagelse: personal documents kept at most 1 month): delete that
    period's notes, drafts and receipt images from the diary, or confirm that they are kept."""
    out: list[Deadline] = []
    meetings = {m.id: m for m in s.meetings}
    for sub in s.submissions:
        if sub.kind != DeadlineKind.STATUS_REPORT or sub.period not in meetings:
            continue
        mt = meetings[sub.period]
        if mt.contract_id not in contracts:
            continue
        rule = rsets[mt.contract_id].diary_cleanup_months
        if rule is None:
            continue
        first, last = cleanup_period(s, mt.id)
        out.append(Deadline(
            date=add_months(sub.sent, rule.value), kind=DeadlineKind.DIARY_CLEANUP,
            contract_id=mt.contract_id, severity=Severity.REMINDER,
            **_title("deadline.diary_cleanup", first=first, last=last),
            source=rule.source, period=mt.id,
            **_detail("detail.diary_cleanup" if rule.value > 1 else "detail.diary_cleanup_one",
                      months=rule.value)))
    return out


def cleanup_period(s: DiarySnapshot, meeting_id: str) -> tuple[date, date]:
    """The period a status report covered: from the day after the previous status meeting of the
    contract (or the contract's start) to the meeting's day."""
    mt = next(m for m in s.meetings if m.id == meeting_id)
    contract = next((c for c in s.contracts if c.id == mt.contract_id), None)
    day = mt.at.date()
    earlier = [m.at.date() for m in s.meetings if m.contract_id == mt.contract_id and m.id != mt.id
               and m.kind.strip().lower() in _STATUS_KINDS and m.at.date() < day]
    if earlier:
        return max(earlier) + timedelta(days=1), day
    return (contract.start if contract is not None else date(day.year, 1, 1)), day


__all__ = ["cleanup_period", "compute_deadlines", "due_in_month"]
