"""The portable diary file: whole-file validation by JSON path, all-or-nothing, identical round trip."""

from __future__ import annotations

import base64
import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from aflastapp.core.errors import ValidationError
from aflastapp.services import expenses, overview, portable, session
from tests.services.conftest import counts

FIXTURE = Path(__file__).resolve().parents[1] / "cli" / "data" / "five-municipalities.json"


def doc() -> dict[str, Any]:
    d: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return d


def _png() -> str:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (0, 120, 0)).save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def test_import_then_export_then_import_is_identical(s: Any, data_dir: Path, tmp_path: Path) -> None:
    d = doc()
    d["expenses"][0]["attachments"] = [{"name": "kvittering.png", "data_base64": _png()}]
    d["rates"] = {"kl": [{"from": "2026-01-01", "vederlag_per_day": 170, "source": "brev"}],
                  "mileage": [{"from": "2026-07-01", "low_per_km": "2.31"}]}
    d["settings"] = {"closed_days": ["12-24"], "default_due_day": 8}
    summary = portable.import_data(s, d)
    assert summary.counts["stays"] == 5 and summary.attachments == 1
    first = tmp_path / "first.json"
    portable.export_file(s, first)
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert exported["expenses"][0]["amount"] == "120.00" and exported["trips"][0]["km"] == "18.4"
    assert exported["rates"]["kl"][0]["vederlag_per_day"] == "170.00"
    other = tmp_path / "other"
    other.mkdir()
    s2, _ = session.setup(other)
    try:
        portable.import_file(s2, first)
        second = tmp_path / "second.json"
        portable.export_file(s2, second)
        assert second.read_bytes() == first.read_bytes()
        e1 = expenses.get_expense(s, d["expenses"][0]["id"])
        e2 = expenses.get_expense(s2, d["expenses"][0]["id"])
        assert e1.attachments[0].data == e2.attachments[0].data
    finally:
        session.lock(s2, backup=False)
    lean = tmp_path / "lean.json"
    portable.export_file(s, lean, attachments=False)
    assert all(e["attachments"] == [] for e in json.loads(lean.read_text())["expenses"])


def _problems(s: Any, d: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as e:
        portable.import_data(s, d)
    return {p.field: p.message for p in e.value.problems}


def test_every_problem_is_listed_by_json_path_and_nothing_is_written(s: Any) -> None:
    d = doc()
    d["stays"][3]["end"] = "2023-03-01T10:00"
    d["trips"][0]["km"] = "-2"
    d["expenses"][1]["amount"] = 12.345
    d["notes"][0]["child"] = "ukendt"
    d["contracts"][2]["start"] = "1999-01-01"
    before = counts(s)
    found = _problems(s, d)
    assert "før start" in found["$.stays[3].end"]
    assert "negativ" in found["$.trips[0].km"]
    assert "decimaler" in found["$.expenses[1].amount"]
    assert "findes ikke" in found["$.notes[0].child"]
    assert "2000" in found["$.contracts[2].start"]
    assert counts(s) == before


def test_schema_problems_are_reported_in_danish(s: Any) -> None:
    d = doc()
    del d["stays"][0]["contract"]
    d["stays"][1]["status"] = "maybe"
    d["trips"][0]["colour"] = "red"
    d["version"] = 2
    found = _problems(s, d)
    assert "mangler" in found["$.stays[0]"] and "contract" in found["$.stays[0]"]
    assert "ukendt værdi" in found["$.stays[1].status"]
    assert "ukendt felt" in found["$.trips[0]"]
    assert "$.version" in found


def test_overlap_inside_the_file_and_duplicate_ids_are_refused(s: Any) -> None:
    d = doc()
    extra = copy.deepcopy(d["stays"][0])
    extra["id"] = "barn1-s2"
    extra["start"], extra["end"] = "2023-03-04T10:00", "2023-03-06T10:00"
    d["stays"].append(extra)
    d["notes"].append(copy.deepcopy(d["notes"][0]))
    found = _problems(s, d)
    assert "overlapper" in found["$.stays[5].start"]
    assert "findes allerede" in found["$.notes[5].id"]


def test_import_adds_and_refuses_ids_already_in_the_diary(s: Any) -> None:
    portable.import_data(s, doc())
    before = counts(s)
    found = _problems(s, doc())
    assert "$.children[0].id" in found and "$.stays[0].id" in found
    assert counts(s) == before


def test_bad_json_and_bad_base64(s: Any, tmp_path: Path) -> None:
    f = tmp_path / "bad.json"
    f.write_text('{"format": "aflastapp", "version": 1,', encoding="utf-8")
    with pytest.raises(ValidationError) as e:
        portable.import_file(s, f)
    assert e.value.problems[0].field == "$" and "JSON" in e.value.problems[0].message
    d = doc()
    d["expenses"][0]["attachments"] = [{"name": "x.jpg", "data_base64": "***"}]
    assert "base64" in _problems(s, d)["$.expenses[0].attachments[0].data_base64"]


def test_demo_is_marked_valid_and_only_for_an_empty_diary(s: Any) -> None:
    summary = portable.make_demo(s, 2, 2)
    assert summary.counts["children"] == 2 and summary.counts["stays"] > 50 and summary.attachments > 0
    assert overview.is_demo(s)
    assert overview.deadlines(s)  # the dashboard has something to show
    with pytest.raises(ValidationError):
        portable.make_demo(s, 1, 1)
