"""A real SQLCipher diary in a temp folder, opened with the in-memory keyring of tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from aflastapp.services import children, contracts, session


@pytest.fixture
def s(data_dir: Path, memory_keyring: Any) -> Iterator[session.Session]:
    sess, _recovery = session.setup(data_dir)
    yield sess
    session.lock(sess, backup=False)


@pytest.fixture
def contract(s: session.Session) -> str:
    """Emma (born 2015) placed by Slagelse from 2022-09-01, 7 vederlag: the contract id."""
    children.add_child(s, "Emma", date(2015, 6, 1), id="emma")
    return contracts.add_contract(s, "emma", "slagelse", date(2022, 9, 1), vederlag_count=7,
                                  id="emma-slagelse").id


def counts(s: session.Session) -> dict[str, int]:
    """Rows per table: to prove nothing was written."""
    tables = ["children", "contracts", "stays", "trips", "trip_contracts", "expenses", "attachments",
              "notes", "meetings", "status_reports", "submissions", "rate_overrides", "places", "routes",
              "settings", "family"]
    return {t: s.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
