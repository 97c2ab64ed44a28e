"""Shared set-up for GUI-A's tests (no tests here): a real encrypted diary with a family, two
children and their contracts, 2026 rates entered as the family's overrides (the shipped KL table
has no 2026 row yet), and a non-interactive AppContext on it."""

from __future__ import annotations

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
    contract_a: str  # Slagelse
    contract_b: str  # Randers


def open_diary(data_dir: Path, *, password: str | None = None) -> Diary:
    from aflastapp.gui.context import AppContext
    from aflastapp.services import children, contracts, family, rates, session

    s, _recovery = session.setup(data_dir, password=password)
    family.set_family(s, "Familien Østergård", "Ågade 1, 4200 Slagelse", "AB 12 345")
    a = children.add_child(s, "Emma", date(2016, 5, 1), id="emma")
    b = children.add_child(s, "Oliver", date(2018, 9, 12), id="oliver")
    ca = contracts.add_contract(s, a.id, "slagelse", date(2025, 1, 1), vederlag_count=7, id="k-emma")
    cb = contracts.add_contract(s, b.id, "randers", date(2025, 6, 1), vederlag_count=5, id="k-oliver")
    rates.add_kl_override(s, date(2026, 1, 1), source="Kommunens brev", vederlag_per_day="171",
                          kost_logi_under_10="215", kost_logi_10_plus="229", kost_logi_third_child="197")
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = TODAY
    ctx.set_session(s)
    return Diary(ctx, s, a.id, b.id, ca.id, cb.id)
