"""The app icon renders from its SVG at every size the installers use."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.packaging.loader import load

icons = load("icons")

# pytest-qt's QApplication, made before icons.py would make a bare QGuiApplication of its own (which
# the GUI tests after these could not use)
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize("size", icons.HICOLOR_SIZES)
def test_icon_renders_at_each_size(size: int) -> None:
    img = Image.open(io.BytesIO(icons.render_png(size))).convert("RGBA")
    assert img.size == (size, size)
    # the rounded corners are transparent, the middle is painted
    assert img.getpixel((0, 0))[3] == 0
    assert img.getpixel((size // 2, size // 2))[3] == 255
    # recognisable even at 16 px: the red heart sits in the cream house on the blue sky
    colours = img.getcolors(maxcolors=size * size)
    assert colours is not None

    def has(pred: object) -> bool:
        return any(pred(c) for _, c in colours)  # type: ignore[operator]

    assert has(lambda c: c[3] == 255 and c[0] > 180 and c[1] < 110 and c[2] < 110), "no red heart"
    assert has(lambda c: c[3] == 255 and c[2] > c[0] + 40), "no blue sky"
    assert has(lambda c: c[3] == 255 and min(c[:3]) > 200), "no light house"


def test_heart_is_in_the_middle_of_the_house() -> None:
    img = Image.open(io.BytesIO(icons.render_png(64))).convert("RGBA")
    r, g, b, _ = img.getpixel((32, 40))
    assert r > 180 and g < 110 and b < 110


def test_generate_writes_every_installer_format(tmp_path: Path) -> None:
    written = icons.generate(tmp_path)
    for n in icons.HICOLOR_SIZES:
        png = tmp_path / "hicolor" / f"{n}x{n}" / "apps" / "dk.aflastapp.png"
        assert written[f"hicolor-{n}"] == png
        with Image.open(png) as img:
            assert img.size == (n, n)
    assert (tmp_path / "hicolor" / "scalable" / "apps" / "dk.aflastapp.svg").read_bytes() == \
        icons.SVG.read_bytes()
    with Image.open(written["ico"]) as ico:
        assert set(ico.info["sizes"]) == {(n, n) for n in icons.ICO_SIZES}
    with Image.open(written["icns"]) as icns:
        assert icns.format == "ICNS"
        assert (512, 512, 2) in icns.info["sizes"] or (1024, 1024) in {s[:2] for s in icns.info["sizes"]}
    with Image.open(written["png"]) as img:
        assert img.size == (256, 256)


# Qt says why it could not read the file (a warning the test expects; the refusal is what it checks)
@pytest.mark.qt_log_ignore("Cannot read file .*bad.svg")
def test_unreadable_svg_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="QtSvg"):
        icons.render_png(16, bad)
