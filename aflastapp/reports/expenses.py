"""Udlægsseddel: the expense claim, with every receipt embedded one per page.

The claim lists the contract's expenses in the period that carry the caseworker's approval
reference (bevilling) — the engine leaves the others out of the reimbursement, and so does the
claim; their total is the engine's ``expenses`` figure. After the list, each receipt follows on
its own page under a label naming its expense: photos are drawn by reportlab; PDF receipts get
a labelled page whose body is filled with the receipt's page by pypdf after reportlab has
rendered the claim (reportlab cannot import PDF pages).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from PIL import Image as PILImage
from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak, Spacer

from aflastapp.core.models import Attachment, ContractMonth, DiarySnapshot, Expense, ExpenseCategory
from aflastapp.reports.common import contract_context, party_rows
from aflastapp.reports.style import (
    BODY_WIDTH,
    RULE,
    DocMeta,
    auto_widths,
    build_pdf,
    check_lang,
    data_table,
    day,
    kr,
    nowrap,
    para,
    signature_block,
    styles,
    title_block,
    week,
)

TITLE = {"da": "Udlægsseddel", "en": "Expense claim (udlægsseddel)"}

CATEGORY = {
    "da": {
        ExpenseCategory.ACTIVITY: "Aktivitet",
        ExpenseCategory.HOLIDAY: "Ferie",
        ExpenseCategory.CAR_SEAT: "Autostol",
        ExpenseCategory.BOOSTER_SEAT: "Selepude",
        ExpenseCategory.EQUIPMENT: "Udstyr",
        ExpenseCategory.BEDWETTING: "Sengevædning",
        ExpenseCategory.CLOTHING: "Tøj",
        ExpenseCategory.PUBLIC_TRANSPORT: "Offentlig transport",
        ExpenseCategory.BICYCLE: "Cykel",
        ExpenseCategory.DIET_FOOD: "Diætmad",
        ExpenseCategory.OTHER: "Andet",
    },
    "en": {
        ExpenseCategory.ACTIVITY: "Activity",
        ExpenseCategory.HOLIDAY: "Holiday",
        ExpenseCategory.CAR_SEAT: "Car seat",
        ExpenseCategory.BOOSTER_SEAT: "Booster seat",
        ExpenseCategory.EQUIPMENT: "Equipment",
        ExpenseCategory.BEDWETTING: "Bedwetting",
        ExpenseCategory.CLOTHING: "Clothing",
        ExpenseCategory.PUBLIC_TRANSPORT: "Public transport",
        ExpenseCategory.BICYCLE: "Bicycle",
        ExpenseCategory.DIET_FOOD: "Diet food",
        ExpenseCategory.OTHER: "Other",
    },
}

# per language: the document's fixed words (strings, column tuples, status maps, sentence templates)
TEXTS: dict[str, dict[str, Any]] = {
    "da": {
        "expenses": "Udlæg",
        "cols": ("Uge", "Dato", "Kategori", "Beskrivelse", "Bevilling", "Bilag", "Beløb"),
        "total": "I alt til udbetaling",
        "of": "af",
        "none": "Der er ingen godkendte udlæg i perioden.",
        "tax_free": "Refusion af godkendte udlæg er skattefri.",
        "receipt": "Bilag {n}",
        "receipt_page": "side {page} af {pages}",
        "unreadable": "Bilaget »{name}« kunne ikke indsættes ({why}). Vedlæg det særskilt.",
        "encrypted": "PDF-filen er beskyttet med adgangskode",
        "broken": "filen kan ikke læses",
        "declaration": "Jeg erklærer, at udlæggene er afholdt til barnet som bevilget, og at bilagene "
        "er ægte.",
        "account": "Beløbet udbetales til den konto, kommunen har registreret.",
        "no_receipt": "intet bilag",
        "part": "Del {n} af {total}",
        "part_intro": "Bilag {first}–{last} til udlægssedlen for {period}. Udlæg, beløb og underskrift "
        "står i del 1.",
        "part_intro_one": "Bilag {first} til udlægssedlen for {period}. Udlæg, beløb og underskrift "
        "står i del 1.",
        "parts_note": "Udlægssedlen er delt i {total} dele (Digital Post tager højst 10 MB pr. besked); "
        "denne del har bilag {first}–{last}.",
        "parts_note_none": "Udlægssedlen er delt i {total} dele (Digital Post tager højst 10 MB pr. besked); "
        "bilagene følger i de næste dele.",
    },
    "en": {
        "expenses": "Expenses",
        "cols": ("Week", "Date", "Category", "Description", "Approval", "Receipt", "Amount"),
        "total": "Total claimed",
        "of": "of",
        "none": "There are no approved expenses in the period.",
        "tax_free": "Reimbursement of approved expenses is tax-free.",
        "receipt": "Receipt {n}",
        "receipt_page": "page {page} of {pages}",
        "unreadable": "The receipt “{name}” could not be embedded ({why}). Enclose it separately.",
        "encrypted": "the PDF is password-protected",
        "broken": "the file cannot be read",
        "declaration": "I declare that the expenses were paid for the child as approved and that the "
        "receipts are genuine.",
        "account": "The amount is paid to the account the municipality has on file.",
        "no_receipt": "no receipt",
        "part": "Part {n} of {total}",
        "part_intro": "Receipts {first}–{last} of the expense claim for {period}. Expenses, amounts and the "
        "signature are in part 1.",
        "part_intro_one": "Receipt {first} of the expense claim for {period}. Expenses, amounts and the "
        "signature are in part 1.",
        "parts_note": "The claim is split into {total} parts (Digital Post takes at most 10 MB per message); "
        "this part holds receipts {first}–{last}.",
        "parts_note_none": "The claim is split into {total} parts (Digital Post takes at most 10 MB per "
        "message); the receipts follow in the next parts.",
    },
}


@dataclass(frozen=True)
class Part:
    """One numbered part of a claim split for Digital Post: part 1 holds the list, the total and the
    signature; every part holds the receipts numbered ``first``..``last`` (none: ``first`` > ``last``)."""

    number: int
    total: int
    first: int
    last: int


def left_out(snapshot: DiarySnapshot, contract_id: str, start: date, end: date) -> list[Expense]:
    """The contract's expenses in the period the claim does not list: no approval reference."""
    return sorted(
        (
            e
            for e in snapshot.expenses
            if e.contract_id == contract_id and start <= e.date <= end and not e.approval.strip()
        ),
        key=lambda e: (e.date, e.id),
    )


