"""Årsoversigt: the year per contract and in total, month by month, with the døgn chart.

Every figure is the engine's (``MonthPreview``/``ContractMonth``); yearly totals are sums of
the months' rounded figures, so the overview adds up line by line. Months are the months the
døgn belong to; each is paid the month after (``payment_month``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from aflastapp.core.models import ContractMonth, DiarySnapshot, Figure, MonthPreview
from aflastapp.core.money import format_km
from aflastapp.reports.charts import nights_chart
from aflastapp.reports.common import child_text
from aflastapp.reports.style import (
    BODY_WIDTH,
    DocMeta,
    Styles,
    build_pdf,
    check_lang,
    data_table,
    info_table,
    kr,
    number,
    para,
    styles,
    title_block,
)
from aflastapp.reports.style import (
    MONTHS as MONTH_NAMES,
)

TITLE = {"da": "Årsoversigt", "en": "Annual summary (årsoversigt)"}

# per language: the document's fixed words (strings, column tuples, status maps, sentence templates)
TEXTS: dict[str, dict[str, Any]] = {
    "da": {
        "subtitle": "Aflastning i {year}",
        "all": "Samlet for alle kontrakter",
        "contract": "Kontrakt",
        "cols": (
            "Måned",
            "Døgn",
            "Loft",
            "Vederlag",
            "Feriepenge",
            "Kost og logi",
            "Kørsel km",
            "Kørsel",
            "Udlæg",
        ),
        "overview_cols": ("Kontrakt", "Døgn", "Vederlag", "Feriepenge", "Skattefrit", "I alt"),
        "total": "I alt",
        "amounts_note": "Beløb i kr. Døgnene er opgjort i den måned, de ligger i, og udbetales "
        "måneden efter. "
        "Loft = kommunens højeste antal døgn i måneden.",
        "missing": "* En sats mangler for en del af perioden; beløbet kan ikke beregnes, før satsen "
        "er indtastet.",
        "taxable": "Vederlag (skattepligtigt)",
        "holiday": "Feriepenge (opgjort for sig, udbetales ikke med vederlaget)",
        "kost": "Kost og logi (skattefrit)",
        "mileage": "Kørselsgodtgørelse (skattefri, {km})",
        "expenses": "Refunderede udlæg (skattefrie)",
        "tax_free": "Skattefrit i alt",
        "grand": "Udbetalt i alt (vederlag + skattefrit)",
        "chart": "Døgn pr. måned mod loftet",
        "no_contracts": "Der er ingen kontrakter med aktivitet i året.",
        "paid_title": "Forventet og udbetalt pr. måned",
        "paid_cols": ("Måned", "Forventet", "Udbetalt", "Forskel", "Status"),
        "paid_note": "Udbetalt = det, I har registreret fra lønsedlen eller banken. Forskel = forventet − "
        "udbetalt for de beløb, lønsedlen nævner (positiv: kommunen skylder jer). Feriepenge er ikke med.",
        "status": {"ok": "stemmer", "underpaid": "for lidt", "overpaid": "for meget",
                   "not_paid": "ikke udbetalt", "unknown": "sats mangler"},
    },
    "en": {
        "subtitle": "Relief care in {year}",
        "all": "All contracts together",
        "contract": "Contract",
        "cols": (
            "Month",
            "Nights",
            "Cap",
            "Fee",
            "Holiday pay",
            "Board and lodging",
            "Driving km",
            "Driving",
            "Expenses",
        ),
        "overview_cols": ("Contract", "Nights", "Fee", "Holiday pay", "Tax-free", "Total"),
        "total": "Total",
        "amounts_note": "Amounts in DKK. Nights are counted in the month they fall in and paid the "
        "month after. "
        "Cap = the municipality's maximum nights in the month.",
        "missing": "* A rate is missing for part of the period; the amount cannot be computed until it is "
        "entered.",
        "taxable": "Fee, vederlag (taxable)",
        "holiday": "Holiday pay (reported apart, not paid with the fee)",
        "kost": "Board and lodging (tax-free)",
        "mileage": "Mileage allowance (tax-free, {km})",
        "expenses": "Reimbursed expenses (tax-free)",
        "tax_free": "Tax-free total",
        "grand": "Paid in total (fee + tax-free)",
        "chart": "Nights per month against the cap",
        "no_contracts": "No contract has any activity in the year.",
        "paid_title": "Expected and paid per month",
        "paid_cols": ("Month", "Expected", "Paid", "Difference", "Status"),
        "paid_note": "Paid = what you recorded from the payslip or the bank. Difference = expected − paid "
        "for the amounts the payslip states (positive: the municipality owes you). Holiday pay is left out.",
        "status": {"ok": "correct", "underpaid": "underpaid", "overpaid": "overpaid",
                   "not_paid": "not paid", "unknown": "rate missing"},
    },
}


def header_names(names: Sequence[str], lang: str) -> str:
    """The municipalities for the page header, short enough for five: "Slagelse, Randers og Morsø
    kommuner" rather than each "… Kommune" in full."""
    if len(names) <= 1:
        return "".join(names)
    suffix = " Kommune" if lang == "da" else " Municipality"
    if not all(n.endswith(suffix) for n in names):
        return ", ".join(names)
    towns = [n[: -len(suffix)] for n in names]
    joined = ", ".join(towns[:-1]) + (" og " if lang == "da" else " and ") + towns[-1]
    return joined + (" kommuner" if lang == "da" else " municipalities")


