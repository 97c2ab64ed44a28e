"""Printing through a real CUPS queue (a private cupsd with a cups-pdf printer): the PDF itself is
sent (text stays text, the job is the size of the PDF), each page comes out in its own orientation at
100 %; without CUPS the pages are rendered at no more than 300 dpi; print-to-file is a tracked,
owner-only saved copy; the slow part runs off the GUI thread."""

from __future__ import annotations

import io
import os
import subprocess
import threading
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from aflastapp.core.models import DocumentKind
from aflastapp.gui import printing
from aflastapp.gui.views.documents import DocumentsView
from aflastapp.services import documents, stays, trips
from tests.gui import cups_queue
from tests.gui.test_diary_support import Diary, diary_fixture


@pytest.fixture(scope="module")
def queue() -> Iterator[cups_queue.Queue]:
    old = os.environ.get("CUPS_SERVER")
    gen = cups_queue.start()
    q = next(gen)
    os.environ["CUPS_SERVER"] = str(q.socket)  # lp and Qt's CUPS support ask this scheduler
    try:
        yield q
    finally:
        if old is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = old
        gen.close()


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    yield from diary_fixture(data_dir)


def _documents(d: Diary) -> tuple[int, int]:
    """A portrait nights report and a landscape driving form for February 2026."""
    stays.add_stay(
        d.session, d.contract_a, datetime(2026, 2, 6, 16), datetime(2026, 2, 8, 17), status="completed"
    )
    for day in range(2, 27):
        trips.add_trip(
            d.session, [d.contract_a], date(2026, 2, day), "Hente Emma", "Hjem", "Skolen", Decimal("12.5")
        )
    nights = documents.generate(d.session, DocumentKind.NIGHTS_REPORT, d.contract_a, "2026-02")
    driving = documents.generate(d.session, DocumentKind.DRIVING_REPORT, d.contract_a, "2026-02")
    return nights.id, driving.id


def _view(qtbot: Any, d: Diary) -> DocumentsView:
    v = DocumentsView(d.ctx)
    qtbot.addWidget(v)
    v.resize(1300, 720)
    v.show()
    qtbot.waitExposed(v)
    v.reload()
    return v


