"""The outbox for the receivers: Digital Post's 10 MB, expenses left out named, the shared-trip
warning, saved places' addresses and the case number, against a real encrypted diary."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, StreamObject

from aflastapp.core.models import Attachment
from aflastapp.services import (
    children,
    contracts,
    documents,
    expenses,
    family,
    meetings,
    places,
    portable,
    stays,
    trips,
)
from aflastapp.services.session import Session, lock, setup
from tests.reports import diaries as D
from tests.reports.pdfcheck import reader, text

LIMIT = documents.DIGITAL_POST_LIMIT


@pytest.fixture
def s(data_dir: Path) -> Iterator[Session]:
    session, _key = setup(data_dir)
    family.set_family(session, D.FAMILY.name, D.FAMILY.address, D.FAMILY.car_registration)
    children.add_child(session, "Åse Müller-Jensen", date(2014, 5, 3), id="c1")
    children.add_child(session, "Bjørn Lévêque", date(2011, 9, 1), id="c2")
    contracts.add_contract(
        session,
        "c1",
        "morsoe",
        date(2021, 1, 1),
        vederlag_count=7,
        id="k1",
        case_reference="27.12.04-G01-77-21",
    )
    contracts.add_contract(session, "c2", "morsoe", date(2022, 1, 1), vederlag_count=4, id="k2")
    stays.add_stay(session, "k1", "2023-03-03T15:00", "2023-03-06T08:00", "completed")
    yield session
    lock(session, backup=False)


def _photo(seed: int, size: tuple[int, int] = (3000, 4000)) -> bytes:
    """A large, noisy phone photo (hard to compress, as a real photo of a receipt is)."""
    rnd = random.Random(seed)
    im = Image.frombytes("RGB", (size[0] // 4, size[1] // 4), rnd.randbytes(size[0] * size[1] * 3 // 16))
    im = im.resize(size, Image.Resampling.NEAREST)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=95)
    return out.getvalue()


def _heavy_pdf(seed: int, megabytes: float) -> bytes:
    """A one-page PDF receipt carrying ``megabytes`` that no recompression can shrink (a scan
    program's embedded data): the claim must be split into parts to stay under the limit."""
    w = PdfWriter()
    page = w.add_blank_page(595, 842)
    blob = StreamObject()
    blob._data = random.Random(seed).randbytes(int(megabytes * 1_000_000))
    blob[NameObject("/Type")] = NameObject("/XObject")
    blob[NameObject("/Subtype")] = NameObject("/Form")
    blob[NameObject("/BBox")] = ArrayObject(
        [NumberObject(0), NumberObject(0), NumberObject(1), NumberObject(1)]
    )
    ref = w._add_object(blob)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Fx0"): ref})}
    )
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_big_photos_are_recompressed_to_stay_under_ten_megabytes(s: Session) -> None:
    photos = tuple(Attachment(f"bon-{i}.jpg", "image/jpeg", _photo(i)) for i in range(4))
    assert sum(len(p.data) for p in photos) > LIMIT
    expenses.add_expense(
        s, "k1", date(2023, 3, 4), "activity", "Sommerland", Decimal("899"), "BEV-1", attachments=photos
    )
    doc = documents.generate(s, "expense_claim", "k1", "2023-03")
    pdf = documents.get_pdf(s, doc.id)
    assert len(pdf) <= LIMIT
    assert doc.parts == ()
    assert any("Bilagene er komprimeret" in n for n in doc.notices)
    assert len(reader(pdf).pages) == 1 + 4
    assert all(len(reader(pdf).pages[i].images) == 1 for i in range(1, 5))


def test_a_claim_that_cannot_shrink_is_split_into_numbered_parts(s: Session) -> None:
    heavy = tuple(Attachment(f"scan-{i}.pdf", "application/pdf", _heavy_pdf(i, 4.2)) for i in range(3))
    expenses.add_expense(
        s, "k1", date(2023, 3, 4), "equipment", "Cykel", Decimal("1500"), "BEV-2", attachments=heavy[:2]
    )
    expenses.add_expense(
        s, "k1", date(2023, 3, 9), "clothing", "Vinterjakke", Decimal("600"), "BEV-3", attachments=heavy[2:]
    )
    doc = documents.generate(s, "expense_claim", "k1", "2023-03")
    assert len(doc.parts) == 2 and doc.parts[0] == doc.id
    pdfs = [documents.get_pdf(s, i) for i in doc.parts]
    assert all(len(p) <= LIMIT for p in pdfs), [len(p) for p in pdfs]
    titles = [documents.get_document(s, i).title for i in doc.parts]
    assert titles == ["Udlægsseddel 2023-03 (del 1 af 2)", "Udlægsseddel 2023-03 (del 2 af 2)"]
    first, second = text(pdfs[0]), text(pdfs[1])
    assert "Del 1 af 2" in first and "I alt til udbetaling 2.100,00 kr." in first
    assert "Cykel BEV-2 1, 2" in first and "Vinterjakke BEV-3 3" in first
    assert "Udlægssedlen er delt i 2 dele" in first
    assert "Del 2 af 2" in second and "Bilag 3" in second and "Bilag 1" not in second
    assert "I alt til udbetaling" not in second  # the list and the signature are in part 1 only
    assert any("delt i 2 dele" in n and "Digital Post" in n for n in doc.notices)
    # every part is in the outbox for the same contract and period
    listed = {d.id for d in documents.list_documents(s, "expense_claim", "k1") if d.period == "2023-03"}
    assert listed == set(doc.parts)