def claimed(snapshot: DiarySnapshot, contract_id: str, start: date, end: date) -> list[Expense]:
    """The expenses the claim lists: the contract's, in the period, with an approval reference."""
    return sorted(
        (
            e
            for e in snapshot.expenses
            if e.contract_id == contract_id and start <= e.date <= end and e.approval.strip()
        ),
        key=lambda e: (e.date, e.id),
    )


# --------------------------------------------------------------------------- receipts


@dataclass
class _Receipt:
    """One page of a receipt: an image, a PDF page to merge later, or a note why it is missing."""

    number: int
    expense: Expense
    attachment: Attachment
    image: ImageReader | None = None
    image_size: tuple[int, int] = (0, 0)
    pdf_page: Any = None  # pypdf PageObject
    page_index: int = 0
    page_count: int = 1
    problem: str = ""


@dataclass
class _SlotLog:
    """Where each PDF receipt's body area ended up: (pdf page index, x, y, w, h, receipt)."""

    slots: list[tuple[int, float, float, float, float, _Receipt]] = field(default_factory=list)


def _receipt_pages(number: int, expense: Expense, att: Attachment, lang: str) -> list[_Receipt]:
    tx = TEXTS[lang]
    if att.media_type == "application/pdf" or att.data[:5] == b"%PDF-":
        try:
            reader = PdfReader(io.BytesIO(att.data))
            if reader.is_encrypted and not reader.decrypt(""):
                return [_Receipt(number, expense, att, problem=tx["encrypted"])]
            pages = list(PdfWriter(clone_from=reader).pages)
            if not pages:
                raise ValueError("no pages")
            for page in pages:
                if page.rotation:
                    page.transfer_rotation_to_content()
        except Exception:  # any unreadable PDF: say so on the page, never fail the whole claim
            return [_Receipt(number, expense, att, problem=tx["broken"])]
        out = []
        for i, page in enumerate(pages):
            out.append(_Receipt(number, expense, att, pdf_page=page, page_index=i, page_count=len(pages)))
        return out
    try:
        with PILImage.open(io.BytesIO(att.data)) as im:
            if im.format == "JPEG":
                size = im.size  # from the header: the JPEG goes into the PDF as it is, never decoded
                if not _complete_jpeg(att.data):
                    raise ValueError("truncated JPEG")
                image: ImageReader = _JpegReceipt(att.data)
            else:
                im.load()  # reportlab decodes it anyway; a damaged file fails here, not mid-document
                size = im.size
                image = ImageReader(io.BytesIO(att.data))
        return [_Receipt(number, expense, att, image=image, image_size=size)]
    except Exception:  # unreadable image
        return [_Receipt(number, expense, att, problem=tx["broken"])]


