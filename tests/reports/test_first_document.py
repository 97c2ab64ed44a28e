"""The first document of a session loads only what that document needs.

A family opens the diary and makes the month's nights report: that must not wait for the
expense claim's PDF library (pypdf), the charts or the other report modules. Checked in a fresh
interpreter (this test process has imported everything already).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys
from datetime import date
from pathlib import Path
from aflastapp.services import children, contracts, documents, stays
from aflastapp.services.session import lock, setup

s, _key = setup(Path(sys.argv[1]))
children.add_child(s, "Åse Ærø", date(2014, 5, 3), id="c1")
contracts.add_contract(s, "c1", "slagelse", date(2022, 8, 1), vederlag_count=7, id="k1")
stays.add_stay(s, "k1", "2023-03-03T14:00", "2023-03-05T17:00", "completed")
before = set(sys.modules)
doc = documents.generate(s, "nights_report", "k1", "2023-03")
pdf = documents.get_pdf(s, doc.id)
lock(s, backup=False)
print(json.dumps({"new": sorted(set(sys.modules) - before), "pdf": pdf[:5].decode()}))
"""


def test_nights_report_imports_only_its_own_report_module(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["pdf"] == "%PDF-"
    new = set(out["new"])
    assert "aflastapp.reports.nights" in new
    for unneeded in (
        "pypdf",
        "aflastapp.reports.expenses",
        "aflastapp.reports.annual",
        "aflastapp.reports.charts",
        "aflastapp.reports.status",
        "aflastapp.reports.driving",
    ):
        assert unneeded not in new, f"{unneeded} imported for a nights report"
