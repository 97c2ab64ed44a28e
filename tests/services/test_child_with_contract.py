"""A new child comes with its first contract in one service call and one transaction: a contract
the service refuses leaves no child behind, and undoing removes both."""

from __future__ import annotations

from datetime import date

import pytest

from aflastapp.core.errors import ValidationError
from aflastapp.services import children, contracts, session


def test_a_child_and_its_contract_are_written_together(s: session.Session) -> None:
    child, contract = contracts.add_child_with_contract(
        s, "Sofie", date(2017, 4, 2), municipality="nyborg", start=date(2026, 1, 1), vederlag_count=5)
    assert children.get_child(s, child.id).name == "Sofie"
    saved = contracts.get_contract(s, contract.id)
    assert (saved.child_id, saved.municipality, saved.vederlag_count) == (child.id, "nyborg", 5)

    contracts.remove_child_with_contract(s, child.id, contract.id)
    assert children.list_children(s) == [] and contracts.list_contracts(s) == []


def test_a_refused_contract_leaves_no_child(s: session.Session) -> None:
    with pytest.raises(ValidationError) as e:
        contracts.add_child_with_contract(s, "Sofie", date(2017, 4, 2), municipality="atlantis",
                                          start=date(2026, 1, 1))
    assert [p.field for p in e.value.problems] == ["municipality"]
    assert children.list_children(s) == [], "the child was not written on its own"
    assert contracts.list_contracts(s) == []


def test_given_ids_are_kept_so_a_redo_makes_the_same_rows(s: session.Session) -> None:
    child, contract = contracts.add_child_with_contract(
        s, "Sofie", date(2017, 4, 2), child_id="sofie", contract_id="sofie-nyborg",
        municipality="nyborg", start=date(2026, 1, 1))
    assert (child.id, contract.id) == ("sofie", "sofie-nyborg")
