"""Render one sample of every document from the test diaries (for docs/documents/ and for looking).

uv run python -m tests.reports.samples docs/documents      # PDFs + first-page PNGs (needs pdftoppm)
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from aflastapp.core import earnings, rules
from aflastapp.core.models import ContractMonth, DiarySnapshot, Expense, ExpenseCategory
from aflastapp.reports import annual, driving, expenses, nights, recovery, status
from tests.reports import diaries as D
from tests.reports.five import NAMES as FIVE_NAMES
from tests.reports.five import five

PLACES = {  # saved places: the driving form prints their addresses
    "Hjem, Nykøbing M": "Møllevej 12, 7900 Nykøbing M",
    "Skolen, Øster Jølby": "Jølbyvej 20, 7950 Erslev",
    "Karby Friskole": "Skolevej 3, 7960 Karby",
}


def _case(snap: DiarySnapshot, ref: str) -> DiarySnapshot:
    return dataclasses.replace(
        snap, contracts=tuple(dataclasses.replace(c, case_reference=ref) for c in snap.contracts)
    )


def samples() -> dict[str, bytes]:
    slg = _case(D.slagelse(), "27.12.04-G01-1234-22")
    rnd = D.randers()
    rnd = _case(
        dataclasses.replace(
            rnd,
            expenses=(
                *rnd.expenses,
                Expense(
                    "e-r",
                    "k-rnd",
                    date(2023, 3, 21),
                    ExpenseCategory.CLOTHING,
                    "Regntøj",
                    Decimal("250"),
                    "Bevilling 15.02.2021",
                ),
            ),
        ),
        "27.24.00-A26-3-21",
    )
    mor = D.morsoe()
    mor = dataclasses.replace(  # the family's own purpose does not name the other child
        mor,
        trips=tuple(
            dataclasses.replace(t, purpose="Hente til aflastning") if t.id == "t3" else t for t in mor.trips
        ),
    )
    mor = _case(mor, "SAG-2021-0117")
    had = D.haderslev()
    q = rules.load_rule_set("haderslev").status_questions().value
    answers = {
        q[0].key: "Åse er glad, nysgerrig og kommer let i kontakt med andre børn. Hun har brug for faste "
        "rammer og for at få at vide i god tid, hvad der skal ske.",
        q[1].key: "Vi henter Åse fredag efter skole og afleverer hende søndag aften hos mor.",
        q[2].key: "Fortsat aflastning hver anden weekend.",
    }

    def cm(snap: DiarySnapshot, cid: str, y: int, m: int) -> ContractMonth:
        return earnings.preview_month(snap, y, m, cid).contracts[0]

    return {
        "nights": nights.render(slg, cm(slg, "k-slg", 2023, 3), municipality_name="Slagelse Kommune"),
        "driving": driving.render(
            mor,
            "k-mor1",
            date(2023, 1, 1),
            date(2023, 3, 31),
            [cm(mor, "k-mor1", 2023, m) for m in (1, 2, 3)],
            municipality_name="Morsø Kommune",
            period="2023-Q1",
            period_label="1. kvartal 2023",
            places=PLACES,
        ),
        "expenses": expenses.render(
            rnd,
            "k-rnd",
            date(2023, 3, 1),
            date(2023, 3, 31),
            [cm(rnd, "k-rnd", 2023, 3)],
            municipality_name="Randers Kommune",
            period="2023-03",
            period_label="Marts 2023",
        ),
        "status": status.render(
            had,
            had.meetings[1],
            questions=q,
            answers=answers,
            notes=had.notes[:2],
            months=[
                cm(had, "k-had", y, m) for y, m in ((2022, 12), (2023, 1), (2023, 2), (2023, 3), (2023, 4))
            ],
            period_start=date(2022, 12, 2),  # the day after the previous meeting
            period_end=date(2023, 4, 20),
            municipality_name="Haderslev Kommune",
        ),
        "annual": annual.render(
            five(),
            2023,
            earnings.preview_months(five(), [(2023, m) for m in range(1, 13)]),
            municipality_names=FIVE_NAMES,
        ),
        "recovery": recovery.render(
            "7K3M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-4F2A",
            database_id="d-1a2b3c4d",
            backup_dir="C:\\Users\\familie\\AppData\\Local\\aflastapp\\backups",
            printed=date(2026, 3, 6),
        ),
    }


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, pdf in samples().items():
        (folder / f"{name}.pdf").write_bytes(pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "60",
                    "-png",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(folder / f"{name}.pdf"),
                    str(folder / name),
                ],
                check=True,
            )
            (folder / f"{name}.pdf").unlink()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/documents")