def _orientations(pdf: bytes) -> list[str]:
    """Each page as it comes out of the printer: landscape or portrait, its rotation counted."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (page.rotation or 0) % 180:
            w, h = h, w
        out.append("landscape" if w > h else "portrait")
    return out


def _pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def _word_box(path: Path, word: str) -> tuple[float, float]:
    """(xMin, yMin) of the first occurrence of ``word`` on page 1 (pdftotext -bbox)."""
    import re

    html = _pdftotext(path, "-bbox", "-f", "1", "-l", "1")
    m = re.search(rf'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>{re.escape(word)}</word>', html)
    assert m, word
    return float(m.group(1)), float(m.group(2))


def _print_ops(d: Diary) -> list[Any]:
    """The print ops the view started (``ctx.op_log``), once they have been delivered."""
    d.ctx.wait_for_ops()
    return [r for r in d.ctx.op_log if r.name.startswith("print.")]


def test_the_pdf_itself_goes_through_a_real_cups_queue(
    qtbot: Any, diary: Diary, queue: cups_queue.Queue, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    nights_id, driving_id = _documents(diary)
    view = _view(qtbot, diary)
    # cups-pdf's ghostscript keeps text as text but drops the Unicode map of æøå, so the phrases
    # checked are the ones without them
    cases = ((nights_id, "portrait", "Februar 2026"), (driving_id, "landscape", "Hente Emma"))
    for doc_id, orientation, phrase in cases:
        pdf = documents.get_pdf(diary.session, doc_id)
        before = set(queue.out.rglob("*.pdf"))
        spooled_before = set(queue.spooled())
        view.select_document(doc_id)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(queue.name)
        assert printer.printerName() == queue.name  # Qt sees the queue too
        assert view.print_current(printer) == "cups"  # at once: the job runs in an op
        printed = queue.wait_for_output("", before=before)
        # the job CUPS received is the PDF itself: text stays text, the size of the document
        new_spool = [p for p in queue.spooled() if p not in spooled_before]
        assert len(new_spool) == 1 and new_spool[0].read_bytes() == pdf
        out = printed.read_bytes()
        source = PdfReader(io.BytesIO(pdf))
        assert len(PdfReader(io.BytesIO(out)).pages) == len(source.pages)
        assert _orientations(out) == [orientation] * len(source.pages)
        text = _pdftotext(printed)
        assert "Slagelse Kommune" in text and "Side 1 af" in text and phrase in " ".join(text.split())
        if orientation == "portrait":  # 100 %, margins as in the PDF: a word sits where it sat
            src = tmp_path / "source.pdf"
            src.write_bytes(pdf)
            x0, y0 = _word_box(src, "Slagelse")
            x1, y1 = _word_box(printed, "Slagelse")
            assert abs(x0 - x1) < 1.5 and abs(y0 - y1) < 1.5, ((x0, y0), (x1, y1))
    ops = _print_ops(diary)  # each job ran in an op off the GUI thread
    assert [(r.name, r.kind, r.off_gui_thread, r.done) for r in ops] == [
        ("print.cups", "query", True, True)
    ] * 2
    # once delivered, the family is told it went to the printer: a notice, not an error
    notice = diary.ctx.last_notice
    assert notice.startswith("»") and notice.endswith(f"« er sendt til printeren {queue.name}."), notice
    assert diary.ctx.last_error_text == ""


def test_without_cups_pages_are_rendered_at_300_dpi_in_their_own_orientation(
    qtbot: Any, diary: Diary, queue: cups_queue.Queue, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    nights_id, driving_id = _documents(diary)
    merged = PdfWriter()
    for doc_id in (nights_id, driving_id):
        merged.append(PdfReader(io.BytesIO(documents.get_pdf(diary.session, doc_id))))
    buf = io.BytesIO()
    merged.write(buf)
    pdf = buf.getvalue()
    expected = _orientations(pdf)
    assert "portrait" in expected and "landscape" in expected
    monkeypatch.setattr(printing, "cups_lp", lambda: None)  # as on a system without CUPS
    before = set(queue.out.rglob("*.pdf"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue.name)  # Qt's own print path to the same queue
    done: list[str] = []
    worker = threading.Thread(target=lambda: done.append(printing.print_document(printer, pdf, "rastered")))
    worker.start()
    worker.join(timeout=120)
    assert done == ["raster"]
    out = queue.wait_for_output("", before=before).read_bytes()
    # every page reached the printer (cups-pdf cannot tell a turned bitmap from an upright one:
    # the orientation of rendered pages is checked on Qt's own output in the next test)
    assert len(PdfReader(io.BytesIO(out)).pages) == len(expected)
    for page in PdfReader(io.BytesIO(out)).pages:
        for image in page.images:  # no page was rendered above 300 dpi
            long_side = max(image.image.size) if image.image is not None else 0
            assert long_side <= round(842 * 300 / 72) + 2, long_side


def _mixed(d: Diary) -> bytes:
    """The nights report (portrait) followed by the driving form (landscape) as one PDF."""
    nights_id, driving_id = _documents(d)
    merged = PdfWriter()
    for doc_id in (nights_id, driving_id):
        merged.append(PdfReader(io.BytesIO(documents.get_pdf(d.session, doc_id))))
    buf = io.BytesIO()
    merged.write(buf)
    return buf.getvalue()


def test_rendering_is_capped_at_300_dpi_each_page_in_its_orientation(
    qtbot: Any, diary: Diary, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    pdf = _mixed(diary)
    expected = _orientations(pdf)
    assert "portrait" in expected and "landscape" in expected
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert printer.resolution() > 300  # high resolution asks for more; the pages stay at 300 dpi
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "raster.pdf"
    printer.setOutputFileName(str(target))
    done: list[int] = []  # painted from a worker thread, as the GUI does
    worker = threading.Thread(target=lambda: done.append(printing.render_pdf_to_printer(pdf, printer)))
    worker.start()
    worker.join(timeout=120)
    assert done == [len(expected)]
    out = PdfReader(io.BytesIO(target.read_bytes()))
    assert _orientations(target.read_bytes()) == expected
    source = PdfReader(io.BytesIO(pdf))
    for page, src in zip(out.pages, source.pages, strict=True):
        # 100 %: the sheet is the page's own size, and the rendered page covers all of it
        assert abs(float(page.mediabox.width) - float(src.mediabox.width)) < 1
        assert abs(float(page.mediabox.height) - float(src.mediabox.height)) < 1
        [image] = page.images
        assert image.image is not None and max(image.image.size) <= round(842 * 300 / 72) + 2
    assert target.stat().st_size < 6_000_000 * len(expected) / 4  # a 1200 dpi page was 6,2 MB


def test_print_to_file_is_an_owner_only_saved_copy_with_its_retention(
    qtbot: Any, diary: Diary, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    nights_id, _driving_id = _documents(diary)
    view = _view(qtbot, diary)
    view.select_document(nights_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "udskrift.pdf"
    printer.setOutputFileName(str(target))
    assert view.print_current(printer) == "file"
    assert diary.ctx.last_notice.endswith(f"er gemt som {target}.") and diary.ctx.last_error_text == ""
    assert target.read_bytes() == documents.get_pdf(diary.session, nights_id)
    assert target.stat().st_mode & 0o777 == 0o600
    [copy] = documents.list_exported(diary.session)
    assert copy.path == str(target.resolve()) and copy.document_id == nights_id
    assert copy.retention_until is not None  # Slagelse: delete within a month
