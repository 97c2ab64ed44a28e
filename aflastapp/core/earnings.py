"""Earnings preview per contract and calendar month.

- vederlag = Σ over paid døgn of vederlag_count × KL's per-døgn table figure (whole kroner) in force
  on the døgn's date (Morsø 2021: 7 × 148 = 1,036 kr. per døgn);
- kost og logi = Σ over paid døgn of the 3rd–4th child rate when the contract's child ordinal is ≥ 3,
  else the under-10 or 10-and-over rate by the child's age on that døgn's date;
- mileage = Σ trips' km × the state's low rate on the trip's date; a trip shared by several contracts
  is split evenly between them (to the hundredth of a km, the remainder to the first contracts);
- mileage counts only trips the rule set does not require agreement for, or that carry an approval
  (``trip_approval_required``: "all", or "other_than_stays" where a trip on a stay's first or last
  day is the agreed driving to and from the relief family); the others are warned about;
- expenses = Σ expenses with an approval reference (others are left out and warned about), each at
  most its cap: per expense, or what is left of a weekend's, year's or contract's cap (in date
  order); an expense with an ``approved_amount`` counts that (at most what was spent);
- holiday pay = 12.5 % of vederlag (or the rule set's figure), reported apart from the total;
- taxable = vederlag; tax_free = kost og logi + mileage + expenses; total = taxable + tax_free;
  paid in arrears: payment month = the next month.

Money is Decimal; each line is rounded half-up to the øre and totals are sums of rounded lines. A
rate the data lacks makes its line and the figure ``None`` with warning ``rate_missing``.

Work is shared: one index per snapshot (stays' døgn, trips and expenses by contract and month,
computed once), and each contract-month is computed once and cached on that index.
"""

from __future__ import annotations

import functools
import gc
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import ParamSpec, TypeVar

from aflastapp.core import messages as msg
from aflastapp.core.models import (
    Child,
    Contract,
    ContractMonth,
    DeadlineKind,
    DiarySnapshot,
    Expense,
    Explanation,
    Figure,
    MoneyLine,
    MonthPreview,
    NightDate,
    RuleWarning,
    Stay,
    StayStatus,
    Trip,
    WarningCode,
)
from aflastapp.core.money import round_ore
from aflastapp.core.nights import age_on, count_nights, night_dates_paid, stay_paid
from aflastapp.core.periods import add_months, month_end, next_month
from aflastapp.core.rates import RateTable, RateValue, load_rates
from aflastapp.core.rules import ExpenseCap, RuleSet, load_rule_set

ZERO = Decimal("0.00")
NOTICE_DEFAULT_SOURCE = ("Antaget: 14 dages varsel de første 3 måneder, derefter 1 måned "
                         "(som Slagelses kontrakt)")
_HUNDREDTH = Decimal("0.01")

Month = tuple[int, int]
Key = tuple[str, int, int]  # contract id, year, month


def split_km(km: Decimal, parts: int) -> list[Decimal]:
    """Split ``km`` into ``parts`` shares to the hundredth that add up exactly (remainder first)."""
    if parts <= 1:
        return [km]
    total = int((km / _HUNDREDTH).to_integral_value())
    exact = km / _HUNDREDTH
    if exact != total:  # km given with more than 2 decimals: split exactly, no rounding games
        share = km / parts
        return [share] * parts
    base, rest = divmod(total, parts)
    return [(Decimal(base + (1 if i < rest else 0)) * _HUNDREDTH) for i in range(parts)]


@dataclass(slots=True)
class _Index:
    """Everything about one snapshot that does not depend on the month asked for."""

    snapshot_ref: weakref.ref[DiarySnapshot]  # weak: the cache below must not keep a snapshot alive
    rates: RateTable
    children: dict[str, Child]
    contracts: dict[str, Contract]
    rule_sets: dict[str, RuleSet]
    nights: dict[Key, list[NightDate]] = field(default_factory=dict)
    stay_warnings: dict[Key, list[RuleWarning]] = field(default_factory=lambda: defaultdict(list))
    trips: dict[Key, list[tuple[Trip, Decimal]]] = field(default_factory=lambda: defaultdict(list))
    trip_warnings: dict[Key, list[RuleWarning]] = field(default_factory=lambda: defaultdict(list))
    counted: dict[str, tuple[Decimal, msg.Later]] = field(default_factory=dict)  # expense id → amount, why
    expenses: dict[Key, list[Expense]] = field(default_factory=lambda: defaultdict(list))
    expense_warnings: dict[Key, list[RuleWarning]] = field(default_factory=lambda: defaultdict(list))
    child_paid: dict[tuple[str, str, int, int], int] = field(default_factory=lambda: defaultdict(int))
    months: dict[str, set[Month]] = field(default_factory=lambda: defaultdict(set))
    results: dict[Key, ContractMonth] = field(default_factory=dict)
    # (kind, contract) → [(period start, period end, sent)], built on first use (paid_after_documentation)
    sent: dict[tuple[str, str | None], list[tuple[date, date, date]]] | None = None

    def rule_set(self, contract_id: str) -> RuleSet:
        return self.rule_sets[contract_id]

    @property
    def snapshot(self) -> DiarySnapshot:
        snap = self.snapshot_ref()
        assert snap is not None, "an index is only used while its snapshot is"
        return snap


