"""The family's own words appear in a document exactly as written, never read as markup."""

from __future__ import annotations

import pytest

from aflastapp.reports import style
from tests.reports.pdfcheck import text


@pytest.mark.parametrize(
    "written",
    [
        "Mor & far <3 – hentede kl. 16",
        "Skrev <b>ikke fed</b> og <i>ikke kursiv</i>",
        "Kode &amp; &lt;tag&gt; står som skrevet",
        "Ærø \"citat\" 'enkelt'",
    ],
)
def test_text_is_shown_literally(written: str) -> None:
    st = style.styles()
    pdf = style.build_pdf([style.para(written, st.body)], style.DocMeta(title="Test"))
    assert written in " ".join(text(pdf).split())


def test_line_breaks_are_kept() -> None:
    assert style.esc("første linje\r\nanden & sidste") == "første linje<br/>anden &amp; sidste"
