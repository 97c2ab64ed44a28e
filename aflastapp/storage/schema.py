"""The diary's schema, as sqlite-utils migrations.

Never edit a migration that has been released: add a new one. Each released schema has an
encrypted fixture under ``tests/data/`` and a test that upgrades it.

Conventions: ids chosen by the family or the import file are TEXT; money and km are TEXT
holding a plain decimal ("1036.00", "18.4"); dates are ISO TEXT ("2026-03-06"), instants
"2026-03-06T14:00"; lists are JSON TEXT.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from aflastapp.storage.db import MIGRATIONS

migrations = Migrations("aflastapp")


# m001 is RELEASED and FROZEN: tests/data/diary-v1.db was written by it. Add m002… instead.
@migrations()
def m001_initial(db: Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("family").create(
        {"id": int, "name": str, "address": str, "car_registration": str}, pk="id"
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")  # value: JSON
    db.table("children").create({"id": str, "name": str, "birth_date": str}, pk="id")
    db.table("contracts").create(
        {
            "id": str,
            "child_id": str,
            "municipality": str,
            "start": str,
            "end": str,
            "vederlag_count": int,
            "child_ordinal": int,
            "caseworker": str,
            "consultant": str,
            "terminated_on": str,
        },
        pk="id",
        foreign_keys=[("child_id", "children", "id")],
        not_null={"child_id", "municipality", "start"},
    )
    db.table("stays").create(
        {
            "id": str,
            "contract_id": str,
            "start": str,
            "end": str,
            "status": str,
            "cancelled_at": str,
            "note": str,
        },
        pk="id",
        foreign_keys=[("contract_id", "contracts", "id")],
        not_null={"contract_id", "start", "end", "status"},
    )
    db.table("stays").create_index(["contract_id", "start"])
    db.table("trips").create(
        {
            "id": str,
            "date": str,
            "purpose": str,
            "from_place": str,
            "via": str,  # JSON list
            "to_place": str,
            "km": str,
        },
        pk="id",
        not_null={"date", "km"},
    )
    db.table("trips").create_index(["date"])
    db.table("trip_contracts").create(
        {"trip_id": str, "contract_id": str},
        pk=("trip_id", "contract_id"),
        foreign_keys=[("trip_id", "trips", "id"), ("contract_id", "contracts", "id")],
    )
    db.table("trip_contracts").create_index(["contract_id"])
    db.table("expenses").create(
        {
            "id": str,
            "contract_id": str,
            "date": str,
            "category": str,
            "description": str,
            "amount": str,
            "approval": str,
        },
        pk="id",
        foreign_keys=[("contract_id", "contracts", "id")],
        not_null={"contract_id", "date", "category", "amount"},
    )
    db.table("attachments").create(
        {
            "id": int,
            "expense_id": str,
            "name": str,
            "media_type": str,
            "data": bytes,
            "sha256": str,
        },
        pk="id",
        foreign_keys=[("expense_id", "expenses", "id")],
        not_null={"expense_id", "data"},
    )
    db.table("attachments").create_index(["expense_id"])
    db.table("notes").create(
        {
            "id": str,
            "child_id": str,
            "date": str,
            "text": str,
            "tags": str,  # JSON list
            "interpretation": str,
        },
        pk="id",
        foreign_keys=[("child_id", "children", "id")],
        not_null={"child_id", "date"},
    )
    db.table("notes").create_index(["child_id", "date"])
    db.table("meetings").create(
        {"id": str, "contract_id": str, "kind": str, "at": str, "report_due": str},
        pk="id",
        foreign_keys=[("contract_id", "contracts", "id")],
        not_null={"contract_id", "at"},
    )
    db.table("status_reports").create(
        {
            "meeting_id": str,
            "answers": str,  # JSON {question key: text}
            "note_ids": str,  # JSON list of chosen diary notes
            "updated_at": str,
        },
        pk="meeting_id",
        foreign_keys=[("meeting_id", "meetings", "id")],
    )
    db.table("submissions").create(
        {
            "id": int,
            "kind": str,
            "contract_id": str,
            "period": str,
            "sent": str,
            "channel": str,
        },
        pk="id",
        not_null={"kind", "period", "sent"},
    )
    db.table("rate_overrides").create(
        {
            "id": int,
            "table_name": str,  # "kl" or "mileage"
            "valid_from": str,
            "values_json": str,  # JSON {field: "decimal string"}
            "source": str,
        },
        pk="id",
        not_null={"table_name", "valid_from"},
    )
    db.table("documents").create(
        {
            "id": int,
            "kind": str,
            "contract_id": str,
            "period": str,
            "title": str,
            "created_at": str,
            "pdf": bytes,
        },
        pk="id",
        not_null={"kind", "pdf"},
    )
    db.table("exported_files").create(
        {
            "id": int,
            "document_id": int,
            "kind": str,
            "contract_id": str,
            "period": str,
            "path": str,
            "exported_on": str,
            "retention_until": str,
            "deleted_on": str,
        },
        pk="id",
        not_null={"path", "exported_on"},
    )
    db.table("places").create({"id": int, "name": str, "address": str}, pk="id")
    db.table("routes").create(
        {
            "id": int,
            "name": str,
            "from_place": str,
            "via": str,  # JSON list
            "to_place": str,
            "km": str,
        },
        pk="id",
    )


@migrations()
def m002_payments(db: Database) -> None:
    """What the municipality paid per contract and month of care (issue 14): money TEXT, NULL = the
    payslip did not state the field."""
    db.table("payments").create(
        {
            "id": str,
            "contract_id": str,
            "period": str,  # "2026-03": the month the stays and driving belong to
            "paid_on": str,
            "vederlag": str,
            "kost_logi": str,
            "mileage": str,
            "expenses": str,
            "holiday_pay": str,
        },
        pk="id",
        foreign_keys=[("contract_id", "contracts", "id")],
        not_null={"contract_id", "period", "paid_on"},
    )
    db.table("payments").create_index(["contract_id", "period"])


@migrations()
def m003_rules_round_2(db: Database) -> None:
    """Issue 12: who agreed a trip (and the saved route's agreement), and an expense's approved
    amount and approval date. All optional: existing rows read as before."""
    db.table("trips").add_column("approval", str)
    db.table("routes").add_column("approval", str)
    db.table("expenses").add_column("approved_amount", str)  # decimal text, like amount
    db.table("expenses").add_column("approved_on", str)  # ISO date


@migrations()
def m004_document_fields(db: Database) -> None:
    """Issue 13: the driver on the kørselsskema (name; CPR only ever inside the encrypted diary) and
    each contract's case reference (sagsnummer), printed on its documents. Both optional."""
    db.table("family").add_column("driver_name", str)
    db.table("family").add_column("driver_cpr", str)
    db.table("contracts").add_column("case_reference", str)


# sqlite-utils' Migrations keeps its list only in _migrations (no public accessor)
SCHEMA_VERSION = len(migrations._migrations)  # noqa: SLF001

if tuple(m.name for m in migrations._migrations) != MIGRATIONS:  # noqa: SLF001  # pragma: no cover
    raise RuntimeError("storage/db.py MIGRATIONS must list the migrations of storage/schema.py, in order")
