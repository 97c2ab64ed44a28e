"""Realistic diaries for each municipality, as core ``DiarySnapshot``s, for the document tests.

2023 is used where every rate is verified (KL 154 kr. per døgn; kost og logi 201/214/184 kr.;
statens laveste takst 2,19 kr./km), so every figure on the documents can be checked by hand.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

from PIL import Image, ImageDraw
from reportlab.pdfgen.canvas import Canvas

from aflastapp.core.models import (
    Attachment,
    Child,
    Contract,
    DiarySnapshot,
    Expense,
    ExpenseCategory,
    Family,
    Meeting,
    Note,
    Stay,
    StayStatus,
    Trip,
)

FAMILY = Family(
    name="Hanne og Søren Ærø-Østergård",
    address="Møllevej 12, 4200 Slagelse",
    car_registration="AB 12 345",
)
CHILD = Child("c-aase", "Åse Müller-Jensen", date(2014, 5, 3))  # 8 years old in 2023: under-10 rate
CHILD2 = Child("c-bjoern", "Bjørn Lévêque", date(2011, 9, 1))  # 11 in 2023: 10-and-over rate


def jpeg(width: int = 300, height: int = 420, label: str = "kvittering", colour: str = "white") -> bytes:
    im = Image.new("RGB", (width, height), colour)
    d = ImageDraw.Draw(im)
    d.rectangle([4, 4, width - 5, height - 5], outline="black", width=3)
    d.text((14, 14), label, fill="black")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def receipt_pdf(pages: int = 2, text: str = "Faktura") -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf)
    for i in range(pages):
        c.setFont("Helvetica", 28)
        c.drawString(90, 700, f"{text} side {i + 1}")
        c.rect(30, 30, 535, 780)
        c.showPage()
    c.save()
    return buf.getvalue()


def stay(
    id_: str,
    cid: str,
    start: str,
    end: str,
    status: StayStatus = StayStatus.COMPLETED,
    cancelled_at: str | None = None,
) -> Stay:
    return Stay(
        id_,
        cid,
        datetime.fromisoformat(start),
        datetime.fromisoformat(end),
        status,
        datetime.fromisoformat(cancelled_at) if cancelled_at else None,
    )


def slagelse() -> DiarySnapshot:
    """March 2023: 2 + 3 døgn, a same-day cancellation (paid: 2), a cancellation the day before (not paid)."""
    k = Contract(
        "k-slg",
        CHILD.id,
        "slagelse",
        date(2022, 8, 1),
        vederlag_count=7,
        caseworker="Bente Sørensen",
        consultant="Jørgen Ågård",
    )
    stays = (
        stay("s1", k.id, "2023-03-03T14:00", "2023-03-05T17:00"),  # Fri 14 → Sun 17: 2
        stay("s2", k.id, "2023-03-17T14:00", "2023-03-20T08:00"),  # Fri 14 → Mon 08: 3
        stay("s3", k.id, "2023-03-24T14:00", "2023-03-26T17:00", StayStatus.CANCELLED, "2023-03-24T09:00"),
        stay("s4", k.id, "2023-03-30T14:00", "2023-04-02T17:00", StayStatus.CANCELLED, "2023-03-29T18:00"),
    )
    trips = (
        Trip(
            "t1",
            (k.id,),
            date(2023, 3, 3),
            "Hente Åse til aflastning",
            "Møllevej 12, Slagelse",
            "Skolevej 4, Korsør",
            Decimal("18.4"),
        ),
        Trip(
            "t2",
            (k.id,),
            date(2023, 3, 5),
            "Aflevere Åse hjemme",
            "Skolevej 4, Korsør",
            "Møllevej 12, Slagelse",
            Decimal("18.4"),
        ),
    )
    return DiarySnapshot(family=FAMILY, children=(CHILD,), contracts=(k,), stays=stays, trips=trips)


def randers() -> DiarySnapshot:
    """Randers, March 2023: weekend stays; driving monthly; a car seat (cap 1.500 kr.) with receipts."""
    k = Contract("k-rnd", CHILD.id, "randers", date(2022, 1, 1), vederlag_count=5, caseworker="Ulla Bæk")
    stays = (
        stay("s1", k.id, "2023-03-10T16:00", "2023-03-11T10:00"),  # Fri → Sat: 1
        stay("s2", k.id, "2023-03-24T14:00", "2023-03-26T20:00"),  # Fri 14 → Sun 20: 2
    )
    trips = (
        Trip(
            "t1",
            (k.id,),
            date(2023, 3, 10),
            "Hente Åse",
            "Hjem, Randers NØ",
            "Skolen, Randers C",
            Decimal("12"),
            ("Bibliotek, Randers",),
        ),
        Trip(
            "t2",
            (k.id,),
            date(2023, 3, 11),
            "Aflevere Åse",
            "Hjem, Randers NØ",
            "Mor, Langå",
            Decimal("21.5"),
        ),
        Trip(
            "t3",
            (k.id,),
            date(2023, 3, 24),
            "Hente Åse",
            "Hjem, Randers NØ",
            "Skolen, Randers C",
            Decimal("12"),
        ),
    )
    expenses = (
        Expense(
            "e1",
            k.id,
            date(2023, 3, 2),
            ExpenseCategory.CAR_SEAT,
            "Autostol (Britax Römer)",
            Decimal("1499.00"),
            "BEV-2023-117",
            (
                Attachment("kvittering-autostol.jpg", "image/jpeg", jpeg(label="Autostol 1499,00")),
                Attachment("faktura-autostol.pdf", "application/pdf", receipt_pdf(2, "Faktura autostol")),
            ),
        ),
        Expense(
            "e2",
            k.id,
            date(2023, 3, 11),
            ExpenseCategory.ACTIVITY,
            "Svømmehal og is",
            Decimal("185.50"),
            "BEV-2023-120",
            (Attachment("svoem.jpg", "image/jpeg", jpeg(600, 300, "Svømmehal 185,50")),),
        ),
        Expense("e3", k.id, date(2023, 3, 25), ExpenseCategory.OTHER, "Biograf", Decimal("90.00"), ""),
    )
    return DiarySnapshot(
        family=FAMILY, children=(CHILD,), contracts=(k,), stays=stays, trips=trips, expenses=expenses
    )


def nyborg() -> DiarySnapshot:
    """Nyborg counts noon to noon; a 7-year-old's cap is 8 døgn a month; 10 døgn break it."""
    child = Child("c-noah", "Noah Sørensen", date(2016, 2, 10))
    k = Contract("k-nyb", child.id, "nyborg", date(2023, 1, 1), vederlag_count=4)
    stays = (
        stay("s1", k.id, "2023-05-05T15:00", "2023-05-07T15:00"),  # noon 6, 7: 2
        stay("s2", k.id, "2023-05-12T15:00", "2023-05-16T10:00"),  # noon 13, 14, 15: 3
        stay("s3", k.id, "2023-05-19T09:00", "2023-05-24T11:00"),  # noon 19..23: 5
    )
    fam = Family("Lærke Ørsted", "Strandgade 3, 5800 Nyborg", "CD 98 765")
    return DiarySnapshot(family=fam, children=(child,), contracts=(k,), stays=stays)


