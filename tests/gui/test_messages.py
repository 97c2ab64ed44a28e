"""Messages from core carry a code and parameters; the GUI and the CLI render them from one
catalogue in their language (English with no Danish left), never by translating Danish back."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from aflastapp.core import messages
from aflastapp.gui import i18n
from aflastapp.gui.messages import deadline_title
from aflastapp.services import overview, stays
from tests.gui.test_app_support import open_diary

DANISH = ("Indberet", "Udlægsseddel", "Kørselsskema", "Statusrapport", "marts", "april", "måned", "for {")


def test_every_message_has_danish_and_english_with_the_same_parameters() -> None:
    import string

    for code, (da, en) in messages.CATALOGUE.items():
        names = lambda t: {f for _, f, _, _ in string.Formatter().parse(t) if f}  # noqa: E731
        assert names(da) == names(en), code
        assert not any(w in en for w in ("Indberet", "Udlæg", "Kørsel", "Statusrapport", "senest")), code


def test_deadline_titles_follow_the_apps_language(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2026, 2, 6, 16), datetime(2026, 2, 8, 15))
    found = [x for x in overview.deadlines(d.session, today=date(2026, 3, 16)) if x.code]
    assert found, "the engine's deadlines carry a message code"
    nights = next(x for x in found if x.code == "deadline.nights_report" and x.period == "2026-02")
    assert nights.title == "Indberet aflastningsdøgn for februar 2026" == deadline_title(nights)
    try:
        i18n.install("en")
        english = deadline_title(nights)
        assert english == "Report the relief nights for February 2026"
        for x in found:
            t = deadline_title(x)
            assert not any(w in t for w in DANISH), t
    finally:
        i18n.install("da")
    d.ctx.lock()


def test_every_coded_deadline_title_is_the_catalogues_danish(qtbot: Any, data_dir: Path) -> None:
    """The Danish title core stores is exactly the catalogue's Danish for its code and parameters,
    so the Danish and the English never say different things."""
    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2026, 2, 6, 16), datetime(2026, 2, 8, 15))
    found = overview.deadlines(d.session, start=date(2025, 1, 1), end=date(2027, 12, 31), include_done=True,
                               today=date(2026, 3, 16))
    coded = [x for x in found if x.code]
    assert {x.code for x in coded} >= {"deadline.nights_report", "deadline.age_10"}
    for x in coded:
        assert x.title == messages.text(x.code, x.params, "da")
    d.ctx.lock()


def test_the_cli_renders_the_same_catalogue_in_english(data_dir: Path, capsys: Any) -> None:
    from aflastapp import cli

    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2026, 2, 6, 16), datetime(2026, 2, 8, 15))
    d.ctx.lock()
    code = cli.main(["--data-dir", str(data_dir), "--lang", "en", "deadlines", "--from", "2026-03-01",
                     "--to", "2026-03-31"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Report the relief nights for February 2026" in out
    assert "Indberet aflastningsdøgn" not in out
    code = cli.main(["--data-dir", str(data_dir), "deadlines", "--from", "2026-03-01", "--to", "2026-03-31"])
    assert "Indberet aflastningsdøgn for februar 2026" in capsys.readouterr().out


def test_fixed_source_phrases_read_in_english(qapp: Any) -> None:
    from aflastapp.core.rules import SETTINGS_SOURCE
    from aflastapp.gui import fmt

    try:
        i18n.install("en")
        text = fmt.source(f"randers-aflastning.txt: Kørsel; frist: {SETTINGS_SOURCE}")
    finally:
        i18n.install("da")
    assert text == "Randers Municipality's handbook, section “Kørsel”; deadline: The family's settings " \
        "(the handbook does not say)"


def test_engine_warnings_follow_the_apps_language(qtbot: Any, data_dir: Path) -> None:
    from aflastapp.gui.messages import warning_text

    d = open_diary(data_dir)
    for day in (2, 9, 16, 23):  # 16 døgn in March: above Slagelse's cap of 14
        stays.add_stay(d.session, d.contract_a, datetime(2026, 3, day, 16), datetime(2026, 3, day + 4, 16))
    check = stays.check(d.session, d.contract_a, datetime(2026, 3, 27, 16), datetime(2026, 3, 29, 16))
    over = next(w for w in check if w.code.value == "max_nights_exceeded")
    assert warning_text(over) == over.message and "døgn i marts 2026" in over.message
    try:
        i18n.install("en")
        english = warning_text(over)
    finally:
        i18n.install("da")
    assert english.startswith("With this stay there are 18 nights in March 2026;"), english
    assert "døgn" not in english and "marts" not in english
    d.ctx.lock()


def test_a_notice_running_out_reads_in_english(qtbot: Any, data_dir: Path) -> None:
    """A terminated contract's deadline (Morsø: the right to the fee ends too): title and detail, the
    notice period and the dates, in English from the catalogue."""
    from aflastapp.services import children, contracts
    from tests.gui.test_no_danish_in_english import danish_in

    d = open_diary(data_dir)
    child = children.add_child(d.session, "Alma", date(2015, 2, 3))
    c = contracts.add_contract(d.session, child.id, "morsoe", date(2024, 1, 1), vederlag_count=7)
    contracts.update_contract(d.session, c.id, terminated_on=date(2026, 3, 2))
    found = [x for x in overview.deadlines(d.session, start=date(2026, 1, 1), end=date(2026, 12, 31),
                                           include_done=True, today=date(2026, 3, 16))
             if x.kind.value == "contract_end" and x.contract_id == c.id]
    assert found
    for x in found:
        title, detail = messages.deadline_title(x, "en"), messages.deadline_detail(x, "en")
        assert title.startswith("The notice period runs out (notice given 2026-03-02)"), title
        assert "notice" in detail and danish_in(detail, ["Alma"]) is None, detail
        assert x.detail == messages.deadline_detail(x, "da")  # the Danish detail is the catalogue's
    d.ctx.lock()
