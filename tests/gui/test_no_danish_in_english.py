"""English has no Danish left, and its dates read year-month-day. The demo diary is
walked in English — every view of the main window (labels, buttons, tables with their tooltips, the
deadline list), every deadline of its whole history with its detail, every engine warning of every
month, every payment check — and any Danish word the app itself says fails the test.

What the family typed (notes, names, places, purposes, descriptions, the sources of their own rates)
and what the app quotes (a handbook section's title in quotation marks, a web address) stay as they
are and are taken out before looking."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from aflastapp.core import messages
from aflastapp.core.errors import ValidationError
from aflastapp.gui import i18n
from aflastapp.gui.app import gui_settings
from aflastapp.gui.context import AppContext, describe_error
from aflastapp.gui.main_window import MainWindow
from aflastapp.gui.views.settings import switch_language
from tests.gui.english_walk import texts

# Danish letters, and Danish words that are not English words (whole words, any case)
DANISH = re.compile(
    r"[æøåÆØÅ]|\b(og|til|ikke|skal|med|fra|efter|eller|det|er|af|på|ingen|døgn|måned|måneder|udlæg|"
    r"kørsel|frist|fristen|ophold|opholdet|aftale|aftalen|kommune|kommunen|bevilling|sats|satsen|"
    r"mangler|barnet|aflyst|udbetaling|forventet|statusmøde|sagsbehandleren|orientér|honoreres|"
    r"januar|februar|marts|maj|juni|juli|oktober|ikke|skal|gælder|antaget|håndbogen)\b"
    r"|\b\d{1,2}\.\d{1,2}\.\d{4}\b",  # a Danish date: English dates are year-month-day
    re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”|»[^«]*«|https?://\S+")

TODAY = date.today()


def user_texts(snapshot: Any) -> list[str]:
    """Everything in the diary the family typed, longest first (so a longer text goes before a part)."""
    out: set[str] = set()
    f = snapshot.family
    out |= {f.name, f.address, f.car_registration, f.driver_name}
    out |= {c.name for c in snapshot.children}
    for c in snapshot.contracts:
        out |= {c.caseworker, c.consultant, c.case_reference}
    for t in snapshot.trips:
        out |= {t.purpose, t.from_place, t.to_place, t.approval, *(getattr(t, "via", None) or ())}
    for e in snapshot.expenses:
        out |= {e.description, e.approval}
    for n in snapshot.notes:
        out |= {n.text, n.interpretation}
        out |= {" ".join(n.text.split())}
    out |= {m.kind for m in snapshot.meetings}
    out |= {r.source for r in snapshot.kl_overrides} | {r.source for r in snapshot.mileage_overrides}
    # and the towns' names (Morsø Municipality is English)
    from aflastapp.core.rules import list_rule_sets

    out |= {rs.name.removesuffix(" Kommune") for rs in list_rule_sets()}
    return sorted((t for t in out if isinstance(t, str) and t.strip()), key=len, reverse=True)


def danish_in(text: str, typed: list[str]) -> str | None:
    """The first Danish the app itself says in ``text`` (None when there is none)."""
    for t in typed:
        text = text.replace(t, " ")
    text = QUOTED.sub(" ", text)
    text = re.sub(r"<[^>]+>", " ", text)  # markup
    m = DANISH.search(text)
    return None if m is None else text[max(0, m.start() - 60):m.end() + 60]


@pytest.fixture
def demo(qapp: Any, tmp_path: Path) -> Any:
    from PySide6.QtWidgets import QApplication

    from aflastapp.gui.widgets.common import install_date_field_behaviour
    from aflastapp.services import portable, session

    install_date_field_behaviour(QApplication.instance())  # as app.run does: dates in the language's form
    data_dir = tmp_path / "demo"
    data_dir.mkdir()
    s, _ = session.setup(data_dir)
    portable.make_demo(s, 2, 2)
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = TODAY
    ctx.set_session(s)
    yield ctx
    i18n.install("da")
    ctx.wait_for_ops()
    ctx.lock()


def test_the_guard_sees_danish() -> None:
    """The detector finds the app's Danish and leaves typed text and quotations alone."""
    assert danish_in("Report the nights for marts 2026", []) is not None
    assert danish_in("Inform the caseworker: the stay was aflyst", []) is not None
    assert danish_in("Kørselsskema", []) is not None
    assert danish_in("Section “Kørsel udover omkostningsbeløbet” of https://kl.dk/satser-på", []) is None
    assert danish_in("Note: Glad ved ankomst", ["Glad ved ankomst"]) is None
    assert danish_in("The stay of 2026-03-06 was cancelled at the last moment", []) is None
    assert danish_in("Deadline 05.12.2026", []) is not None


