"""Made ONCE to create ``diary-v1.db`` (schema v1, migration m001) — kept to show how, never re-run
(the fixture must stay the file a released version wrote). Key: ``diary-v1.key`` (hex, test-only).

    uv run python -m tests.data.make_fixture_v1
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from PIL import Image

from aflastapp.storage.db import connect

HERE = Path(__file__).parent
KEY = bytes.fromhex("5a1f0e0d6c4b3a29180716253443526170819fae0dbccbdae9f8071625344352")
DB_ID = "f1x7e5v1000000000000000000000001"


def receipt_png() -> bytes:
    img = Image.new("RGB", (120, 80), (255, 255, 255))
    for x in range(10, 110):
        img.putpixel((x, 40), (0, 0, 0))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


ROWS: dict[str, list[dict[str, object]]] = {
    "meta": [
        {"key": "db_id", "value": DB_ID},
        {"key": "backup_key", "value": KEY.hex()},
        {"key": "created_at", "value": "2026-01-05T19:30:00"},
    ],
    "family": [{"id": 1, "name": "Familien Holm", "address": "Skovvej 12, 4200 Slagelse",
                "car_registration": "CD 45 678"}],
    "settings": [{"key": "closed_days", "value": "[[12, 24], [12, 31]]"},
                 {"key": "language", "value": "\"da\""}],
    "children": [{"id": "alma", "name": "Alma", "birth_date": "2016-05-17"},
                 {"id": "noah", "name": "Noah", "birth_date": "2012-11-02"}],
    "contracts": [
        {"id": "alma-slagelse", "child_id": "alma", "municipality": "slagelse", "start": "2025-08-01",
         "end": None, "vederlag_count": 2, "child_ordinal": 1, "caseworker": "Mette Sørensen",
         "consultant": "Lars Bak", "terminated_on": None},
        {"id": "noah-nyborg", "child_id": "noah", "municipality": "nyborg", "start": "2024-01-01",
         "end": "2026-12-31", "vederlag_count": 1, "child_ordinal": 2, "caseworker": "Jens Ø. Lund",
         "consultant": "", "terminated_on": "2026-09-30"},
    ],
    "stays": [
        {"id": "s-0001", "contract_id": "alma-slagelse", "start": "2026-01-09T15:00",
         "end": "2026-01-11T17:00", "status": "completed", "cancelled_at": None,
         "note": "Alma sov godt begge nætter."},
        {"id": "s-0002", "contract_id": "alma-slagelse", "start": "2026-01-23T15:00",
         "end": "2026-01-25T17:00", "status": "cancelled", "cancelled_at": "2026-01-21T09:12",
         "note": "Aflyst af forvaltningen."},
        {"id": "s-0003", "contract_id": "noah-nyborg", "start": "2026-02-06T12:00",
         "end": "2026-02-08T12:00", "status": "planned", "cancelled_at": None, "note": ""},
    ],
    "trips": [{"id": "t-0001", "date": "2026-01-09", "purpose": "Hente Alma", "from_place": "Hjem",
               "via": "[\"Skolen\"]", "to_place": "Slagelse", "km": "18.4"}],
    "trip_contracts": [{"trip_id": "t-0001", "contract_id": "alma-slagelse"},
                       {"trip_id": "t-0001", "contract_id": "noah-nyborg"}],
    "expenses": [{"id": "e-0001", "contract_id": "alma-slagelse", "date": "2026-01-10",
                  "category": "activity", "description": "Svømmehal", "amount": "95.00",
                  "approval": "B-2026-14"}],
    "attachments": [],  # filled below
    "notes": [{"id": "n-0001", "child_id": "alma", "date": "2026-01-10",
               "text": "Fortalte om skolen, glad og rolig.", "tags": "[\"skole\"]",
               "interpretation": "Trives bedre end i efteråret."}],
    "meetings": [{"id": "m-0001", "contract_id": "alma-slagelse", "kind": "status",
                  "at": "2026-03-12T10:00", "report_due": "2026-03-02"}],
    "status_reports": [{"meeting_id": "m-0001", "answers": "{\"trivsel\": \"God\"}",
                        "note_ids": "[\"n-0001\"]", "updated_at": "2026-02-20T21:00"}],
    "submissions": [{"id": 1, "kind": "nights_report", "contract_id": "alma-slagelse",
                     "period": "2026-01", "sent": "2026-02-03", "channel": "e-Boks"}],
    "rate_overrides": [{"id": 1, "table_name": "kl", "valid_from": "2026-04-01",
                        "values_json": "{\"vederlag_per_day\": \"560.00\"}", "source": "brev fra KL"}],
    "documents": [{"id": 1, "kind": "nights_report", "contract_id": "alma-slagelse", "period": "2026-01",
                   "title": "Indberetning af aflastningsdøgn januar 2026", "created_at": "2026-02-03T20:00",
                   "pdf": b"%PDF-1.4\n% fixture\n%%EOF\n"}],
    "exported_files": [{"id": 1, "document_id": 1, "kind": "nights_report", "contract_id": "alma-slagelse",
                        "period": "2026-01", "path": "/home/holm/Dokumenter/indberetning-2026-01.pdf",
                        "exported_on": "2026-02-03", "retention_until": "2027-02-03", "deleted_on": None}],
    "places": [{"id": 1, "name": "Skolen", "address": "Skolevej 1, 4200 Slagelse"}],
    "routes": [{"id": 1, "name": "Hjem–Slagelse", "from_place": "Hjem", "via": "[]",
                "to_place": "Slagelse", "km": "18.4"}],
}


def _jsonable(row: dict[str, object]) -> dict[str, object]:
    return {k: ({"sha256": hashlib.sha256(v).hexdigest(), "len": len(v)} if isinstance(v, bytes) else v)
            for k, v in row.items()}


def main() -> None:
    png = receipt_png()
    digest = hashlib.sha256(png).hexdigest()
    ROWS["attachments"] = [{"id": 1, "expense_id": "e-0001", "name": "kvittering.png",
                            "media_type": "image/png", "data": png, "sha256": digest}]
    path = HERE / "diary-v1.db"
    assert not path.exists(), "the fixture exists: it is frozen"
    db = connect(path, raw_key=KEY, create=True)
    with db.atomic():
        for table, rows in ROWS.items():
            for row in rows:
                db.table(table).insert(row)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    (HERE / "diary-v1.key").write_text(KEY.hex() + "\n")
    expected = {t: [_jsonable(r) for r in rows] for t, rows in ROWS.items()}
    (HERE / "diary-v1.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
