"""Shared set-up for GUI-B's view tests: a real encrypted diary with one family, two children and
their contracts, an AppContext on it (non-interactive: errors are recorded, not shown modally).

Imported by test_driving*, test_expenses*, test_diary*, test_meetings*, test_documents*.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

TODAY = date(2026, 3, 16)


@dataclass
class Diary:
    ctx: Any  # AppContext
    session: Any
    child_a: str
    child_b: str
    contract_a: str  # Slagelse, consultant "Lene Holm"
    contract_b: str  # Randers


def open_diary(data_dir: Path) -> Diary:
    from aflastapp.gui.context import AppContext
    from aflastapp.services import children, contracts, family, session

    s, _recovery = session.setup(data_dir)
    family.set_family(s, "Familien Østergård", "Ågade 1, 4200 Slagelse", "AB 12 345")
    a = children.add_child(s, "Emma", date(2016, 5, 1), id="emma")
    b = children.add_child(s, "Oliver", date(2018, 9, 12), id="oliver")
    ca = contracts.add_contract(s, a.id, "slagelse", date(2025, 1, 1), vederlag_count=7,
                                caseworker="Mette Sørensen", consultant="Lene Holm", id="k-emma")
    cb = contracts.add_contract(s, b.id, "randers", date(2025, 6, 1), vederlag_count=5,
                                caseworker="Jens Bo", consultant="Pia Lund", id="k-oliver")
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = TODAY
    ctx.set_session(s)
    return Diary(ctx, s, a.id, b.id, ca.id, cb.id)


def diary_fixture(data_dir: Path) -> Iterator[Diary]:
    """Body of each test module's ``diary`` fixture: open, hand over, lock."""
    d = open_diary(data_dir)
    yield d
    d.ctx.lock()
