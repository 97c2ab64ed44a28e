"""Receipts: images downscaled and stripped of EXIF/GPS, PDFs as is, size limit, types refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from aflastapp.storage.attachments import MAX_BYTES, prepare_attachment
from aflastapp.storage.errors import AttachmentError

GPS_IFD = 0x8825


def _photo(fmt: str, size: tuple[int, int], orientation: int | None = None) -> bytes:
    img = Image.new("RGB", size, (200, 30, 30))
    for x in range(0, size[0], 7):  # some detail, so it's not a trivial image
        img.putpixel((x, x % size[1]), (0, 0, 255))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0131] = "Camera app 1.0"  # Software
    exif[0x9286] = "privat kommentar"  # UserComment (in the Exif IFD in reality; enough here)
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (55.0, 24.0, 1.0)
    gps[3] = "E"
    gps[4] = (11.0, 21.0, 5.0)
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    img.save(out, format=fmt, exif=exif.tobytes())
    return out.getvalue()


def test_jpeg_downscaled_and_exif_gps_stripped() -> None:
    data = _photo("JPEG", (4000, 3000))
    assert Image.open(io.BytesIO(data)).getexif()  # the input really carries EXIF + GPS
    media, out = prepare_attachment("kvittering.jpg", data)
    assert media == "image/jpeg"
    img = Image.open(io.BytesIO(out))
    assert max(img.size) == 2000 and img.size == (2000, 1500)
    assert not img.getexif()
    assert not img.getexif().get_ifd(GPS_IFD)
    assert "exif" not in img.info and "xmp" not in img.info
    assert b"Exif" not in out and b"PhoneMaker" not in out


def test_png_with_exif_stripped_and_kept_png() -> None:
    data = _photo("PNG", (2500, 1000))
    assert Image.open(io.BytesIO(data)).getexif()
    media, out = prepare_attachment("bon.png", data)
    assert media == "image/png"
    img = Image.open(io.BytesIO(out))
    assert img.size == (2000, 800)
    assert not img.getexif() and b"PhoneMaker" not in out


def test_small_image_not_enlarged_but_still_stripped() -> None:
    _media, out = prepare_attachment("lille.jpg", _photo("JPEG", (640, 480)))
    img = Image.open(io.BytesIO(out))
    assert img.size == (640, 480) and not img.getexif()


def test_exif_orientation_applied_before_stripping() -> None:
    # orientation 6 = rotate 90° clockwise to display: a landscape file shows as portrait
    _media, out = prepare_attachment("roteret.jpg", _photo("JPEG", (3000, 1500), orientation=6))
    img = Image.open(io.BytesIO(out))
    assert img.size == (1000, 2000)


def test_pdf_kept_byte_for_byte() -> None:
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + bytes(range(256))
    assert prepare_attachment("faktura.pdf", pdf) == ("application/pdf", pdf)


def test_too_big_names_the_file() -> None:
    with pytest.raises(AttachmentError) as e:
        prepare_attachment("stor-scanning.pdf", b"%PDF-1.4\n" + b"0" * MAX_BYTES)
    assert "stor-scanning.pdf" in str(e.value) and "25 MB" in str(e.value)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("virus.exe", b"MZ\x90\x00" + b"\x00" * 100),
        ("noter.txt", b"hej med dig"),
        ("billede.gif", b"GIF89a" + b"\x00" * 50),
        ("tom.jpg", b""),
    ],
)
def test_unknown_or_empty_refused(name: str, data: bytes) -> None:
    with pytest.raises(AttachmentError) as e:
        prepare_attachment(name, data)
    assert name in str(e.value)


def test_damaged_jpeg_refused_with_name() -> None:
    data = _photo("JPEG", (800, 600))[:200]
    with pytest.raises(AttachmentError) as e:
        prepare_attachment("halv.jpg", data)
    assert "halv.jpg" in str(e.value)


def test_heic_readable_or_clearly_refused() -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    with pytest.raises(AttachmentError) as e:  # no HEIF plugin here, and the data is not a real image
        prepare_attachment("IMG_0001.HEIC", heic)
    assert "IMG_0001.HEIC" in str(e.value)
