"""A ValidationError from the services reads in the app's language: each problem carries a code and
parameters, rendered from the one message catalogue (core.messages) — in English the field and the
problem are English, in Danish they read as the services wrote them. A Danish sentence is never
matched and translated back: a problem without a code is shown as written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from aflastapp.core.errors import FieldProblem, ValidationError
from aflastapp.gui import i18n
from aflastapp.gui.context import describe_error


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("da")


def _problems() -> ValidationError:
    from aflastapp.core.messages import problem

    return ValidationError([problem("end", "problem.end_before_start"),
                            problem("km", "problem.missing", label="Km"),
                            problem("amount", "problem.not_number", label="Beløb", value="'12,5,0'"),
                            FieldProblem("x", "Noget helt andet"),
                            FieldProblem("y", "Slut ligger før start")])


def test_problems_are_english_in_english(english: None) -> None:
    _title, text, details = describe_error(_problems())
    assert details == ""
    assert "End is before start" in text
    assert "Km is missing" in text
    assert "Amount is not a number: '12,5,0'" in text
    assert "Noget helt andet" in text  # unknown messages are shown as written, never dropped
    assert "Slut ligger før start" in text  # a Danish sentence without a code is not translated back


def test_problems_stay_danish_in_danish(qapp: Any) -> None:
    i18n.install("da")
    _title, text, _details = describe_error(_problems())
    assert "Slut ligger før start" in text and "Km mangler" in text


def test_a_real_service_error_names_the_field_in_english(english: None, tmp_path: Any) -> None:
    from aflastapp.services import contracts, portable, session, stays

    s, _ = session.setup(tmp_path / "d")
    portable.make_demo(s, 1, 1)
    cid = contracts.list_contracts(s)[0].id
    with pytest.raises(ValidationError) as e:
        stays.add_stay(s, cid, datetime(2026, 3, 6, 16), datetime(2026, 3, 4, 16))
    assert "End is before start" in describe_error(e.value)[1]
    session.lock(s, backup=False)


def test_the_files_a_family_chooses_and_the_wizard_speak_english(english: None, tmp_path: Any) -> None:
    """Saving a backup, a calendar or a document copy into a folder that is not there, choosing a
    payslip that is not a PDF, deleting a child that still has a contract, a missing document, the
    wizard's order: each problem reads in English, names the file, and nothing Danish is left."""
    import re

    from aflastapp.services import (
        backups,
        calendar_file,
        children,
        contracts,
        documents,
        payslip,
        portable,
        session,
    )
    from aflastapp.services.wizard import SetupWizard

    s, _ = session.setup(tmp_path / "d")
    portable.make_demo(s, 1, 1)
    nowhere = tmp_path / "nowhere" / "file"
    not_pdf = tmp_path / "lønseddel.pdf"
    not_pdf.write_text("ikke en pdf")
    child = children.list_children(s)[0]
    cases = [
        (lambda: backups.backup_to(s, tmp_path), f"{tmp_path} is a folder; choose a file name"),
        (lambda: backups.backup_to(s, nowhere), f"The folder {nowhere.parent} does not exist"),
        (lambda: backups.backup_to(s, s.diary.path), "The backup cannot be saved over the diary itself"),
        (lambda: calendar_file.export_calendar(s, nowhere), f"The folder {nowhere.parent} does not exist"),
        (lambda: documents.save_copy(s, 424242, tmp_path / "x.pdf"), "The document “424242” does not exist"),
        (lambda: payslip.read_payslip(not_pdf), "lønseddel.pdf is not a PDF"),
        (lambda: children.delete_child(s, child.id),
         "The child has contracts or diary notes; delete them first"),
        (lambda: contracts.get_contract(s, "nej"), "The contract “nej” does not exist"),
        (lambda: SetupWizard(tmp_path / "w").create(), "This step is not filled in"),
    ]
    for call, english_text in cases:
        with pytest.raises(ValidationError) as e:
            call()
        text = describe_error(e.value)[1]
        assert english_text in text, text
        assert not re.search(r"\b(findes|mappe|ikke|kan|slet)\b", text.replace(str(tmp_path), "")), text
    session.lock(s, backup=False)


def test_an_import_files_problems_and_a_wrong_period_speak_english(english: None) -> None:
    """The JSON Schema's complaints about an import file, a period that is none, a rate row and a
    document for the wrong kind of period: each is a code, so English reads English."""
    from datetime import date
    from decimal import Decimal

    from aflastapp.core import rates
    from aflastapp.core.models import KLRate
    from aflastapp.core.periods import parse_period
    from aflastapp.services import portable

    doc = {"format": "aflastapp", "version": 1, "children": [{"id": "b1", "name": 5}],
           "stays": [{"id": "s1"}], "family": {"name": "x", "colour": "blå"}}
    texts = [describe_error(ValidationError(portable.schema_problems(doc)))[1]]
    with pytest.raises(ValidationError) as e:
        parse_period("marts", "period")
    texts.append(describe_error(e.value)[1])
    with pytest.raises(ValidationError) as e:
        rates.validate_kl_row(KLRate(valid_from=date(2026, 1, 1), source="brev",
                                     kost_logi_under_10=Decimal("-1")))
    texts.append(describe_error(e.value)[1])
    text = "\n".join(texts)
    assert "must be text" in text and "the field “contract” is missing" in text, text
    assert "unknown field colour" in text, text
    assert "“marts” is not a period; write a month (2026-03)" in text, text
    assert "Board and lodging under 10 must not be negative" in text, text
    import re

    assert not re.search(r"\b(mangler|skal|være|ukendt|periode|negativ|felt)\b", text), text
