"""Canary (issue 3): diary content written through the real services never reaches the disk
in plaintext.

A string unique to this run is written as a stay note, a note, an expense description and
inside three receipts (PNG text chunks, JPEG EXIF and comment, a PDF's text and XMP metadata);
the child's name (a second canary) is printed in a generated nights report kept in the outbox.
Then the data folder (database, -wal, -shm, backups), a backup saved to a chosen file and every
file in the temp folder touched since the test began are searched for those strings in UTF-8,
UTF-16 and latin-1, for verbatim pieces of the receipt images and for the generated PDF's /ID:
while the diary is open (WAL in use) and again after it is locked. ``documents.save_copy`` is
deliberately not called: a copy the family saves is theirs to keep, nothing else may be.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from PIL import Image, PngImagePlugin
from pypdf import PdfReader

from aflastapp.services import backups, children, contracts, documents, expenses, notes, stays
from aflastapp.services import session as sess

CHUNK = 1 << 20
EXIF_IFD = 0x8769
IMAGE_DESCRIPTION = 0x010E
ARTIST = 0x013B
USER_COMMENT = 0x9286


def _needles(label: str, text: str) -> dict[str, bytes]:
    out = {f"{label} ({enc})": text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be", "latin-1")}
    ascii_part = text.encode("ascii", "ignore").split(b" ")[-1]  # the random, unmistakable part
    out[f"{label} (ascii part)"] = ascii_part
    return out


def _files(root: Path, since: float | None = None) -> Iterator[Path]:
    """Regular files under ``root`` (not following links); with ``since``, only those modified since."""
    for folder, _dirs, names in os.walk(root, onerror=lambda _e: None):
        for name in names:
            path = Path(folder) / name
            try:
                st = path.lstat()
            except OSError:
                continue  # removed meanwhile by some other process
            if stat.S_ISREG(st.st_mode) and (since is None or st.st_mtime >= since):
                yield path


def _found(path: Path, needles: dict[str, bytes]) -> list[str]:
    """Labels of the needles in the file, read in overlapping chunks (temp files may be big)."""
    overlap = max(len(n) for n in needles.values()) - 1
    hits: set[str] = set()
    try:
        with path.open("rb") as f:
            tail = b""
            while chunk := f.read(CHUNK):
                window = tail + chunk
                hits.update(label for label, n in needles.items() if n in window)
                tail = window[-overlap:]
    except (PermissionError, FileNotFoundError):
        return []  # not ours (another user's) or gone
    return sorted(hits)


def _labels(data: bytes, needles: dict[str, bytes]) -> set[str]:
    return {label for label, n in needles.items() if n in data}


def _leaks(paths: Iterable[Path], needles: dict[str, bytes]) -> list[tuple[str, list[str]]]:
    return [(str(p), hits) for p in dict.fromkeys(paths) if (hits := _found(p, needles))]


def _png(canary: str) -> bytes:
    img = Image.frombytes("RGB", (240, 160), secrets.token_bytes(240 * 160 * 3))  # unique pixels
    info = PngImagePlugin.PngInfo()
    info.add_text("Description", canary)  # tEXt: latin-1
    info.add_itxt("Comment", canary)  # iTXt: UTF-8
    out = io.BytesIO()
    img.save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def _jpeg(canary: str) -> bytes:
    img = Image.frombytes("RGB", (240, 160), secrets.token_bytes(240 * 160 * 3))
    exif = Image.Exif()
    exif[IMAGE_DESCRIPTION] = canary  # EXIF ASCII: non-ASCII letters become '?'
    exif[ARTIST] = canary
    exif.get_ifd(EXIF_IFD)[USER_COMMENT] = b"UNICODE\x00" + canary.encode("utf-16-le")
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif, comment=canary.encode("utf-8"), quality=95)
    return out.getvalue()


def _pdf(canary: str) -> bytes:
    """A one-page PDF receipt whose bytes hold the canary: latin-1 in the (uncompressed) page
    text, UTF-8 in its XMP metadata. Built by hand: reportlab would octal-escape the letters."""
    text = f"Kvittering Zoo 245,00 kr {canary}".encode("latin-1")
    page = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    xmp = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>'
        f"{canary}</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp) + xmp + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _pieces(data: bytes, label: str, n: int = 3, size: int = 48) -> dict[str, bytes]:
    """Verbatim slices from the middle part of an image of random pixels (past the headers)."""
    assert len(data) > 8 * 1024
    step = len(data) // (n + 1)
    return {f"{label} bytes@{i * step}": data[i * step : i * step + size] for i in range(1, n + 1)}


def test_canary_written_through_the_services_is_nowhere_on_disk(data_dir: Path, tmp_path: Path) -> None:
    started = time.time() - 2  # file times may be coarse
    tmp_root = Path(tempfile.gettempdir())
    canary = f"Bølle-Ærø KANARIE-{secrets.token_hex(6)}"
    child_name = f"Søs Ærenfeldt NAVN-{secrets.token_hex(6)}"
    png, jpeg, pdf = _png(canary), _jpeg(canary), _pdf(canary)

    # the inputs really carry the canary, in the encodings the scan looks for
    canary_needles = _needles("canary", canary)
    assert _labels(png, canary_needles) >= {"canary (utf-8)", "canary (latin-1)"}
    assert _labels(jpeg, canary_needles) >= {"canary (utf-8)", "canary (utf-16-le)", "canary (ascii part)"}
    assert _labels(pdf, canary_needles) >= {"canary (utf-8)", "canary (latin-1)"}
    assert canary in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()

    s, _recovery = sess.setup(data_dir)
    child = children.add_child(s, child_name, "2015-04-01")
    contract = contracts.add_contract(s, child.id, "slagelse", "2025-01-01", vederlag_count=2)
    for day in range(6, 27, 4):  # six stays in March
        stays.add_stay(s, contract.id, f"2026-03-{day:02d}T14:00", f"2026-03-{day + 2:02d}T17:00",
                       status="completed", note=f"{canary} weekend den {day}.")
    note = notes.add_note(s, child.id, "2026-03-07", text=f"{canary} " * 200, interpretation=canary)
    expense = expenses.add_expense(s, contract.id, "2026-03-07", "activity", f"Zoo {canary}", "245.00")
    stored = [
        expenses.attach_bytes(s, expense.id, "kvittering.png", png),
        expenses.attach_bytes(s, expense.id, "kvittering.jpg", jpeg),
        expenses.attach_bytes(s, expense.id, "kvittering.pdf", pdf),
    ]
    doc = documents.generate(s, "nights_report", contract.id, "2026-03")
    report = documents.get_pdf(s, doc.id)
    assert child_name in PdfReader(io.BytesIO(report)).pages[0].extract_text()  # the name is in it
    # old page versions must not leak either
    notes.update_note(s, note.id, text="ændret")
    stays.delete_stay(s, stays.list_stays(s, contract_id=contract.id)[0].id)

    needles = canary_needles | _needles("child name", child_name)
    # verbatim pieces of the random pixel data: any plaintext copy of a receipt would hold them
    for label, data in (("png", png), ("jpeg", jpeg), *((f"stored {a.name}", a.data) for a in stored[:2])):
        needles |= _pieces(data, label)
    assert stored[2].data == pdf  # PDFs are kept as they are: the canary text is in the database
    match = re.search(rb"/ID\s*\[\s*<([0-9a-fA-F]{16,})>", report)
    assert match is not None
    needles["nights report /ID"] = match.group(1)  # unique to this PDF: finds any plaintext copy of it

    def scan(extra: Iterable[Path] = ()) -> tuple[list[Path], list[tuple[str, list[str]]]]:
        files = [*_files(data_dir), *extra, *_files(tmp_root, since=started)]
        return files, _leaks(files, needles)

    # open: WAL in use
    files, leaks = scan()
    names = {p.name for p in files}
    assert {"diary.db", "diary.db-wal", "diary.db-shm"} <= names
    assert leaks == [], leaks  # (file, what was found in it)

    newest = backups.backup_now(s)
    chosen = tmp_path / "valgt" / "dagbog.aflastbak"
    chosen.parent.mkdir()
    backups.backup_to(s, chosen)
    files, leaks = scan([chosen])
    assert newest in files and chosen in files
    assert leaks == [], leaks  # (file, what was found in it)

    sess.lock(s)
    files, leaks = scan([chosen])
    assert newest in files and "diary.db" in {p.name for p in files}
    assert leaks == [], leaks  # (file, what was found in it)
    # the diary really holds the strings the scan did not find
    again = sess.unlock(data_dir)
    try:
        assert expenses.get_expense(again, expense.id).description == f"Zoo {canary}"
        assert children.get_child(again, child.id).name == child_name
    finally:
        sess.lock(again, backup=False)