# The index of each live snapshot (at most _CACHE_SIZE): id(snapshot) → (weak reference, index). An
# entry goes when its snapshot does (the session drops its snapshot after every write), so ten
# years of previews do not stay behind for the garbage collector to walk again and again.
_CACHE: dict[int, tuple[weakref.ref[DiarySnapshot], _Index]] = {}
_CACHE_SIZE = 4
_CACHE_LOCK = threading.RLock()  # the engine runs on the GUI's worker threads too


_GC_LOCK = threading.Lock()
_gc_pausers = 0  # calls inside nogc, all threads
_gc_was_enabled = False


P = ParamSpec("P")
R = TypeVar("R")


def nogc(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` with the cyclic garbage collector paused (as Mercurial's ``util.nogc``).

    The engine allocates tens of thousands of small objects for ten years of a diary and keeps
    nearly all of them; no reference cycle is made among them, so refcounting frees what is dropped.
    Left running, the collector walks them (and everything the process holds, e.g. reportlab's
    parsed fonts) dozens of times per preview for nothing. Paused across threads: the collector is
    back on when the last paused call ends, and collects then whatever the pause let pile up."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        global _gc_pausers, _gc_was_enabled
        with _GC_LOCK:
            if _gc_pausers == 0:
                _gc_was_enabled = gc.isenabled()
                gc.disable()
            _gc_pausers += 1
        try:
            return fn(*args, **kwargs)
        finally:
            with _GC_LOCK:
                _gc_pausers -= 1
                if _gc_pausers == 0 and _gc_was_enabled:
                    gc.enable()

    return wrapper


def index_for(snapshot: DiarySnapshot) -> _Index:
    """The (cached) index of a snapshot; the same snapshot object is indexed only once."""
    key = id(snapshot)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0]() is snapshot:
            return hit[1]
    idx = _build_index(snapshot)

    def forget(ref: weakref.ref[DiarySnapshot]) -> None:
        with _CACHE_LOCK:
            if (entry := _CACHE.get(key)) is not None and entry[0] is ref:
                del _CACHE[key]

    with _CACHE_LOCK:
        _CACHE.pop(key, None)
        _CACHE[key] = (weakref.ref(snapshot, forget), idx)
        while len(_CACHE) > _CACHE_SIZE:
            del _CACHE[next(iter(_CACHE))]  # the oldest
    return idx


@nogc
def _build_index(s: DiarySnapshot) -> _Index:
    rates = load_rates(s.kl_overrides, s.mileage_overrides)
    contracts = {c.id: c for c in s.contracts}
    idx = _Index(
        snapshot_ref=weakref.ref(s), rates=rates, children={c.id: c for c in s.children}, contracts=contracts,
        rule_sets={c.id: load_rule_set(c.municipality) for c in s.contracts})
    # døgn: one per date per contract (a paid døgn wins over an unpaid one on the same date)
    per_contract: dict[str, dict[date, NightDate]] = defaultdict(dict)
    for stay in sorted(s.stays, key=lambda x: (x.start, x.id)):
        if stay.contract_id not in contracts:
            continue
        rs = idx.rule_sets[stay.contract_id]
        paid_why = stay_paid(stay, rs)
        nds = night_dates_paid(stay, rs, paid_why)
        by_date = per_contract[stay.contract_id]
        for nd in nds:
            old = by_date.get(nd.date)
            if old is None or (nd.paid and not old.paid):
                by_date[nd.date] = nd
        warns = paid_why[2]
        key = (stay.contract_id, stay.start.year, stay.start.month)
        idx.stay_warnings[key].extend(warns)
        idx.stay_warnings[key].extend(_too_long(stay, rs, len(nds)))
        idx.months[stay.contract_id].add((stay.start.year, stay.start.month))
    for cid, by_date in per_contract.items():
        contract = contracts[cid]
        rs_id = idx.rule_sets[cid].id
        end = pay_end(contract, idx.rule_sets[cid], idx.children.get(contract.child_id))
        after: dict[Month, list[date]] = defaultdict(list)
        for d in sorted(by_date):
            nd = by_date[d]
            if end is not None and d > end[0] and nd.paid:
                why = Explanation(msg.Later("why.after_end", why=nd.explanation.what,
                                              reason=msg.Later(end[3][0], **dict(end[3][1])), date=end[0]),
                                  end[2])
                nd = NightDate(date=d, stay_id=nd.stay_id, paid=False, status=nd.status, explanation=why)
                after[(d.year, d.month)].append(d)
            idx.nights.setdefault((cid, d.year, d.month), []).append(nd)
            idx.months[cid].add((d.year, d.month))
            if nd.paid:
                idx.child_paid[(contract.child_id, rs_id, d.year, d.month)] += 1
        for (y, m), days in after.items():
            assert end is not None
            values = msg.params(count=len(days), date=end[0], days=tuple(days), reason=end[3])
            idx.stay_warnings[(cid, y, m)].append(RuleWarning(
                WarningCode.NIGHTS_AFTER_CONTRACT_END, msg.text("warning.nights_after_contract_end", values),
                cid, days[0], end[2], params=values))
    stay_days = _stay_days(s, contracts)
    for trip in s.trips:
        ids = [c for c in trip.contract_ids if c in contracts]
        if not ids:
            continue
        for cid, share in zip(ids, split_km(trip.km, len(ids)), strict=True):
            key = (cid, trip.date.year, trip.date.month)
            idx.months[cid].add((trip.date.year, trip.date.month))
            warning = _trip_approval(idx.rule_sets[cid], trip, cid, stay_days)
            if warning is not None:
                idx.trip_warnings[key].append(warning)
                continue
            idx.trips[key].append((trip, share))
    by_contract: dict[str, list[Expense]] = defaultdict(list)
    for e in s.expenses:
        if e.contract_id not in contracts:
            continue
        idx.expenses[(e.contract_id, e.date.year, e.date.month)].append(e)
        idx.months[e.contract_id].add((e.date.year, e.date.month))
        by_contract[e.contract_id].append(e)
    for cid, exps in by_contract.items():
        _count_expenses(idx, cid, sorted(exps, key=lambda e: (e.date, e.id)))
    for key in idx.trips:
        idx.trips[key].sort(key=lambda t: (t[0].date, t[0].id))
    for key in idx.expenses:
        idx.expenses[key].sort(key=lambda e: (e.date, e.id))
    return idx


def _too_long(stay: Stay, rs: RuleSet, nights: int) -> list[RuleWarning]:
    rule = rs.max_stay_nights
    if rule is None or nights <= rule.value:
        return []
    values = msg.params(date=stay.start.date(), nights=nights, municipality=rs.name, most=rule.value)
    return [RuleWarning(WarningCode.STAY_TOO_LONG, msg.text("warning.stay_too_long_from", values),
                        stay.contract_id, stay.start.date(), rule.source, params=values,
                        text_code="warning.stay_too_long_from")]


def notice_end(c: Contract, rs: RuleSet) -> tuple[date, str, str, bool] | None:
    """When a recorded notice (opsigelse) runs out: (date, how, source, assumed)."""
    found = notice(c, rs)
    if found is None:
        return None
    ends, how, source, assumed = found
    return ends, msg.text(*how), source, assumed


def notice(c: Contract, rs: RuleSet) -> tuple[date, tuple[str, msg.Params], str, bool] | None:
    """When a recorded notice runs out: (date, how as a message (code, params), source, assumed)."""
    if c.terminated_on is None:
        return None
    np = rs.notice_period
    if np is not None:
        first_months, first_days = np.value.first_months, np.value.first_days
        then_days, then_months = np.value.then_days, np.value.then_months
        source, assumed = np.source, np.assumed
    else:
        first_months, first_days, then_days, then_months = 3, 14, None, 1
        source, assumed = NOTICE_DEFAULT_SOURCE, True
    if c.terminated_on < add_months(c.start, first_months):
        return (c.terminated_on + timedelta(days=first_days),
                ("notice.first", msg.params(days=first_days, months=first_months)), source, assumed)
    if then_days is not None:
        return (c.terminated_on + timedelta(days=then_days), ("notice.days", msg.params(days=then_days)),
                source, assumed)
    months = then_months or 1
    how = ("notice.month" if months == 1 else "notice.months", msg.params(months=months))
    return add_months(c.terminated_on, months), how, source, assumed


def contract_age_end(c: Contract, rs: RuleSet, child: Child | None) -> date | None:
    """The last day of the month the child turns the rule's age (Morsø: 18), if the rule says so."""
    rule = rs.contract_end_age
    if rule is None or child is None:
        return None
    try:
        birthday = child.birth_date.replace(year=child.birth_date.year + rule.value)
    except ValueError:  # 29 February
        birthday = date(child.birth_date.year + rule.value, 3, 1)
    return month_end(birthday.year, birthday.month)


def pay_end(c: Contract, rs: RuleSet,
            child: Child | None) -> tuple[date, str, str, tuple[str, msg.Params]] | None:
    """The last paid day where the rule set ends pay: the contract's end at the age limit, or the
    end of a recorded notice (Morsø: "Vederlagsretten ophører … 14 dage/30 dage"); (day, why, source,
    why as a message (code, params))."""
    found: list[tuple[date, str, str, tuple[str, msg.Params]]] = []
    age_end = contract_age_end(c, rs, child)
    if age_end is not None and rs.contract_end_age is not None:
        why = ("reason.contract_end_age", msg.params(age=rs.contract_end_age.value))
        found.append((age_end, _capital(msg.text(*why)), rs.contract_end_age.source, why))
    if rs.pay_ends_after_notice is not None:
        ne = notice(c, rs)
        if ne is not None and c.terminated_on is not None:
            why = ("reason.pay_after_notice", msg.params(date=c.terminated_on, how=ne[1]))
            found.append((ne[0], _capital(msg.text(*why)), rs.pay_ends_after_notice.source, why))
    return min(found, key=lambda x: x[0]) if found else None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _stay_days(s: DiarySnapshot, contracts: dict[str, Contract]) -> set[tuple[str, date]]:
    """(contract, day) of each held or planned stay's first and last day: the pick-up and drop-off."""
    out: set[tuple[str, date]] = set()
    for st in s.stays:
        if st.contract_id in contracts and st.status in (StayStatus.PLANNED, StayStatus.COMPLETED):
            out.add((st.contract_id, st.start.date()))
            out.add((st.contract_id, st.end.date()))
    return out


def _trip_approval(rs: RuleSet, trip: Trip, cid: str, stay_days: set[tuple[str, date]]) -> RuleWarning | None:
    """The warning for a trip the rule set wants agreed beforehand and that has no approval."""
    rule = rs.trip_approval_required
    if rule is None or trip.approval.strip():
        return None
    if rule.value == "other_than_stays" and (cid, trip.date) in stay_days:
        return None
    code = "warning.trip_without_approval_all" if rule.value == "all" else "warning.trip_without_approval"
    values = msg.params(date=trip.date, purpose=trip.purpose, km=trip.km, municipality=rs.name)
    return RuleWarning(WarningCode.TRIP_WITHOUT_APPROVAL, msg.text(code, values), cid, trip.date, rule.source,
                       params=values, text_code=code)


def age_in_months(birth: date, d: date) -> int:
    months = (d.year - birth.year) * 12 + d.month - birth.month
    if d.day < birth.day:
        months -= 1
    return months


_PER_TEXT = {"expense": "pr. udgift", "weekend": "pr. weekend", "contract": "for hele aftalen"}


def _count_expenses(idx: _Index, cid: str, exps: list[Expense]) -> None:
    """What each approved expense counts (its cap, an approved amount) and the warnings about it."""
    rs = idx.rule_set(cid)
    c = idx.contracts[cid]
    child = idx.children.get(c.child_id)
    used: dict[tuple[int, object], Decimal] = defaultdict(lambda: Decimal(0))
    caps = rs.expense_caps.value if rs.expense_caps is not None else ()
    for e in exps:
        key = (cid, e.date.year, e.date.month)
        warn = idx.expense_warnings[key]
        name = msg.params(date=e.date, what=e.description or e.category, municipality=rs.name)
        _category_warnings(rs, e, cid, child, name, warn)
        if not e.approval.strip():
            continue
        age_m = age_in_months(child.birth_date, e.date) if child is not None else None
        mine = [(i, cap) for i, cap in enumerate(caps) if cap.category == e.category and cap.applies(age_m)]
        if e.approved_amount is not None:
            counted = min(e.amount, e.approved_amount)
            why = msg.Later("why.expense_approved_amount", ref=e.approval, amount=e.approved_amount)
            for i, cap in mine:
                used[(i, _group(cap, e))] += counted
            idx.counted[e.id] = (counted, why)
            continue
        counted = e.amount
        why = msg.Later("why.expense", ref=e.approval)
        for unit in (rs.expense_unit_prices.value if rs.expense_unit_prices is not None else ()):
            if unit.category == e.category and e.amount % unit.amount == 0:
                why = msg.Later("why.expense_units", ref=e.approval, count=int(e.amount // unit.amount),
                                  unit=unit.unit, price=unit.amount)
        best: tuple[Decimal, msg.Later, ExpenseCap] | None = None
        for i, cap in mine:
            g = (i, _group(cap, e))
            left = max(Decimal(0), cap.amount - used[g]) if cap.per != "expense" else cap.amount
            if best is None or left > best[0]:
                best = (left, _cap_text(cap, e.date.year), cap)
        if best is not None and counted > best[0]:
            left, what, used_cap = best
            counted = left
            why = msg.Later("why.expense_capped", why=why, cap_text=what)
            code = "warning.expense_over_cap_labelled" if used_cap.label else "warning.expense_over_cap"
            values = name + msg.params(amount=e.amount, cap=used_cap.amount, counted=counted,
                                       per=used_cap.per if used_cap.per in msg.PER else "year",
                                       label=used_cap.label)
            warn.append(RuleWarning(
                WarningCode.EXPENSE_OVER_CAP, msg.text(code, values), cid, e.date,
                rs.expense_caps.source if rs.expense_caps else "", params=values, text_code=code))
        for i, cap in mine:
            used[(i, _group(cap, e))] += counted
        idx.counted[e.id] = (counted, why)


def _cap_text(cap: ExpenseCap, year: int) -> msg.Later:
    """ "Autostol 0-9 mdr.: 1.300,00 kr. pr. udgift" — a cap as a message."""
    if cap.per in _PER_TEXT:
        if cap.label:
            return msg.Later("cap.labelled", label=cap.label, cap=cap.amount, per=cap.per)
        return msg.Later("cap.plain", cap=cap.amount, per=cap.per)
    if cap.label:
        return msg.Later("cap.labelled_year", label=cap.label, cap=cap.amount, year=year)
    return msg.Later("cap.year", cap=cap.amount, year=year)


def _group(cap: ExpenseCap, e: Expense) -> object:
    if cap.per == "weekend":
        return e.date.isocalendar()[:2]
    if cap.per == "year":
        return e.date.year
    if cap.per == "contract":
        return "contract"
    return e.id


def _category_warnings(rs: RuleSet, e: Expense, cid: str, child: Child | None, name: msg.Params,
                       warn: list[RuleWarning]) -> None:
    ng = rs.expense_not_granted
    if ng is not None and e.category in ng.value:
        warn.append(RuleWarning(
            WarningCode.EXPENSE_NOT_GRANTED, msg.text("warning.expense_not_granted", name), cid, e.date,
            ng.source, params=name))
    ma = rs.expense_min_age
    if ma is not None and child is not None:
        for rule in ma.value:
            age = age_on(child.birth_date, e.date)
            if rule.category == e.category and age < rule.value:
                code = "warning.expense_below_age_assumed" if ma.assumed else "warning.expense_below_age"
                values = name + msg.params(from_age=rule.value, age=age)
                warn.append(RuleWarning(
                    WarningCode.EXPENSE_BELOW_AGE, msg.text(code, values), cid, e.date, ma.source,
                    params=values, text_code=code))
    up = rs.expense_unit_prices
    if up is not None:
        for unit in up.value:
            if unit.category == e.category and e.amount % unit.amount != 0:
                values = name + msg.params(amount=e.amount, unit=unit.unit, price=unit.amount)
                warn.append(RuleWarning(
                    WarningCode.EXPENSE_NOT_WHOLE_UNITS, msg.text("warning.expense_not_whole_units", values),
                    cid, e.date, up.source, params=values))
    ab = rs.approval_before_purchase
    if ab is not None and e.category in ab.value and e.approved_on is not None and e.approved_on > e.date:
        values = name + msg.params(approved=e.approved_on)
        warn.append(RuleWarning(
            WarningCode.EXPENSE_APPROVED_AFTER_PURCHASE,
            msg.text("warning.expense_approved_after_purchase", values), cid, e.date, ab.source,
            params=values))


# --------------------------------------------------------------------------- one contract-month


def _missing(name: str, d: date, cid: str, rate_field: str) -> RuleWarning:
    values = msg.params(rate=rate_field, rate_da=name, date=d)
    text = msg.text("warning.rate_missing", values)
    if rate_field not in msg.RATE_NAMES:  # a rate the catalogue has no name for: the engine's name
        text = text.replace(rate_field, name)
    return RuleWarning(WarningCode.RATE_MISSING, text, cid, d, rate_field=rate_field, params=values)


def _sum(lines: Iterable[MoneyLine]) -> Decimal | None:
    total = ZERO
    for line in lines:
        if line.amount is None:
            return None
        total += line.amount
    return total


def _add(*xs: Decimal | None) -> Decimal | None:
    total = ZERO
    for x in xs:
        if x is None:
            return None
        total += x
    return total


def _vederlag(idx: _Index, c: Contract, paid: list[NightDate], warns: list[RuleWarning]) -> Figure:
    rs = idx.rule_set(c.id)
    if not paid:
        return Figure(ZERO)
    count, count_expl = vederlag_count(c, rs)
    if count == 0:
        return Figure(ZERO, (), (Explanation(msg.Later("why.zero_vederlag")),
                                 *count_expl))
    groups: dict[RateValue | None, list[date]] = defaultdict(list)
    for nd in paid:
        groups[idx.rates.value_on("vederlag_per_day", nd.date)].append(nd.date)
    lines: list[MoneyLine] = []
    for rv, dates in sorted(groups.items(), key=lambda kv: kv[1][0]):
        n = Decimal(len(dates))
        if rv is None:
            warns.append(_missing(f"vederlag ({dates[0].year})", dates[0], c.id, "vederlag_per_day"))
            line = msg.Later("line.vederlag_missing", n=len(dates), count=count)
            lines.append(MoneyLine(line, n, None, None,
                                   Explanation(msg.Later("why.vederlag_missing", year=dates[0].year))))
            continue
        per_day = rv.value * count
        lines.append(MoneyLine(
            msg.Later("line.vederlag", n=len(dates), count=count, price=rv.value), n, per_day,
            round_ore(n * per_day),
            Explanation(msg.Later("why.vederlag", count=count, price=rv.value, valid_from=rv.valid_from,
                                    amount=per_day, days=tuple(dates)), rv.source, rv.override)))
    expl = [*count_expl, Explanation(msg.Later("why.counting", method=_method_text(rs)),
                                     rs.counting_method.source, rs.counting_method.assumed)]
    if rs.income_type is not None:
        expl.append(Explanation(msg.Later("why.taxable_type", kind=rs.income_type.value),
                                rs.income_type.source))
    else:
        expl.append(Explanation(msg.Later("why.taxable")))
    return Figure(_sum(lines), tuple(lines), tuple(expl))


def vederlag_count(c: Contract, rs: RuleSet) -> tuple[int, tuple[Explanation, ...]]:
    """The contract's number of vederlag, and why when it is not simply the contract's own number."""
    if c.vederlag_count is None:
        rule = rs.vederlag_default()
        return rule.value, (Explanation(
            msg.Later("why.count_assumed", count=rule.value, municipality=rs.name), rule.source, True),)
    flag = rs.vederlag_not_in_handbook
    if flag is not None and c.vederlag_count > 0:
        return c.vederlag_count, (Explanation(
            msg.Later("why.count_not_in_handbook", municipality=rs.name, count=c.vederlag_count),
            flag.source, True),)
    return c.vederlag_count, ()


def _method_text(rs: RuleSet) -> msg.Later:
    if rs.counting_method.value == "noon_to_noon":
        return msg.Later("method.noon_to_noon")
    return msg.Later("method.overnight")


_KOST_LABEL = {
    "kost_logi_under_10": "kost.under_10",
    "kost_logi_10_plus": "kost.10_plus",
    "kost_logi_third_child": "kost.third",
}


def _kost_logi(idx: _Index, c: Contract, paid: list[NightDate], warns: list[RuleWarning]) -> Figure:
    if not paid:
        return Figure(ZERO)
    child = idx.children.get(c.child_id)
    groups: dict[tuple[str, RateValue | None], list[date]] = defaultdict(list)
    for nd in paid:
        if c.child_ordinal >= 3:
            fname = "kost_logi_third_child"
        elif child is None:
            fname = "kost_logi_under_10"
        else:
            fname = "kost_logi_under_10" if age_on(child.birth_date, nd.date) < 10 else "kost_logi_10_plus"
        groups[(fname, idx.rates.value_on(fname, nd.date))].append(nd.date)
    lines: list[MoneyLine] = []
    for (fname, rv), dates in sorted(groups.items(), key=lambda kv: kv[1][0]):
        n = Decimal(len(dates))
        label = msg.Later(_KOST_LABEL[fname])
        if rv is None or child is None:
            warns.append(_missing(f"kost og logi {label} ({dates[0].year})", dates[0], c.id, fname))
            lines.append(MoneyLine(msg.Later("line.kost_missing", n=len(dates), group=label), n, None, None,
                                   Explanation(msg.Later("why.kost_missing", group=label,
                                                           year=dates[0].year))))
            continue
        why = (msg.Later("why.kost_third") if fname == "kost_logi_third_child"
               else msg.Later("why.kost_age", group=label))
        lines.append(MoneyLine(
            msg.Later("line.kost", n=len(dates), group=label, price=rv.value), n, rv.value,
            round_ore(n * rv.value),
            Explanation(msg.Later("why.kost", price=rv.value, why=why, valid_from=rv.valid_from,
                                    days=tuple(dates)), rv.source, rv.override)))
    return Figure(_sum(lines), tuple(lines), (Explanation(msg.Later("why.kost_figure")),))


def _mileage(idx: _Index, c: Contract, trips: list[tuple[Trip, Decimal]],
             warns: list[RuleWarning]) -> tuple[Decimal, Figure]:
    km_total = sum((share for _, share in trips), Decimal(0))
    if not trips:
        return km_total, Figure(ZERO)
    lines: list[MoneyLine] = []
    for trip, share in trips:
        rv = idx.rates.value_on("low_per_km", trip.date)
        route = " → ".join((trip.from_place, *trip.via, trip.to_place))
        label = (msg.Later("line.trip_shared", date=trip.date, route=route, km2=share,
                             contracts=len(trip.contract_ids)) if len(trip.contract_ids) > 1
                 else msg.Later("line.trip", date=trip.date, route=route, km2=share))
        if rv is None:
            warns.append(_missing("statens laveste kilometertakst", trip.date, c.id, "low_per_km"))
            lines.append(MoneyLine(label, share, None, None,
                                   Explanation(msg.Later("why.mileage_missing", date=trip.date))))
            continue
        lines.append(MoneyLine(label, share, rv.value, round_ore(share * rv.value), Explanation(
            msg.Later("why.mileage", km2=share, per_km=rv.value, valid_from=rv.valid_from), rv.source,
            rv.override)))
    return km_total, Figure(_sum(lines), tuple(lines), (Explanation(msg.Later("why.mileage_figure")),))


def _expenses(idx: _Index, c: Contract, exps: list[Expense], warns: list[RuleWarning]) -> Figure:
    lines: list[MoneyLine] = []
    for e in exps:
        if not e.approval.strip():
            values = msg.params(date=e.date, what=e.description or e.category, amount=e.amount)
            warns.append(RuleWarning(
                WarningCode.EXPENSE_WITHOUT_APPROVAL, msg.text("warning.expense_without_approval", values),
                c.id, e.date, params=values))
            continue
        amount, why = idx.counted.get(e.id, (e.amount, msg.Later("why.expense", ref=e.approval)))
        source = ""
        if amount != e.amount and e.approved_amount is None and idx.rule_set(c.id).expense_caps is not None:
            source = idx.rule_set(c.id).expense_caps.source  # type: ignore[union-attr]
        lines.append(MoneyLine(
            msg.Later("line.expense", date=e.date, what=e.description or e.category), Decimal(1),
            round_ore(amount),
            round_ore(amount), Explanation(why, source)))
    return Figure(_sum(lines), tuple(lines),
                  (Explanation(msg.Later("why.expenses_figure")),))


def _holiday_pay(rs: RuleSet, vederlag: Figure) -> Figure:
    rule = rs.holiday_pay()
    pct = rule.value
    text = msg.Later("why.holiday", pct1=pct)
    if vederlag.amount is None:
        return Figure(None, (), (Explanation(text, rule.source, rule.assumed),))
    amount = round_ore(vederlag.amount * pct / 100)
    line = MoneyLine(msg.Later("line.holiday", pct1=pct, amount=vederlag.amount), vederlag.amount,
                     pct, amount, Explanation(text, rule.source, rule.assumed))
    return Figure(amount, (line,), (Explanation(text, rule.source, rule.assumed),))


def _cap_explanation(idx: _Index, c: Contract, y: int, m: int) -> Explanation | None:
    rs = idx.rule_set(c.id)
    child = idx.children.get(c.child_id)
    if rs.age_caps is not None and child is not None:
        age = age_on(child.birth_date, date(y, m, 1))
        rule = rs.cap_for_age(age)
        if rule is None:
            return None
        return Explanation(msg.Later("why.cap_age", most=rule.value, age=age), rule.source, True)
    if rs.monthly_cap is not None:
        return Explanation(msg.Later("why.cap", most=rs.monthly_cap.value), rs.monthly_cap.source,
                           rs.monthly_cap.assumed)
    return None


def _cap_warnings(idx: _Index, c: Contract, y: int, m: int) -> tuple[int | None, list[RuleWarning]]:
    rs = idx.rule_set(c.id)
    child = idx.children.get(c.child_id)
    paid = idx.child_paid.get((c.child_id, rs.id, y, m), 0)
    out: list[RuleWarning] = []
    cap_rule = None
    if rs.age_caps is not None:
        if child is not None:
            cap_rule = rs.cap_for_age(age_on(child.birth_date, date(y, m, 1)))
    else:
        cap_rule = rs.monthly_cap
    cap = cap_rule.value if cap_rule is not None else None
    if cap_rule is not None and paid > cap_rule.value:
        code = "warning.month_cap_assumed" if cap_rule.assumed else "warning.month_cap"
        values = msg.params(nights=paid, period=f"{y:04d}-{m:02d}", municipality=rs.name, most=cap_rule.value)
        out.append(RuleWarning(
            WarningCode.MAX_NIGHTS_EXCEEDED, msg.text(code, values), c.id, date(y, m, 1), cap_rule.source,
            params=values, text_code=code))
    pt = rs.placement_threshold
    if pt is not None and paid >= pt.value:
        values = msg.params(nights=paid, period=f"{y:04d}-{m:02d}", most=pt.value)
        out.append(RuleWarning(
            WarningCode.PLACEMENT_THRESHOLD, msg.text("warning.month_placement", values), c.id, date(y, m, 1),
            pt.source, params=values, text_code="warning.month_placement"))
    return cap, out


def contract_month(snapshot: DiarySnapshot, contract_id: str, year: int, month: int) -> ContractMonth:
    """The preview of one contract for one month (cached per snapshot)."""
    return _contract_month(index_for(snapshot), contract_id, year, month)


def _contract_month(idx: _Index, cid: str, y: int, m: int) -> ContractMonth:
    key = (cid, y, m)
    cached = idx.results.get(key)
    if cached is not None:
        return cached
    c = idx.contracts[cid]
    rs = idx.rule_set(cid)
    warns: list[RuleWarning] = list(idx.stay_warnings.get(key, ()))
    nds = idx.nights.get(key, [])
    paid = [nd for nd in nds if nd.paid]
    vederlag = _vederlag(idx, c, paid, warns)
    kost = _kost_logi(idx, c, paid, warns)
    counted_trips = idx.trips.get(key, [])
    km, mileage = _mileage(idx, c, counted_trips, warns)
    warns.extend(idx.trip_warnings.get(key, ()))
    expenses = _expenses(idx, c, idx.expenses.get(key, []), warns)
    warns.extend(idx.expense_warnings.get(key, ()))
    cap, cap_warns = _cap_warnings(idx, c, y, m)
    warns.extend(cap_warns)
    holiday = _holiday_pay(rs, vederlag)
    taxable = vederlag.amount
    tax_free = _add(kost.amount, mileage.amount, expenses.amount)
    total = _add(taxable, tax_free)
    result = ContractMonth(
        contract_id=cid, child_id=c.child_id, municipality=rs.id, year=y, month=m, nights=len(paid),
        night_dates=tuple(nds), vederlag=vederlag, kost_logi=kost, mileage_km=km, mileage=mileage,
        expenses=expenses, holiday_pay=holiday, taxable=taxable, tax_free=tax_free, total=total,
        payment_month=next_month(y, m), cap=cap, warnings=_dedupe(warns),
        mileage_payment_month=_extras_paid(idx, c, rs, "mileage", y, m),
        expenses_payment_month=_extras_paid(idx, c, rs, "expenses", y, m),
        trip_ids=tuple(t.id for t, _ in counted_trips),
        cap_explanation=_cap_explanation(idx, c, y, m),
        expense_counted=tuple((e.id, idx.counted[e.id][0]) for e in idx.expenses.get(key, [])
                              if e.id in idx.counted))
    idx.results[key] = result
    return result


def _extras_paid(idx: _Index, c: Contract, rs: RuleSet, what: str, y: int, m: int) -> Month:
    """When mileage or expenses of a month are paid: the month after, or where the rule ties the
    payment to the documentation, the month after it was sent (else after its deadline)."""
    rule = rs.paid_after_documentation
    if rule is None or what not in rule.value:
        return next_month(y, m)
    kind = DeadlineKind.DRIVING_REPORT if what == "mileage" else DeadlineKind.EXPENSE_CLAIM
    quarterly = what == "mileage" and rs.driving_period().value == "quarter"
    first_month = ((m - 1) // 3) * 3 + 1 if quarterly else m
    last_month = first_month + 2 if quarterly else m
    p0, p1 = date(y, first_month, 1), month_end(y, last_month)
    sent = [d for s0, s1, d in _sent_index(idx).get((str(kind), c.id), ()) if s0 <= p0 and p1 <= s1]
    if sent:
        d = min(sent)
        return next_month(d.year, d.month)
    # not sent yet: the month after the documentation's deadline (the end of the period + its due day)
    return next_month(*next_month(y, last_month))


def _sent_index(idx: _Index) -> dict[tuple[str, str | None], list[tuple[date, date, date]]]:
    """The snapshot's submissions by (kind, contract) with their periods parsed, once per snapshot."""
    if idx.sent is None:
        from aflastapp.core.periods import parse_period

        out: dict[tuple[str, str | None], list[tuple[date, date, date]]] = defaultdict(list)
        for sub in idx.snapshot.submissions:
            try:
                s0, s1 = parse_period(sub.period)
            except ValueError:
                continue
            out[(str(sub.kind), sub.contract_id)].append((s0, s1, sub.sent))
        idx.sent = out
    return idx.sent


def _dedupe(warns: list[RuleWarning]) -> tuple[RuleWarning, ...]:
    return tuple(dict.fromkeys(warns))


def _relevant(idx: _Index, c: Contract, y: int, m: int) -> bool:
    if (y, m) in idx.months.get(c.id, ()):
        return True
    first, last = date(y, m, 1), month_end(y, m)
    return c.start <= last and (c.end is None or c.end >= first)


def _month_preview(idx: _Index, y: int, m: int, contract_id: str | None) -> MonthPreview:
    if contract_id is not None:
        if contract_id not in idx.contracts:
            raise KeyError(contract_id)
        ids = [contract_id]
    else:
        ids = [c.id for c in idx.snapshot.contracts if _relevant(idx, c, y, m)]
    cms = tuple(_contract_month(idx, cid, y, m) for cid in ids)

    def total(get: str) -> Decimal | None:
        vals: list[Decimal | None] = []
        for cm in cms:
            v = getattr(cm, get)
            vals.append(v.amount if isinstance(v, Figure) else v)
        return _add(*vals) if vals else ZERO

    return MonthPreview(
        year=y, month=m, contracts=cms, vederlag=total("vederlag"), kost_logi=total("kost_logi"),
        mileage=total("mileage"), expenses=total("expenses"), holiday_pay=total("holiday_pay"),
        taxable=total("taxable"), tax_free=total("tax_free"), total=total("total"))


def preview_month(snapshot: DiarySnapshot, year: int, month: int,
                  contract_id: str | None = None) -> MonthPreview:
    """Expected earnings for a calendar month: every relevant contract, or only ``contract_id``."""
    return _month_preview(index_for(snapshot), year, month, contract_id)


@nogc
def preview_months(snapshot: DiarySnapshot, months: Iterable[Month],
                   contract_id: str | None = None) -> list[MonthPreview]:
    """Several months at once, sharing the snapshot's index (for the 12-month chart and the year)."""
    idx = index_for(snapshot)
    return [_month_preview(idx, y, m, contract_id) for y, m in months]


def paid_months(snapshot: DiarySnapshot, contract_id: str) -> list[Month]:
    """The months in which the contract has paid døgn, in order."""
    idx = index_for(snapshot)
    out = {(y, m) for (cid, y, m), nds in idx.nights.items()
           if cid == contract_id and any(n.paid for n in nds)}
    return sorted(out)


def known_total(preview: MonthPreview) -> tuple[Decimal, bool]:
    """(what is known of the month's total, whether it is incomplete because a rate is missing).

    A contract with a missing rate adds the figures that are known (e.g. kørsel, udlæg): the sum
    is then a lower bound.
    """
    if preview.total is not None:
        return preview.total, False
    known = Decimal(0)
    for cm in preview.contracts:
        if cm.total is not None:
            known += cm.total
            continue
        for figure in (cm.vederlag, cm.kost_logi, cm.mileage, cm.expenses):
            if figure.amount is not None:
                known += figure.amount
    return known, True



__all__ = ["contract_month", "count_nights", "index_for", "known_total", "paid_months", "preview_month",
           "preview_months", "split_km"]
