"""The GUI's part of issue 13: the driver and CPR in the family settings, the case number in the
contract dialog, the warning before a driving form whose shared trip names another child, and the
expenses left out of a claim named to the family."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from aflastapp.core.models import DocumentKind
from aflastapp.gui.views.documents import DocumentsView
from aflastapp.gui.views.settings import ChildContractDialog, SettingsView
from aflastapp.services import contracts, documents, expenses, family, trips
from tests.gui.test_diary_support import Diary, diary_fixture
from tests.reports.pdfcheck import text


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    yield from diary_fixture(data_dir)


def test_driver_and_cpr_are_family_settings(qtbot: Any, diary: Diary) -> None:
    view = SettingsView(diary.ctx)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    assert view.family_tab.family_driver.text() == ""
    assert view.family_tab.family_driver.placeholderText() == "Familien Østergård"  # no "og": the name itself
    view.family_tab.family_driver.setText("Lise Østergård")
    view.family_tab.family_driver_cpr.setText("2402851234")
    view.family_tab.save_family()
    fam = family.get_family(diary.session)
    assert (fam.driver_name, fam.driver_cpr) == ("Lise Østergård", "240285-1234")
    diary.ctx.undo_stack.undo()
    assert family.get_family(diary.session).driver_cpr == ""
    view.family_tab.family_driver_cpr.setText("12345")  # a bad number: nothing written, the field is named
    view.family_tab.save_family()
    assert family.get_family(diary.session).driver_cpr == ""
    assert "CPR" in diary.ctx.last_error_text


def test_the_contract_dialog_edits_the_case_number(qtbot: Any, diary: Diary) -> None:
    c = contracts.get_contract(diary.session, diary.contract_a)
    dialog = ChildContractDialog(diary.ctx, c)
    qtbot.addWidget(dialog)
    dialog.case_reference.setText(" 27.12.04-G01-5-26 ")
    view = SettingsView(diary.ctx)
    qtbot.addWidget(view)
    view.contracts_tab.update_contract(c, dialog.contract_values())
    assert contracts.get_contract(diary.session, diary.contract_a).case_reference == "27.12.04-G01-5-26"
    again = ChildContractDialog(diary.ctx, contracts.get_contract(diary.session, diary.contract_a))
    qtbot.addWidget(again)
    assert again.case_reference.text() == "27.12.04-G01-5-26"


def _view(qtbot: Any, d: Diary) -> DocumentsView:
    v = DocumentsView(d.ctx)
    qtbot.addWidget(v)
    v.resize(1300, 720)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_a_shared_trip_naming_the_other_child_is_warned_about_first(qtbot: Any, diary: Diary) -> None:
    trips.add_trip(
        diary.session,
        [diary.contract_a, diary.contract_b],
        date(2026, 2, 6),
        "Hente Emma og Oliver",
        "Hjem",
        "Skolen",
        Decimal("20"),
    )
    view = _view(qtbot, diary)
    # non-interactive: the warning stands in for the question, and nothing is made
    assert view.generate(DocumentKind.DRIVING_REPORT, diary.contract_a, "2026-02", None) is None
    assert "Oliver" in view.last_warning and "06.02.2026" in view.last_warning
    assert documents.list_documents(diary.session) == []
    assert view.generate(DocumentKind.DRIVING_REPORT, diary.contract_a, "2026-02", None, force=True)
    diary.ctx.wait_for_ops()
    doc = view.last_document
    assert doc is not None
    assert "delt med 1 andet barn" in text(documents.get_pdf(diary.session, doc.id))


def test_expenses_left_out_of_a_claim_are_named(qtbot: Any, diary: Diary) -> None:
    expenses.add_expense(
        diary.session, diary.contract_a, date(2026, 2, 10), "activity", "Biograf", Decimal("90")
    )
    expenses.add_expense(
        diary.session, diary.contract_a, date(2026, 2, 11), "activity", "Svømning", Decimal("60"), "BEV-1"
    )
    view = _view(qtbot, diary)
    assert view.generate(DocumentKind.EXPENSE_CLAIM, diary.contract_a, "2026-02", None)
    diary.ctx.wait_for_ops()
    assert view.last_document is not None
    assert len(view.last_notices) == 1
    assert "»Biograf«" in view.last_notices[0] and "ingen bevilling" in view.last_notices[0]
