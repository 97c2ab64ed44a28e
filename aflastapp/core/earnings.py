"""Earnings preview per contract and calendar month.

- vederlag = Σ over paid døgn of vederlag_count × KL's per-døgn table figure (whole kroner) in force
  on the døgn's date (Morsø 2021: 7 × 148 = 1,036 kr. per døgn);
- kost og logi = Σ over paid døgn of the 3rd–4th child rate when the contract's child ordinal is ≥ 3,
  else the under-10 or 10-and-over rate by the child's age on that døgn's date;
- mileage = Σ trips' km × the state's low rate on the trip's date; a trip shared by several contracts
  is split evenly between them (to the hundredth of a km, the remainder to the first contracts);
- expenses = Σ expenses with an approval reference (others are left out and warned about);
- holiday pay = 12.5 % of vederlag (or the rule set's figure), reported apart from the total;
- taxable = vederlag; tax_free = kost og logi + mileage + expenses; total = taxable + tax_free;
  paid in arrears: payment month = the next month.

Money is Decimal; each line is rounded half-up to the øre and totals are sums of rounded lines. A
rate the data lacks makes its line and the figure ``None`` with warning ``rate_missing``.

Work is shared: one index per snapshot (stays' døgn, trips and expenses by contract and month,
computed once), and each contract-month is computed once and cached on that index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from aflastapp.core.models import (
    Child,
    Contract,
    ContractMonth,
    DiarySnapshot,
    Expense,
    Explanation,
    Figure,
    MoneyLine,
    MonthPreview,
    NightDate,
    RuleWarning,
    Stay,
    Trip,
    WarningCode,
)
from aflastapp.core.money import format_date, format_kr, format_month, format_number, round_ore
from aflastapp.core.nights import age_on, count_nights, night_dates_paid, stay_paid
from aflastapp.core.periods import month_end, next_month
from aflastapp.core.rates import RateTable, RateValue, load_rates
from aflastapp.core.rules import RuleSet, load_rule_set

ZERO = Decimal("0.00")
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

    snapshot: DiarySnapshot
    rates: RateTable
    children: dict[str, Child]
    contracts: dict[str, Contract]
    rule_sets: dict[str, RuleSet]
    nights: dict[Key, list[NightDate]] = field(default_factory=dict)
    stay_warnings: dict[Key, list[RuleWarning]] = field(default_factory=lambda: defaultdict(list))
    trips: dict[Key, list[tuple[Trip, Decimal]]] = field(default_factory=lambda: defaultdict(list))
    expenses: dict[Key, list[Expense]] = field(default_factory=lambda: defaultdict(list))
    expense_warnings: dict[Key, list[RuleWarning]] = field(default_factory=lambda: defaultdict(list))
    child_paid: dict[tuple[str, str, int, int], int] = field(default_factory=lambda: defaultdict(int))
    months: dict[str, set[Month]] = field(default_factory=lambda: defaultdict(set))
    results: dict[Key, ContractMonth] = field(default_factory=dict)

    def rule_set(self, contract_id: str) -> RuleSet:
        return self.rule_sets[contract_id]


_CACHE: list[tuple[DiarySnapshot, _Index]] = []
_CACHE_SIZE = 4


def index_for(snapshot: DiarySnapshot) -> _Index:
    """The (cached) index of a snapshot; the same snapshot object is indexed only once."""
    for snap, idx in _CACHE:
        if snap is snapshot:
            return idx
    idx = _build_index(snapshot)
    _CACHE.insert(0, (snapshot, idx))
    del _CACHE[_CACHE_SIZE:]
    return idx


def _build_index(s: DiarySnapshot) -> _Index:
    rates = load_rates(s.kl_overrides, s.mileage_overrides)
    contracts = {c.id: c for c in s.contracts}
    idx = _Index(
        snapshot=s, rates=rates, children={c.id: c for c in s.children}, contracts=contracts,
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
        for d in sorted(by_date):
            nd = by_date[d]
            idx.nights.setdefault((cid, d.year, d.month), []).append(nd)
            idx.months[cid].add((d.year, d.month))
            if nd.paid:
                idx.child_paid[(contract.child_id, rs_id, d.year, d.month)] += 1
    for trip in s.trips:
        ids = [c for c in trip.contract_ids if c in contracts]
        if not ids:
            continue
        for cid, share in zip(ids, split_km(trip.km, len(ids)), strict=True):
            idx.trips[(cid, trip.date.year, trip.date.month)].append((trip, share))
            idx.months[cid].add((trip.date.year, trip.date.month))
    by_contract: dict[str, list[Expense]] = defaultdict(list)
    for e in s.expenses:
        if e.contract_id not in contracts:
            continue
        idx.expenses[(e.contract_id, e.date.year, e.date.month)].append(e)
        idx.months[e.contract_id].add((e.date.year, e.date.month))
        by_contract[e.contract_id].append(e)
    for cid, exps in by_contract.items():
        _expense_cap_warnings(idx, cid, sorted(exps, key=lambda e: (e.date, e.id)))
    for key in idx.trips:
        idx.trips[key].sort(key=lambda t: (t[0].date, t[0].id))
    for key in idx.expenses:
        idx.expenses[key].sort(key=lambda e: (e.date, e.id))
    return idx


def _too_long(stay: Stay, rs: RuleSet, nights: int) -> list[RuleWarning]:
    rule = rs.max_stay_nights
    if rule is None or nights <= rule.value:
        return []
    msg = (f"Opholdet fra {format_date(stay.start.date())} er {nights} døgn; {rs.name} giver aflastning "
           f"i højst {rule.value} døgn ad gangen")
    return [RuleWarning(WarningCode.STAY_TOO_LONG, msg, stay.contract_id, stay.start.date(), rule.source)]


def _expense_cap_warnings(idx: _Index, cid: str, exps: list[Expense]) -> None:
    rs = idx.rule_set(cid)
    if rs.expense_caps is None:
        return
    source = rs.expense_caps.source
    for cap in rs.expense_caps.value:
        # Only what is claimed counts against a cap: an expense without approval is not paid at all.
        mine = [e for e in exps if e.category == cap.category and e.approval.strip()]
        if cap.per == "expense":
            for e in mine:
                if e.amount > cap.amount:
                    _cap_warning(idx, cid, e, cap.amount, e.amount, "pr. udgift", source)
            continue
        groups: dict[object, Decimal] = defaultdict(lambda: Decimal(0))
        warned: set[object] = set()
        for e in mine:
            g: object = e.date.isocalendar()[:2] if cap.per == "weekend" else e.date.year
            groups[g] += e.amount
            if groups[g] > cap.amount and g not in warned:
                warned.add(g)
                what = "pr. weekend" if cap.per == "weekend" else f"pr. år ({e.date.year})"
                _cap_warning(idx, cid, e, cap.amount, groups[g], what, source)


def _cap_warning(idx: _Index, cid: str, e: Expense, cap: Decimal, amount: Decimal, per: str,
                 source: str) -> None:
    msg = (f"Udlæg {format_date(e.date)} ({e.description or e.category}): {format_kr(amount)} er over "
           f"kommunens loft på {format_kr(cap)} {per}")
    idx.expense_warnings[(cid, e.date.year, e.date.month)].append(
        RuleWarning(WarningCode.EXPENSE_OVER_CAP, msg, cid, e.date, source))


# --------------------------------------------------------------------------- one contract-month


def _missing(name: str, d: date, cid: str) -> RuleWarning:
    return RuleWarning(
        WarningCode.RATE_MISSING,
        f"Satsen for {name} pr. {format_date(d)} mangler i appens tabeller: indtast den fra kommunens "
        "brev eller KL's takster under Satser", cid, d)


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
    if c.vederlag_count == 0:
        return Figure(ZERO, (), (Explanation("Aftalen giver ingen vederlag (0 vederlag), kun omkostninger"),))
    groups: dict[RateValue | None, list[date]] = defaultdict(list)
    for nd in paid:
        groups[idx.rates.value_on("vederlag_per_day", nd.date)].append(nd.date)
    lines: list[MoneyLine] = []
    for rv, dates in sorted(groups.items(), key=lambda kv: kv[1][0]):
        n = Decimal(len(dates))
        if rv is None:
            warns.append(_missing(f"vederlag ({dates[0].year})", dates[0], c.id))
            lines.append(MoneyLine(f"{len(dates)} døgn × {c.vederlag_count} vederlag", n, None, None,
                                   Explanation(f"KL's vederlag pr. døgn for {dates[0].year} mangler")))
            continue
        per_day = rv.value * c.vederlag_count
        lines.append(MoneyLine(
            f"{len(dates)} døgn × {c.vederlag_count} vederlag à {format_kr(rv.value)}", n, per_day,
            round_ore(n * per_day),
            Explanation(f"{c.vederlag_count} × KL's vederlag pr. døgn {format_kr(rv.value)} "
                        f"(gældende fra {format_date(rv.valid_from)}) = {format_kr(per_day)} pr. døgn; "
                        f"døgn: {', '.join(format_date(d) for d in dates)}", rv.source, rv.override)))
    expl = [Explanation(f"Døgn tælles som {_method_text(rs)}", rs.counting_method.source,
                        rs.counting_method.assumed)]
    if rs.income_type is not None:
        expl.append(Explanation(f"Vederlaget er skattepligtigt ({rs.income_type.value})",
                                rs.income_type.source))
    else:
        expl.append(Explanation("Vederlaget er skattepligtig indkomst"))
    return Figure(_sum(lines), tuple(lines), tuple(expl))


def _method_text(rs: RuleSet) -> str:
    if rs.counting_method.value == "noon_to_noon":
        return "døgn fra kl. 12 til kl. 12"
    return "hoteldøgn (1 overnatning = 1 døgn)"


_KOST_LABEL = {
    "kost_logi_under_10": "under 10 år",
    "kost_logi_10_plus": "10 år og derover",
    "kost_logi_third_child": "3. og 4. barn",
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
        label = _KOST_LABEL[fname]
        if rv is None or child is None:
            warns.append(_missing(f"kost og logi {label} ({dates[0].year})", dates[0], c.id))
            lines.append(MoneyLine(f"{len(dates)} døgn kost og logi ({label})", n, None, None,
                                   Explanation(f"Kost og logi ({label}) for {dates[0].year} mangler")))
            continue
        why = ("barnet er nr. 3 eller 4 anbragt af samme kommune" if fname == "kost_logi_third_child"
               else f"barnet er {label} på døgnets dato")
        lines.append(MoneyLine(
            f"{len(dates)} døgn kost og logi ({label}) à {format_kr(rv.value)}", n, rv.value,
            round_ore(n * rv.value),
            Explanation(f"Kost og logi {format_kr(rv.value)} pr. døgn, {why} (gældende fra "
                        f"{format_date(rv.valid_from)}); døgn: {', '.join(format_date(d) for d in dates)}",
                        rv.source, rv.override)))
    return Figure(_sum(lines), tuple(lines),
                  (Explanation("Kost og logi er skattefri godtgørelse pr. døgn efter barnets alder"),))


def _mileage(idx: _Index, c: Contract, trips: list[tuple[Trip, Decimal]],
             warns: list[RuleWarning]) -> tuple[Decimal, Figure]:
    km_total = sum((share for _, share in trips), Decimal(0))
    if not trips:
        return km_total, Figure(ZERO)
    lines: list[MoneyLine] = []
    for trip, share in trips:
        rv = idx.rates.value_on("low_per_km", trip.date)
        route = " → ".join((trip.from_place, *trip.via, trip.to_place))
        split = f" (delt mellem {len(trip.contract_ids)} aftaler)" if len(trip.contract_ids) > 1 else ""
        label = f"{format_date(trip.date)} {route}: {format_number(share)} km{split}"
        if rv is None:
            warns.append(_missing("statens laveste kilometertakst", trip.date, c.id))
            lines.append(MoneyLine(label, share, None, None,
                                   Explanation(f"Statens laveste takst for {format_date(trip.date)} "
                                               "mangler")))
            continue
        lines.append(MoneyLine(label, share, rv.value, round_ore(share * rv.value), Explanation(
            f"{format_number(share)} km × statens laveste takst {format_number(rv.value)} kr./km "
            f"(gældende fra {format_date(rv.valid_from)})", rv.source, rv.override)))
    return km_total, Figure(_sum(lines), tuple(lines), (
        Explanation("Kørsel godtgøres efter statens laveste takst på kørselsdagen (skattefrit)"),))


def _expenses(idx: _Index, c: Contract, exps: list[Expense], warns: list[RuleWarning]) -> Figure:
    lines: list[MoneyLine] = []
    for e in exps:
        if not e.approval.strip():
            warns.append(RuleWarning(
                WarningCode.EXPENSE_WITHOUT_APPROVAL,
                f"Udlæg {format_date(e.date)} ({e.description or e.category}, {format_kr(e.amount)}) har "
                "ingen bevilling fra sagsbehandleren og er ikke medregnet", c.id, e.date))
            continue
        lines.append(MoneyLine(
            f"{format_date(e.date)} {e.description or e.category}", Decimal(1), round_ore(e.amount),
            round_ore(e.amount),
            Explanation(f"Udlæg med bevilling {e.approval}")))
    return Figure(_sum(lines), tuple(lines),
                  (Explanation("Kun udlæg med bevilling fra sagsbehandleren medregnes (skattefrit)"),))


def _holiday_pay(rs: RuleSet, vederlag: Figure) -> Figure:
    rule = rs.holiday_pay()
    pct = rule.value
    text = (f"{format_number(pct, 'da', 1)} % feriepenge af vederlaget, udbetales til Feriekonto, "
            "ikke med lønnen")
    if vederlag.amount is None:
        return Figure(None, (), (Explanation(text, rule.source, rule.assumed),))
    amount = round_ore(vederlag.amount * pct / 100)
    line = MoneyLine(f"{format_number(pct, 'da', 1)} % af {format_kr(vederlag.amount)}", vederlag.amount,
                     pct, amount, Explanation(text, rule.source, rule.assumed))
    return Figure(amount, (line,), (Explanation(text, rule.source, rule.assumed),))


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
        out.append(RuleWarning(
            WarningCode.MAX_NIGHTS_EXCEEDED,
            f"{paid} døgn i {format_month(y, m)}; {rs.name} giver højst {cap_rule.value} døgn om måneden",
            c.id, date(y, m, 1), cap_rule.source))
    pt = rs.placement_threshold
    if pt is not None and paid >= pt.value:
        out.append(RuleWarning(
            WarningCode.PLACEMENT_THRESHOLD,
            f"{paid} døgn i {format_month(y, m)}: {pt.value} døgn eller mere om måneden er en anbringelse, "
            "ikke aflastning", c.id, date(y, m, 1), pt.source))
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
    km, mileage = _mileage(idx, c, idx.trips.get(key, []), warns)
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
        payment_month=next_month(y, m), cap=cap, warnings=_dedupe(warns))
    idx.results[key] = result
    return result


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


__all__ = ["contract_month", "count_nights", "index_for", "paid_months", "preview_month", "preview_months",
           "split_km"]
