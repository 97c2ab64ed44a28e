"""Were we paid right? The expected figures of a contract-month against what the family recorded.

For one contract and one month of care (the month the stays and driving belong to):

- ``expected`` is the preview's figure for each payment field (None when a rate is missing);
- ``paid`` is, per field, the sum over every payment recorded for that contract and month that states
  the field (None: no payment states it, so it is not compared);
- ``difference`` = expected − paid for every stated field whose expected figure is known; positive:
  the municipality owes the family;
- ``status``: ``ok`` (every stated field within 1 kr.), ``underpaid`` (a stated field more than 1 kr.
  short), ``overpaid`` (a stated field more than 1 kr. over, none short), ``not_paid`` (no payment
  recorded, something is expected and the payment month has passed), ``unknown`` (an expected figure
  is missing because a rate is missing, so the payment cannot be checked).

Pure: Decimal in, Decimal out; the explanation and the letter text are Danish.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from aflastapp.core import messages as msg
from aflastapp.core.models import PAYMENT_FIELDS, ContractMonth, DiarySnapshot, Figure, Payment
from aflastapp.core.money import format_date, format_kr, format_month

TOLERANCE = Decimal("1.00")  # a payslip rounded to whole kroner is still "ok"
ZERO = Decimal("0.00")

# The fields as the family reads them on a payslip (lower case, for running text).
FIELD_NAMES: dict[str, str] = {
    "vederlag": "vederlag",
    "kost_logi": "kost og logi",
    "mileage": "kørselsgodtgørelse",
    "expenses": "udlæg",
    "holiday_pay": "feriepenge",
}


class PayStatus(StrEnum):
    OK = "ok"
    UNDERPAID = "underpaid"
    OVERPAID = "overpaid"
    NOT_PAID = "not_paid"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PayCheck:
    """The comparison for one contract and one month of care."""

    contract_id: str
    year: int
    month: int
    expected: dict[str, Decimal | None]  # every payment field
    paid: dict[str, Decimal | None]  # every payment field; None = not stated on any payment
    difference: dict[str, Decimal]  # stated fields with a known expected figure: expected − paid
    status: PayStatus
    explanation: str  # Danish, one or two sentences
    payments: tuple[Payment, ...]
    payment_month: tuple[int, int]
    preview: ContractMonth  # the figures and their explanations ("hvorfor?")
    # the explanation as messages (core.messages), joined by "; " (messages.sentences)
    explanation_parts: tuple[tuple[str, msg.Params], ...] = ()

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def shortfall(self) -> dict[str, Decimal]:
        """The fields paid more than 1 kr. too little, with how much."""
        return {k: v for k, v in self.difference.items() if v > TOLERANCE}

    @property
    def expected_total(self) -> Decimal | None:
        """What should be paid with the fee (holiday pay goes to Feriekonto and is left out)."""
        return self.preview.total


def figure_of(cm: ContractMonth, field: str) -> Figure:
    fig = getattr(cm, field)
    assert isinstance(fig, Figure)
    return fig


def paid_sums(payments: tuple[Payment, ...] | list[Payment]) -> dict[str, Decimal | None]:
    """Per field, the sum of the payments that state it (None when none does)."""
    out: dict[str, Decimal | None] = {}
    for f in PAYMENT_FIELDS:
        stated = [getattr(p, f) for p in payments if getattr(p, f) is not None]
        out[f] = sum(stated, ZERO) if stated else None
    return out


def _month_passed(payment_month: tuple[int, int], today: date) -> bool:
    return (today.year, today.month) > payment_month


def compare(cm: ContractMonth, payments: tuple[Payment, ...] | list[Payment], today: date) -> PayCheck:
    """Compare one contract-month's preview with the payments recorded for it."""
    pays = tuple(sorted(payments, key=lambda p: (p.paid_on, p.id)))
    expected = {f: figure_of(cm, f).amount for f in PAYMENT_FIELDS}
    paid = paid_sums(pays)
    difference = {f: expected_f - paid_f for f in PAYMENT_FIELDS
                  if (paid_f := paid[f]) is not None and (expected_f := expected[f]) is not None}
    missing = [f for f in PAYMENT_FIELDS if expected[f] is None]
    period = f"{cm.year:04d}-{cm.month:02d}"
    pay_period = f"{cm.payment_month[0]:04d}-{cm.payment_month[1]:02d}"
    total = cm.total
    parts: list[tuple[str, msg.Params]]

    if not pays:
        something = total is None or total > ZERO
        if something and _month_passed(cm.payment_month, today):
            status = PayStatus.NOT_PAID
            parts = [("pay.not_paid", msg.params(period=period, pay_period=pay_period, amount=total))
                     if total is not None else
                     ("pay.not_paid_unknown", msg.params(period=period, pay_period=pay_period))]
        elif missing:
            status = PayStatus.UNKNOWN
            parts = [_missing_part(missing)]
        elif not something:
            status = PayStatus.OK
            parts = [("pay.nothing", msg.params(period=period))]
        else:
            status = PayStatus.OK
            parts = [("pay.due", msg.params(pay_period=pay_period, amount=total))]
        return PayCheck(cm.contract_id, cm.year, cm.month, expected, paid, difference, status,
                        msg.sentences(tuple(parts)), pays, cm.payment_month, cm, tuple(parts))

    short = {f: d for f, d in difference.items() if d > TOLERANCE}
    over = {f: -d for f, d in difference.items() if d < -TOLERANCE}
    parts = [("pay.short", msg.params(amount=d, field=f, expected=expected[f], paid=paid[f]))
             for f, d in short.items()]
    parts += [("pay.over", msg.params(amount=d, field=f, expected=expected[f], paid=paid[f]))
              for f, d in over.items()]
    if missing:
        status = PayStatus.UNKNOWN
        parts = [_missing_part(missing), *parts]
    elif short:
        status = PayStatus.UNDERPAID
    elif over:
        status = PayStatus.OVERPAID
    else:
        status = PayStatus.OK
        stated = tuple(f for f in PAYMENT_FIELDS if paid[f] is not None)
        parts = [("pay.ok", msg.params(fields=stated)) if stated else ("pay.no_amounts", ())]
    return PayCheck(cm.contract_id, cm.year, cm.month, expected, paid, difference, status,
                    msg.sentences(tuple(parts)), pays, cm.payment_month, cm, tuple(parts))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _missing_part(fields: list[str]) -> tuple[str, msg.Params]:
    return "pay.rate_missing", msg.params(fields=tuple(fields))