def _sum(values: Sequence[Decimal | None]) -> Decimal | None:
    if any(v is None for v in values):
        return None
    return sum((v for v in values if v is not None), Decimal(0))


def _fig(figure: Figure) -> Decimal | None:
    return figure.amount


def _cell(amount: Decimal | None, lang: str) -> str:
    return "–*" if amount is None else number(amount, lang, 2)


def _contract_label(snapshot: DiarySnapshot, contract_id: str, names: Mapping[str, str], lang: str) -> str:
    contract = next((c for c in snapshot.contracts if c.id == contract_id), None)
    child = next((c for c in snapshot.children if contract and c.id == contract.child_id), None)
    who = child.name if child else contract_id
    where = names.get(contract_id) or (contract.municipality.capitalize() if contract else "")
    return f"{who} – {where}" if where else who


def _months_of(previews: Sequence[MonthPreview], contract_id: str) -> list[ContractMonth]:
    out: list[ContractMonth] = []
    for p in previews:
        out.extend(c for c in p.contracts if c.contract_id == contract_id)
    return out


def _totals_block(months: Sequence[ContractMonth], lang: str, st: Styles) -> Flowable:
    tx = TEXTS[lang]
    vederlag = _sum([_fig(m.vederlag) for m in months])
    holiday = _sum([_fig(m.holiday_pay) for m in months])
    kost = _sum([_fig(m.kost_logi) for m in months])
    mileage = _sum([_fig(m.mileage) for m in months])
    expenses = _sum([_fig(m.expenses) for m in months])
    km = sum((m.mileage_km for m in months), Decimal(0))
    tax_free = _sum([m.tax_free for m in months])
    total = _sum([m.total for m in months])
    rows = [
        (tx["taxable"], kr(vederlag, lang)),
        (tx["kost"], kr(kost, lang)),
        (tx["mileage"].format(km=format_km(km, lang)), kr(mileage, lang)),
        (tx["expenses"], kr(expenses, lang)),
        (tx["tax_free"], kr(tax_free, lang)),
        (tx["grand"], kr(total, lang)),
        (tx["holiday"], kr(holiday, lang)),
    ]
    return info_table(rows, st, label_width=110 * mm)