def test_every_view_of_the_demo_diary_is_english(qtbot: Any, demo: AppContext) -> None:
    from aflastapp.services import overview

    typed = user_texts(overview.snapshot(demo.session))
    window = MainWindow(demo, gui_settings(demo.data_dir))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    switch_language(demo, "en")
    found: list[str] = []
    seen = 0
    for spec in window.specs:
        view = window.show_view(spec.view_id)
        demo.wait_for_ops()
        qtbot.wait(10)  # ops deliver on the GUI thread
        demo.wait_for_ops()
        for where, text in texts(view):
            seen += 1
            bad = danish_in(text, typed)
            if bad is not None:
                found.append(f"{spec.view_id} {where}: …{bad}…")
    overview_view = window.view("overview")
    assert overview_view.deadline_model.rowCount() > 5, "the demo's deadline list is walked"  # type: ignore[attr-defined]
    assert seen > 500, "the walk reads the views' texts"
    for where, text in texts(window.menuBar()):
        if (bad := danish_in(text, typed)) is not None:
            found.append(f"menu {where}: {bad}")
    assert found == [], "Danish in English:\n" + "\n".join(found)


def test_every_deadline_warning_and_payment_check_is_english(demo: AppContext) -> None:
    """Beyond what one screen shows: the demo's whole history of deadlines (with their details),
    the engine's warnings of every month and every payment check, rendered in English."""
    from aflastapp.services import overview, payments

    s = demo.session
    typed = user_texts(overview.snapshot(s))
    found: list[str] = []
    deadlines = overview.deadlines(s, date(TODAY.year - 3, 1, 1), date(TODAY.year + 2, 12, 31),
                                   include_done=True, today=TODAY)
    assert len({d.kind for d in deadlines}) >= 6, "the demo has deadlines of many kinds"
    for d in deadlines:
        for text in (messages.deadline_title(d, "en"), messages.deadline_detail(d, "en")):
            if (bad := danish_in(text, typed)) is not None:
                found.append(f"deadline {d.kind}: {bad}")
    warnings = 0
    for pv in overview.preview_range(s, (TODAY.year - 2, 1), 36):
        for cm in pv.contracts:
            for w in cm.warnings:
                warnings += 1
                if (bad := danish_in(messages.warning_text(w, "en"), typed)) is not None:
                    found.append(f"warning {w.code}: {bad}")
    assert warnings > 0, "the demo has engine warnings"
    checks = [c for month in payments.paycheck_range(s, (TODAY.year - 1, 1), 24, today=TODAY) for c in month]
    assert checks, "the demo has months to check payments for"
    for c in checks:
        if (bad := danish_in(messages.sentences(c.explanation_parts, "en"), typed)) is not None:
            found.append(f"payment {c.period}: {bad}")
    assert found == [], "Danish in English:\n" + "\n".join(found)


