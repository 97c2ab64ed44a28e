"""``aflastapp report`` for the receivers: the annual overview of every contract, expenses left out
named on stderr, and a driving form refused (without --force) when a shared trip names another child."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aflastapp import cli
from tests.cli.test_cli import FIXTURE
from tests.reports.pdfcheck import text


def _diary(data_dir: Path, tmp_path: Path) -> list[str]:
    d: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for t in d["trips"]:
        if len(t["contracts"]) > 1:
            t["purpose"] = "Aflevering af Barn 1 og Barn 2"
    d["expenses"].append({"id": "e-noapp", "contract": "barn1-slagelse", "date": "2023-03-11",
                          "category": "activity", "description": "Biograf", "amount": "90.00"})
    f = tmp_path / "diary.json"
    f.write_text(json.dumps(d), encoding="utf-8")
    base = ["--data-dir", str(data_dir)]
    assert cli.main([*base, "init"]) == 0
    assert cli.main([*base, "import", str(f)]) == 0
    return base


def test_annual_without_contract_covers_every_contract(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    base = _diary(data_dir, tmp_path)
    out = tmp_path / "aar.pdf"
    capsys.readouterr()
    assert cli.main([*base, "report", "annual", "--period", "2023", "--out", str(out)]) == 0
    t = text(out.read_bytes())
    assert "Samlet for alle kontrakter" in t
    for n in range(1, 6):
        assert f"Barn {n}" in t
    assert cli.main([*base, "report", "annual", "--out", str(out)]) == 2
    assert "--period" in capsys.readouterr().err


def test_expenses_left_out_are_named_on_stderr(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    base = _diary(data_dir, tmp_path)
    out = tmp_path / "udlaeg.pdf"
    capsys.readouterr()
    assert cli.main([*base, "report", "expenses", "--contract", "barn1-slagelse", "--period", "2023-03",
                     "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "»Biograf«" in err and "ingen bevilling" in err and "11.03.2023" in err
    t = text(out.read_bytes())
    assert "Svømmehal" in t and "Biograf" not in t
    assert out.stat().st_mode & 0o077 == 0  # a saved copy: owner-only


def test_driving_form_naming_another_child_needs_force(data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    base = _diary(data_dir, tmp_path)
    out = tmp_path / "koersel.pdf"
    report = [*base, "report", "driving", "--contract", "barn1-slagelse", "--period", "2023-03",
              "--out", str(out)]
    capsys.readouterr()
    assert cli.main(report) == 2
    err = capsys.readouterr().err
    assert "05.03.2023" in err and "Barn" in err and "--force" in err
    assert not out.exists()
    assert cli.main([*report, "--force"]) == 0
    t = text(out.read_bytes())
    assert "delt med 1 andet barn" in t
