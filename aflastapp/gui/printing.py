"""Printing a PDF made by the reports.

Where the system's print path takes PDF (CUPS on Linux and macOS: the ``lp`` command), the PDF
itself is sent: text stays text, the job is the size of the document, and CUPS prints each page in
its own orientation at 100 % (a landscape page is turned on the sheet, never shrunk onto it).
Elsewhere each page is rendered at no more than 300 dpi and painted at 100 % on a sheet in the
page's own orientation, margins as in the PDF. Either way the work runs in an op off the GUI thread
behind a progress window (``print_in_background``: ``gui.ops.QueryOp``), so the window keeps painting.

"Print to file" in the print dialog is a saved copy like any other: the caller's ``save_file``
writes it (the outbox's ``documents.save_copy``: owner-only, listed with its retention deadline);
without one the file is still written owner-only and atomically, never world-readable.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_RASTER_DPI = 300  # where the PDF cannot be sent as it is
LP_TIMEOUT_S = 120


class PrintError(Exception):
    """Printing failed; the message is Danish and says what to do."""


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument over the bytes (kept in memory, never written to disk)."""
    doc = QPdfDocument(parent)  # type: ignore[arg-type]  # Qt takes no parent (nullptr); the stub says QObject
    buffer = QBuffer(doc)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    return doc


# --------------------------------------------------------------------------- CUPS: the PDF itself


def cups_lp() -> str | None:
    """The CUPS ``lp`` command when the system prints through CUPS (Linux, macOS), else None."""
    if os.name != "posix":
        return None
    return shutil.which("lp")


def lp_arguments(printer: QPrinter, title: str) -> list[str]:
    """``lp`` options from what the family chose in the print dialog (printer, copies, pages, sides).

    No scaling or orientation option: CUPS's pdftopdf prints an A4 page at 100 % and turns a
    landscape page on the sheet by itself, page by page.
    """
    args = ["-t", title or "aflastapp"]
    name = printer.printerName()
    if name:
        args += ["-d", name]
    copies = max(1, printer.copyCount())
    if copies > 1:
        args += ["-n", str(copies)]
        args += ["-o", "collate=true" if printer.collateCopies() else "collate=false"]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        args += ["-P", f"{printer.fromPage()}-{max(printer.fromPage(), printer.toPage())}"]
    duplex = printer.duplex()
    if duplex == QPrinter.DuplexMode.DuplexLongSide:
        args += ["-o", "sides=two-sided-long-edge"]
    elif duplex == QPrinter.DuplexMode.DuplexShortSide:
        args += ["-o", "sides=two-sided-short-edge"]
    elif duplex == QPrinter.DuplexMode.DuplexNone:
        args += ["-o", "sides=one-sided"]
    return args


