"""Big JPEGs are decoded at a reduced scale (libjpeg DCT scaling) and then scaled exactly.

What the family relies on: whatever the photo's size, the stored receipt has its long edge at
exactly 2000 px (never smaller because of the reduced decode), keeps its aspect ratio, is upright,
carries no EXIF/GPS, and looks like the photo (close to a full-resolution downscale).
"""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageStat

from aflastapp.storage.attachments import MAX_EDGE, prepare_attachment

GPS_IFD = 0x8825


def _receipt_photo(size: tuple[int, int], mode: str = "RGB", orientation: int | None = None) -> bytes:
    w, h = size
    grad = Image.linear_gradient("L").resize((w, h))
    img = (
        Image.merge("RGB", (grad, grad.transpose(Image.Transpose.ROTATE_180), grad)) if mode != "L" else grad
    )
    # dark "text" bars on a light receipt, so the detail that matters is sharp edges
    paper = Image.new(img.mode, (w // 2, h // 2), 240 if mode == "L" else (240, 240, 235))
    img.paste(paper, (w // 4, h // 4))
    bar = Image.new(img.mode, (w // 3, 4), 20 if mode == "L" else (20, 20, 20))
    for i in range(h // 2 // 12 - 2):  # lines of small print: 4 px ink, 8 px paper
        img.paste(bar, (w // 4 + w // 40, h // 4 + 12 + i * 12))
    if mode == "CMYK":
        img = img.convert("CMYK")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (55.0, 24.0, 1.0)
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def _stored(data: bytes) -> Image.Image:
    media, out = prepare_attachment("kvittering.jpg", data)
    assert media == "image/jpeg"
    assert b"PhoneMaker" not in out
    img = Image.open(io.BytesIO(out))
    assert not img.getexif() and not img.getexif().get_ifd(GPS_IFD)
    return img


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((4032, 3024), (2000, 1500)),  # a phone's 12 MP photo: decoded at 1/2, then scaled exactly
        ((8000, 6000), (2000, 1500)),  # 48 MP: decoded at 1/4
        ((4001, 3001), (2000, 1500)),  # just over 2×: the reduced decode must not undershoot 2000
        ((3999, 2000), (2000, 1000)),  # just under 2×: no reduction possible, full decode
        ((2001, 900), (2000, 900)),
        ((1200, 5000), (480, 2000)),  # a long portrait receipt
    ],
)
def test_long_edge_exactly_max_whatever_the_size(size: tuple[int, int], expected: tuple[int, int]) -> None:
    img = _stored(_receipt_photo(size))
    assert max(img.size) == MAX_EDGE
    assert img.size == expected


def test_orientation_applied_after_reduced_decode() -> None:
    # orientation 6: a 4000×3000 landscape file shows as a 3000×4000 portrait
    img = _stored(_receipt_photo((4000, 3000), orientation=6))
    assert img.size == (1500, 2000)


@pytest.mark.parametrize("mode", ["L", "CMYK"])
def test_grey_and_cmyk_jpegs_still_stored(mode: str) -> None:
    img = _stored(_receipt_photo((4000, 3000), mode=mode))
    assert img.size == (2000, 1500)
    assert img.mode == mode


def test_reduced_decode_looks_like_a_full_downscale() -> None:
    data = _receipt_photo((4000, 3000))
    stored = _stored(data).convert("RGB")
    with Image.open(io.BytesIO(data)) as full:
        reference = full.convert("RGB").resize(stored.size, Image.Resampling.LANCZOS)
    diff = ImageStat.Stat(ImageChops.difference(stored, reference))
    # mean absolute difference per channel (0–255): JPEG noise, not a blurred or shifted image
    assert max(diff.mean) < 2.5, diff.mean
