"""Reading a payslip PDF (made with reportlab, read back with pypdf): what is read, what is refused."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from aflastapp.core.errors import ValidationError
from aflastapp.services.payslip import parse_payslip_text, read_payslip


def payslip(lines: list[tuple[str, str]], path: Path) -> Path:
    """A payroll-style PDF: text left, amount right-aligned, one pay element per line."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    y = 780.0
    for text, amount in lines:
        c.drawString(60, y, text)
        if amount:
            c.drawRightString(520, y, amount)
        y -= 18
    c.showPage()
    c.save()
    path.write_bytes(out.getvalue())
    return path


SLIP = [
    ("Slagelse Kommune - Lønseddel", ""),
    ("Dispositionsdato: 15.04.2026", ""),
    ("Lønart  Tekst", "Beløb"),
    ("1120  Vederlag aflastning marts", "4.760,00"),
    ("4410  Kost og logi", "579,00"),
    ("4420  Kørselsgodtgørelse", "45,60"),
    ("1130  Feriepenge af vederlag", "595,00"),
    ("8000  A-skat af vederlag", "-1.428,00"),
    ("8100  AM-bidrag", "-380,80"),
    ("I alt til udbetaling", "4.170,80"),
]


def test_a_payslip_pdf_is_read_line_by_line(tmp_path: Path) -> None:
    r = read_payslip(payslip(SLIP, tmp_path / "loenseddel.pdf"))
    assert r.amounts == {"vederlag": Decimal("4760.00"), "kost_logi": Decimal("579.00"),
                         "mileage": Decimal("45.60"), "holiday_pay": Decimal("595.00")}
    assert r.paid_on == date(2026, 4, 15)
    assert r.problems == ()
    used = dict((f, ln) for f, ln in r.used)
    assert "Kost og logi" in used["kost_logi"] and "579,00" in used["kost_logi"]
    # tax and sums are never read as pay, even where they name the fee
    assert not any("skat" in ln or "I alt" in ln for _, ln in r.used)
    assert "Kost og logi: 579,00 kr." in r.summary() and "15.04.2026" in r.summary()


def test_a_field_on_two_lines_with_different_amounts_is_not_guessed() -> None:
    r = parse_payslip_text("Vederlag januar 2.380,00\nVederlag februar 2.380,50\nKost og logi 386,00\n")
    assert r.amounts == {"kost_logi": Decimal("386.00")}
    assert len(r.problems) == 1 and "flere linjer" in r.problems[0] and "2.380,50" in r.problems[0]


def test_an_unrecognisable_file_says_so(tmp_path: Path) -> None:
    r = read_payslip(payslip([("Kære familie", ""), ("Tak for jeres indsats", "")], tmp_path / "brev.pdf"))
    assert r.amounts == {} and "kunne ikke læses" in r.problems[0]
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"not a pdf")
    with pytest.raises(ValidationError, match="ikke en PDF"):
        read_payslip(bad)
