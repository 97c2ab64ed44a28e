"""Fonts: every document embeds DejaVu (æøå) and registers, on its own, each face it uses.

The faces are parsed lazily (only what a document uses), so each test starts from an empty
font registry, as the first document of a session does: a document that forgot to register a
face it draws with would fail here, even if an earlier test had registered it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics

from aflastapp.core import earnings, rules
from aflastapp.reports import annual, driving, expenses, nights, recovery, status, style
from tests.reports import diaries as D
from tests.reports.pdfcheck import reader, text

DEJAVU = set(style._FONT_FILES)


@pytest.fixture
def fresh_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """No DejaVu face registered yet (as in a new session); restored afterwards."""
    monkeypatch.setattr(pdfmetrics, "_fonts", {k: v for k, v in pdfmetrics._fonts.items() if k not in DEJAVU})
    registered: set[str] = set()
    monkeypatch.setattr(style, "_registered", registered)
    yield registered


def embedded_faces(pdf: bytes) -> set[str]:
    """The font faces the PDF embeds (subset prefixes removed): {"DejaVuSans", …}."""
    faces = set()
    for page in reader(pdf).pages:
        fonts: Any = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            base = str(ref.get_object()["/BaseFont"]).lstrip("/")
            faces.add(base.split("+", 1)[-1])
    return faces


def test_nights_report_parses_only_the_two_faces_it_embeds(fresh_fonts: set[str]) -> None:
    snap = D.slagelse()
    cm = earnings.preview_month(snap, 2023, 3, "k-slg").contracts[0]
    pdf = nights.render(snap, cm, municipality_name="Slagelse Kommune")
    assert fresh_fonts == {style.FONT, style.FONT_BOLD}
    assert embedded_faces(pdf) == {"DejaVuSans", "DejaVuSans-Bold"}
    assert "Åse Müller-Jensen" in text(pdf) and "Ærø-Østergård" in text(pdf)


def test_status_report_registers_the_oblique_face_for_interpretations(fresh_fonts: set[str]) -> None:
    snap = D.haderslev()
    questions = rules.load_rule_set("haderslev").status_questions().value
    ms = [earnings.preview_month(snap, 2023, m, "k-had").contracts[0] for m in (1, 2, 3, 4)]
    note = next(n for n in snap.notes if n.interpretation.strip())
    pdf = status.render(
        snap,
        snap.meetings[1],
        questions=questions,
        answers={},
        notes=(note,),
        months=ms,
        period_start=date(2022, 12, 1),
        period_end=date(2023, 4, 20),
        municipality_name="Haderslev Kommune",
    )
    assert style.FONT_ITALIC in fresh_fonts
    assert "DejaVuSans-Oblique" in embedded_faces(pdf)
    assert " ".join(note.interpretation.split()) in " ".join(text(pdf).split())


def test_recovery_sheet_registers_the_monospaced_face(fresh_fonts: set[str]) -> None:
    key = "7K3M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-4F2A"
    pdf = recovery.render(key, database_id="d-1", backup_dir="/tmp/b", printed=date(2026, 3, 6))
    assert style.FONT_MONO in fresh_fonts
    assert "DejaVuSansMono" in embedded_faces(pdf)
    assert "7K3M" in text(pdf)


@pytest.mark.parametrize("kind", ["driving", "expenses", "annual"])
def test_other_documents_render_from_an_empty_registry(fresh_fonts: set[str], kind: str) -> None:
    if kind == "annual":
        snap = D.morsoe()
        previews = earnings.preview_months(snap, [(2023, m) for m in range(1, 13)])
        pdf = annual.render(snap, 2023, previews, municipality_names={"k-mor1": "Morsø Kommune"})
    else:
        snap = D.randers()
        ms = [earnings.preview_month(snap, 2023, 3, "k-rnd").contracts[0]]
        module = driving if kind == "driving" else expenses
        pdf = module.render(
            snap,
            "k-rnd",
            date(2023, 3, 1),
            date(2023, 3, 31),
            ms,
            municipality_name="Randers Kommune",
            period="2023-03",
        )
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded_faces(pdf)
    assert "Kommune" in text(pdf)


def test_registering_from_two_threads_at_once_parses_each_face_once(
    fresh_fonts: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []
    real = style.TTFont

    def counting(name: str, path: str) -> Any:
        parsed.append(name)
        return real(name, path)

    monkeypatch.setattr(style, "TTFont", counting)
    threads = [threading.Thread(target=style.register_fonts) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    style.register_fonts(style.FONT)
    assert sorted(parsed) == sorted(DEJAVU)
    assert fresh_fonts == DEJAVU


def test_garbage_collection_resumes_after_the_fonts_are_parsed(fresh_fonts: set[str]) -> None:
    import gc

    assert gc.isenabled()
    style.register_fonts(style.FONT)
    assert gc.isenabled()
    gc.disable()  # someone else had paused it: left as it was
    try:
        style.register_fonts(style.FONT_BOLD)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert fresh_fonts == {style.FONT, style.FONT_BOLD}
