"""The ``aflastapp`` command against temp data folders: in-process (``cli.main(argv)``, each ``App`` its own
data folder and keyring), and one smoke test in real processes with a file keyring."""

from __future__ import annotations

import base64
import copy
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from aflastapp import cli
from tests.support.cli_app import App

REPO = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).resolve().parent / "data" / "five-municipalities.json"


PYCACHE = Path(tempfile.gettempdir())  # replaced per test session by ``_pycache``


@pytest.fixture(scope="module")
def _pycache() -> Iterator[None]:
    """One bytecode cache for this module's subprocesses, removed afterwards."""
    global PYCACHE
    folder = Path(tempfile.mkdtemp(prefix="aflastapp-cli-pycache-"))
    PYCACHE = folder
    try:
        yield
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class ProcessApp:
    """The command as a family runs it, in its own process with a file keyring: kept for the one
    smoke test below that moves a diary between machines. Every other test runs the same ``main``
    in-process (``tests.support.cli_app.App``). Bytecode is cached in one temp folder for all runs
    (each start would otherwise recompile every module when PYTHONDONTWRITEBYTECODE is set)."""

    def __init__(self, root: Path, name: str = "a") -> None:
        self.data = root / f"data-{name}"
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith("AFLASTAPP_") and k != "PYTHONDONTWRITEBYTECODE"}
        self.env.update({
            "PYTHONPYCACHEPREFIX": str(PYCACHE),
            "AFLASTAPP_DATA_DIR": str(self.data),
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
            "AFLASTAPP_TEST_KEYRING_FILE": str(root / f"keyring-{name}.json"),
            "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        })

    def run(self, *args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
        r = subprocess.run([sys.executable, "-m", "aflastapp", *args], env=self.env, cwd=REPO,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == code, f"exit {r.returncode}\n{r.stdout}\n{r.stderr}"
        assert "Traceback" not in r.stderr
        return r

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args).stdout)


def fixture() -> dict[str, Any]:
    d: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return d


def _stay(id: str, contract: str, start: str, end: str, status: str = "completed",
          cancelled_at: str | None = None) -> dict[str, Any]:
    return {"id": id, "contract": contract, "start": start, "end": end, "status": status,
            "cancelled_at": cancelled_at}


def municipality_cases() -> dict[str, Any]:
    """Second file for the same diary: June 2023 stays where the municipalities' rules differ, a
    Morsø trip in Q2, status meetings on Wednesday 20 September 2023, and a 2026 stay (no rates)."""
    return {"format": "aflastapp", "version": 1, "stays": [
        # the same daytime-to-afternoon stay: Nyborg counts two 12:00 instants, Randers one overnight
        _stay("ny-short", "barn3-nyborg", "2023-06-02T09:00", "2023-06-03T15:00"),
        _stay("ra-short", "barn2-randers", "2023-06-02T09:00", "2023-06-03T15:00"),
        # Nyborg: 7 more døgn -> 9 in June; the child is 8, and 6-9-year-olds may have 8 a month
        _stay("ny-week", "barn3-nyborg", "2023-06-10T12:00", "2023-06-17T12:00"),
        # Slagelse: cancelled on the day -> paid; cancelled two days before -> not paid, replacement due
        _stay("sl-same-day", "barn1-slagelse", "2023-06-09T14:00", "2023-06-11T17:00", "cancelled",
              "2023-06-09T08:00"),
        _stay("sl-early", "barn1-slagelse", "2023-06-16T14:00", "2023-06-18T17:00", "cancelled",
              "2023-06-14T10:00"),
        # Haderslev: the same same-day cancellation is not paid
        _stay("ha-same-day", "barn4-haderslev", "2023-06-09T14:00", "2023-06-11T17:00", "cancelled",
              "2023-06-09T08:00"),
        _stay("late", "barn1-slagelse", "2026-03-06T12:00", "2026-03-08T12:00"),
    ], "trips": [
        {"id": "mo-q2", "contracts": ["barn5-morsoe"], "date": "2023-05-10", "purpose": "Afhentning",
         "from": "Hjem", "to": "Skolen", "km": "12"},
    ], "meetings": [
        {"id": "sl-sep", "contract": "barn1-slagelse", "kind": "status", "date": "2023-09-20T10:00"},
        {"id": "ra-sep", "contract": "barn2-randers", "kind": "status", "date": "2023-09-20T10:00"},
    ]}


def test_import_then_preview_and_deadlines_for_each_municipality(tmp_path: Path) -> None:
    app = App(tmp_path)
    out = app.run("init").stdout
    assert "GENDANNELSESNØGLE" in out
    app.run("import", str(FIXTURE))
    more = tmp_path / "municipality-cases.json"
    more.write_text(json.dumps(municipality_cases()), encoding="utf-8")
    app.run("import", str(more))
    pv = app.json("preview", "--month", "2023-03", "--json")
    assert pv["month"] == "2023-03"
    by = {c["municipality"]: c for c in pv["contracts"]}
    assert set(by) == {"slagelse", "randers", "nyborg", "haderslev", "morsoe"}
    for muni, c in by.items():
        # KL 2023: 154 kr × 7 vederlag × 2 døgn; kost og logi under 10: 201 kr × 2 døgn
        assert c["nights"] == 2 and c["night_dates"] == ["2023-03-03", "2023-03-04"], muni
        assert (c["vederlag"], c["kost_logi"], c["expenses"]) == ("2156.00", "402.00", "120.00"), muni
        assert c["payment_month"] == "2023-04"
    # 18.4 km own trip (+ half of a shared 10 km trip for Slagelse and Randers) at 2.19 kr/km
    assert (by["nyborg"]["mileage_km"], by["nyborg"]["mileage"]) == ("18.4", "40.30")
    assert (by["slagelse"]["mileage_km"], by["slagelse"]["mileage"]) == ("23.4", "51.25")
    assert by["slagelse"]["holiday_pay"] == "269.50"  # 12.5 % of the vederlag
    assert pv["totals"]["vederlag"] == "10780.00" and pv["totals"]["kost_logi"] == "2010.00"
    one = app.json("preview", "--month", "2023-03", "--contract", "barn3-nyborg", "--json")
    assert [c["contract"] for c in one["contracts"]] == ["barn3-nyborg"]

    # June 2023: where the municipalities differ
    june = {c["municipality"]: c for c in app.json("preview", "--month", "2023-06", "--json")["contracts"]}
    ny, ra, sl, ha = june["nyborg"], june["randers"], june["slagelse"], june["haderslev"]
    assert ny["night_dates"][:2] == ["2023-06-02", "2023-06-03"]  # noon to noon: 09:00 -> 15:00 next day
    assert ra["night_dates"] == ["2023-06-02"] and ra["nights"] == 1  # overnight: one night
    assert ny["nights"] == 9 and ny["night_dates"][2:] == [f"2023-06-{d}" for d in range(10, 17)]
    cap = [w for w in ny["warnings"] if w["code"] == "max_nights_exceeded"]
    assert len(cap) == 1 and "9 døgn" in cap[0]["message"] and "8 døgn" in cap[0]["message"]
    assert not [w for w in ra["warnings"] if w["code"] == "max_nights_exceeded"]
    # Slagelse pays a stay cancelled on its start day, not one cancelled two days before
    assert sl["night_dates"] == ["2023-06-09", "2023-06-10"] and sl["vederlag"] == "2156.00"
    assert "replacement_stay_due" in {w["code"] for w in sl["warnings"]}
    assert ha["nights"] == 0 and ha["vederlag"] == "0.00"

    dl = app.json("deadlines", "--from", "2023-03-01", "--to", "2023-09-30", "--json")["deadlines"]
    assert dl and set(dl[0]) == {"date", "kind", "contract", "severity", "title", "source", "assumed", "done",
                                 "period", "detail"}
    spring = [d for d in dl if d["date"] <= "2023-05-31"]
    status = {d["contract"]: d for d in spring if d["kind"] == "status_report"}
    assert len(status) == 5  # one status report before each contract's meeting on 20 April
    assert all(d["date"] < "2023-04-20" for d in status.values())
    nights = [d for d in spring if d["kind"] == "nights_report"]
    assert {d["contract"] for d in nights} == set(by[m]["contract"] for m in by)

    def due(kind: str, contract: str) -> list[tuple[str, str]]:
        return [(d["date"], d["severity"]) for d in dl if d["kind"] == kind and d["contract"] == contract]

    # Morsø: driving per quarter, due the last day of the month after it, else the claim is lost
    assert due("driving_report", "barn5-morsoe") == [("2023-04-30", "forfeit"), ("2023-07-31", "forfeit")]
    # Randers: driving and expenses for March are due 5 April
    assert ("2023-04-05", "required") in due("driving_report", "barn2-randers")
    assert [d for d, _sev in due("expense_claim", "barn2-randers")][:1] == ["2023-04-05"]
    assert all(d.endswith("-05") for d, _sev in due("driving_report", "barn2-randers"))
    # Slagelse: status report 14 working days before the meeting on Wednesday 20 September;
    # Randers has no rule of its own, so the default 10 working days applies
    autumn = {d["contract"]: d["date"] for d in dl if d["kind"] == "status_report" and d["date"] > "2023-08"}
    assert autumn == {"barn1-slagelse": "2023-08-31", "barn2-randers": "2023-09-06"}

    # missing rate: null, and a rate_missing warning
    pv26 = app.json("preview", "--month", "2026-03", "--json")["contracts"][0]
    assert pv26["vederlag"] is None and pv26["total"] is None
    assert "rate_missing" in {w["code"] for w in pv26["warnings"]}


def _bad_files() -> list[tuple[str, dict[str, Any], str]]:
    cases = []

    def case(name: str, path: str, change: Any) -> None:
        d = fixture()
        change(d)
        cases.append((name, d, path))

    case("end before start", "$.stays[3].end", lambda d: d["stays"][3].update(end="2023-03-01T10:00"))
    case("overlap", "$.stays[5].start", lambda d: d["stays"].append(
        dict(copy.deepcopy(d["stays"][0]), id="x", start="2023-03-04T00:00", end="2023-03-04T20:00")))
    case("unknown contract", "$.trips[1].contracts[0]", lambda d: d["trips"][1].update(contracts=["nope"]))
    case("negative km", "$.trips[0].km", lambda d: d["trips"][0].update(km="-1"))
    case("absurd km", "$.trips[0].km", lambda d: d["trips"][0].update(km=2500))
    case("three decimals", "$.expenses[0].amount", lambda d: d["expenses"][0].update(amount="1.005"))
    case("date outside 2000-2100", "$.notes[0].date", lambda d: d["notes"][0].update(date="2101-01-01"))
    case("stay too long", "$.stays[0].end", lambda d: d["stays"][0].update(end="2023-06-01T12:00"))
    case("text too long", "$.notes[1].text", lambda d: d["notes"][1].update(text="x" * 20_001))
    case("unknown category", "$.expenses[2].category", lambda d: d["expenses"][2].update(category="candy"))
    case("cancelled_at on a completed stay", "$.stays[1].cancelled_at",
         lambda d: d["stays"][1].update(cancelled_at="2023-03-01T10:00"))
    return cases


def test_each_bad_file_exits_2_names_the_path_and_changes_nothing(tmp_path: Path) -> None:
    app = App(tmp_path)
    app.run("init")
    app.run("import", str(FIXTURE))
    before = tmp_path / "before.json"
    app.run("export", str(before))
    for name, d, path in _bad_files():
        f = tmp_path / "bad.json"
        f.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        r = app.run("import", str(f), code=2)
        assert f"{path}:" in r.stderr, (name, r.stderr)
    not_json = tmp_path / "broken.json"
    not_json.write_text("{", encoding="utf-8")
    assert "JSON" in app.run("import", str(not_json), code=2).stderr
    after = tmp_path / "after.json"
    app.run("export", str(after))
    assert after.read_bytes() == before.read_bytes()


def test_wrong_password_exits_3_and_leaves_the_file_unchanged(tmp_path: Path) -> None:
    app = App(tmp_path)
    good, bad = tmp_path / "pw.txt", tmp_path / "wrong.txt"
    good.write_text("et langt kodeord\n", encoding="utf-8")
    bad.write_text("forkert kodeord", encoding="utf-8")
    app.run("--password-file", str(good), "init")
    app.run("--password-file", str(good), "import", str(FIXTURE))
    db = app.data / "diary.db"
    snapshot = {p.name: p.read_bytes() for p in app.data.iterdir() if p.is_file()}
    r = app.run("--password-file", str(bad), "preview", "--month", "2023-03", code=3)
    assert "adgangskode" in r.stderr.lower()
    assert app.run("preview", "--month", "2023-03", code=3).stderr  # no password at all
    assert {p.name: p.read_bytes() for p in app.data.iterdir() if p.is_file()} == snapshot
    assert db.exists()
    app.env["AFLASTAPP_PASSWORD_FILE"] = str(good)
    assert app.json("preview", "--month", "2023-03", "--json")["totals"]["vederlag"] == "10780.00"
    r = app.run("--lang", "en", "--password-file", str(bad), "verify", code=3)
    assert "Cannot unlock" in r.stderr


def _receipt() -> str:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (250, 250, 240)).save(out, "JPEG")
    return base64.b64encode(out.getvalue()).decode()


@pytest.mark.usefixtures("_pycache")
def test_export_round_trip_and_backup_restore_on_a_new_machine(tmp_path: Path) -> None:
    """Smoke test in real processes: the installed command, a file keyring per machine."""
    App = ProcessApp  # the same steps as the in-process tests, each a real process
    a = App(tmp_path, "a")
    recovery = a.run("init").stdout.strip().splitlines()[-1]
    d = fixture()
    d["expenses"][0]["attachments"] = [{"name": "kvittering.jpg", "data_base64": _receipt()}]
    f = tmp_path / "with-receipt.json"
    f.write_text(json.dumps(d), encoding="utf-8")
    a.run("import", str(f))
    first = tmp_path / "first.json"
    a.run("export", str(first))
    assert json.loads(first.read_text())["expenses"][0]["attachments"][0]["name"] == "kvittering.jpg"

    b = App(tmp_path, "b")
    b.run("init")
    b.run("import", str(first))
    second = tmp_path / "second.json"
    b.run("export", str(second))
    assert second.read_bytes() == first.read_bytes()

    backup = tmp_path / "backup.db"
    a.run("backup", "--to", str(backup))
    c = App(tmp_path, "c")  # a new laptop: empty data folder, empty keychain
    c.run("restore", str(backup), "--recovery-key", recovery)
    third = tmp_path / "third.json"
    c.run("export", str(third))
    assert third.read_bytes() == first.read_bytes()
    c.run("verify")
    d2 = App(tmp_path, "d")
    r = d2.run("restore", str(backup), "--recovery-key", "AAAA-" + recovery[5:], code=3)
    assert "Traceback" not in r.stderr


# --------------------------------------------------------------------------- in-process: cheap checks


COMMANDS = [["gui"], ["init"], ["import"], ["export"], ["preview"], ["deadlines"], ["paycheck"], ["report"],
            ["backup"],
            ["restore"], ["verify"], ["change-password"], ["rules"], ["rules", "list"], ["rules", "show"],
            ["demo"]]


@pytest.mark.parametrize("cmd", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_has_help_with_an_example(cmd: list[str], capsys: Any) -> None:
    assert cli.main([*cmd, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Eksempel" in out and "aflastapp" in out


def test_usage_errors_exit_2_in_danish(capsys: Any) -> None:
    assert cli.main(["preview", "--month", "2026-13"]) == 2
    assert "ugyldig måned" in capsys.readouterr().err
    assert cli.main(["frobnicate"]) == 2


def test_cli_import_does_not_load_qt_or_the_services() -> None:
    code = ("import sys, aflastapp.cli; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'aflastapp.services'))))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert r.stdout.strip() == "[]"


def test_rules_and_demo_in_process(data_dir: Path, capsys: Any) -> None:
    assert cli.main(["rules", "list"]) == 0
    assert "nyborg" in capsys.readouterr().out
    assert cli.main(["rules", "show", "nyborg"]) == 0
    assert "noon_to_noon" in capsys.readouterr().out
    assert cli.main(["rules", "show", "gotham"]) == 2
    assert cli.main(["--data-dir", str(data_dir), "demo", "--years", "1", "--children", "2"]) == 0
    assert "Demodagbog" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(data_dir), "demo", "--years", "1", "--children", "1"]) == 2


ARGPARSE_ENGLISH = ("usage:", "options:", "show this help message", "positional arguments",
                    "optional arguments", "error:", "invalid choice", "the following arguments are required")


@pytest.mark.parametrize("cmd", [[], ["report"], ["rules", "show"]],
                         ids=["aflastapp", "report", "rules show"])
def test_help_is_danish_without_argparse_english(cmd: list[str], capsys: Any) -> None:
    assert cli.main([*cmd, "--help"]) == 0
    out = capsys.readouterr().out
    assert not [w for w in ARGPARSE_ENGLISH if w in out], out
    assert out.startswith("brug: aflastapp") and "tilvalg:" in out and "vis denne hjælp og afslut" in out


def test_usage_errors_have_no_argparse_english_and_english_on_request(capsys: Any) -> None:
    for argv in (["frobnicate"], ["report", "--period", "2023-03"], ["preview", "--month"]):
        assert cli.main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("brug: ") and "Forkert brug" in err, err
        assert not [w for w in ARGPARSE_ENGLISH if w in err], err
    assert "mulige: 'gui'" in (cli.main(["frobnicate"]), capsys.readouterr().err)[1]
    assert cli.main(["--lang", "en", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: aflastapp") and "show this help message and exit" in out
    assert cli.main(["--lang=en", "preview"]) == 2
    err = capsys.readouterr().err
    assert "Wrong usage" in err and "the following arguments are required: --month" in err
    # argparse's words are put back after each call (pytest and others use argparse too)
    import argparse

    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_report_refuses_a_period_already_sent_unless_forced(
        data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    d = fixture()
    d["submissions"] = [{"kind": "nights_report", "contract": "barn1-slagelse", "period": "2023-03",
                         "sent": "2023-04-02", "channel": "Sofus"}]
    f = tmp_path / "sent.json"
    f.write_text(json.dumps(d), encoding="utf-8")
    base = ["--data-dir", str(data_dir)]
    assert cli.main([*base, "init"]) == 0
    assert cli.main([*base, "import", str(f)]) == 0
    capsys.readouterr()
    out = tmp_path / "indberetning.pdf"
    report = [*base, "report", "nights", "--contract", "barn1-slagelse",
              "--period", "2023-03", "--out", str(out)]
    assert cli.main(report) == 2
    err = capsys.readouterr().err
    assert "allerede registreret som sendt 02.04.2023 (Sofus)" in err and "--force" in err
    assert not out.exists()
    from aflastapp.services import documents, session

    s = session.unlock(data_dir)
    try:  # refused: nothing kept in the outbox, nothing tracked as saved
        assert documents.list_documents(s) == [] and documents.list_exported(s) == []
    finally:
        session.lock(s, backup=False)
    # another month of the same contract is not a double claim
    april = tmp_path / "april.pdf"
    assert cli.main([*report[:-4], "--period", "2023-04", "--out", str(april)]) == 0
    assert april.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert cli.main([*report, "--force"]) == 0
    err = capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF") and "Advarsel" in err


def test_export_says_the_file_is_unencrypted_and_tracks_it(
        data_dir: Path, tmp_path: Path, capsys: Any) -> None:
    base = ["--data-dir", str(data_dir)]
    assert cli.main([*base, "init"]) == 0
    assert cli.main([*base, "import", str(FIXTURE)]) == 0
    capsys.readouterr()
    target = tmp_path / "dagbog.json"
    assert cli.main([*base, "export", str(target)]) == 0
    err = capsys.readouterr().err
    assert "UKRYPTERET" in err and str(target.resolve()) in err
    assert "slet den senest" in err  # Slagelse is in the diary: 1 month
    from aflastapp.services import documents, session

    s = session.unlock(data_dir)
    try:
        [f] = documents.list_exported(s)
    finally:
        session.lock(s, backup=False)
    assert (f.kind, f.path) == ("diary_export", str(target.resolve()))
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "aflastapp"
