"""A diary export is the whole diary in plain text: it is tracked like a saved PDF copy."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from aflastapp.core.errors import ValidationError
from aflastapp.core.models import DeadlineKind
from aflastapp.services import documents, overview, portable

FIXTURE = Path(__file__).resolve().parents[1] / "cli" / "data" / "five-municipalities.json"


def test_export_is_recorded_with_the_shortest_retention_limit(s: Any, tmp_path: Path) -> None:
    portable.import_data(s, json.loads(FIXTURE.read_text(encoding="utf-8")))
    target = tmp_path / "dagbog.json"
    summary = portable.export_file(s, target, today=date(2026, 3, 31))
    # Slagelse (one of the five contracts) allows copies with personal data for 1 month
    f = summary.exported
    assert f is not None
    assert (f.kind, f.path, f.exported_on, f.retention_until) == (
        "diary_export", str(target.resolve()), date(2026, 3, 31), date(2026, 4, 30))
    assert [x.path for x in documents.list_exported(s)] == [str(target.resolve())]
    assert [x.id for x in documents.retention_due(s, date(2026, 4, 30))] == [f.id]
    assert documents.retention_due(s, date(2026, 4, 29)) == []
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0  # personal data: owner-only
    # the deadline list reminds the family to delete it, and deleting it marks that done
    found = overview.deadlines(s, date(2026, 4, 1), date(2026, 5, 31), include_done=True)
    retention = [d for d in found if d.kind is DeadlineKind.DOCUMENT_RETENTION]
    assert [(d.date, d.done) for d in retention] == [(date(2026, 4, 30), False)]
    assert retention[0].title == "Slet den gemte kopi af dagbogen (JSON-eksport, ukrypteret), gemt 31.03.2026"
    documents.delete_exported(s, f.id, today=date(2026, 4, 2))
    assert not target.exists()
    found = overview.deadlines(s, date(2026, 4, 1), date(2026, 5, 31), include_done=True)
    assert [d.done for d in found if d.kind is DeadlineKind.DOCUMENT_RETENTION] == [True]


def test_a_diary_without_a_limit_is_still_tracked(s: Any, tmp_path: Path) -> None:
    d = json.loads(FIXTURE.read_text(encoding="utf-8"))
    d["contracts"] = [c for c in d["contracts"] if c["municipality"] == "randers"]
    keep = {c["id"] for c in d["contracts"]}
    d["children"] = [c for c in d["children"] if any(k.startswith(c["id"] + "-") for k in keep)]
    for section in ("stays", "expenses", "meetings"):
        d[section] = [x for x in d[section] if x["contract"] in keep]
    d["trips"] = [t for t in d["trips"] if set(t["contracts"]) <= keep]
    d["notes"] = [n for n in d["notes"] if n["child"] in {c["id"] for c in d["children"]}]
    portable.import_data(s, d)
    f = portable.export_file(s, tmp_path / "randers.json").exported
    assert f is not None and f.retention_until is None and f.kind == "diary_export"


def test_a_failed_export_records_nothing(s: Any, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="findes ikke"):
        portable.export_file(s, tmp_path / "no-such-folder" / "dagbog.json")
    with pytest.raises(ValidationError, match="mappe"):
        portable.export_file(s, tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.name == "posix" and os.geteuid() != 0:
        locked.chmod(0o500)
        try:
            with pytest.raises(ValidationError, match="kan ikke skrives"):
                portable.export_file(s, locked / "dagbog.json")
        finally:
            locked.chmod(0o700)
    assert documents.list_exported(s, include_deleted=True) == []