def test_every_input_problem_of_the_services_reads_in_english(qapp: Any, tmp_path: Path) -> None:
    """A service's input problems carry a code and parameters: the dialog shows them in English from
    the catalogue (no Danish sentence is matched and translated back)."""
    from aflastapp.services import children, contracts, rates, session, stays, trips

    s, _ = session.setup(tmp_path / "d")
    child = children.add_child(s, "Emma", date(2016, 5, 1))
    c = contracts.add_contract(s, child.id, "slagelse", date(2025, 1, 1), vederlag_count=7)
    stays.add_stay(s, c.id, "2026-03-06T16:00", "2026-03-08T16:00")
    rates.add_kl_override(s, date(2026, 1, 1), "brev", vederlag_per_day="171")
    errors: list[ValidationError] = []
    for call in (lambda: children.add_child(s, "", date(2099, 1, 1)),
                 lambda: stays.add_stay(s, c.id, "2026-03-06T16:00", "2026-03-04T16:00"),
                 lambda: stays.add_stay(s, c.id, "6.3.2026", None),
                 lambda: trips.add_trip(s, [], "2026-03-06", "", "Hjem", "Skole", "-3"),
                 lambda: stays.add_stay(s, c.id, "2026-03-07T16:00", "2026-03-09T16:00"),  # overlaps
                 lambda: rates.add_kl_override(s, date(2026, 1, 1), "brev", vederlag_per_day="171")):
        with pytest.raises(ValidationError) as e:
            call()
        errors.append(e.value)
    session.lock(s, backup=False)
    problems = [p for e in errors for p in e.problems]
    assert all(p.code in messages.CATALOGUE for p in problems), [p.message for p in problems if not p.code]
    try:
        i18n.install("en")
        shown = [describe_error(e)[1] for e in errors]
    finally:
        i18n.install("da")
    for text in shown:
        assert danish_in(text, ["Emma", "Hjem", "Skole", "6.3.2026"]) is None, text
    assert "Name is missing" in shown[0] and "Date of birth is in the future" in shown[0]
    assert "End is before start" in shown[1]
    assert "overlaps another stay of the same child (2026-03-06 16:00–2026-03-08 16:00)" in shown[4]
    assert "Rates from 2026-01-01 are already entered" in shown[5]


def test_date_fields_read_year_month_day_in_english(qtbot: Any, data_dir: Path) -> None:
    """Every kind of date field: a day, a month (the payment's month of care), a day and month (a
    closed day) — year first in English, as the tables show dates."""
    from PySide6.QtWidgets import QApplication, QDateEdit

    from aflastapp.gui.views.payments import PaymentDialog
    from aflastapp.gui.widgets.common import install_date_field_behaviour
    from tests.gui.test_app_support import open_diary

    install_date_field_behaviour(QApplication.instance())
    d = open_diary(data_dir)
    try:
        i18n.install("en")
        dlg = PaymentDialog(d.session, d.contract_a, "2026-02")
        qtbot.addWidget(dlg)
        dlg.show()
        assert dlg.month.text() == "2026-02"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", dlg.paid_on.text()), dlg.paid_on.text()
        closed = QDateEdit()
        qtbot.addWidget(closed)
        closed.setDisplayFormat("dd.MM.")
        closed.setDate(closed.date().fromString("2026-12-24", "yyyy-MM-dd"))
        closed.show()
        assert closed.text() == "12-24"
        dlg.reject()
    finally:
        i18n.install("da")
    danish = PaymentDialog(d.session, d.contract_a, "2026-02")
    qtbot.addWidget(danish)
    danish.show()
    assert danish.month.text() == "02.2026"
    danish.reject()
    d.ctx.lock()


def test_what_making_a_document_tells_is_english(demo: AppContext) -> None:
    """The notices of a generated expense claim (an expense left out for want of a grant) and the
    warning before a driving form carry their code: in English they read in English."""
    from aflastapp.core.models import DocumentKind
    from aflastapp.services import documents, expenses, overview

    s = demo.session
    typed = user_texts(overview.snapshot(s))
    unapproved = [e for e in expenses.list_expenses(s) if not e.approval.strip()]
    assert unapproved, "the demo has an expense without a grant"
    e = unapproved[0]
    doc = documents.generate(s, DocumentKind.EXPENSE_CLAIM, e.contract_id, f"{e.date:%Y-%m}", lang="en")
    assert doc.notices, "the left-out expense is told"
    for n in doc.notices:
        english = messages.in_language(n, "en")
        assert english != n and danish_in(english, typed) is None, english
        assert n == messages.in_language(n, "da")  # the Danish is the message itself


