"""What the receivers (the caseworker, SKAT) would send back, checked for all five municipalities.

Each test reads the PDF back as text (pypdf) or as pixels (QtPdf), the way the receiver reads it:
checkable addresses on the driving form, no other child's name in text the app writes, no advice
to the family, no approval reference or amount broken inside a word, every font embedded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from aflastapp.core import earnings, rules
from aflastapp.core.models import (
    Attachment,
    ContractMonth,
    DiarySnapshot,
    Expense,
    ExpenseCategory,
    Family,
    Meeting,
    StayStatus,
    Trip,
    first_adult,
)
from aflastapp.reports import annual, charts, driving, expenses, nights, status
from tests.reports import diaries as D
from tests.reports.five import NAMES as FIVE_NAMES
from tests.reports.five import five
from tests.reports.pdfcheck import ink_in_margin, page_texts, reader, render_pages, text

MUNICIPALITIES: dict[str, tuple[Callable[[], DiarySnapshot], str, int, int]] = {
    # diary, municipality's name, a year and month with stays in it
    "slagelse": (D.slagelse, "Slagelse Kommune", 2023, 3),
    "randers": (D.randers, "Randers Kommune", 2023, 3),
    "nyborg": (D.nyborg, "Nyborg Kommune", 2023, 5),
    "haderslev": (D.haderslev, "Haderslev Kommune", 2023, 3),
    "morsoe": (D.morsoe, "Morsø Kommune", 2023, 3),
}
CASE = "27.12.04-G01-1234-23"


def _with_case(snap: DiarySnapshot) -> DiarySnapshot:
    return dataclasses.replace(
        snap, contracts=tuple(dataclasses.replace(c, case_reference=CASE) for c in snap.contracts)
    )


def _month(snap: DiarySnapshot, cid: str, y: int, m: int) -> ContractMonth:
    return earnings.preview_month(snap, y, m, cid).contracts[0]


def _lines(pdf: bytes) -> list[str]:
    return [line for page in page_texts(pdf) for line in page.splitlines()]


def _driving(snap: DiarySnapshot, cid: str, y: int, m: int, name: str, **kw: Any) -> bytes:
    end = date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
    return driving.render(
        snap,
        cid,
        date(y, m, 1),
        date.fromordinal(end),
        [_month(snap, cid, y, m)],
        municipality_name=name,
        period=f"{y}-{m:02d}",
        **kw,
    )


def _forty_trips(cid: str, y: int, m: int) -> tuple[Trip, ...]:
    purposes = ("Hente Åse til aflastning", "Aflevere Åse hjemme", "Svømning i hallen")
    return tuple(
        Trip(
            f"t{i:03d}",
            (cid,),
            date(y, m, 1 + i % 28),
            purposes[i % 3],
            "Hjem",
            "Hallen",
            Decimal("7.5") + i % 3,
            ("Bageren",) if i % 4 == 0 else (),
            approval="Aftalt med sagsbehandleren",  # Haderslev pays only agreed driving
        )
        for i in range(40)
    )


PLACES = {
    "Hjem": "Møllevej 12, 4200 Slagelse",
    "Hallen": "Vestergade 101, 4200 Slagelse",
    "Bageren": "Torvegade 3, Slagelse",
}


# --------------------------------------------------------------------------- kørselsskema


@pytest.mark.parametrize("town", sorted(MUNICIPALITIES))
def test_forty_trips_fit_on_two_landscape_pages_with_addresses(town: str) -> None:
    make, name, y, m = MUNICIPALITIES[town]
    base = make()
    cid = base.contracts[0].id
    snap = dataclasses.replace(base, trips=_forty_trips(cid, y, m))
    pdf = _driving(snap, cid, y, m, name, places=PLACES)
    pages = reader(pdf).pages
    assert len(pages) <= 2
    assert all(float(p.mediabox.width) > float(p.mediabox.height) for p in pages)  # landscape
    t = text(pdf)
    # a saved place prints its address with the nickname in brackets; every stop after "→"
    assert "Møllevej 12, 4200 Slagelse (Hjem)" in t and "Vestergade 101, 4200 Slagelse (Hallen)" in t
    assert "→ Torvegade 3, Slagelse (Bageren)" in t
    assert t.count("(Hjem)") == 40
    # one fixed number of decimals for every km figure and the total
    assert "7,5 2,19" in t and "8,5 2,19" in t and "9,5 2,19" in t
    total_km = sum((tr.km for tr in snap.trips), Decimal(0))
    assert f"I alt {str(total_km).replace('.', ',')}" in t


def test_a_stop_whose_name_has_a_comma_stays_one_stop() -> None:
    snap = D.randers()
    pdf = _driving(snap, "k-rnd", 2023, 3, "Randers Kommune", places={"Bibliotek, Randers": "Stemannsgade 2"})
    lines = _lines(pdf)
    assert any(
        line.strip().startswith("→ Stemannsgade 2 (Bibliotek, Randers)")
        or "→ Stemannsgade 2 (Bibliotek," in line
        for line in lines
    )


def test_the_driver_is_a_person_with_cpr_only_when_set() -> None:
    snap = D.randers()
    t = text(_driving(snap, "k-rnd", 2023, 3, "Randers Kommune"))
    assert "Fører Hanne Ærø-Østergård" in t and "CPR" not in t
    fam = dataclasses.replace(snap.family, driver_name="Søren Ærø-Østergård", driver_cpr="010170-1234")
    t = text(_driving(dataclasses.replace(snap, family=fam), "k-rnd", 2023, 3, "Randers Kommune"))
    assert "Fører Søren Ærø-Østergård" in t and "Førerens CPR-nr. 010170-1234" in t
    assert "Underskrift (Søren Ærø-Østergård)" in t
    assert "Hanne" not in t.replace("Hanne og Søren", "")  # the household name is not the driver


@pytest.mark.parametrize(
    ("names", "first"),
    [
        ("Hanne og Søren Ærø-Østergård", "Hanne Ærø-Østergård"),
        ("Hanne Jensen og Søren Hansen", "Hanne Jensen"),
        ("Lærke Ørsted", "Lærke Ørsted"),
        ("Mette & Jens Bæk", "Mette Bæk"),
        ("", ""),
    ],
)
def test_the_first_adult_named(names: str, first: str) -> None:
    assert first_adult(names) == first
    assert Family(name=names).driver == first


def test_a_shared_trip_never_names_the_other_child_in_the_apps_words() -> None:
    base = D.morsoe()
    trips = tuple(
        dataclasses.replace(tr, purpose="Hente til aflastning") if tr.id == "t3" else tr for tr in base.trips
    )
    snap = dataclasses.replace(base, trips=trips)
    for cid, own, other in (("k-mor1", "Åse", "Bjørn"), ("k-mor2", "Bjørn", "Åse")):
        ms = [_month(snap, cid, 2023, m) for m in (1, 2, 3)]
        t = text(
            driving.render(
                snap,
                cid,
                date(2023, 1, 1),
                date(2023, 3, 31),
                ms,
                municipality_name="Morsø Kommune",
                period="2023-Q1",
            )
        )
        assert "delt med 1 andet barn" in t
        assert other not in t, (cid, other)
        assert own in t
    assert driving.other_children_named(snap, "k-mor1", date(2023, 1, 1), date(2023, 3, 31)) == []


def test_the_familys_purpose_naming_another_child_is_found_before_the_form_is_made() -> None:
    snap = D.morsoe()  # t3: "Hente Åse og Bjørn", shared by both children
    found = driving.other_children_named(snap, "k-mor1", date(2023, 1, 1), date(2023, 3, 31))
    assert [(tr.id, child.id) for tr, child in found] == [("t3", "c-bjoern")]
    found = driving.other_children_named(snap, "k-mor2", date(2023, 1, 1), date(2023, 3, 31))
    assert [(tr.id, child.id) for tr, child in found] == [("t3", "c-aase")]
    # a trip of one child only names whom it likes: nothing to warn about
    assert driving.other_children_named(snap, "k-mor1", date(2023, 1, 1), date(2023, 2, 28)) == []


# --------------------------------------------------------------------------- indberetning af døgn


@pytest.mark.parametrize("town", sorted(MUNICIPALITIES))
def test_nights_report_has_no_advice_and_says_neutrally_what_is_claimed(town: str) -> None:
    make, name, y, m = MUNICIPALITIES[town]
    base = _with_case(make())
    cid = base.contracts[0].id
    cancelled = D.stay(
        "x-c",
        cid,
        f"{y}-{m:02d}-24T14:00",
        f"{y}-{m:02d}-26T17:00",
        StayStatus.CANCELLED,
        f"{y}-{m:02d}-20T09:00",
    )
    no_show = D.stay("x-n", cid, f"{y}-{m:02d}-27T14:00", f"{y}-{m:02d}-28T17:00", StayStatus.NO_SHOW)
    snap = dataclasses.replace(base, stays=(*base.stays, cancelled, no_show))
    pdf = nights.render(snap, _month(snap, cid, y, m), municipality_name=name)
    t = text(pdf)
    assert "Spørg" not in t and "sagsbehandleren." not in t and "erstatningsophold" not in t
    assert f"Sagsnummer {CASE}" in t
    policy = rules.load_rule_set(town).cancellation_policy
    if policy is None:
        not_held = [
            st
            for st in nights.stays_of_month(snap, _month(snap, cid, y, m))
            if st.status in (StayStatus.CANCELLED, StayStatus.NO_SHOW)
        ]
        assert len(not_held) >= 2
        assert t.count("Ikke medregnet: kommunens regler fastsætter ikke betaling") == len(not_held)
    else:  # Slagelse: cancelled days before → not claimed; a no-show → claimed; the rule named
        assert (
            "Ikke medregnet: aflyst dagen før opholdet eller tidligere. Regel: Slagelse Kommunes håndbog" in t
        )
        assert "Medregnet: barnet udeblev. Regel: Slagelse Kommunes håndbog" in t
        assert ".txt" not in t
    # "kl." is never the last word of a line: it always stands with its time
    for line in _lines(pdf):
        assert not line.rstrip().endswith("kl."), line


def test_slagelse_same_day_cancellation_is_claimed_under_its_rule() -> None:
    snap = D.slagelse()
    t = text(nights.render(snap, _month(snap, "k-slg", 2023, 3), municipality_name="Slagelse Kommune"))
    assert "Medregnet: aflyst samme dag, som opholdet skulle begynde. Regel: Slagelse Kommunes håndbog" in t


@pytest.mark.parametrize("town", sorted(MUNICIPALITIES))
def test_the_case_number_is_on_every_document_of_the_contract(town: str) -> None:
    make, name, y, m = MUNICIPALITIES[town]
    snap = _with_case(make())
    cid = snap.contracts[0].id
    ms = [_month(snap, cid, y, m)]
    first, last = date(y, m, 1), date(y, m, 28)
    meeting = Meeting("m-x", cid, datetime(y, m, 28, 10))
    docs = {
        "nights": nights.render(snap, ms[0], municipality_name=name),
        "driving": driving.render(snap, cid, first, last, ms, municipality_name=name, period="p"),
        "expenses": expenses.render(snap, cid, first, last, ms, municipality_name=name, period="p"),
        "status": status.render(
            snap,
            meeting,
            questions=(),
            answers={},
            notes=(),
            months=ms,
            period_start=first,
            period_end=last,
            municipality_name=name,
        ),
        "annual": annual.render(
            snap,
            y,
            earnings.preview_months(snap, [(y, mo) for mo in range(1, 13)]),
            municipality_names={c.id: name for c in snap.contracts},
            contract_id=cid,
        ),
    }
    for kind, pdf in docs.items():
        assert CASE in text(pdf), kind


# --------------------------------------------------------------------------- udlægsseddel


def _claim(snap: DiarySnapshot, **kw: Any) -> bytes:
    return expenses.render(
        snap,
        "k-rnd",
        date(2023, 3, 1),
        date(2023, 3, 31),
        [_month(snap, "k-rnd", 2023, 3)],
        municipality_name="Randers Kommune",
        period="2023-03",
        **kw,
    )


def _landscape_pdf() -> bytes:
    import io

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=landscape(A4))
    c.setFont("Helvetica", 14)
    c.drawString(60, 500, "Faktura liggende")
    c.setLineWidth(6)
    c.rect(20, 20, landscape(A4)[0] - 40, landscape(A4)[1] - 40)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_claim_never_breaks_an_approval_or_amount_and_marks_no_receipt() -> None:
    base = D.randers()
    extra = (
        Expense(
            "e-x",
            "k-rnd",
            date(2023, 3, 20),
            ExpenseCategory.EQUIPMENT,
            "Cykelhjelm til skolevejen",
            Decimal("1349.50"),
            "Bevilling 15.02.2021",
        ),
        Expense(
            "e-y",
            "k-rnd",
            date(2023, 3, 21),
            ExpenseCategory.CLOTHING,
            "Regntøj",
            Decimal("250"),
            "27.12.04-G01-1234-23",
        ),
    )
    snap = dataclasses.replace(base, expenses=base.expenses + extra)
    pdf = _claim(snap)
    lines = page_texts(pdf)[0].splitlines()
    assert any("15.02.2021" in line and "Bevilling" in line for line in lines)
    assert any("27.12.04-G01-1234-23" in line for line in lines)
    assert any("1.349,50 kr." in line for line in lines)
    t = text(pdf)
    assert "Cykelhjelm til skolevejen Bevilling 15.02.2021 intet bilag 1.349,50 kr." in t
    assert "Regntøj 27.12.04-G01-1234-23 intet bilag 250,00 kr." in t
    assert "Biograf" not in t  # no approval: left out of the claim …
    left = expenses.left_out(snap, "k-rnd", date(2023, 3, 1), date(2023, 3, 31))
    assert [e.description for e in left] == ["Biograf"]  # … and named to the family (services test)


def test_a_landscape_receipt_is_turned_to_fill_the_page(qapp: object) -> None:
    from PySide6.QtGui import QImage

    base = D.randers()
    e = Expense(
        "e-l",
        "k-rnd",
        date(2023, 3, 20),
        ExpenseCategory.EQUIPMENT,
        "Hjelm",
        Decimal("349"),
        "BEV-1",
        (
            Attachment("liggende.jpg", "image/jpeg", D.jpeg(840, 420, "liggende", "black")),
            Attachment("faktura.pdf", "application/pdf", _landscape_pdf()),
        ),
    )
    pdf = _claim(dataclasses.replace(base, expenses=(e,)))
    pages = render_pages(pdf, dpi=30)
    assert len(pages) == 3
    for image in pages[1:]:
        assert isinstance(image, QImage)
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        w, h = gray.width(), gray.height()
        bits = bytes(gray.constBits())
        stride = gray.bytesPerLine()
        dark_rows = [y for y in range(h) if min(bits[y * stride : y * stride + w]) < 100]
        # turned: the receipt runs down most of the portrait page (upright it would fill a third)
        span = (max(dark_rows) - min(dark_rows)) / h
        assert span > 0.7, span


# --------------------------------------------------------------------------- statusrapport


def test_status_report_shows_planned_stays_as_planned() -> None:
    snap = D.haderslev()
    ms = [_month(snap, "k-had", 2023, m) for m in (1, 2, 3, 4)]
    t = text(
        status.render(
            snap,
            snap.meetings[1],
            questions=(),
            answers={},
            notes=(),
            months=ms,
            period_start=date(2022, 12, 2),
            period_end=date(2023, 4, 20),
            municipality_name="Haderslev Kommune",
        )
    )
    assert "2 gennemførte ophold med 4 aflastningsdøgn" in t
    assert "1 ophold med 2 døgn er planlagt og endnu ikke holdt" in t
    assert "Planlagt 2 (planlagt)" in t


# --------------------------------------------------------------------------- årsoversigt


def test_annual_overview_with_five_contracts_fits_and_names_every_one(qapp: object) -> None:
    snap = five()
    previews = earnings.preview_months(snap, [(2023, m) for m in range(1, 13)])
    pdf = annual.render(snap, 2023, previews, municipality_names=FIVE_NAMES)
    first = " ".join(page_texts(pdf)[0].split())
    assert "Slagelse, Randers, Nyborg, Haderslev og Morsø kommuner" in first
    for cid, name in FIVE_NAMES.items():
        child = next(c for c in snap.children if c.id == f"c{cid[1:]}")
        assert f"{child.name} – {name}" in first  # the legend and the table, on the first page
    assert "Loft (maks. døgn)" in first
    for image in render_pages(pdf):
        assert ink_in_margin(image, 10) == []


def test_chart_series_never_repeat_a_colour_and_differ_in_black_and_white() -> None:
    styles = [charts.series_style(i) for i in range(24)]
    fills = [f.hexval() for f, _ in styles]
    assert len(set(fills)) == len(fills)  # colours never repeat
    patterns = [p for _, p in styles[: len(charts.PALETTE)]]
    assert len(set(patterns)) == len(patterns)  # each of the first series has its own pattern

    def grey(c: Any) -> float:
        return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue

    for i in range(len(charts.PALETTE) - 1):  # neighbours far apart in grey, or told apart by pattern
        a, b = styles[i], styles[i + 1]
        assert abs(grey(a[0]) - grey(b[0])) > 0.1 or a[1] != b[1]


# --------------------------------------------------------------------------- every document


def _all_documents() -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for town, (make, name, y, m) in MUNICIPALITIES.items():
        snap = make()
        cid = snap.contracts[0].id
        ms = [_month(snap, cid, y, m)]
        first, last = date(y, m, 1), date(y, m, 28)
        out[f"nights-{town}"] = nights.render(snap, ms[0], municipality_name=name)
        out[f"driving-{town}"] = driving.render(
            snap, cid, first, last, ms, municipality_name=name, period="p"
        )
        out[f"expenses-{town}"] = expenses.render(
            snap, cid, first, last, ms, municipality_name=name, period="p"
        )
        out[f"annual-{town}"] = annual.render(
            snap,
            y,
            earnings.preview_months(snap, [(y, mo) for mo in range(1, 13)]),
            municipality_names={c.id: name for c in snap.contracts},
        )
        meeting = Meeting("m-x", cid, datetime(y, m, 28, 10))
        out[f"status-{town}"] = status.render(
            snap,
            meeting,
            questions=(),
            answers={},
            notes=(),
            months=ms,
            period_start=first,
            period_end=last,
            municipality_name=name,
        )
    return out


def test_every_font_of_every_document_is_embedded() -> None:
    for name, pdf in _all_documents().items():
        pages = reader(pdf).pages
        # a PDF receipt merged into a claim keeps the fonts its shop gave it (the test receipts use
        # the standard Helvetica on purpose): only the pages the app writes are checked there
        own = [pages[0]] if name.startswith("expenses") else list(pages)
        for page in own:
            fonts: Any = page["/Resources"].get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                base = str(font["/BaseFont"])
                assert "Helvetica" not in base, (name, base)
                descendant = font.get("/DescendantFonts")
                descriptor = (descendant[0].get_object() if descendant else font)["/FontDescriptor"]
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (name, base)
