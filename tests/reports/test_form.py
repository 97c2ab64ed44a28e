"""The form every document shares: nothing cut off at the edge, no personal data in the metadata,
a font that carries æøå, and the døgn chart in PDF and SVG."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

import pytest

from aflastapp.core import earnings, rules
from aflastapp.core.models import Attachment, Expense, ExpenseCategory, Meeting
from aflastapp.reports import annual, charts, driving, expenses, nights, recovery, status
from tests.reports import diaries as D
from tests.reports.pdfcheck import ink_in_margin, is_blank, metadata_values, reader, render_pages, text

KEY = "7K3M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-4F2A"


def _nights() -> bytes:
    s = D.slagelse()
    return nights.render(
        s, earnings.preview_month(s, 2023, 3, "k-slg").contracts[0], municipality_name="Slagelse Kommune"
    )


def _driving() -> bytes:
    s = D.morsoe()
    ms = [earnings.preview_month(s, 2023, m, "k-mor1").contracts[0] for m in (1, 2, 3)]
    return driving.render(
        s,
        "k-mor1",
        date(2023, 1, 1),
        date(2023, 3, 31),
        ms,
        municipality_name="Morsø Kommune",
        period="2023-Q1",
    )


def _expenses() -> bytes:
    s = D.randers()
    # a wide and a very tall photo: both must be scaled inside the page body
    extra = Expense(
        "e-x",
        "k-rnd",
        date(2023, 3, 20),
        ExpenseCategory.CLOTHING,
        "Flyverdragt",
        Decimal("599.95"),
        "BEV-2023-130",
        (
            Attachment("panorama.jpg", "image/jpeg", D.jpeg(2000, 300, "bred")),
            Attachment("lang.jpg", "image/jpeg", D.jpeg(200, 1900, "høj")),
        ),
    )
    s = dataclasses.replace(s, expenses=(*s.expenses, extra))
    ms = [earnings.preview_month(s, 2023, 3, "k-rnd").contracts[0]]
    return expenses.render(
        s,
        "k-rnd",
        date(2023, 3, 1),
        date(2023, 3, 31),
        ms,
        municipality_name="Randers Kommune",
        period="2023-03",
    )


def _status() -> bytes:
    s = D.haderslev()
    q = rules.load_rule_set("haderslev").status_questions().value
    ms = [earnings.preview_month(s, 2023, m, "k-had").contracts[0] for m in (1, 2, 3, 4)]
    long = "Et meget langt ord: " + "Aflastningsfamiliesamarbejdsaftale" * 4 + ". " + "Tekst om Åse. " * 300
    return status.render(
        s,
        s.meetings[1],
        questions=q,
        answers={q[0].key: long},
        notes=s.notes[:2],
        months=ms,
        period_start=date(2022, 12, 1),
        period_end=date(2023, 4, 20),
        municipality_name="Haderslev Kommune",
    )


def _annual() -> bytes:
    s = D.morsoe()
    previews = earnings.preview_months(s, [(2023, m) for m in range(1, 13)])
    return annual.render(
        s, 2023, previews, municipality_names={"k-mor1": "Morsø Kommune", "k-mor2": "Morsø Kommune"}
    )


def _recovery() -> bytes:
    return recovery.render(KEY, database_id="d-1", printed=date(2026, 3, 6))


DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "nights": _nights,
    "driving": _driving,
    "expenses": _expenses,
    "status": _status,
    "annual": _annual,
    "recovery": _recovery,
}
TITLES = {
    "nights": "Indberetning af aflastningsdøgn 2023-03",
    "driving": "Kørselsskema 2023-Q1",
    "expenses": "Udlægsseddel 2023-03",
    "status": "Statusrapport 2023-04-20",
    "annual": "Årsoversigt 2023",
    "recovery": "Gendannelsesark",
}
PERSONAL = (
    "Hanne",
    "Søren",
    "Ærø",
    "Østergård",
    "Åse",
    "Müller",
    "Bjørn",
    "Lévêque",
    "Møllevej",
    "AB 12 345",
    "Bente",
    "Mette",
)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_metadata_names_the_document_and_no_person(name: str) -> None:
    pdf = DOCUMENTS[name]()
    meta = metadata_values(pdf)
    assert meta["/Title"] == TITLES[name]
    assert meta["/Author"] == "aflastapp"
    blob = " ".join(meta.values())
    for word in PERSONAL:
        assert word not in blob, (word, meta)
    assert "/Metadata" not in reader(pdf).trailer["/Root"]  # no XMP packet that could carry more


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_nothing_is_drawn_near_the_paper_edge(name: str, qapp: object) -> None:
    pdf = DOCUMENTS[name]()
    images = render_pages(pdf, dpi=40)
    assert len(images) == len(reader(pdf).pages) >= 1
    for i, image in enumerate(images, start=1):
        assert not is_blank(image), f"page {i} is empty"
        dark = ink_in_margin(image, band_mm=9, dpi=40)
        assert dark == [], f"page {i}: ink within 9 mm of the edge at {dark[:5]}"


def test_margin_check_catches_content_at_the_edge(qapp: object) -> None:
    """The check above can fail: a page with a box drawn to the edge is caught."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    c.rect(5, 5, 300, 300, fill=1)
    c.save()
    assert ink_in_margin(render_pages(buf.getvalue())[0], band_mm=9) != []


def test_font_with_danish_letters_is_embedded() -> None:
    pdf = _nights()
    fonts = set()
    for page in reader(pdf).pages:
        for f in page["/Resources"]["/Font"].values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts), fonts
    assert not any(f.endswith(("Helvetica", "Times-Roman")) for f in fonts), fonts
    assert "Hanne og Søren Ærø-Østergård" in text(pdf) and "Åse Müller-Jensen" in text(pdf)


