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
