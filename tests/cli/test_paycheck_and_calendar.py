"""``aflastapp paycheck`` and ``aflastapp deadlines --ics``: the command run in-process (``cli.main``).

The calendar file is parsed back with ``icalendar``: its dates match ``deadlines --json``, its UIDs
are stable across two exports, done deadlines are cancelled, and none of the diary's personal strings
(names, address, registration, note text, amounts, contract ids) is anywhere in its bytes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from tests.support.cli_app import App

REPO = Path(__file__).resolve().parents[2]


PERSONAL = ["Østergaard", "Emma", "Noah", "Rosenvænget", "4200", "XY 98 765", "Karin Sagsbehandler",
            "Lone Konsulent", "ked af det", "Fodboldstøvler", "emma-slagelse", "noah-randers", "GODK-7",
            "Skolen", "Bedstemor"]
AMOUNTS = ["193", "2156", "2.156", "402", "1540", "1.540", "209", "40,30", "40.30", "120", "1640", "412"]


def diary() -> dict[str, Any]:
    """Two children in 2023 (KL's rates known) and one 2026 stay (no kost og logi rate in the table)."""
    def stay(id: str, contract: str, start: str, end: str) -> dict[str, Any]:
        return {"id": id, "contract": contract, "start": start, "end": end, "status": "completed",
                "note": "Emma var ked af det efter skole"}

    return {
        "format": "aflastapp", "version": 1,
        "family": {"name": "Familien Østergaard", "address": "Rosenvænget 17, 4200 Slagelse",
                   "car_registration": "XY 98 765"},
        "children": [{"id": "emma", "name": "Emma Østergaard", "birth_date": "2015-06-01"},
                     {"id": "noah", "name": "Noah Østergaard", "birth_date": "2016-02-10"}],
        "contracts": [
            {"id": "emma-slagelse", "child": "emma", "municipality": "slagelse", "start": "2022-09-01",
             "vederlag_count": 7, "caseworker": "Karin Sagsbehandler", "consultant": "Lone Konsulent"},
            {"id": "noah-randers", "child": "noah", "municipality": "randers", "start": "2022-01-01",
             "vederlag_count": 5}],
        "stays": [stay("e-feb", "emma-slagelse", "2023-02-10T12:00", "2023-02-12T12:00"),
                  stay("e-mar", "emma-slagelse", "2023-03-03T12:00", "2023-03-05T12:00"),
                  stay("n-mar", "noah-randers", "2023-03-03T12:00", "2023-03-05T12:00"),
                  stay("e-2026", "emma-slagelse", "2026-03-06T12:00", "2026-03-08T12:00")],
        "trips": [{"id": "t1", "contracts": ["emma-slagelse"], "date": "2023-03-03", "purpose": "Bedstemor",
                   "from": "Hjem", "to": "Skolen", "km": "18.4"}],
        "expenses": [{"id": "x1", "contract": "noah-randers", "date": "2023-03-10", "category": "clothing",
                      "description": "Fodboldstøvler", "amount": "120.00", "approval": "GODK-7"}],
        "notes": [{"id": "n1", "child": "emma", "date": "2023-03-04", "text": "Emma var ked af det",
                   "tags": ["skole"]}],
        "submissions": [{"kind": "nights_report", "contract": "noah-randers", "period": "2023-03",
                         "sent": "2023-04-01", "channel": "sikker post"}],
        "payments": [
            # Emma, March: kost og logi 2 × 201 = 402 expected, 209 paid: 193 short
            {"id": "p-e-mar", "contract": "emma-slagelse", "period": "2023-03", "paid_on": "2023-04-20",
             "vederlag": "2156.00", "kost_logi": "209.00", "mileage": "40.30"},
            # Noah, March: 2 × 5 × 154 = 1540 expected, 1640 paid: 100 over
            {"id": "p-n-mar", "contract": "noah-randers", "period": "2023-03", "paid_on": "2023-04-20",
             "vederlag": "1640.00"},
            # Emma, March 2026: KL's kost og logi for 2026 is not in the app's table
            {"id": "p-e-2026", "contract": "emma-slagelse", "period": "2026-03", "paid_on": "2026-04-20",
             "kost_logi": "412.00"},
        ],
    }


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> App:
    root = tmp_path_factory.mktemp("i14-cli")
    a = App(root, "i14")
    a.run("init")
    f = root / "diary.json"
    f.write_text(json.dumps(diary(), ensure_ascii=False), encoding="utf-8")
    a.run("import", str(f))
    return a


def test_paycheck_json_worked_cases(app: App) -> None:
    out = app.json("paycheck", "--month", "2023-03", "--json")
    assert out["month"] == "2023-03"
    by = {c["contract"]: c for c in out["contracts"]}
    assert set(by) == {"emma-slagelse", "noah-randers"}
    for c in by.values():
        assert set(c) == {"contract", "expected", "paid", "difference", "status", "explanation"}
        assert set(c["expected"]) == set(c["paid"]) == {"vederlag", "kost_logi", "mileage", "expenses",
                                                         "holiday_pay"}
    emma = by["emma-slagelse"]
    assert emma["status"] == "underpaid"
    assert emma["expected"]["kost_logi"] == "402.00" and emma["paid"]["kost_logi"] == "209.00"
    assert emma["difference"] == {"vederlag": "0.00", "kost_logi": "193.00", "mileage": "0.00"}
    assert emma["paid"]["expenses"] is None and emma["paid"]["holiday_pay"] is None
    assert "193,00 kr. for lidt i kost og logi" in emma["explanation"]
    noah = by["noah-randers"]
    assert noah["status"] == "overpaid" and noah["difference"] == {"vederlag": "-100.00"}
    # money as in preview --json
    pv = {c["contract"]: c for c in app.json("preview", "--month", "2023-03", "--json")["contracts"]}
    for cid, c in by.items():
        for k in ("vederlag", "kost_logi", "mileage", "expenses", "holiday_pay"):
            assert c["expected"][k] == pv[cid][k]

    # a missing month: February has døgn, nothing was recorded, and March (its payment month) is over
    feb = app.json("paycheck", "--month", "2023-02", "--contract", "emma-slagelse", "--json")
    assert [c["status"] for c in feb["contracts"]] == ["not_paid"]
    assert feb["contracts"][0]["paid"] == dict.fromkeys(("vederlag", "kost_logi", "mileage", "expenses",
                                                         "holiday_pay"))
    assert feb["contracts"][0]["difference"] == {}

    # a rate missing: 2026's kost og logi is not in the table
    late = app.json("paycheck", "--month", "2026-03", "--contract", "emma-slagelse", "--json")["contracts"][0]
    assert late["status"] == "unknown" and late["expected"]["kost_logi"] is None
    assert late["paid"]["kost_logi"] == "412.00" and "kost_logi" not in late["difference"]

    text = app.run("paycheck", "--month", "2023-03").stdout
    assert "underpaid" in text and "193,00 kr." in text
    app.run("paycheck", "--month", "2023-03", "--contract", "ukendt", code=2)


def test_the_underpayment_is_a_deadline(app: App) -> None:
    dl = app.json("deadlines", "--from", "2023-01-01", "--to", "2030-12-31", "--json")["deadlines"]
    under = [d for d in dl if d["kind"] == "underpayment"]
    title = "Kontakt kommunen om marts 2023: 193,00 kr. for lidt i kost og logi"
    assert [d["title"] for d in under] == [title]
    assert under[0]["contract"] == "emma-slagelse" and not under[0]["done"]


def _events(path: Path) -> list[Any]:
    cal = Calendar.from_ical(path.read_bytes())
    return list(cal.walk("VEVENT"))


def test_ics_matches_deadlines_and_holds_no_personal_data(app: App, tmp_path: Path) -> None:
    window = ("--from", "2023-01-01", "--to", "2030-12-31")
    first, second = tmp_path / "frister.ics", tmp_path / "igen.ics"
    out = app.run("deadlines", "--ics", str(first), *window, "--alarm", "day_before").stdout
    assert "ingen navne" in out
    app.run("deadlines", "--ics", str(second), *window)
    listed = app.json("deadlines", *window, "--include-done", "--json")["deadlines"]
    left_out = {"age_change", "incident_report"}
    want = Counter((d["date"], d["done"]) for d in listed if d["kind"] not in left_out)
    events = _events(first)
    got = Counter((ev.decoded("dtstart").isoformat(), str(ev.get("status")) == "CANCELLED") for ev in events)
    assert got == want and len(events) >= 8
    for ev in events:
        start, end = ev.decoded("dtstart"), ev.decoded("dtend")
        assert type(start) is date and (end - start).days == 1  # all-day
    # done deadlines are cancelled (Noah's March report was sent)
    assert any(str(ev.get("status")) == "CANCELLED" for ev in events)
    # the alarm: the day before, only on what is still to do
    for ev in events:
        alarms = list(ev.walk("VALARM"))
        if str(ev.get("status")) == "CANCELLED":
            assert alarms == []
        else:
            assert [str(a.decoded("trigger")) for a in alarms] == ["-1 day, 0:00:00"]
    assert all(list(ev.walk("VALARM")) == [] for ev in _events(second))
    # stable UIDs: the same deadline has the same UID in both files, and every UID is unique
    uids1 = {str(ev["uid"]): (ev.decoded("dtstart"), str(ev["summary"])) for ev in events}
    uids2 = {str(ev["uid"]): (ev.decoded("dtstart"), str(ev["summary"])) for ev in _events(second)}
    assert uids1 == uids2 and len(uids1) == len(events)
    # titles: what to do, for which municipality, which child by number
    summaries = {str(ev["summary"]) for ev in events}
    assert "Indberet aflastningsdøgn for marts 2023, Slagelse Kommune (barn 1)" in summaries
    assert "Kontakt kommunen om udbetalingen for marts 2023, Slagelse Kommune (barn 1)" in summaries
    assert any(t.endswith("Randers Kommune (barn 2)") for t in summaries)
    # no personal data anywhere in the bytes (also not across folded lines)
    for f in (first, second):
        raw = f.read_bytes()
        unfolded = re.sub(rb"\r\n[ \t]", b"", raw).decode("utf-8")
        # a UID is 32 hex digits of a keyed hash and a time stamp only digits: nothing else fits in
        # them (and a word like the postcode "4200" may turn up among random hex digits by chance)
        lines = unfolded.splitlines()
        for line in lines:
            if line.startswith("UID:"):
                assert re.fullmatch(r"UID:[0-9a-f]{32}@aflastapp", line), line
            if line.startswith("DTSTAMP:"):
                assert re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", line), line
        text = "\n".join(line for line in lines if not line.startswith(("UID:", "DTSTAMP:")))
        for word in PERSONAL:
            assert word not in text, word
        assert "kr." not in unfolded
        # amounts: checked in every line but the random-looking UIDs and time stamps
        readable = "\n".join(line for line in unfolded.splitlines()
                              if not line.startswith(("UID:", "DTSTAMP:", "DTSTART", "DTEND")))
        for amount in AMOUNTS:
            assert not re.search(rf"(?<![0-9]){re.escape(amount)}(?![0-9])", readable), amount


def test_ics_refuses_a_folder_and_a_bad_alarm(app: App, tmp_path: Path) -> None:
    r = app.run("deadlines", "--ics", str(tmp_path), code=2)
    assert "mappe" in r.stderr
    app.run("deadlines", "--ics", str(tmp_path / "x.ics"), "--alarm", "week", code=2)


def test_bad_payments_exit_2_with_the_json_path(app: App, tmp_path: Path) -> None:
    bad = {"format": "aflastapp", "version": 1, "payments": [
        {"id": "q1", "contract": "ukendt", "period": "2023-03", "paid_on": "2023-04-20"},
        {"id": "q2", "contract": "emma-slagelse", "period": "marts", "paid_on": "2023-04-20"},
        {"id": "q3", "contract": "emma-slagelse", "period": "2023-03", "paid_on": "2023-04-20",
         "kost_logi": "1.005"},
        {"id": "q4", "contract": "emma-slagelse", "period": "2023-03", "paid_on": "2023-04-20",
         "vederlag": -3},
    ]}
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(bad), encoding="utf-8")
    err = app.run("import", str(f), code=2).stderr
    for path in ("$.payments[0].contract", "$.payments[1].period", "$.payments[2].kost_logi",
                 "$.payments[3].vederlag"):
        assert path in err
    out = app.json("paycheck", "--month", "2023-03", "--contract", "emma-slagelse", "--json")
    assert out["contracts"][0]["paid"]["kost_logi"] == "209.00"  # nothing written
