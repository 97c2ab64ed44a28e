"""A realistic synthetic diary for trying the app and for benchmarks (``aflastapp demo``).

Everything is made up and the diary is marked demo in ``meta`` (``demo = true``). The same
``years``/``children`` in the same calendar year give the same diary (fixed random seed).
The data goes through the same validation as an import, and is written in one transaction.
"""

from __future__ import annotations

import io
import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import NOTE_TAGS
from aflastapp.services._base import rows, write
from aflastapp.services.validation import Problems

if TYPE_CHECKING:
    from aflastapp.services.session import Session

SEED = 20260306
NAMES = ["Emma", "Noah", "Freja", "William", "Ida", "Oscar", "Alma", "Karl", "Clara", "Alfred"]
MUNICIPALITIES = ["slagelse", "randers", "nyborg", "haderslev", "morsoe"]
NOTE_TEXTS = [
    "Glad ved ankomst, fortalte om skolen i bilen.",
    "Spiste godt til aftensmad og hjalp med at dække bord.",
    "Svært ved at falde i søvn, ville have lys tændt.",
    "Tur i skoven; byggede hule og var meget optaget af det.",
    "Talte i telefon med mor søndag formiddag; lidt stille bagefter.",
    "Lavede lektier i matematik sammen med os, gik fint.",
    "Var til fodbold lørdag; scorede et mål og var stolt.",
    "Lidt ondt i maven om morgenen, gik over efter morgenmad.",
    "Uenighed med vores datter om tv; løst ved at tale sammen.",
    "Bagte boller og sang med på radioen.",
]
INTERPRETATIONS = [
    "",
    "",
    "Virker tryg hos os.",
    "Måske træt efter en lang uge.",
    "Savner måske familien lidt efter samtalen.",
]
ACTIVITIES = [
    ("activity", "Svømmehal"),
    ("activity", "Biograf"),
    ("clothing", "Regntøj"),
    ("holiday", "Entré sommerland"),
    ("equipment", "Cykelhjelm"),
    ("other", "Fødselsdagsgave"),
    ("public_transport", "Bus til fritidsaktivitet"),
    ("bedwetting", "Underlag"),
]


def _receipt_jpeg(rng: random.Random, text: str) -> bytes:
    """A small receipt-like image: white paper with grey lines (no EXIF)."""
    from PIL import Image, ImageDraw, ImageFont

    from aflastapp.resources import resource_path

    w, h = 240, 360
    img = Image.new("RGB", (w, h), (250, 250, 245))
    draw = ImageDraw.Draw(img)
    # The shipped DejaVu font, so æøå on the demo receipts render (PIL's built-in font lacks them).
    font = ImageFont.truetype(str(resource_path("fonts", "DejaVuSans.ttf")), 13)
    draw.text((16, 14), text[:28], fill=(30, 30, 30), font=font)
    y = 44
    while y < h - 30:
        draw.line((16, y, 16 + rng.randint(80, w - 40), y), fill=(150, 150, 150), width=2)
        y += rng.randint(14, 22)
    draw.line((16, h - 24, w - 16, h - 24), fill=(40, 40, 40), width=3)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=70)
    return out.getvalue()


def _dt(d: date, hh: int, mm: int = 0) -> str:
    return datetime.combine(d, time(hh, mm)).strftime("%Y-%m-%dT%H:%M")


def _money(v: float) -> str:
    return str(Decimal(str(v)).quantize(Decimal("0.01")))


