"""Receipts and other attachments, prepared before they go into the encrypted database.

JPEG, PNG (and HEIC when this computer's Pillow can read it) are re-encoded: turned upright
from their EXIF orientation, downscaled to at most 2000 px on the long edge, and stripped of
all metadata (EXIF incl. GPS position, XMP, comments). PDFs are kept exactly as they are. Each
file may be at most 25 MB; any other type is refused. Errors are ``AttachmentError`` with a
Danish message that names the file.
"""

from __future__ import annotations

import io
import math
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from aflastapp.storage.errors import AttachmentError

MAX_BYTES = 25 * 1024 * 1024
MAX_EDGE = 2000
JPEG_QUALITY = 85

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}


def sniff(data: bytes) -> str | None:
    """The media type from the file's first bytes (not its name), or None if not supported."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if len(data) >= 12 and data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "image/heic"
    return None


def _draft(img: Image.Image) -> None:
    """Let libjpeg decode a big JPEG straight at 1/2, 1/4 or 1/8 scale (DCT scaling).

    The request is the size the photo is scaled to in the end (long edge ``MAX_EDGE``), rounded
    up: ``draft`` only picks a reduction while both sides stay at least the request, so the
    decoded image is never smaller than the final one and the exact downscale follows in
    ``_reencode``. A 12 MP photo decodes at 2000×1500 instead of 4000×3000 (about 5× faster).
    Other formats ignore it.
    """
    w, h = img.size
    if img.format != "JPEG" or max(w, h) <= MAX_EDGE:
        return
    scale = MAX_EDGE / max(w, h)
    img.draft("RGB", (math.ceil(w * scale), math.ceil(h * scale)))


def _reencode(name: str, data: bytes, kind: str) -> tuple[str, bytes]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                _draft(opened)
                opened.load()
                # a new image, upright (a plain copy when there is no orientation): it outlives `opened`
                img = ImageOps.exif_transpose(opened) or opened.copy()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as e:
        raise AttachmentError(f"{name}: billedet har alt for mange pixels til at blive gemt.") from e
    except UnidentifiedImageError as e:
        if kind == "image/heic":
            raise AttachmentError(
                f"{name}: HEIC-billeder (fra iPhone) kan ikke læses på denne computer. "
                "Gem billedet som JPEG og vedhæft det igen."
            ) from e
        raise AttachmentError(f"{name}: billedet kan ikke læses (filen er beskadiget).") from e
    except (OSError, ValueError, SyntaxError) as e:
        raise AttachmentError(f"{name}: billedet kan ikke læses (filen er beskadiget).") from e

    if max(img.size) > MAX_EDGE:
        img.thumbnail((MAX_EDGE, MAX_EDGE), Image.Resampling.LANCZOS)
    img.info = {}  # drop EXIF, XMP, comments, text chunks; nothing is carried over
    out = io.BytesIO()
    if kind == "image/png":
        img.save(out, format="PNG", optimize=True)
        return "image/png", out.getvalue()
    if img.mode not in ("RGB", "L", "CMYK"):
        img = img.convert("RGB")
    img.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return "image/jpeg", out.getvalue()


def prepare_attachment(name: str, data: bytes) -> tuple[str, bytes]:
    """``(media_type, data)`` ready to store; ``AttachmentError`` naming ``name`` if refused."""
    if len(data) > MAX_BYTES:
        mb = len(data) / (1024 * 1024)
        raise AttachmentError(
            f"{name}: filen er for stor ({mb:.1f} MB). Højst {MAX_BYTES // (1024 * 1024)} MB pr. fil."
        )
    if not data:
        raise AttachmentError(f"{name}: filen er tom.")
    kind = sniff(data)
    if kind is None:
        raise AttachmentError(
            f"{name}: filtypen kan ikke vedhæftes. Brug et billede (JPEG, PNG, HEIC) eller en PDF."
        )
    if kind == "application/pdf":
        return kind, bytes(data)
    return _reencode(name, data, kind)