def _complete_jpeg(data: bytes) -> bool:
    """The JPEG ends with its end-of-image marker (a cut-off file would show as a broken image)."""
    return data.rstrip(b"\x00\r\n\t ").endswith(b"\xff\xd9")


# A receipt recompressed for Digital Post: A4 at 150 dpi is plenty to read a till slip.
RECOMPRESS_MAX_PX = 1754
RECOMPRESS_QUALITY = 70


def recompressed(att: Attachment) -> Attachment:
    """``att`` made smaller for sending: a photo scaled to at most A4 at 150 dpi as JPEG; a PDF's
    big images likewise; anything that does not get smaller (or cannot be read) stays as it is."""
    try:
        if att.media_type == "application/pdf" or att.data[:5] == b"%PDF-":
            data = _recompress_pdf(att.data)
        else:
            with PILImage.open(io.BytesIO(att.data)) as im:
                im.load()
                data = _jpeg_bytes(im)
    except Exception:  # unreadable: the claim says so on the receipt's page, as without recompressing
        return att
    if len(data) >= len(att.data):
        return att
    media = att.media_type if att.media_type == "application/pdf" else "image/jpeg"
    return Attachment(att.name, media, data, att.id)


def _jpeg_bytes(im: PILImage.Image) -> bytes:
    im = im.convert("RGB")
    im.thumbnail((RECOMPRESS_MAX_PX, RECOMPRESS_MAX_PX))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=RECOMPRESS_QUALITY, optimize=True)
    return out.getvalue()