def print_with_cups(pdf: bytes, args: list[str], lp: str | None = None) -> str:
    """Send the PDF to CUPS (on stdin: nothing written to disk by us); returns the job id."""
    command = lp or cups_lp()
    if command is None:
        raise PrintError("Udskrivning via CUPS findes ikke på denne computer.")
    try:
        done = subprocess.run(
            [command, *args, "--", "-"], input=pdf, capture_output=True, timeout=LP_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        raise PrintError(f"Printeren svarer ikke ({e.__class__.__name__}). Prøv igen.") from e
    out = done.stdout.decode("utf-8", "replace")
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip() or out.strip()
        raise PrintError(f"Udskrivningen blev afvist: {why}")
    found = re.search(r"request id is (\S+)", out)
    return found.group(1) if found else out.strip()


# --------------------------------------------------------------------------- elsewhere: ≤ 300 dpi


def _layout_for(points: QSizeF) -> QPageLayout:
    """The page's own size and orientation, no margins: the PDF carries its own."""
    w, h = float(points.width()), float(points.height())
    portrait = QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Point,
                         matchPolicy=QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    return QPageLayout(portrait, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def render_to_printer(doc: QPdfDocument, printer: QPrinter,
                      progress: Callable[[int, int], None] | None = None) -> int:
    """Paint every page at 100 % in its own orientation, rendered at ≤ 300 dpi; returns the pages
    printed. Works from a worker thread (the document and the painter belong to it)."""
    count = doc.pageCount()
    if count <= 0:
        return 0
    printer.setFullPage(True)
    printer.setPageLayout(_layout_for(doc.pagePointSize(0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("Printeren kan ikke startes. Vælg en anden printer, og prøv igen.")
    try:
        dpi = min(printer.resolution(), MAX_RASTER_DPI)
        for i in range(count):
            points = doc.pagePointSize(i)
            if i > 0:
                printer.setPageLayout(_layout_for(points))
                printer.newPage()
            image = doc.render(i, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            # the whole sheet in device pixels: the page drawn at its own size, i.e. 100 %
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
            if progress is not None:
                progress(i + 1, count)
        return count
    finally:
        painter.end()


def render_pdf_to_printer(pdf: bytes, printer: QPrinter) -> int:
    """:func:`render_to_printer` for PDF bytes, the document made in the calling (worker) thread."""
    doc = load_pdf(pdf)
    try:
        return render_to_printer(doc, printer)
    finally:
        doc.close()
        doc.deleteLater()


# --------------------------------------------------------------------------- files


def write_private(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` owner-only (0600) and atomically (the outbox's writer)."""
    from aflastapp.services.documents import write_private as write

    return write(path, data)


# --------------------------------------------------------------------------- the whole job


def prepare(printer: QPrinter, pdf: bytes, title: str) -> tuple[str, Callable[[], object]]:
    """How the PDF is printed on the printer chosen ("file", "cups" or "raster") and the slow part
    that does it (to run off the GUI thread; it touches no widget)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        path = printer.outputFileName()
        return "file", lambda: write_private(path, pdf)
    lp = cups_lp()
    if lp is not None and printer.printerName():
        args = lp_arguments(printer, title)
        return "cups", lambda: print_with_cups(pdf, args, lp)
    return "raster", lambda: render_pdf_to_printer(pdf, printer)


def print_document(printer: QPrinter, pdf: bytes, title: str, *,
                   save_file: Callable[[str], object] | None = None) -> str:
    """Print ``pdf`` here and now (scripts, tests); returns "file", "cups" or "raster".
    ``save_file(path)`` writes a print-to-file copy (the outbox's tracked ``save_copy``)."""
    how, job = prepare(printer, pdf, title)
    if how == "file" and save_file is not None:
        save_file(printer.outputFileName())
    else:
        job()
    return how


def tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def print_in_background(ctx: Any, parent: QWidget | None, printer: QPrinter, pdf: bytes, title: str, *,
                        label: str = "", save_file: Callable[[str], object] | None = None) -> str:
    """Print ``pdf`` in an op off the GUI thread behind a progress window (the window keeps painting;
    an error is shown by the op); a print-to-file copy is written at once, owner-only (through
    ``save_file`` when given: tracked with its retention deadline). Returns how it is printed."""
    how, job = prepare(printer, pdf, title)
    if how == "file":
        if save_file is not None:
            save_file(printer.outputFileName())
        else:
            job()
        ctx.inform(tr("»%1« er gemt som %2.").replace("%1", title).replace("%2", printer.outputFileName()),
                   parent, tr("Udskrevet"))
        return how
    from aflastapp.gui.ops import QueryOp

    printer_name = printer.printerName()

    def printed(_result: object) -> None:
        text = (tr("»%1« er sendt til printeren %2.").replace("%2", printer_name) if printer_name
                else tr("»%1« er sendt til printeren."))
        ctx.inform(text.replace("%1", title), parent, tr("Udskrevet"))

    op = QueryOp(ctx, lambda _s: job(), success=printed, parent=parent, name=f"print.{how}")
    op.without_session().with_progress(label or title).run_in_background()
    return how


def print_pdf(parent: QWidget, pdf: bytes, title: str, *, ctx: Any = None,
              save_file: Callable[[str], object] | None = None, label: str = "") -> bool:
    """Ask for a printer and print the PDF (in an op when ``ctx`` is given). False when the family
    cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if ctx is not None:
        print_in_background(ctx, parent, printer, pdf, title, label=label, save_file=save_file)
    else:
        print_document(printer, pdf, title, save_file=save_file)
    return True