def test_every_page_of_a_long_document_is_numbered() -> None:
    pdf = _status()
    n = len(reader(pdf).pages)
    assert n >= 2
    pages = [" ".join((p.extract_text() or "").split()) for p in reader(pdf).pages]
    for i, p in enumerate(pages, start=1):
        assert f"Side {i} af {n}" in p
        assert "Haderslev Kommune" in p  # municipality in every header


def test_rendering_is_in_memory_only(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """No temporary files: rendering with an unwritable temp folder still works."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", "/nonexistent-aflastapp-temp")
    monkeypatch.setenv("TMPDIR", "/nonexistent-aflastapp-temp")
    for make in DOCUMENTS.values():
        assert make().startswith(b"%PDF-")


# --------------------------------------------------------------------------- chart


def test_chart_svg_has_a_bar_per_month_with_nights_and_the_cap_line() -> None:
    s = D.slagelse()
    s = dataclasses.replace(
        s,
        stays=(
            *s.stays,
            D.stay("s9", "k-slg", "2023-05-01T10:00", "2023-05-16T10:00"),  # 15 døgn: over the cap of 14
        ),
    )
    previews = earnings.preview_months(s, [(2023, m) for m in range(1, 13)])
    svg = charts.chart_svg(previews)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    body = svg.decode()
    assert "mar" in body and "dec" in body and "Loft (maks. døgn)" in body and "Over loftet" in body
    bars = charts.month_bars(previews)
    assert [b.bars[0].nights for b in bars][:5] == [0, 0, 7, 0, 15]
    assert {b.bars[0].cap for b in bars} == {14}
    # the over-cap bar (May, 15 døgn) is outlined in the warning colour and its number marked "15!"
    ns = "{http://www.w3.org/2000/svg}"
    outlined = [r for r in root.iter(f"{ns}rect") if r.get("stroke") == "#c0392b"]
    assert len(outlined) == 2, outlined  # May's bar and the legend's "Over loftet" box
    assert "15!" in [t.text for t in root.iter(f"{ns}text")]


def test_chart_draws_one_bar_per_contract() -> None:
    s = D.morsoe()
    previews = earnings.preview_months(s, [(2023, m) for m in (1, 2, 3)])
    bars = charts.month_bars(previews)
    assert [[b.nights for b in m.bars] for m in bars] == [[2, 0], [2, 0], [3, 2]]
    drawing = charts.nights_chart(previews, names={"k-mor1": "Åse", "k-mor2": "Bjørn"}, lang="en")
    svg = charts.chart_svg(previews, names={"k-mor1": "Åse", "k-mor2": "Bjørn"}, lang="en").decode()
    assert "Åse" in svg and "Bjørn" in svg and "Mar" in svg
    assert drawing.width > 0


def test_chart_with_no_months_says_so() -> None:
    assert "Ingen døgn" in charts.chart_svg([]).decode()


def test_meeting_period_key_in_status_title() -> None:
    s = D.haderslev()
    meeting = Meeting("m-x", "k-had", datetime(2023, 6, 1, 9, 0))
    q = rules.load_rule_set("haderslev").status_questions().value
    pdf = status.render(
        s,
        meeting,
        questions=q,
        answers={},
        notes=(),
        months=(),
        period_start=date(2023, 4, 21),
        period_end=date(2023, 6, 1),
        municipality_name="Haderslev Kommune",
    )
    assert metadata_values(pdf)["/Title"] == "Statusrapport 2023-06-01"


def test_every_document_has_an_english_variant() -> None:
    s = D.morsoe()
    ms = [earnings.preview_month(s, 2023, m, "k-mor1").contracts[0] for m in (1, 2, 3)]
    r = D.randers()
    rm = [earnings.preview_month(r, 2023, 3, "k-rnd").contracts[0]]
    h = D.haderslev()
    q = rules.load_rule_set("haderslev").status_questions().value
    made = {
        "Report of relief nights": nights.render(s, ms[2], municipality_name="Morsø Kommune", lang="en"),
        "Driving log": driving.render(
            s,
            "k-mor1",
            date(2023, 1, 1),
            date(2023, 3, 31),
            ms,
            municipality_name="Morsø Kommune",
            period="2023-Q1",
            lang="en",
        ),
        "Expense claim": expenses.render(
            r,
            "k-rnd",
            date(2023, 3, 1),
            date(2023, 3, 31),
            rm,
            municipality_name="Randers Kommune",
            period="2023-03",
            lang="en",
        ),
        "Status report": status.render(
            h,
            h.meetings[1],
            questions=q,
            answers={},
            notes=h.notes[:1],
            months=(),
            period_start=date(2023, 1, 1),
            period_end=date(2023, 4, 20),
            municipality_name="Haderslev Kommune",
            lang="en",
        ),
        "Annual summary": annual.render(
            s,
            2023,
            earnings.preview_months(s, [(2023, m) for m in range(1, 13)]),
            municipality_names={"k-mor1": "Morsø Kommune"},
            lang="en",
        ),
        "Recovery sheet": recovery.render(KEY, lang="en"),
    }
    for title, pdf in made.items():
        t = text(pdf)
        assert t.startswith(title), title
        assert "Page 1 of" in t and "Side 1 af" not in t, title
    assert "DKK 1,684.50" in text(made["Expense claim"])
    assert "Total 41.5 DKK 90.89" in text(made["Driving log"])
