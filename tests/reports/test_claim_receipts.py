"""Receipt photos in the expense claim: embedded exactly as stored, and a damaged one is named.

The family's receipts must reach the municipality as sharp as they were stored: the JPEG goes
into the PDF as it is (DCT, no re-encoding, no text encoding that bloats the file), each page
shows its own photo, and a photo that cannot be read is named on its page instead of breaking
the whole claim.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from pypdf.generic import IndirectObject

from aflastapp.core import earnings
from aflastapp.core.models import Attachment, DiarySnapshot, Expense, ExpenseCategory
from aflastapp.reports import expenses
from tests.reports import diaries as D
from tests.reports.pdfcheck import page_texts, reader


def _claim(attachments: tuple[Attachment, ...]) -> bytes:
    base = D.randers()
    e = Expense(
        "e-bilag",
        "k-rnd",
        date(2023, 3, 15),
        ExpenseCategory.ACTIVITY,
        "Zoo",
        Decimal("250"),
        "BEV-2023-300",
        attachments,
    )
    snap: DiarySnapshot = dataclasses.replace(base, expenses=(e,))
    months = [earnings.preview_month(snap, 2023, 3, "k-rnd").contracts[0]]
    return expenses.render(
        snap,
        "k-rnd",
        date(2023, 3, 1),
        date(2023, 3, 31),
        months,
        municipality_name="Randers Kommune",
        period="2023-03",
    )


def _images(page: Any) -> list[Any]:
    xobjects = page["/Resources"].get("/XObject", {})
    out = []
    for ref in xobjects.values():
        obj = ref.get_object() if isinstance(ref, IndirectObject) else ref
        if obj.get("/Subtype") == "/Image":
            out.append(obj)
    return out


def test_photo_embedded_byte_for_byte_as_binary_dct() -> None:
    photo = D.jpeg(600, 800, "Zoo billet")
    pdf = _claim((Attachment("billet.jpg", "image/jpeg", photo),))
    (img,) = _images(reader(pdf).pages[1])
    assert img["/Filter"] in ("/DCTDecode", ["/DCTDecode"])  # no ASCII85 text layer
    assert (img["/Width"], img["/Height"]) == (600, 800)
    assert img.get_data() == photo  # the stored JPEG itself: not decoded, not re-encoded


def test_each_receipt_page_shows_its_own_photo() -> None:
    a, b = D.jpeg(300, 420, "Bon A"), D.jpeg(300, 420, "Bon B", colour="lightyellow")
    pdf = _claim(
        (
            Attachment("a.jpg", "image/jpeg", a),
            Attachment("b.jpg", "image/jpeg", b),
            Attachment("a-igen.jpg", "image/jpeg", a),  # the same photo attached twice
        )
    )
    pages = reader(pdf).pages
    assert len(pages) == 4
    shown = [[img.get_data() for img in _images(p)] for p in pages[1:]]
    assert shown == [[a], [b], [a]]


def test_a_cut_off_or_garbled_photo_is_named_not_fatal() -> None:
    good = D.jpeg(300, 420, "Hel bon")
    pdf = _claim(
        (
            Attachment("afbrudt.jpg", "image/jpeg", good[: len(good) // 2]),
            Attachment("rod.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 40),
            Attachment("hel.jpg", "image/jpeg", good),
        )
    )
    pages = [" ".join(p.split()) for p in page_texts(pdf)]
    assert len(pages) == 4
    assert "Bilaget »afbrudt.jpg« kunne ikke indsættes (filen kan ikke læses)" in pages[1]
    assert "Bilaget »rod.jpg« kunne ikke indsættes (filen kan ikke læses)" in pages[2]
    assert "Bilag 3" in pages[3] and not _images(reader(pdf).pages[1])
    assert [img.get_data() for img in _images(reader(pdf).pages[3])] == [good]


def test_png_receipt_still_embedded() -> None:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 300), "white").save(buf, "PNG")
    pdf = _claim((Attachment("skærmbillede.png", "image/png", buf.getvalue()),))
    (img,) = _images(reader(pdf).pages[1])
    assert (img["/Width"], img["/Height"]) == (200, 300)
