"""Read the amounts of a payslip (lønseddel) PDF, for the payment dialog to show and the family to confirm.

Municipal payroll systems print one line per pay element: a text ("Vederlag aflastning", "Kost og
logi", "Kørselsgodtgørelse", "Feriepenge" …) and the amount last, Danish style ("4.760,00"). Only such
lines are read: a line whose text names a payment field (tax, contributions and sums excepted) and
that ends in one amount. A field
found on several lines with different amounts is NOT filled in (it is listed as a problem), and nothing
is read from anywhere else. The result lists every line it used, so the dialog can show exactly what
was read; the family confirms before anything is filled in. Never a silent guess.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.money import format_kr

MAX_PDF_BYTES = 20 * 1024**2

# The field a line is about, by its words (holiday pay first: "Feriepenge af vederlag" is holiday pay).
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("holiday_pay", re.compile(r"\bferie(penge|godtgørelse|tillæg)\b", re.I)),
    ("kost_logi", re.compile(r"\bkost\s*(og|&|/|\+)?\s*logi\b", re.I)),
    ("mileage", re.compile(r"\b(kørsel\w*|km[- ]?godtgørelse|kilometer\w*|befordring\w*)\b", re.I)),
    ("expenses", re.compile(r"\b(udlæg|refusion\w*|godtgørelse af udgifter)\b", re.I)),
    ("vederlag", re.compile(r"\b(vederlag|aflastningsvederlag|honorar)\b", re.I)),
)
# Lines about tax, contributions or sums are not pay elements, even when they name one ("A-skat af vederlag").
_NOT_PAY = re.compile(r"\b(\w*skat\w*|am-bidrag|atp|pension\w*|fradrag|i alt|total|saldo|til udbetaling)\b",
                      re.I)
_AMOUNT = re.compile(r"(?<![\d.,])(-?\d{1,3}(?:\.\d{3})*,\d{2}|-?\d+,\d{2})\s*(?:kr\.?|dkk)?\s*$", re.I)
_PAID_ON = re.compile(
    r"(udbetal\w*|dispositionsdato|anvist|indsat)\D{0,30}?(\d{1,2})[.-](\d{1,2})[.-](\d{4})", re.I)


@dataclass(frozen=True, slots=True)
class PayslipReading:
    amounts: dict[str, Decimal] = field(default_factory=dict)  # only fields read without doubt
    paid_on: date | None = None
    used: tuple[tuple[str, str], ...] = ()  # (field, the line as read) for every line used
    problems: tuple[str, ...] = ()  # Danish: what could not be read without guessing

    def summary(self) -> str:
        """What was read, in Danish, for the confirmation."""
        from aflastapp.core.paycheck import FIELD_NAMES

        lines = [f"{FIELD_NAMES[f].capitalize()}: {format_kr(v)}" for f, v in self.amounts.items()]
        if self.paid_on is not None:
            lines.append(f"Udbetalt den {self.paid_on.strftime('%d.%m.%Y')}")
        return "\n".join(lines)


def _amount(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def _joined_lines(text: str) -> list[str]:
    """The text's lines, whitespace collapsed; an amount alone on a line (a right-aligned column, as
    PDF text extraction often gives it) is joined to the text line before it."""
    out: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if _AMOUNT.fullmatch(line) is not None and out and _AMOUNT.search(out[-1]) is None:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def parse_payslip_text(text: str) -> PayslipReading:
    """The payment fields a payslip's text states (see the module's rules)."""
    found: dict[str, list[tuple[Decimal, str]]] = {}
    used: list[tuple[str, str]] = []
    for line in _joined_lines(text):
        m = _AMOUNT.search(line)
        if not line or m is None:
            continue
        words = line[: m.start()]
        fields = [f for f, rx in _LABELS if rx.search(words)]
        if not fields:
            continue
        if _NOT_PAY.search(words):
            continue
        f = fields[0]
        found.setdefault(f, []).append((_amount(m.group(1)), line))
    amounts: dict[str, Decimal] = {}
    problems: list[str] = []
    from aflastapp.core.paycheck import FIELD_NAMES

    for f, items in found.items():
        values = {v for v, _ in items}
        if len(values) > 1:
            listed = "; ".join(f"»{ln}«" for _, ln in items)
            problems.append(f"{FIELD_NAMES[f].capitalize()} står på flere linjer med forskellige beløb "
                            f"({listed}); skriv det rigtige beløb selv")
            continue
        value = next(iter(values))
        if value < 0:
            problems.append(f"{FIELD_NAMES[f].capitalize()} er negativ på lønsedlen ({items[0][1]}); "
                            "skriv beløbet selv")
            continue
        amounts[f] = value
        used.extend((f, ln) for _, ln in items)
    paid_on = None
    dm = _PAID_ON.search(text)
    if dm is not None:
        try:
            paid_on = date(int(dm.group(4)), int(dm.group(3)), int(dm.group(2)))
            used.append(("paid_on", " ".join(dm.group(0).split())))
        except ValueError:
            problems.append(f"Udbetalingsdatoen kan ikke læses: »{dm.group(0)}«")
    if not amounts and not problems:
        problems.append("Lønsedlen kunne ikke læses: ingen linjer med vederlag, kost og logi, kørsel, "
                        "udlæg eller feriepenge og et beløb")
    return PayslipReading(amounts, paid_on, tuple(used), tuple(problems))


def read_payslip(path: str | os.PathLike[str]) -> PayslipReading:
    """Read a payslip PDF's text (pypdf) and parse it; an unreadable file → ValidationError at ``path``."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    p = Path(path)
    try:
        if p.stat().st_size > MAX_PDF_BYTES:
            raise ValidationError(problem("path", "problem.payslip_too_big"))
        data = p.read_bytes()
    except OSError as e:
        raise ValidationError(problem("path", "problem.file_unreadable", name=p.name,
                                      why=e.strerror or str(e))) from e
    if not data.startswith(b"%PDF"):
        raise ValidationError(problem("path", "problem.not_pdf", name=p.name))
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ValidationError(problem("path", "problem.pdf_password", name=p.name))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as e:
        raise ValidationError(problem("path", "problem.pdf_unreadable", name=p.name)) from e
    return parse_payslip_text(text)