def check_month(snapshot: DiarySnapshot, year: int, month: int, today: date,
                contract_id: str | None = None) -> list[PayCheck]:
    """Every contract of the month that has a preview or a recorded payment, by contract."""
    from aflastapp.core import earnings

    period = f"{year:04d}-{month:02d}"
    by_contract: dict[str, list[Payment]] = {}
    for p in snapshot.payments:
        if p.period == period and (contract_id is None or p.contract_id == contract_id):
            by_contract.setdefault(p.contract_id, []).append(p)
    known = {c.id for c in snapshot.contracts}
    preview = earnings.preview_month(snapshot, year, month, contract_id)
    months = {cm.contract_id: cm for cm in preview.contracts}
    for cid in by_contract:
        if cid not in months and cid in known:
            months[cid] = earnings.contract_month(snapshot, cid, year, month)
    order = [c.id for c in snapshot.contracts if c.id in months]
    return [compare(months[cid], by_contract.get(cid, []), today) for cid in order]


def checked_periods(snapshot: DiarySnapshot) -> list[tuple[str, int, int]]:
    """(contract, year, month) of every recorded payment, in order."""
    out = set()
    known = {c.id for c in snapshot.contracts}
    for p in snapshot.payments:
        if p.contract_id in known:
            y, m = p.period.split("-")
            out.add((p.contract_id, int(y), int(m)))
    return sorted(out)


def underpayments(snapshot: DiarySnapshot, today: date) -> list[PayCheck]:
    """Every contract-month with a recorded payment that is short by more than 1 kr. in a field."""
    from aflastapp.core import earnings

    out = []
    by_key: dict[tuple[str, str], list[Payment]] = {}
    for p in snapshot.payments:
        by_key.setdefault((p.contract_id, p.period), []).append(p)
    for cid, y, m in checked_periods(snapshot):
        cm = earnings.contract_month(snapshot, cid, y, m)
        check = compare(cm, by_key[(cid, f"{y:04d}-{m:02d}")], today)
        if check.status is PayStatus.UNDERPAID:
            out.append(check)
    return out


def reminder_title(check: PayCheck) -> str:
    """ "Kontakt kommunen om marts 2026: 193,00 kr. for lidt i kost og logi"."""
    return msg.text("deadline.underpayment", reminder_params(check))


def reminder_params(check: PayCheck) -> msg.Params:
    """The parameters of the reminder's title (``deadline.underpayment``)."""
    short = tuple(("pay.short_in", msg.params(amount=d, field=f)) for f, d in check.shortfall.items())
    return msg.params(period=check.period, short=short)


def _and(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " og " + parts[-1]


def letter_text(check: PayCheck, municipality: str, child: str = "", family: str = "") -> str:
    """A letter to the municipality the family can copy: what was expected, why (rule and rate), what
    was paid and what is missing. Names appear only if given (the family sends it by secure post)."""
    period = format_month(check.year, check.month)
    lines = [f"Til {municipality}", "",
             f"Vedr. udbetaling for aflastning i {period}" + (f" ({child})" if child else ""), "",
             "Ved gennemgang af lønsedlen/udbetalingen for " + period + " mangler der efter vores "
             "opgørelse følgende:", ""]
    for f, d in check.shortfall.items():
        lines.append(f"- {_sentence(FIELD_NAMES[f])}: forventet {format_kr(check.expected[f])}, udbetalt "
                     f"{format_kr(check.paid[f])}, mangler {format_kr(d)}")
    lines += ["", "Sådan er det forventede beløb opgjort:"]
    for f in check.shortfall:
        fig = figure_of(check.preview, f)
        lines.append(f"{_sentence(FIELD_NAMES[f])}:")
        for line in fig.lines:
            amount = format_kr(line.amount) if line.amount is not None else "mangler sats"
            lines.append(f"  {line.label} = {amount}")
            if line.explanation.text:
                lines.append(f"    {line.explanation.text}")
            if line.explanation.source:
                lines.append(f"    Kilde: {line.explanation.source}")
        for e in fig.explanations:
            lines.append(f"  {e.text}" + (f" (kilde: {e.source})" if e.source else ""))
    paid_on = ", ".join(format_date(p.paid_on) for p in check.payments)
    lines += ["", f"Udbetalingen er modtaget {paid_on}." if paid_on else "",
              f"Vi beder jer efterbetale i alt {format_kr(sum(check.shortfall.values(), ZERO))} "
              "eller forklare forskellen.", "", "Med venlig hilsen"]
    if family:
        lines.append(family)
    return "\n".join(line for i, line in enumerate(lines) if line or i == 0 or lines[i - 1])


__all__ = ["PayCheck", "PayStatus", "check_month", "compare", "letter_text", "reminder_title",
           "underpayments"]