def _recompress_pdf(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        for image in page.images:
            try:
                pil = image.image
                if pil is None or (max(pil.size) <= RECOMPRESS_MAX_PX and len(image.data) < 400_000):
                    continue
                smaller = pil.convert("RGB")
                smaller.thumbnail((RECOMPRESS_MAX_PX, RECOMPRESS_MAX_PX))
                image.replace(smaller, quality=RECOMPRESS_QUALITY)
            except Exception:  # an image pypdf cannot re-encode stays as it is
                continue
    writer.compress_identical_objects()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def receipt_sizes(
    snapshot: DiarySnapshot, contract_id: str, start: date, end: date, *, recompress: bool = False
) -> list[int]:
    """The bytes of each receipt of the claim, in receipt-number order (for splitting a claim)."""
    out = []
    for e in claimed(snapshot, contract_id, start, end):
        for att in e.attachments:
            out.append(len((recompressed(att) if recompress else att).data))
    return out


class _JpegReceipt(ImageReader):
    """A JPEG receipt embedded as it is (DCTDecode), without decoding its pixels.

    ``Canvas.drawImage`` names an image by a digest of ``getRGBData()``, which for a plain
    ``ImageReader`` decodes the whole photo just to hash it. The JPEG's own bytes identify it
    as well (the same bytes are the same image), so they are what is hashed here. The embedded
    stream is the file itself either way (``jpeg_fh``).
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data

    def getRGBData(self) -> bytes:  # reportlab's name
        self._dataA = None  # no alpha channel in a JPEG (drawImage reads it for mask="auto")
        return self._jpeg


class _ReceiptBody(Flowable):
    """Fills the rest of the page with the receipt (image drawn here; PDF page merged afterwards)."""

    def __init__(self, receipt: _Receipt, log: _SlotLog, lang: str) -> None:
        super().__init__()
        self.receipt = receipt
        self.log = log
        self.lang = lang
        self._w = 0.0
        self._h = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._w, self._h = avail_width, avail_height - 1
        return self._w, self._h

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self.receipt.pdf_page is not None:
            self.log.slots.append((canvas.getPageNumber() - 1, x, y, self._w, self._h, self.receipt))
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        c = self.canv
        r = self.receipt
        if r.image is not None:
            iw, ih = r.image_size
            if _turn(iw, ih, self._w, self._h):
                # a landscape receipt on a portrait page: turned a quarter to fill it (read from the right)
                scale = min(self._w / ih, self._h / iw)
                w, h = iw * scale, ih * scale  # before turning
                c.saveState()
                c.translate((self._w + h) / 2, self._h - w)
                c.rotate(90)
                c.drawImage(r.image, 0, 0, w, h, preserveAspectRatio=True, mask="auto")
                c.setStrokeColor(RULE)
                c.setLineWidth(0.4)
                c.rect(0, 0, w, h)
                c.restoreState()
                return
            scale = min(self._w / iw, self._h / ih)
            w, h = iw * scale, ih * scale
            c.drawImage(r.image, (self._w - w) / 2, self._h - h, w, h, preserveAspectRatio=True, mask="auto")
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            c.rect((self._w - w) / 2, self._h - h, w, h)


def _turn(iw: float, ih: float, w: float, h: float) -> bool:
    """Turn a receipt a quarter when that makes it markedly bigger on the page (a landscape page)."""
    if iw <= 0 or ih <= 0:
        return False
    upright = min(w / iw, h / ih)
    turned = min(w / ih, h / iw)
    return turned > upright * 1.15


def _own_resources(page: Any) -> None:
    """Give ``page`` its own resource dictionaries before a receipt is merged into it.

    reportlab shares one /Resources dictionary between all pages; merging a receipt adds the
    receipt's fonts and images to it, so every page of the claim (the list, other receipts) would
    list them. The receipt's resources belong to its own page only.
    """
    from pypdf.generic import DictionaryObject, NameObject

    shared = page["/Resources"].get_object()
    own = DictionaryObject()
    for key, value in shared.items():
        obj = value.get_object()
        own[NameObject(key)] = DictionaryObject(obj.items()) if isinstance(obj, DictionaryObject) else value
    page[NameObject("/Resources")] = own


def _merge_pdf_receipts(pdf: bytes, log: _SlotLog) -> bytes:
    if not log.slots:
        return pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page_index in {slot[0] for slot in log.slots}:
        _own_resources(writer.pages[page_index])
    for page_index, x, y, w, h, receipt in log.slots:
        src = receipt.pdf_page
        box = src.mediabox
        sw, sh = float(box.width), float(box.height)
        if sw <= 0 or sh <= 0:
            continue
        origin = Transformation().translate(-float(box.left), -float(box.bottom))
        if _turn(sw, sh, w, h):  # a landscape page: turned a quarter (counter-clockwise) to fill the body
            scale = min(w / sh, h / sw)
            dx = x + (w + sh * scale) / 2
            dy = y + h - sw * scale
            tf = origin.scale(scale).rotate(90).translate(dx, dy)
        else:
            scale = min(w / sw, h / sh)
            dx = x + (w - sw * scale) / 2
            dy = y + h - sh * scale
            tf = origin.scale(scale).translate(dx, dy)
        writer.pages[page_index].merge_transformed_page(src, tf, expand=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------- render


def render(
    snapshot: DiarySnapshot,
    contract_id: str,
    start: date,
    end: date,
    months: Sequence[ContractMonth],
    *,
    municipality_name: str,
    period: str,
    period_label: str = "",
    lang: str = "da",
    recompress: bool = False,
    part: Part | None = None,
) -> bytes:
    """The claim for ``contract_id``'s approved expenses in [start, end] as PDF bytes.

    ``months`` are the engine's previews of the contract for the months of the period; the
    claim's total is the sum of their ``expenses`` figures. ``recompress`` makes the receipts
    smaller (Digital Post's 10 MB); ``part`` renders one numbered part of a split claim.
    """
    tx = TEXTS[check_lang(lang)]
    cat = CATEGORY[lang]
    st = styles()
    ctx = contract_context(snapshot, contract_id)
    items = claimed(snapshot, contract_id, start, end)
    span = f"{day(start, lang)} – {day(end, lang)}"
    subtitle = period_label or span
    if part is not None:
        subtitle += " · " + tx["part"].format(n=part.number, total=part.total)
    story: list[Flowable] = []
    story += title_block(TITLE[lang], subtitle, st)
    story.append(party_rows(ctx, municipality_name, span, lang, st))

    receipts: list[_Receipt] = []
    number = 0
    rows: list[list[str]] = []
    counted = {eid: amount for m in months if m.contract_id == contract_id
               for eid, amount in m.expense_counted}
    for e in items:
        amount = nowrap(kr(counted.get(e.id, e.amount), lang))
        if counted.get(e.id, e.amount) != e.amount:  # at the municipality's cap or the approved amount
            amount += f" ({tx['of']} {nowrap(kr(e.amount, lang))})"
        refs = []
        for att in e.attachments:
            number += 1
            refs.append(str(number))
            if part is None or part.first <= number <= part.last:
                receipts += _receipt_pages(number, e, recompressed(att) if recompress else att, lang)
        rows.append(
            [
                week(e.date),
                day(e.date, lang),
                cat[e.category],
                e.description,
                e.approval,
                ", ".join(refs) or tx["no_receipt"],
                amount,
            ]
        )
    if part is None or part.number == 1:
        story.append(para(tx["expenses"], st.h2))
        figures = [m.expenses.amount for m in months if m.contract_id == contract_id]
        total: Decimal | None = (
            None
            if any(a is None for a in figures)
            else sum((a for a in figures if a is not None), Decimal(0))
        )
        if rows:
            rows.append(["", "", "", tx["total"], "", "", nowrap(kr(total, lang))])
            story.append(
                data_table(
                    tx["cols"],
                    rows,
                    auto_widths(tx["cols"], rows, st, BODY_WIDTH, total_rows=1, nowrap_cols=(0, 1)),
                    st,
                    right=(6,),
                    total_rows=1,
                )
            )
        else:
            story.append(para(tx["none"], st.body))
        story.append(Spacer(1, 2 * mm))
        story.append(para(tx["tax_free"] + " " + tx["account"], st.small))
        if part is not None:
            note = (
                tx["parts_note"].format(total=part.total, first=part.first, last=part.last)
                if part.first <= part.last
                else tx["parts_note_none"].format(total=part.total)
            )
            story.append(para(note, st.small))
        story.append(signature_block(lang, st, signers=(ctx.family.name,), declaration=tx["declaration"]))
    else:
        label = subtitle if not period_label else period_label
        intro = tx["part_intro" if part.first < part.last else "part_intro_one"]
        story.append(Spacer(1, 3 * mm))
        story.append(para(intro.format(first=part.first, last=part.last, period=label), st.body))

    log = _SlotLog()
    for i, r in enumerate(receipts):
        if i or part is None or part.number == 1:
            story.append(PageBreak())
        else:
            story.append(Spacer(1, 4 * mm))
        label = f"{tx['receipt'].format(n=r.number)}"
        if r.page_count > 1:
            label += f" ({tx['receipt_page'].format(page=r.page_index + 1, pages=r.page_count)})"
        story.append(para(label, st.h3))
        story.append(
            para(
                f"{day(r.expense.date, lang)} · {cat[r.expense.category]} · {r.expense.description} · "
                f"{kr(r.expense.amount, lang)} · {r.attachment.name}",
                st.small,
            )
        )
        story.append(Spacer(1, 3 * mm))
        if r.problem:
            story.append(para(tx["unreadable"].format(name=r.attachment.name, why=r.problem), st.body))
        else:
            story.append(_ReceiptBody(r, log, lang))

    meta_period = period if part is None else f"{period} del {part.number}-{part.total}"
    meta = DocMeta(title=TITLE[lang], period=meta_period, municipality=municipality_name, lang=lang)
    return _merge_pdf_receipts(build_pdf(story, meta), log)