def haderslev() -> DiarySnapshot:
    k = Contract(
        "k-had", CHILD.id, "haderslev", date(2022, 6, 1), vederlag_count=3, caseworker="Mette Frølund"
    )
    stays = (
        stay("s1", k.id, "2023-01-13T15:00", "2023-01-15T17:00"),
        stay("s2", k.id, "2023-02-10T15:00", "2023-02-12T17:00"),
        stay("s3", k.id, "2023-03-10T15:00", "2023-03-12T17:00", StayStatus.NO_SHOW),
        stay("s4", k.id, "2023-04-14T15:00", "2023-04-16T17:00", StayStatus.PLANNED),
    )
    meetings = (
        Meeting("m-prev", k.id, datetime(2022, 12, 1, 10, 0)),
        Meeting("m-apr", k.id, datetime(2023, 4, 20, 13, 30)),
    )
    notes = (
        Note(
            "n1",
            CHILD.id,
            date(2023, 1, 14),
            "Åse spiste hele aftensmaden og fortalte om skolen.",
            ("skole",),
            "Vi tror, hun er faldet bedre til i klassen.",
        ),
        Note(
            "n2",
            CHILD.id,
            date(2023, 2, 11),
            "Åse græd ved sengetid og ville ringe til mor.",
            ("familiekontakt", "adfærd"),
            "",
        ),
        Note("n3", CHILD.id, date(2023, 2, 12), "Ikke valgt til rapporten.", ()),
    )
    return DiarySnapshot(
        family=FAMILY, children=(CHILD,), contracts=(k,), stays=stays, meetings=meetings, notes=notes
    )


def morsoe() -> DiarySnapshot:
    """Two children placed by Morsø; driving is reported per quarter; one trip shared by both."""
    k1 = Contract("k-mor1", CHILD.id, "morsoe", date(2021, 1, 1), vederlag_count=7)
    k2 = Contract("k-mor2", CHILD2.id, "morsoe", date(2022, 1, 1), vederlag_count=4)
    stays = (
        stay("s1", k1.id, "2023-01-06T15:00", "2023-01-08T16:00"),
        stay("s2", k1.id, "2023-02-03T15:00", "2023-02-05T16:00"),
        stay("s3", k1.id, "2023-03-03T15:00", "2023-03-06T08:00"),
        stay("s4", k2.id, "2023-03-03T15:00", "2023-03-05T16:00"),
    )
    trips = (
        Trip(
            "t1",
            (k1.id,),
            date(2023, 1, 6),
            "Hente Åse",
            "Hjem, Nykøbing M",
            "Skolen, Øster Jølby",
            Decimal("14"),
        ),
        Trip(
            "t2",
            (k1.id,),
            date(2023, 2, 3),
            "Hente Åse",
            "Hjem, Nykøbing M",
            "Skolen, Øster Jølby",
            Decimal("14"),
        ),
        Trip(
            "t3",
            (k1.id, k2.id),
            date(2023, 3, 3),
            "Hente Åse og Bjørn",
            "Hjem, Nykøbing M",
            "Skolen, Øster Jølby",
            Decimal("27"),
            ("Karby Friskole",),
        ),
    )
    return DiarySnapshot(
        family=FAMILY, children=(CHILD, CHILD2), contracts=(k1, k2), stays=stays, trips=trips
    )


def mileage_change_2022() -> DiarySnapshot:
    """Trips either side of 1 May 2022, when the low rate went from 1,98 to 2,17 kr./km."""
    k = Contract("k-gen", CHILD.id, "generic", date(2022, 1, 1), vederlag_count=2)
    trips = (
        Trip("t1", (k.id,), date(2022, 4, 28), "Hente", "A-by", "B-by", Decimal("40")),
        Trip("t2", (k.id,), date(2022, 5, 2), "Hente", "A-by", "B-by", Decimal("40")),
        Trip("t3", (k.id,), date(2022, 5, 20), "Aflevere", "B-by", "A-by", Decimal("40")),
    )
    return DiarySnapshot(family=FAMILY, children=(CHILD,), contracts=(k,), trips=trips)
