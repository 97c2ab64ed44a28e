"""Issue 12 end to end: per municipality, a diary imported from a portable file through the real
``aflastapp`` command, then ``preview --json`` and ``deadlines --json`` show the new warnings and
deadlines with their handbook passages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli import App, _pycache  # noqa: F401  (the module's bytecode-cache fixture)


def diary(municipality: str, birth: str, *, start: str = "2025-01-01", vederlag: int | None = 7,
          terminated_on: str | None = None, **sections: list[dict[str, Any]]) -> dict[str, Any]:
    contract: dict[str, Any] = {"id": "k", "child": "b", "municipality": municipality, "start": start,
                                "terminated_on": terminated_on}
    if vederlag is not None:
        contract["vederlag_count"] = vederlag
    return {"format": "aflastapp", "version": 1,
            "family": {"name": "Familien Test", "address": "Testvej 1", "car_registration": "AB 12 345"},
            "children": [{"id": "b", "name": "Alma", "birth_date": birth}],
            "contracts": [contract], **sections}


def stay(id: str, start: str, end: str, status: str = "completed",
         cancelled_at: str | None = None) -> dict[str, Any]:
    return {"id": id, "contract": "k", "start": start, "end": end, "status": status,
            "cancelled_at": cancelled_at}


def trip(id: str, day: str, km: str, approval: str | None = None, purpose: str = "Kørsel") -> dict[str, Any]:
    t: dict[str, Any] = {"id": id, "contracts": ["k"], "date": day, "purpose": purpose, "from": "Hjem",
                         "to": "Skolen", "km": km}
    if approval is not None:
        t["approval"] = approval
    return t


def expense(id: str, day: str, category: str, amount: str, approval: str = "B-1",
            **extra: str) -> dict[str, Any]:
    return {"id": id, "contract": "k", "date": day, "category": category, "description": category,
            "amount": amount, "approval": approval, **extra}


def start_app(tmp_path: Path, doc: dict[str, Any]) -> App:
    app = App(tmp_path)
    app.run("init")
    f = tmp_path / "diary.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    app.run("import", str(f))
    return app


def month(app: App, ym: str) -> dict[str, Any]:
    (c,) = app.json("preview", "--month", ym, "--json")["contracts"]
    return c  # type: ignore[no-any-return]


def warnings(c: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [w for w in c["warnings"] if w["code"] == code]


def deadlines(app: App, start: str, end: str, kind: str | None = None) -> list[dict[str, Any]]:
    found = app.json("deadlines", "--from", start, "--to", end, "--json")["deadlines"]
    return [d for d in found if kind is None or d["kind"] == kind]


def test_randers_end_to_end(tmp_path: Path) -> None:
    app = start_app(tmp_path, diary(
        "randers", "2021-06-01",
        stays=[stay("s1", "2025-12-05T14:00", "2025-12-07T17:00")],
        trips=[trip("pick", "2025-12-05", "20"), trip("cinema", "2025-12-06", "15"),
               trip("school", "2025-12-12", "12", approval="Aftalt med Myndighedscentret 01.12")],
        expenses=[expense("seat", "2025-12-06", "car_seat", "1600"),
                  expense("nappies", "2025-12-06", "bedwetting", "120"),
                  expense("booster", "2025-12-07", "booster_seat", "300", approved_amount="300")]))
    dec = month(app, "2025-12")
    # driving: the stay's pick-up counts, the cinema trip is not agreed, the school trip is
    assert dec["mileage_km"] == "32"
    (w,) = warnings(dec, "trip_without_approval")
    assert "06.12.2025" in w["message"]
    assert w["source"] == "randers-aflastning.txt: Regler for supplerende ydelser"
    # car seat counted at 1.500, booster seat at the approved 300, nappies for a 4-year-old warned
    assert dec["expenses"] == "1920.00"
    assert len(warnings(dec, "expense_over_cap")) == 1 and warnings(dec, "expense_below_age")
    # extras are paid the month after the documentation (due 5 January → February at the latest)
    assert dec["payment_month"] == "2026-01" and dec["expenses_payment_month"] == "2026-02"
    dl = deadlines(app, "2025-12-01", "2026-03-31")
    driving = [d for d in dl if d["kind"] == "driving_report"]
    assert [d["date"] for d in driving] == ["2026-01-05"]  # no "Sidste frist … 05.02.2026"
    (ye,) = [d for d in dl if d["kind"] == "year_end_documentation"]
    assert ye["date"] == "2026-01-05" and "kørsel" in ye["title"]


def test_slagelse_end_to_end(tmp_path: Path) -> None:
    app = start_app(tmp_path, diary(
        "slagelse", "2021-06-01", start="2025-09-01", vederlag=None,
        stays=[stay("late", "2026-01-09T14:00", "2026-01-11T17:00", "cancelled", "2026-01-09T08:00")],
        expenses=[expense("pads", "2026-01-10", "bedwetting", "100")],
        meetings=[{"id": "m1", "contract": "k", "kind": "status", "date": "2026-01-21T10:00"},
                  {"id": "m2", "contract": "k", "kind": "status", "date": "2026-06-10T10:00"}],
        submissions=[{"kind": "status_report", "contract": "k", "period": "m1", "sent": "2025-12-30"}]))
    jan = month(app, "2026-01")
    assert jan["nights"] == 2  # cancelled on the day: paid
    assert warnings(jan, "expense_below_age")[0]["source"] == "slagelse-aflastning.txt: Særlige udgifter"
    dl = deadlines(app, "2025-12-01", "2026-12-31")
    kinds = {d["kind"]: d for d in dl}
    assert kinds["stay_follow_up"]["title"].startswith("Orientér sagsbehandleren")
    assert kinds["stay_follow_up"]["date"] == "2026-01-09"
    assert kinds["status_meeting"]["date"] == "2026-12-10"  # 6 months after the last status meeting
    assert kinds["diary_cleanup"]["date"] == "2026-01-30" and kinds["diary_cleanup"]["period"] == "m1"
    assert "familieplejekonsulenten besked" in kinds["status_report"]["detail"]
    # no vederlag number in the file: Slagelse's usual 7 (the 2026 rate is not shipped: named as missing)
    assert any(w["code"] == "rate_missing" and "vederlag (2026)" in w["message"] for w in jan["warnings"])
    app.run("export", str(tmp_path / "out.json"))
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert "vederlag_count" not in exported["contracts"][0]  # still "not given", not a confirmed 7


def test_haderslev_end_to_end(tmp_path: Path) -> None:
    app = start_app(tmp_path, diary(
        "haderslev", "2016-06-01", start="2026-01-10",
        stays=[stay("sick", "2026-03-06T14:00", "2026-03-08T17:00", "sick", "2026-03-05T09:00"),
               stay("ok", "2026-03-13T14:00", "2026-03-15T17:00")],
        trips=[trip("t1", "2026-03-13", "20"), trip("t2", "2026-03-15", "20", approval="Rådgiveren 01.03")],
        expenses=[expense("boots", "2026-03-02", "clothing", "300", approved_on="2026-03-09")]))
    mar = month(app, "2026-03")
    assert mar["nights"] == 2 and mar["mileage_km"] == "20"
    assert warnings(mar, "trip_without_approval")[0]["source"] == "haderslev-netvaerksfamilie.txt: Kørsel"
    assert warnings(mar, "sickness_new_stay")[0]["source"] == "haderslev-netvaerksfamilie.txt: Sygdom"
    assert warnings(mar, "expense_approved_after_purchase")
    assert not warnings(mar, "cancellation_policy_unknown")
    dl = deadlines(app, "2026-01-01", "2027-06-30")
    kinds = {d["kind"]: d for d in dl}
    follow_up = kinds["stay_follow_up"]
    assert follow_up["date"] == "2026-03-05" and "ny weekend" in follow_up["title"]
    assert kinds["status_meeting"]["date"] == "2026-04-10"  # first follow-up after 3 months
    assert kinds["supervision"]["date"] == "2027-01-10"


def test_nyborg_end_to_end(tmp_path: Path) -> None:
    app = start_app(tmp_path, diary(
        "nyborg", "2015-06-01",
        stays=[stay("s1", "2023-06-01T12:00", "2023-06-10T12:00")],
        trips=[trip("t1", "2023-06-01", "20")]))
    jun = month(app, "2023-06")
    assert jun["mileage_km"] == "0" and warnings(jun, "trip_without_approval")
    (cap,) = warnings(jun, "max_nights_exceeded")
    assert "appens læsning" in cap["message"]
    ages = deadlines(app, "2021-01-01", "2030-12-31", "age_change")
    assert any(d["assumed"] and "døgn om måneden" in d["title"] for d in ages)


def test_morsoe_end_to_end(tmp_path: Path) -> None:
    app = start_app(tmp_path, diary(
        "morsoe", "2008-05-17", start="2025-01-01",
        stays=[stay("s1", "2026-05-30T14:00", "2026-06-02T12:00")],
        trips=[trip("t1", "2026-02-10", "10")],
        expenses=[expense("bed", "2026-02-04", "equipment", "3000"),
                  expense("bed2", "2026-02-20", "equipment", "3000"),
                  expense("diet", "2026-02-21", "diet_food", "80"),
                  expense("bike", "2026-02-22", "bicycle", "2600"),
                  expense("wash", "2025-03-01", "bedwetting", "150", approval="V-1")]))
    feb = month(app, "2026-02")
    assert feb["expenses"] == "7434.00"  # 3000 + 1854 + 80 + 2500
    assert len(warnings(feb, "expense_over_cap")) == 2 and warnings(feb, "expense_not_granted")
    assert feb["mileage_payment_month"] == "2026-05" and feb["payment_month"] == "2026-03"
    jun = month(app, "2026-06")
    assert jun["nights"] == 0 and warnings(jun, "nights_after_contract_end")
    dl = deadlines(app, "2026-01-01", "2026-12-31")
    kinds = {d["kind"]: d for d in dl}
    assert kinds["grant_renewal"]["date"] == "2026-03-01"
    assert kinds["contract_end"]["date"] == "2026-05-31"