def _month_table(months: Sequence[ContractMonth], lang: str, st: Styles) -> Flowable:
    tx = TEXTS[lang]
    rows: list[list[str]] = []
    for m in months:
        rows.append(
            [
                MONTH_NAMES[lang][m.month - 1].capitalize(),
                str(m.nights),
                "" if m.cap is None else str(m.cap),
                _cell(m.vederlag.amount, lang),
                _cell(m.holiday_pay.amount, lang),
                _cell(m.kost_logi.amount, lang),
                number(m.mileage_km, lang),
                _cell(m.mileage.amount, lang),
                _cell(m.expenses.amount, lang),
            ]
        )
    rows.append(
        [
            tx["total"],
            str(sum(m.nights for m in months)),
            "",
            _cell(_sum([m.vederlag.amount for m in months]), lang),
            _cell(_sum([m.holiday_pay.amount for m in months]), lang),
            _cell(_sum([m.kost_logi.amount for m in months]), lang),
            number(sum((m.mileage_km for m in months), Decimal(0)), lang),
            _cell(_sum([m.mileage.amount for m in months]), lang),
            _cell(_sum([m.expenses.amount for m in months]), lang),
        ]
    )
    return data_table(
        tx["cols"],
        rows,
        (0.11, 0.07, 0.06, 0.13, 0.12, 0.13, 0.1, 0.13, 0.15),
        st,
        right=(1, 2, 3, 4, 5, 6, 7, 8),
        total_rows=1,
    )


_WITH_FEE = ("vederlag", "kost_logi", "mileage", "expenses")  # holiday pay goes to Feriekonto


def _paid_table(snapshot: DiarySnapshot, months: Sequence[ContractMonth], lang: str, st: Styles,
                today: date) -> list[Flowable]:
    """Expected against paid per month (issue 14), only for a contract with payments in the year."""
    from aflastapp.core.paycheck import compare

    if not months:
        return []
    cid, year = months[0].contract_id, months[0].year
    pays = [p for p in snapshot.payments if p.contract_id == cid and p.period.startswith(f"{year:04d}-")]
    if not pays:
        return []
    tx = TEXTS[lang]
    rows: list[list[str]] = []
    for m in months:
        check = compare(m, [p for p in pays if p.period == f"{m.year:04d}-{m.month:02d}"], today)
        stated = [f for f in _WITH_FEE if check.paid[f] is not None]
        paid = _sum([check.paid[f] for f in stated]) if stated else None
        diff = _sum([check.difference.get(f) for f in stated]) if stated else None
        status = tx["status"][str(check.status)]
        if not check.payments and check.status == "ok":
            status = ""
        rows.append([MONTH_NAMES[lang][m.month - 1].capitalize(), _cell(m.total, lang),
                     "–" if paid is None else number(paid, lang, 2),
                     "" if diff is None else number(diff, lang, 2), status])
    table = data_table(tx["paid_cols"], rows, (0.16, 0.2, 0.2, 0.2, 0.24), st, right=(1, 2, 3))
    return [Spacer(1, 3 * mm), KeepTogether([para(tx["paid_title"], st.h3), table,
                                             para(tx["paid_note"], st.small)])]