def build_document(
    years: int, n_children: int, today: date | None = None
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The demo diary as a portable document (attachments left out) plus receipt images by expense id."""
    today = today or date.today()
    rng = random.Random(SEED * 100 + years * 10 + n_children)
    first = date(today.year - years + 1, 1, 1)
    last = date(today.year, 12, 31)
    doc: dict[str, Any] = {"format": "aflastapp", "version": 1}
    doc["family"] = {
        "name": "Demo-familien (opdigtet)",
        "address": "Demovej 1, 4200 Slagelse",
        "car_registration": "DE 12 345",
    }
    doc["places"] = [{"name": "Hjem", "address": "Demovej 1, 4200 Slagelse"}]
    doc["routes"] = []
    kids: list[dict[str, Any]] = []
    contracts_: list[dict[str, Any]] = []
    stays_: list[dict[str, Any]] = []
    trips_: list[dict[str, Any]] = []
    expenses_: list[dict[str, Any]] = []
    notes_: list[dict[str, Any]] = []
    meetings_: list[dict[str, Any]] = []
    subs: list[dict[str, Any]] = []
    receipts: dict[str, bytes] = {}
    trips_by_day: dict[tuple[str, str], dict[str, Any]] = {}
    per_municipality: dict[str, int] = {}

    for ci in range(n_children):
        name = NAMES[ci % len(NAMES)] + ("" if ci < len(NAMES) else f" {ci // len(NAMES) + 1}")
        cid = f"demo-barn-{ci + 1}"
        age0 = 5 + (ci * 3) % 7
        birth = date(first.year - age0, 1 + (ci * 5) % 12, 1 + (ci * 7) % 28)
        kids.append({"id": cid, "name": name, "birth_date": birth.isoformat()})
        muni = MUNICIPALITIES[ci % len(MUNICIPALITIES)]
        per_municipality[muni] = per_municipality.get(muni, 0) + 1
        kid = f"{cid}-{muni}"
        contracts_.append(
            {
                "id": kid,
                "child": cid,
                "municipality": muni,
                "start": first.isoformat(),
                "end": None,
                "vederlag_count": 7,
                "child_ordinal": per_municipality[muni],
                "caseworker": f"Sagsbehandler {name[0]}. Demo",
                "consultant": "Familieplejekonsulent Demo",
            }
        )
        km = Decimal(rng.randint(60, 420)) / 10
        school = f"{name}s hjem"
        doc["places"].append({"name": school, "address": f"Demogade {ci + 2}, {muni.title()}"})
        doc["routes"].append(
            {"name": f"Hjem – {school}", "from": "Hjem", "via": [], "to": school, "km": str(km)}
        )

        # every other weekend (children alternate weeks), a summer week and an autumn week
        friday = first + timedelta(days=(4 - first.weekday()) % 7 + 7 * (ci % 2))
        planned: list[tuple[datetime, datetime]] = []
        while friday <= last:
            planned.append(
                (datetime.combine(friday, time(16)), datetime.combine(friday + timedelta(days=2), time(17)))
            )
            friday += timedelta(weeks=2)
        for year in range(first.year, last.year + 1):
            for week, nights in ((28 + ci % 3, 4), (42, 3)):
                monday = date.fromisocalendar(year, week, 1)
                planned.append(
                    (
                        datetime.combine(monday, time(10)),
                        datetime.combine(monday + timedelta(days=nights), time(15)),
                    )
                )
        planned.sort()
        for si, (start, end) in enumerate(planned):
            sid = f"{cid}-s{si + 1:04d}"
            status, cancelled_at, note = "planned", None, ""
            if end.date() < today:
                roll = rng.random()
                if roll < 0.05:
                    status = "cancelled"
                    cancelled_at = start - timedelta(days=rng.randint(0, 4), hours=rng.randint(1, 8))
                elif roll < 0.07:
                    status = "no_show"
                else:
                    status = "completed"
            if status == "cancelled" and cancelled_at is not None:
                note = "Aflyst af kommunen"
            stays_.append(
                {
                    "id": sid,
                    "contract": kid,
                    "start": start.strftime("%Y-%m-%dT%H:%M"),
                    "end": end.strftime("%Y-%m-%dT%H:%M"),
                    "status": status,
                    "cancelled_at": cancelled_at.strftime("%Y-%m-%dT%H:%M") if cancelled_at else None,
                    "note": note,
                }
            )
            if status != "completed":
                continue
            for day, what in ((start.date(), "Afhentning"), (end.date(), "Aflevering")):
                key = (day.isoformat(), what)
                if key in trips_by_day and rng.random() < 0.6:
                    trips_by_day[key]["contracts"].append(kid)  # both children in the car
                    trips_by_day[key]["purpose"] += f" og {name}"
                    continue
                tid = f"{cid}-t{len(trips_) + 1:05d}"
                trip = {
                    "id": tid,
                    "contracts": [kid],
                    "date": day.isoformat(),
                    "purpose": f"{what} af {name}",
                    "from": "Hjem",
                    "via": [],
                    "to": school,
                    "km": str(km),
                    # the pick-up and drop-off were agreed when the relief started (Haderslev and Nyborg
                    # pay only agreed driving)
                    "approval": "Aftalt med rådgiveren ved opstart",
                }
                trips_by_day[key] = trip
                trips_.append(trip)
            if rng.random() < 0.45:
                tags = rng.sample(NOTE_TAGS[:6], rng.randint(1, 2))
                notes_.append(
                    {
                        "id": f"{sid}-n",
                        "child": cid,
                        "date": (start.date() + timedelta(days=1)).isoformat(),
                        "text": rng.choice(NOTE_TEXTS),
                        "tags": tags,
                        "interpretation": rng.choice(INTERPRETATIONS),
                    }
                )

        # expenses: about five a year, most approved, most with a receipt photo
        d = first + timedelta(days=rng.randint(10, 60))
        ei = 0
        while d <= min(last, today):
            cat, desc = rng.choice(ACTIVITIES)
            ei += 1
            eid = f"{cid}-u{ei:03d}"
            amount = _money(rng.randint(4000, 60000) / 100)
            approval = "" if rng.random() < 0.15 else f"Bevilling {d.year}-{rng.randint(100, 999)}"
            expenses_.append(
                {
                    "id": eid,
                    "contract": kid,
                    "date": d.isoformat(),
                    "category": cat,
                    "description": desc,
                    "amount": amount,
                    "approval": approval,
                }
            )
            if rng.random() < 0.75:
                receipts[eid] = _receipt_jpeg(rng, f"{desc} {amount} kr")
            d += timedelta(days=rng.randint(45, 100))

        # status meetings in April and October; reports sent for the past ones
        for year in range(first.year, last.year + 1):
            for month in (4, 10):
                at = datetime(year, month, 10 + ci % 10, 10)
                mid = f"{kid}-m{year}{month:02d}"
                meetings_.append(
                    {
                        "id": mid,
                        "contract": kid,
                        "kind": "status",
                        "date": at.strftime("%Y-%m-%dT%H:%M"),
                        "report_due": None,
                    }
                )
                if at.date() < today - timedelta(days=14):
                    subs.append(
                        {
                            "kind": "status_report",
                            "contract": kid,
                            "period": mid,
                            "sent": (at.date() - timedelta(days=12)).isoformat(),
                            "channel": "Digital Post",
                        }
                    )

        # monthly reports sent, except the last two months (so the dashboard has open deadlines)
        y, mo = first.year, first.month
        while (y, mo) < (today.year, today.month):
            months_left = (today.year - y) * 12 + today.month - mo
            if months_left > 2 and rng.random() < 0.97:
                sent = date(y + (mo == 12), mo % 12 + 1, rng.randint(1, 5)).isoformat()
                for kind in ("nights_report", "driving_report"):
                    subs.append(
                        {
                            "kind": kind,
                            "contract": kid,
                            "period": f"{y}-{mo:02d}",
                            "sent": sent,
                            "channel": "Digital Post",
                        }
                    )
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)

    doc["rates"] = {"kl": _demo_rates(first.year, last.year), "mileage": []}
    doc.update(
        children=kids,
        contracts=contracts_,
        stays=stays_,
        trips=trips_,
        expenses=expenses_,
        notes=notes_,
        meetings=meetings_,
        submissions=subs,
    )
    return doc, receipts


def _demo_rates(first_year: int, last_year: int) -> list[dict[str, Any]]:
    """Made-up KL figures for the demo's years the shipped table lacks, sourced as made up,
    so the demo shows whole amounts. A real diary never gets these."""
    from aflastapp.core.rates import load_rates

    table = load_rates()
    made_up = {
        "vederlag_per_day": 160,
        "kost_logi_under_10": 205,
        "kost_logi_10_plus": 219,
        "kost_logi_third_child": 188,
    }
    out = []
    for year in range(first_year, last_year + 1):
        known = table.kl_on(date(year, 7, 1))
        missing = {
            k: str(v + 3 * (year - 2024)) + ".00"
            for k, v in made_up.items()
            if known is None or getattr(known, k) is None
        }
        if missing:
            out.append({"from": f"{year}-01-01", **missing, "source": "DEMO: opdigtet sats, ikke KL's tal"})
    return out


def make_demo(s: Session, years: int, children: int, today: date | None = None) -> Any:
    """Fill an empty diary with the demo data, in one transaction; returns the import Summary."""
    from aflastapp.core.models import Attachment, Expense
    from aflastapp.services import portable

    p = Problems()
    y = p.integer("years", years, "Antal år", minimum=1, maximum=30)
    c = p.integer("children", children, "Antal børn", minimum=1, maximum=20)
    p.raise_if_any()
    assert y is not None and c is not None
    doc, receipts = build_document(y, c, today)
    problems = portable.schema_problems(doc)
    if problems:  # pragma: no cover - the generator writes valid documents
        raise ValidationError(problems)
    with write(s) as d:
        if rows(d, "SELECT 1 FROM children LIMIT 1"):
            raise ValidationError(
                problem("data_dir", "problem.demo_needs_empty")
            )
        plan = portable.plan_import(d, doc)
        plan.expenses = [
            Expense(
                id=e.id,
                contract_id=e.contract_id,
                date=e.date,
                category=e.category,
                description=e.description,
                amount=e.amount,
                approval=e.approval,
                attachments=(
                    Attachment(name=f"kvittering-{e.id}.jpg", media_type="image/jpeg", data=receipts[e.id]),
                )
                if e.id in receipts
                else (),
            )
            for e in plan.expenses
        ]
        summary = portable.write_plan(d, plan)
        d.table("meta").upsert_all(
            [{"key": "demo", "value": "true"}, {"key": "demo_seed", "value": f"{SEED}:{y}:{c}"}], pk="key"
        )
        return summary
