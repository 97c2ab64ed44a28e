"""Render the app icon from its SVG source into every size and format the installers need.

    uv run python packaging/icons.py OUT_DIR

writes, from ``resources/icons/aflastapp.svg`` (rendered with QtSvg's QSvgRenderer at each size,
never scaled down from a bitmap):

- ``OUT_DIR/hicolor/<n>x<n>/apps/dk.aflastapp.png`` for n in 16…512 and
  ``OUT_DIR/hicolor/scalable/apps/dk.aflastapp.svg`` (freedesktop icon theme layout, Linux)
- ``OUT_DIR/aflastapp.ico`` (Windows: 16…256 in one file, used by the .exe and the installer)
- ``OUT_DIR/aflastapp.icns`` (macOS: 16…1024, used by the .app bundle; written with Pillow, so no
  ``iconutil`` is needed — see packaging/macos/README.md for the iconutil alternative)
- ``OUT_DIR/aflastapp.png`` (256 px, the window icon)
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SVG = REPO / "resources" / "icons" / "aflastapp.svg"
ICON_NAME = "dk.aflastapp"  # the reverse-DNS app id: .desktop Icon=, AppStream id, hicolor file name
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def _qt_app() -> object:
    """QtSvg needs a QGuiApplication; make an offscreen one if none is running."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(sys.argv[:1])
    return app


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon rendered at ``size``×``size`` px with a transparent background, as PNG bytes."""
    if size < 1:
        raise ValueError(f"icon size must be positive, got {size}")
    _qt_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: QtSvg cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise RuntimeError(f"could not encode the {size}px icon as PNG")
    buf.close()
    return bytes(data.data())


def generate(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write every icon file under ``out_dir``; returns {label: path}."""
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    all_sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    pngs = {n: render_png(n, svg) for n in all_sizes}
    images = {n: Image.open(io.BytesIO(data)).convert("RGBA") for n, data in pngs.items()}

    for n in HICOLOR_SIZES:
        path = out_dir / "hicolor" / f"{n}x{n}" / "apps" / f"{ICON_NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[n])
        written[f"hicolor-{n}"] = path
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written["hicolor-scalable"] = scalable

    ico = out_dir / "aflastapp.ico"
    images[256].save(ico, format="ICO", sizes=[(n, n) for n in ICO_SIZES],
                     append_images=[images[n] for n in ICO_SIZES if n != 256])
    written["ico"] = ico

    icns = out_dir / "aflastapp.icns"
    images[1024].save(icns, format="ICNS", append_images=[images[n] for n in ICNS_SIZES if n != 1024])
    written["icns"] = icns

    window_png = out_dir / "aflastapp.png"
    window_png.write_bytes(pngs[256])
    written["png"] = window_png
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("brug: python packaging/icons.py UDMAPPE", file=sys.stderr)
        return 2
    for label, path in generate(Path(argv[0])).items():
        print(f"{label}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