def test_expenses_without_approval_are_named_not_silently_dropped(s: Session) -> None:
    expenses.add_expense(s, "k1", date(2023, 3, 4), "activity", "Biograf", Decimal("90"))
    expenses.add_expense(s, "k1", date(2023, 3, 5), "activity", "Svømning", Decimal("60"), "BEV-9")
    doc = documents.generate(s, "expense_claim", "k1", "2023-03")
    t = text(documents.get_pdf(s, doc.id))
    assert "Svømning BEV-9 intet bilag 60,00 kr." in t and "Biograf" not in t
    assert len(doc.notices) == 1
    assert "»Biograf«" in doc.notices[0] and "ingen bevilling" in doc.notices[0]
    assert "04.03.2023" in doc.notices[0] and "90,00 kr." in doc.notices[0]


def test_a_shared_trip_naming_the_other_child_is_warned_about_before(s: Session) -> None:
    trips.add_trip(s, ["k1", "k2"], date(2023, 3, 3), "Hente Åse og Bjørn", "Hjem", "Skolen", Decimal("27"))
    warn = documents.warnings_before(s, "driving_report", "k1", "2023-Q1")
    assert len(warn) == 1 and "Bjørn" in warn[0] and "03.03.2023" in warn[0]
    assert documents.warnings_before(s, "driving_report", "k2", "2023-Q1")[0].count("Åse") == 2
    assert documents.warnings_before(s, "nights_report", "k1", "2023-03") == []
    doc = documents.generate(s, "driving_report", "k2", "2023-Q1")  # the family chose to go ahead
    t = text(documents.get_pdf(s, doc.id))
    assert "delt med 1 andet barn" in t


def test_driving_form_from_the_diary_prints_saved_places_addresses_and_the_driver(s: Session) -> None:
    places.add_place(s, "Hjem", "Møllevej 12, 7900 Nykøbing M")
    places.add_place(s, "Skolen", "Skolegade 1, 7950 Erslev")
    places.add_place(s, "Bageren, Karby", "Karbyvej 2, 7960 Karby")
    trips.add_trip(
        s,
        ["k1"],
        date(2023, 3, 3),
        "Hente til aflastning",
        "Hjem",
        "Skolen",
        Decimal("14"),
        ["Bageren, Karby"],
    )
    family.update_family(s, driver_cpr="0101701234")
    doc = documents.generate(s, "driving_report", "k1", "2023-Q1")
    t = text(documents.get_pdf(s, doc.id))
    assert "Møllevej 12, 7900 Nykøbing M (Hjem) → Karbyvej 2, 7960 Karby (Bageren, Karby)" in t
    assert "Skolegade 1, 7950 Erslev (Skolen) 14,0" in t
    assert "Fører Hanne Ærø-Østergård" in t and "Førerens CPR-nr. 010170-1234" in t
    assert "Sagsnummer 27.12.04-G01-77-21" in t


def test_driver_cpr_is_checked_and_kept_in_the_portable_file_only_when_set(s: Session) -> None:
    from aflastapp.core.errors import ValidationError

    with pytest.raises(ValidationError) as e:
        family.update_family(s, driver_cpr="3213701234")
    assert e.value.problems[0].field == "driver_cpr" and "CPR" in e.value.problems[0].message
    assert family.get_family(s).driver_cpr == ""  # nothing written
    assert "driver_cpr" not in portable.export_data(s)["family"]
    family.update_family(s, driver_name="Søren Ærø-Østergård", driver_cpr="010170-1234")
    data = portable.export_data(s)
    assert data["family"]["driver_name"] == "Søren Ærø-Østergård"
    assert data["family"]["driver_cpr"] == "010170-1234"
    assert next(c for c in data["contracts"] if c["id"] == "k1")["case_reference"] == "27.12.04-G01-77-21"
    assert "case_reference" not in next(c for c in data["contracts"] if c["id"] == "k2")
    contracts.update_contract(s, "k2", case_reference="SAG-2")
    assert contracts.get_contract(s, "k2").case_reference == "SAG-2"


def test_consecutive_status_reports_never_count_a_day_twice(s: Session) -> None:
    first = meetings.add_meeting(s, "k1", "2023-03-04T10:00")
    second = meetings.add_meeting(s, "k1", "2023-06-01T10:00")
    a = text(documents.get_pdf(s, documents.generate(s, "status_report", meeting_id=first.id).id))
    b = text(documents.get_pdf(s, documents.generate(s, "status_report", meeting_id=second.id).id))
    assert "01.01.2021 – 04.03.2023" in a
    assert "05.03.2023 – 01.06.2023" in b  # the day after the previous meeting
    # the stay 03.03–06.03 has 3 døgn (Morsø: nights); each is counted in exactly one report
    import re

    counted = [int(re.search(r"ophold med (\d+) aflastningsdøgn", t).group(1)) for t in (a, b)]  # type: ignore[union-attr]
    assert counted == [2, 1]
