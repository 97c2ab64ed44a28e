"""Small helpers shared by the storage tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from aflastapp.services.session import Session

CANARY = "KANARIE-7f3a9c-Bølle-Ærø"


def fill(s: Session, marker: str = "Alma") -> None:
    """A few realistic rows across the tables, in one transaction."""
    with s.transaction() as db:
        db.table("family").insert(
            {
                "id": 1,
                "name": "Familien Hansen",
                "address": "Vej 1, 4200 Slagelse",
                "car_registration": "AB12345",
            }
        )
        db.table("children").insert({"id": "c1", "name": marker, "birth_date": "2015-04-01"})
        db.table("contracts").insert(
            {
                "id": "k1",
                "child_id": "c1",
                "municipality": "slagelse",
                "start": "2025-01-01",
                "vederlag_count": 2,
                "child_ordinal": 1,
            }
        )
        db.table("stays").insert(
            {
                "id": "s1",
                "contract_id": "k1",
                "start": "2026-03-06T14:00",
                "end": "2026-03-08T17:00",
                "status": "completed",
                "note": f"stay {marker}",
            }
        )
        db.table("expenses").insert(
            {
                "id": "e1",
                "contract_id": "k1",
                "date": "2026-03-07",
                "category": "activity",
                "description": f"Zoo {marker}",
                "amount": "245.00",
            }
        )
        db.table("attachments").insert(
            {
                "expense_id": "e1",
                "name": "kvittering.png",
                "media_type": "image/png",
                "data": bytes(range(256)) * 40,
                "sha256": "",
            }
        )
        db.table("notes").insert(
            {
                "id": "n1",
                "child_id": "c1",
                "date": "2026-03-07",
                "text": f"note {marker}",
                "tags": '["skole"]',
                "interpretation": "",
            }
        )


def dump(s: Session) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, for byte-for-byte comparisons."""
    out: dict[str, list[tuple[object, ...]]] = {}
    for name in s.db.table_names():
        if name.startswith("_sqlite_migrations"):
            continue
        out[name] = [tuple(r) for r in s.db.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()]
    return out


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