def render(
    snapshot: DiarySnapshot,
    year: int,
    previews: Sequence[MonthPreview],
    *,
    municipality_names: Mapping[str, str],
    contract_id: str | None = None,
    lang: str = "da",
    today: date | None = None,
) -> bytes:
    """The year's overview as PDF bytes: all contracts (or only ``contract_id``), then each one."""
    tx = TEXTS[check_lang(lang)]
    st = styles()
    previews = sorted((p for p in previews if p.year == year), key=lambda p: p.month)
    ids: list[str] = []
    for p in previews:
        for c in p.contracts:
            if c.contract_id not in ids and (contract_id is None or c.contract_id == contract_id):
                ids.append(c.contract_id)
    story: list[Flowable] = []
    story += title_block(TITLE[lang], tx["subtitle"].format(year=year), st)
    family = snapshot.family
    head_rows = []
    if family.name:
        head_rows.append(("Familie" if lang == "da" else "Family", family.name))
    if family.address:
        head_rows.append(("Adresse" if lang == "da" else "Address", family.address))
    for cid in ids:
        contract = next((c for c in snapshot.contracts if c.id == cid), None)
        child = next((c for c in snapshot.children if contract and c.id == contract.child_id), None)
        if child is not None:
            head_rows.append(
                (
                    ("Barn" if lang == "da" else "Child"),
                    child_text(child, lang)
                    + (f" – {municipality_names[cid]}" if municipality_names.get(cid) else "")
                    + (
                        f", {'sagsnr.' if lang == 'da' else 'case no.'} {contract.case_reference}"
                        if contract is not None and contract.case_reference
                        else ""
                    ),
                )
            )
    if head_rows:
        story.append(info_table(head_rows, st))
    missing = False
    label: Callable[[str], str] = lambda cid: _contract_label(snapshot, cid, municipality_names, lang)  # noqa: E731

    if not ids:
        story.append(para(tx["no_contracts"], st.body))
    if len(ids) > 1:
        story.append(para(tx["all"], st.h2))
        rows = []
        for cid in ids:
            months = _months_of(previews, cid)
            rows.append(
                [
                    label(cid),
                    str(sum(m.nights for m in months)),
                    _cell(_sum([m.vederlag.amount for m in months]), lang),
                    _cell(_sum([m.holiday_pay.amount for m in months]), lang),
                    _cell(_sum([m.tax_free for m in months]), lang),
                    _cell(_sum([m.total for m in months]), lang),
                ]
            )
        every = [m for cid in ids for m in _months_of(previews, cid)]
        rows.append(
            [
                tx["total"],
                str(sum(m.nights for m in every)),
                _cell(_sum([m.vederlag.amount for m in every]), lang),
                _cell(_sum([m.holiday_pay.amount for m in every]), lang),
                _cell(_sum([m.tax_free for m in every]), lang),
                _cell(_sum([m.total for m in every]), lang),
            ]
        )
        story.append(
            data_table(
                tx["overview_cols"],
                rows,
                (0.31, 0.08, 0.15, 0.14, 0.16, 0.16),
                st,
                right=(1, 2, 3, 4, 5),
                total_rows=1,
            )
        )
        story.append(Spacer(1, 3 * mm))
        story.append(_totals_block(every, lang, st))
        story.append(Spacer(1, 3 * mm))
        story.append(
            KeepTogether(
                [
                    para(tx["chart"], st.h3),
                    nights_chart(
                        previews,
                        contract_ids=ids,
                        names={cid: label(cid) for cid in ids},
                        lang=lang,
                        width=BODY_WIDTH,
                        height=70 * mm,
                    ),
                ]
            )
        )
        missing = missing or any(m.total is None for m in every)

    for n, cid in enumerate(ids):
        months = _months_of(previews, cid)
        if len(ids) > 1 or n:
            story.append(PageBreak())
        story.append(para(label(cid), st.h2))
        story.append(_month_table(months, lang, st))
        story.append(para(tx["amounts_note"], st.small))
        story.append(Spacer(1, 3 * mm))
        story.append(_totals_block(months, lang, st))
        story += _paid_table(snapshot, months, lang, st, today or date.today())
        story.append(Spacer(1, 3 * mm))
        story.append(
            KeepTogether(
                [
                    para(tx["chart"], st.h3),
                    nights_chart(previews, contract_ids=[cid], lang=lang, width=BODY_WIDTH, height=62 * mm),
                ]
            )
        )
        missing = missing or any(
            a is None for m in months for a in (m.vederlag.amount, m.kost_logi.amount, m.mileage.amount)
        )
    if missing:
        story.append(Spacer(1, 2 * mm))
        story.append(para(tx["missing"], st.small))

    names = list(dict.fromkeys(municipality_names.get(cid, "") for cid in ids if municipality_names.get(cid)))
    meta = DocMeta(title=TITLE[lang], period=str(year), municipality=header_names(names, lang), lang=lang)
    return build_pdf(story, meta)