def test_why_a_figure_is_what_it_is_reads_in_english(qtbot: Any, demo: AppContext) -> None:
    """"Hvorfor?": every figure of every month of the demo (its lines, their explanations, the figure's
    own explanations, every night and the monthly cap) as the Overblik's popup shows it, in English."""
    from aflastapp.gui.views.overview import figure_html, nights_html
    from aflastapp.services import overview

    s = demo.session
    typed = user_texts(overview.snapshot(s))
    found: list[str] = []
    shown = 0
    try:
        i18n.install("en")
        for pv in overview.preview_range(s, (TODAY.year - 1, 1), 24):
            for cm in pv.contracts:
                pages = [nights_html(None, cm)]  # type: ignore[arg-type]
                pages += [figure_html(None, getattr(cm, f))  # type: ignore[arg-type]
                          for f in ("vederlag", "kost_logi", "mileage", "expenses", "holiday_pay")]
                for page in pages:
                    shown += 1
                    if (bad := danish_in(page, typed)) is not None:
                        found.append(f"{pv.year}-{pv.month:02d} {cm.contract_id}: {bad}")
    finally:
        i18n.install("da")
    assert shown > 100, "the demo's months were explained"
    assert found == [], "Danish in English:\n" + "\n".join(sorted(set(found))[:40])


def test_suggested_trips_are_saved_in_the_familys_language(qtbot: Any, demo: AppContext) -> None:
    """"Foreslå ture fra ophold" in English proposes "Pick-up of Emma (there)", and that is the text
    the trip is saved with; in Danish "Afhentning af Emma (ud)"."""
    from datetime import timedelta

    from aflastapp.gui.views.driving import SuggestionsDialog
    from aflastapp.services import overview, trips

    s = demo.session
    typed = user_texts(overview.snapshot(s))
    found = []
    for back in range(12):  # the latest month the demo has stays without trips in
        y, m = divmod(TODAY.year * 12 + TODAY.month - 1 - back, 12)
        first = date(y, m + 1, 1)
        found = trips.suggest_from_stays(s, first, first + timedelta(days=27))
        if found:
            break
    assert found, "the demo has stays to suggest trips from"
    for lang, words in (("en", ("Pick-up of", "Drop-off of")), ("da", ("Afhentning af", "Aflevering af"))):
        try:
            i18n.install(lang)
            dlg = SuggestionsDialog(found, {}, lang)
            qtbot.addWidget(dlg)
            purposes = [t.purpose for t in dlg.chosen()]
        finally:
            i18n.install("da")
        assert purposes and all(p.startswith(words) for p in purposes), purposes
        if lang == "en":
            assert all(danish_in(p, typed) is None for p in purposes), purposes


def test_the_settings_dialogs_are_english(qtbot: Any, demo: AppContext) -> None:
    """Every dialog Indstillinger opens (a child and contract, an opsigelse, a year's rates, a km rate,
    a password) has no Danish left in English: labels, buttons (Cancel and Help too), placeholders."""
    from aflastapp.gui.views.settings import ChildContractDialog, TerminationDialog
    from aflastapp.gui.views.settings.dialogs import MileageRateDialog, PasswordDialog, RateDialog
    from aflastapp.services import children, contracts, overview

    s = demo.session
    typed = user_texts(overview.snapshot(s))
    c = contracts.list_contracts(s)[0]
    kid = children.get_child(s, c.child_id)
    switch_language(demo, "en")
    dialogs = [ChildContractDialog(demo, c, kid.name, child_birth=kid.birth_date), ChildContractDialog(demo),
               TerminationDialog(demo, c, kid.name), RateDialog(2027, "vederlag_per_day"),
               MileageRateDialog(2027), PasswordDialog("Change password", ask_current=True)]
    found = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()  # the Help button is added when shown
        seen = list(texts(dialog))
        assert any(t == "&Cancel" for _where, t in seen), type(dialog).__name__
        found += [f"{type(dialog).__name__} {where}: {bad}" for where, t in seen
                  if (bad := danish_in(t, typed)) is not None]
        dialog.reject()
    assert found == [], "\n".join(found)
