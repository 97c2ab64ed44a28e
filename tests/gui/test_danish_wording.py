"""One Danish: the demo diary walked in Danish, every view, reads with one kind of quotation marks
(»…«), month names in lower case inside a sentence and with a capital where they stand alone
("Marts 2026" as a heading or a list item, "for marts 2026" in a sentence), a decimal comma before
km, kr. and % (never "24.6 km"), one spelling of Annuller and "1 minut". The source is checked too,
for texts the walk cannot reach."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from aflastapp.gui.app import gui_settings
from aflastapp.gui.context import AppContext
from aflastapp.gui.main_window import MainWindow
from tests.gui.english_walk import texts
from tests.gui.test_no_danish_in_english import demo, user_texts  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[2]
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")
_ALT = "|".join(MONTHS)
RULES = (
    ("quotation marks other than »…«", re.compile(r"[“”„\"]|«[^»\n]*»")),
    ("a capital month inside a sentence", re.compile(r"[a-zæøå0-9,;:] (" + _ALT.title().replace("|", "|")
                                                     + r") \d{4}")),
    ("a month label starting in lower case", re.compile(r"^(" + _ALT + r") \d{4}")),
    ("a decimal point", re.compile(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])\s*(km|kr|%)")),
    ("another spelling of Annuller", re.compile(r"Annullér|Annulér|Anuller")),
    ("1 minutter", re.compile(r"(?<![%\d])1 minutter\b")),
)


def wording_problems(text: str) -> list[str]:
    return [f"{name}: {text[max(0, m.start() - 50):m.end() + 30]!r}"
            for name, rx in RULES for m in [rx.search(text)] if m is not None]


def test_the_rules_see_what_they_should() -> None:
    assert wording_problems("Kørsel for Marts 2026")
    assert wording_problems("marts 2026")
    assert wording_problems("24.6 km") and wording_problems("12.50 kr.")
    assert wording_problems('vælg "Gem"') and wording_problems("vælg «Gem»")
    assert wording_problems("Annullér") and wording_problems("1 minutter")
    assert not wording_problems("Marts 2026") and not wording_problems("Kørsel for marts 2026")
    assert not wording_problems("24,6 km, 1.234,50 kr., 06.03.2026, vælg »Gem«, Annuller, 1 minut")


def test_every_view_reads_in_one_danish(qtbot: Any, demo: AppContext) -> None:  # noqa: F811
    from aflastapp.services import overview

    typed = user_texts(overview.snapshot(demo.session))
    window = MainWindow(demo, gui_settings(demo.data_dir))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    found: list[str] = []
    months_seen = 0
    for spec in window.specs:
        view = window.show_view(spec.view_id)
        demo.wait_for_ops()
        qtbot.wait(10)
        demo.wait_for_ops()
        for where, text in texts(view):
            for t in typed:
                text = text.replace(t, " ")
            text = re.sub(r"<[^>]+>", " ", text)
            months_seen += any(m in text.lower() for m in MONTHS)
            found += [f"{spec.view_id} {where}: {p}" for p in wording_problems(text)]
    assert months_seen > 20, "the walk reads month names"
    assert found == [], "\n".join(found)


def test_the_source_uses_one_kind_of_quotation_marks_and_one_annuller() -> None:
    found = []
    for path in [*(ROOT / "aflastapp").rglob("*.py"), *(ROOT / "resources" / "help").glob("*_da.html"),
                 *(ROOT / "resources" / "municipalities").glob("*.toml")]:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"«[^»\n]*»|Annullér|Annulér|Anuller|(?<![%\d])1 minutter\b", line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert found == [], "\n".join(found)
