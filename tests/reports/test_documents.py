"""Each document shows the engine's figures and every field its reader needs, for realistic diaries."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal

import pytest

from aflastapp.core import earnings, rules
from aflastapp.core.models import (
    Attachment,
    ContractMonth,
    DiarySnapshot,
    Expense,
    ExpenseCategory,
    Meeting,
    Note,
    StayStatus,
    Trip,
)
from aflastapp.reports import annual, driving, expenses, nights, recovery, status
from tests.reports import diaries as D
from tests.reports.pdfcheck import page_texts, reader, text

CONFIDENTIAL = "Fortroligt – indeholder personoplysninger"


def month(snap: DiarySnapshot, cid: str, y: int, m: int) -> ContractMonth:
    return earnings.preview_month(snap, y, m, cid).contracts[0]


def months(snap: DiarySnapshot, cid: str, y: int, ms: range | tuple[int, ...]) -> list[ContractMonth]:
    return [month(snap, cid, y, m) for m in ms]


def every_page_says(pdf: bytes, phrase: str) -> bool:
    return all(phrase in " ".join(p.split()) for p in page_texts(pdf))


# --------------------------------------------------------------------------- nights report


def test_nights_report_slagelse_shows_stays_cancellations_total_and_cap() -> None:
    snap = D.slagelse()
    cm = month(snap, "k-slg", 2023, 3)
    # Fri 14→Sun 17 = 2, Fri 14→Mon 08 = 3, cancelled the same day = 2 paid, the day before = 0
    assert cm.nights == 7
    pdf = nights.render(snap, cm, municipality_name="Slagelse Kommune")
    t = text(pdf)
    for field in (
        "Indberetning af aflastningsdøgn",
        "Marts 2023",
        "Slagelse Kommune",
        "Hanne og Søren Ærø-Østergård",
        "Møllevej 12, 4200 Slagelse",
        "Åse Müller-Jensen",
        "født 03.05.2014",
        "01.03.2023 – 31.03.2023",
        "Bente Sørensen",
        "Jørgen Ågård",
        "fre 03.03.2023 kl. 14:00",
        "søn 05.03.2023 kl. 17:00",
        "man 20.03.2023 kl. 08:00",
        "Aflyst fre 24.03.2023 kl. 09:00",
        "Aflyst ons 29.03.2023 kl. 18:00",
        "0 (2 ikke betalt)",
        "Døgn i alt 7",
        "Betalte aflastningsdøgn i marts 2023 7",
        "Døgn der ikke betales 2",
        "14 døgn – Overholdt",
        "Underskrift (Hanne og Søren Ærø-Østergård)",
        "Dato",
        "Side 1 af 1",
    ):
        assert field in t, field
    # ISO week numbers of each stay's start (3 Mar 2023 is in week 9, 17 Mar in week 11)
    assert "9 fre 03.03.2023" in t and "11 fre 17.03.2023" in t
    assert every_page_says(pdf, CONFIDENTIAL)


def test_nights_report_nyborg_noon_to_noon_over_the_age_cap() -> None:
    snap = D.nyborg()
    cm = month(snap, "k-nyb", 2023, 5)
    assert (cm.nights, cm.cap) == (10, 8)  # 2 + 3 + 5 noons; a 7-year-old's cap is 8
    t = text(nights.render(snap, cm, municipality_name="Nyborg Kommune"))
    assert "Døgn i alt 10" in t
    assert "8 døgn – Overskredet med 2 døgn" in t
    assert "Nyborg Kommune" in t and "Lærke Ørsted" in t and "Noah Sørensen" in t


def test_nights_report_in_english() -> None:
    snap = D.slagelse()
    pdf = nights.render(snap, month(snap, "k-slg", 2023, 3), municipality_name="Slagelse Kommune", lang="en")
    t = text(pdf)
    assert "Report of relief nights" in t and "March 2023" in t and "Total nights 7" in t
    assert "Page 1 of 1" in t and "Confidential – contains personal data" in t
    assert "2023-03-03" in t  # English dates are ISO


def test_unknown_language_is_refused() -> None:
    snap = D.slagelse()
    with pytest.raises(ValueError, match="sprog"):
        nights.render(snap, month(snap, "k-slg", 2023, 3), municipality_name="Slagelse Kommune", lang="de")


# --------------------------------------------------------------------------- driving form


def test_driving_form_randers_has_every_skat_field() -> None:
    snap = D.randers()
    ms = months(snap, "k-rnd", 2023, (3,))
    pdf = driving.render(
        snap,
        "k-rnd",
        date(2023, 3, 1),
        date(2023, 3, 31),
        ms,
        municipality_name="Randers Kommune",
        period="2023-03",
        period_label="Marts 2023",
    )
    t = text(pdf)
    # driver (the first adult named: a person, not a household), address, car
    for field in (
        "Fører Hanne Ærø-Østergård",
        "Møllevej 12, 4200 Slagelse",
        "AB 12 345",
        "Randers Kommune",
    ):
        assert field in t, field
    # each trip: week, date, purpose, from, via, to, km, rate, amount (2,19 kr./km in 2023)
    assert (
        "10 10.03.2023 Hente Åse Hjem, Randers NØ → Bibliotek, Randers Skolen, Randers C 12,0 2,19 26,28 kr."
        in t
    )
    assert "11.03.2023 Aflevere Åse Hjem, Randers NØ – Mor, Langå 21,5 2,19 47,09 kr." in t  # 47,085 → 47,09
    assert "I alt 45,5 99,65 kr." in t
    assert ms[0].mileage.amount == Decimal("99.65")  # the document's total is the engine's
    assert "Underskrift (Hanne Ærø-Østergård)" in t
    assert "CPR" not in t  # printed only when the family set it
    assert every_page_says(pdf, CONFIDENTIAL)


def test_driving_form_morsoe_quarter_shows_the_shared_trip_split() -> None:
    snap = D.morsoe()
    ms = months(snap, "k-mor1", 2023, (1, 2, 3))
    t = text(
        driving.render(
            snap,
            "k-mor1",
            date(2023, 1, 1),
            date(2023, 3, 31),
            ms,
            municipality_name="Morsø Kommune",
            period="2023-Q1",
            period_label="1. kvartal 2023",
        )
    )
    assert "1. kvartal 2023" in t and "01.01.2023 – 31.03.2023" in t
    assert "Karby Friskole" in t
    assert "(13,5 af 27,0 km, delt med 1 andet barn)" in t
    assert "→ Karby Friskole Skolen, Øster Jølby 13,5 2,19 29,57 kr." in t
    assert "14,0 2,19 30,66 kr." in t  # one fixed number of decimals for every km figure
    assert "I alt 41,5 90,89 kr." in t
    assert sum(m.mileage.amount or 0 for m in ms) == Decimal("90.89")


def test_driving_form_totals_per_rate_when_the_rate_changes_mid_year() -> None:
    snap = D.mileage_change_2022()
    ms = months(snap, "k-gen", 2022, (4, 5, 6))
    t = text(
        driving.render(
            snap,
            "k-gen",
            date(2022, 4, 1),
            date(2022, 6, 30),
            ms,
            municipality_name="Generisk",
            period="2022-Q2",
        )
    )
    assert "28.04.2022 Hente A-by – B-by 40,0 1,98 79,20 kr." in t
    assert "02.05.2022 Hente A-by – B-by 40,0 2,17 86,80 kr." in t
    assert "1,98 kr. 28.04.2022 40,0 79,20 kr." in t
    assert "2,17 kr. 02.05.2022 – 20.05.2022 80,0 173,60 kr." in t
    assert "I alt 120,0 252,80 kr." in t


def test_driving_form_long_log_paginates_with_repeated_header() -> None:
    base = D.randers()
    trips = tuple(
        Trip(
            f"t{i:03d}",
            ("k-rnd",),
            date(2023, 3, 1 + i % 28),
            f"Kørsel nr. {i} til fritidsaktivitet",
            "Hjem, Randers NØ",
            "Hallen, Randers C",
            Decimal("7.5"),
            ("Bageren",),
            approval="Aftalt med Myndighedscentret",  # Randers: other driving is agreed beforehand
        )
        for i in range(90)
    )
    snap = dataclasses.replace(base, trips=trips)
    ms = months(snap, "k-rnd", 2023, (3,))
    pdf = driving.render(
        snap,
        "k-rnd",
        date(2023, 3, 1),
        date(2023, 3, 31),
        ms,
        municipality_name="Randers Kommune",
        period="2023-03",
    )
    pages = page_texts(pdf)
    assert len(pages) >= 3
    for p in pages[:-1]:
        assert "Formål" in p and "Takst" in p  # the header repeats on every page of the table
    assert f"Side 1 af {len(pages)}" in " ".join(pages[0].split())
    t = text(pdf)
    assert all(f"Kørsel nr. {i} til" in t for i in range(90))
    assert "I alt 675,0 1.478,70 kr." in t  # 90 lines of 7,5 km × 2,19 = 16,425 → 16,43 each


# --------------------------------------------------------------------------- expense claim


def test_expense_claim_lists_approved_expenses_and_embeds_each_receipt_page() -> None:
    snap = D.randers()
    ms = months(snap, "k-rnd", 2023, (3,))
    pdf = expenses.render(
        snap,
        "k-rnd",
        date(2023, 3, 1),
        date(2023, 3, 31),
        ms,
        municipality_name="Randers Kommune",
        period="2023-03",
        period_label="Marts 2023",
    )
    pages = [" ".join(p.split()) for p in page_texts(pdf)]
    first = pages[0]
    assert "9 02.03.2023 Autostol Autostol (Britax Römer) BEV-2023-117 1, 2 1.499,00 kr." in first
    assert "10 11.03.2023 Aktivitet Svømmehal og is BEV-2023-120 3 185,50 kr." in first
    assert "I alt til udbetaling 1.684,50 kr." in first
    assert ms[0].expenses.amount == Decimal("1684.50")
    assert "Biograf" not in " ".join(pages)  # no approval: not claimed
    # photo, two PDF pages, photo: one page each, labelled with the expense
    assert len(pages) == 1 + 1 + 2 + 1
    assert pages[1].startswith("Bilag 1 02.03.2023")
    assert (
        "02.03.2023 · Autostol · Autostol (Britax Römer) · 1.499,00 kr. · kvittering-autostol.jpg" in pages[1]
    )
    assert "Bilag 2 (side 1 af 2)" in pages[2] and "Faktura autostol side 1" in pages[2]
    assert "Bilag 2 (side 2 af 2)" in pages[3] and "Faktura autostol side 2" in pages[3]
    assert "Bilag 3" in pages[4] and "Svømmehal og is" in pages[4]
    assert all(f"Side {i} af 5" in p for i, p in enumerate(pages, start=1))
    assert all(CONFIDENTIAL in p for p in pages)
    # the photos are embedded as images
    assert len(reader(pdf).pages[1].images) == 1


def test_thirty_receipt_photos_give_one_page_each() -> None:
    base = D.randers()
    photos = tuple(
        Attachment(f"bon-{i:02d}.jpg", "image/jpeg", D.jpeg(240, 320, f"Bon {i}")) for i in range(1, 31)
    )
    e = Expense(
        "e-many",
        "k-rnd",
        date(2023, 3, 15),
        ExpenseCategory.HOLIDAY,
        "Ferietur til Legoland",
        Decimal("4321.75"),
        "BEV-2023-200",
        photos,
    )
    snap = dataclasses.replace(base, expenses=(e,))
    ms = months(snap, "k-rnd", 2023, (3,))
    pdf = expenses.render(
        snap,
        "k-rnd",
        date(2023, 3, 1),
        date(2023, 3, 31),
        ms,
        municipality_name="Randers Kommune",
        period="2023-03",
    )
    pages = [" ".join(p.split()) for p in page_texts(pdf)]
    assert len(pages) == 1 + 30
    for i in range(1, 31):
        assert f"Bilag {i} " in pages[i] and f"bon-{i:02d}.jpg" in pages[i]
        assert len(reader(pdf).pages[i].images) == 1
    assert "I alt til udbetaling 4.321,75 kr." in pages[0]


def test_an_unreadable_receipt_is_named_not_fatal() -> None:
    base = D.randers()
    bad = Expense(
        "e-bad",
        "k-rnd",
        date(2023, 3, 5),
        ExpenseCategory.OTHER,
        "Sko",
        Decimal("300"),
        "BEV-9",
        (Attachment("scan.pdf", "application/pdf", b"%PDF-1.4 this is not a pdf"),),
    )
    snap = dataclasses.replace(base, expenses=(bad,))
    pdf = expenses.render(
        snap,
        "k-rnd",
        date(2023, 3, 1),
        date(2023, 3, 31),
        months(snap, "k-rnd", 2023, (3,)),
        municipality_name="Randers Kommune",
        period="2023-03",
    )
    pages = [" ".join(p.split()) for p in page_texts(pdf)]
    assert len(pages) == 2
    assert "Bilaget »scan.pdf« kunne ikke indsættes (filen kan ikke læses)" in pages[1]


# --------------------------------------------------------------------------- status report


def test_status_report_haderslev_four_questions_answers_and_notes_apart() -> None:
    snap = D.haderslev()
    questions = rules.load_rule_set("haderslev").status_questions().value
    assert len(questions) == 4
    meeting = snap.meetings[1]
    ms = [month(snap, "k-had", 2022, 12), *months(snap, "k-had", 2023, (1, 2, 3, 4))]
    answers = {
        "funktionsniveau": "Åse er glad og nysgerrig.\nHun har brug for faste rammer.",
        "perspektiver": "Fortsat aflastning hver anden weekend.",
    }
    pdf = status.render(
        snap,
        meeting,
        questions=questions,
        answers=answers,
        notes=snap.notes[:2],
        months=ms,
        period_start=date(2022, 12, 1),
        period_end=date(2023, 4, 20),
        municipality_name="Haderslev Kommune",
    )
    t = text(pdf)
    assert "Statusrapport" in t and "Til statusmøde tor 20.04.2023 kl. 13:30" in t
    assert "01.12.2022 – 20.04.2023" in t
    # the period summarised from the engine: 2 stays held (the no-show is not; the planned April
    # stay has not been marked held, so it is shown as planned and never counted as held)
    assert "2 gennemførte ophold med 4 aflastningsdøgn fra 01.12.2022 til 20.04.2023" in t
    assert "1 ophold blev aflyst eller blev ikke gennemført" in t
    assert "1 ophold med 2 døgn er planlagt og endnu ikke holdt" in t
    assert "fre 14.04.2023 kl. 15:00 søn 16.04.2023 kl. 17:00 Planlagt 2 (planlagt)" in t
    assert "I alt 4" in t
    assert "10 fre 10.03.2023 kl. 15:00 søn 12.03.2023 kl. 17:00 Udeblevet 0" in t
    for i, q in enumerate(questions, start=1):
        assert f"{i}. {q.text}" in t
    assert (
        "1. Beskriv barnets funktionsniveau, ressourcer samt støttebehov Åse er glad og nysgerrig. Hun har"
        in t
    )
    assert "2. Beskriv opgaver omkring barnet i dagligdagen/hverdag og weekend (Ikke besvaret)" in t
    # the appendix: only the chosen notes, observation and interpretation each under its own label
    assert "Bilag: Udvalgte dagbogsnotater" in t
    assert (
        "lør 14.01.2023 (uge 2) · Emner: skole Observation Åse spiste hele aftensmaden og fortalte om "
        "skolen. Vores fortolkning Vi tror, hun er faldet bedre til i klassen."
    ) in t
    assert "Observation Åse græd ved sengetid og ville ringe til mor." in t
    assert "Ikke valgt til rapporten" not in t
    assert every_page_says(pdf, CONFIDENTIAL)


def test_status_report_morsoe_uses_the_six_action_plan_areas() -> None:
    snap = D.morsoe()
    meeting = Meeting("m1", "k-mor1", datetime(2023, 3, 20, 9, 0))
    snap = dataclasses.replace(snap, meetings=(meeting,))
    questions = rules.load_rule_set("morsoe").status_questions().value
    texts = [q.text.lower() for q in questions]
    for area in (
        "udvikling og adfærd",
        "familieforhold",
        "skoleforhold",
        "sundhedsforhold",
        "fritid og venskaber",
        "andre",
    ):
        assert any(area in q for q in texts), area
    pdf = status.render(
        snap,
        meeting,
        questions=questions,
        answers={questions[2].key: "Går godt i 3. klasse."},
        notes=(),
        months=months(snap, "k-mor1", 2023, (1, 2, 3)),
        period_start=date(2023, 1, 1),
        period_end=date(2023, 3, 20),
        municipality_name="Morsø Kommune",
    )
    t = text(pdf)
    assert f"3. {questions[2].text} Går godt i 3. klasse." in t
    assert "3 gennemførte ophold med 7 aflastningsdøgn" in t
    assert "Bilag: Udvalgte dagbogsnotater" not in t


def test_long_answers_and_notes_flow_over_pages() -> None:
    snap = D.haderslev()
    long = " ".join(f"Sætning {i} om Åses hverdag, skole og fritid." for i in range(700))
    note = Note("n-long", D.CHILD.id, date(2023, 2, 1), long, ("skole",), long)
    questions = rules.load_rule_set("haderslev").status_questions().value
    pdf = status.render(
        snap,
        snap.meetings[1],
        questions=questions,
        answers={questions[0].key: long},
        notes=(note,),
        months=months(snap, "k-had", 2023, (1, 2, 3, 4)),
        period_start=date(2022, 12, 1),
        period_end=date(2023, 4, 20),
        municipality_name="Haderslev Kommune",
    )
    t = text(pdf)
    assert "Sætning 699 om Åses hverdag" in t
    assert t.count("Sætning 699 om") == 3  # the answer, the observation and the interpretation
    assert len(reader(pdf).pages) >= 6


# --------------------------------------------------------------------------- annual summary


def test_annual_summary_morsoe_two_contracts_month_by_month() -> None:
    snap = D.morsoe()
    previews = earnings.preview_months(snap, [(2023, m) for m in range(1, 13)])
    pdf = annual.render(
        snap, 2023, previews, municipality_names={"k-mor1": "Morsø Kommune", "k-mor2": "Morsø Kommune"}
    )
    t = text(pdf)
    # all contracts: vederlag 7 døgn × 7 × 154 + 2 døgn × 4 × 154 = 8.778; holiday pay 12,5 %
    assert "I alt 9 8.778,00 1.097,25 1.955,46 10.733,46" in t
    assert "Vederlag (skattepligtigt) 8.778,00 kr." in t
    assert "Kost og logi (skattefrit) 1.835,00 kr." in t  # 7 × 201 + 2 × 214 (Bjørn is 11)
    assert "Kørselsgodtgørelse (skattefri, 55 km) 120,46 kr." in t
    assert "Udbetalt i alt (vederlag + skattefrit) 10.733,46 kr." in t
    # one contract month by month
    assert "Januar 2 2.156,00 269,50 402,00 14 30,66 0,00" in t
    assert "Marts 3 3.234,00 404,25 603,00 13,5 29,57 0,00" in t
    assert "Døgn pr. måned mod loftet" in t
    total = sum((p.total or Decimal(0)) for p in previews)
    assert total == Decimal("10733.46")


def test_annual_summary_marks_a_missing_rate() -> None:
    snap = dataclasses.replace(
        D.slagelse(),
        stays=(D.stay("s1", "k-slg", "2026-03-06T14:00", "2026-03-08T17:00"),),
        trips=(),
    )
    previews = earnings.preview_months(snap, [(2026, m) for m in range(1, 13)])
    t = text(annual.render(snap, 2026, previews, municipality_names={"k-slg": "Slagelse Kommune"}))
    assert "Marts 2 14 –*" in t  # 2026 KL rate not verified: no figure, never a guess
    assert "En sats mangler" in t
    assert "Vederlag (skattepligtigt) – (takst mangler)" in t


# --------------------------------------------------------------------------- recovery sheet


def test_recovery_sheet_shows_the_key_in_groups_and_where_backups_are() -> None:
    key = "7K3M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-4F2A"
    pdf = recovery.render(
        key,
        database_id="d-12ab",
        backup_dir="/home/familie/.local/share/aflastapp/backups",
        printed=date(2026, 3, 6),
    )
    t = text(pdf)
    for group in key.split("-"):
        assert group in t
    assert "Jeres gendannelsesnøgle" in t and "Sådan bruger I nøglen" in t
    assert "/home/familie/.local/share/aflastapp/backups" in t
    assert "Dagbogens id: d-12ab · Udskrevet 06.03.2026" in t
    assert "Side 1 af 1" in t and len(reader(pdf).pages) == 1
    assert "Fortroligt – gendannelsesnøgle" in t


# ------------------------------------------------------------------ status values in the nights table


@pytest.mark.parametrize(
    "status_, label", [(StayStatus.PLANNED, "Planlagt"), (StayStatus.NO_SHOW, "Udeblevet")]
)
def test_nights_report_names_each_stay_status(status_: StayStatus, label: str) -> None:
    snap = D.slagelse()
    stays = tuple(dataclasses.replace(s, status=status_) if s.id == "s1" else s for s in snap.stays)
    snap = dataclasses.replace(snap, stays=stays)
    t = text(nights.render(snap, month(snap, "k-slg", 2023, 3), municipality_name="Slagelse Kommune"))
    assert f"søn 05.03.2023 kl. 17:00 {label}" in t


def test_expense_claim_counts_a_car_seat_at_the_cap_and_an_approved_amount_as_approved() -> None:
    # randers-aflastning.txt, Regler for supplerende ydelser: "Autostol: kr. 1.500"; "Selepude kr. 250"
    base = D.randers()
    seat = Expense("e-seat", "k-rnd", date(2023, 3, 4), ExpenseCategory.CAR_SEAT, "Autostol", Decimal("1600"),
                   "BEV-1")
    booster = Expense("e-boost", "k-rnd", date(2023, 3, 5), ExpenseCategory.BOOSTER_SEAT, "Selepude",
                      Decimal("300"), "BEV-2", approved_amount=Decimal("300"))
    snap = dataclasses.replace(base, expenses=(seat, booster))
    ms = months(snap, "k-rnd", 2023, (3,))
    pdf = expenses.render(snap, "k-rnd", date(2023, 3, 1), date(2023, 3, 31), ms,
                          municipality_name="Randers Kommune", period="2023-03")
    t = " ".join(text(pdf).split())
    assert "1.500,00 kr. (af 1.600,00 kr.)" in t  # the row says what counts and what was spent
    assert "300,00 kr." in t and "(af 300,00 kr.)" not in t
    assert "I alt til udbetaling 1.800,00 kr." in t
