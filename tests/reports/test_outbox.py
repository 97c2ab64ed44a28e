"""The outbox service against a real encrypted diary: generate, keep, send, save, retain, delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from aflastapp.core.errors import ValidationError
from aflastapp.core.models import DocumentKind
from aflastapp.services import (
    children,
    contracts,
    documents,
    expenses,
    family,
    meetings,
    notes,
    overview,
    stays,
    submissions,
    trips,
)
from aflastapp.services.session import Session, lock, setup
from tests.reports import diaries as D
from tests.reports.pdfcheck import metadata_values, page_texts, text


@pytest.fixture
def s(data_dir: Path) -> Iterator[Session]:
    session, _key = setup(data_dir)
    family.set_family(session, D.FAMILY.name, D.FAMILY.address, D.FAMILY.car_registration)
    children.add_child(session, "Åse Müller-Jensen", date(2014, 5, 3), id="c1")
    contracts.add_contract(
        session, "c1", "slagelse", date(2022, 8, 1), vederlag_count=7, id="k-slg", caseworker="Bente Sørensen"
    )
    contracts.add_contract(session, "c1", "randers", date(2022, 1, 1), vederlag_count=5, id="k-rnd")
    stays.add_stay(session, "k-slg", "2023-03-03T14:00", "2023-03-05T17:00", "completed")
    stays.add_stay(session, "k-slg", "2023-03-17T14:00", "2023-03-20T08:00", "completed")
    trips.add_trip(
        session,
        ["k-slg"],
        date(2023, 3, 3),
        "Hente Åse",
        "Møllevej 12, Slagelse",
        "Skolevej 4, Korsør",
        Decimal("18.4"),
    )
    yield session
    lock(session, backup=False)


def test_generate_keeps_the_pdf_in_the_diary_with_what_it_covers(s: Session) -> None:
    doc = documents.generate(s, "nights_report", "k-slg", "2023-03")
    assert (doc.kind, doc.contract_id, doc.period) == (DocumentKind.NIGHTS_REPORT, "k-slg", "2023-03")
    assert doc.title == "Indberetning af aflastningsdøgn 2023-03"
    assert not doc.already_sent and doc.sent is None
    pdf = documents.get_pdf(s, doc.id)
    assert doc.size == len(pdf)
    t = text(pdf)
    assert "Slagelse Kommune" in t and "Døgn i alt 5" in t and "Åse Müller-Jensen" in t
    assert metadata_values(pdf)["/Title"] == "Indberetning af aflastningsdøgn 2023-03"
    assert [d.id for d in documents.list_documents(s)] == [doc.id]
    assert documents.list_documents(s, kind="driving_report") == []
    # stored inside the encrypted database, not as a file next to it
    assert not list(s.data_dir.rglob("*.pdf"))


def test_driving_and_expense_documents_from_the_diary(s: Session) -> None:
    doc = documents.generate(s, DocumentKind.DRIVING_REPORT, "k-slg", "2023-03")
    t = text(documents.get_pdf(s, doc.id))
    assert "03.03.2023 Hente Åse Møllevej 12, Slagelse – Skolevej 4, Korsør 18,4 2,19 40,30 kr." in t
    assert "AB 12 345" in t
    e = expenses.add_expense(s, "k-rnd", date(2023, 3, 2), "car_seat", "Autostol", Decimal("1499"), "BEV-1")
    expenses.attach_bytes(s, e.id, "kvittering.jpg", D.jpeg(label="1499"))
    expenses.attach_bytes(s, e.id, "faktura.pdf", D.receipt_pdf(2))
    claim = documents.generate(s, "expense_claim", "k-rnd", "2023-Q1")
    pages = [" ".join(p.split()) for p in page_texts(documents.get_pdf(s, claim.id))]
    assert len(pages) == 1 + 1 + 2
    assert "I alt til udbetaling 1.499,00 kr." in pages[0] and "Randers Kommune" in pages[0]
    assert "Bilag 2 (side 2 af 2)" in pages[3] and "Faktura side 2" in pages[3]


def test_status_report_uses_the_saved_draft_and_chosen_notes(s: Session) -> None:
    m0 = meetings.add_meeting(s, "k-slg", "2022-12-01T10:00")
    m1 = meetings.add_meeting(s, "k-slg", "2023-04-20T13:30")
    n1 = notes.add_note(s, "c1", date(2023, 3, 4), "Åse byggede en hule.", ["fritid"], "Hun virker tryg.")
    notes.add_note(s, "c1", date(2023, 3, 5), "Ikke valgt.")
    qs = meetings.questions(s, m1.id)
    meetings.save_draft(s, m1.id, {qs[0].key: "Åse trives."}, [n1.id])
    doc = documents.generate(s, "status_report", meeting_id=m1.id)
    assert (doc.contract_id, doc.period) == ("k-slg", m1.id)
    t = text(documents.get_pdf(s, doc.id))
    assert "02.12.2022 – 20.04.2023" in t  # from the day after the previous status meeting
    assert f"1. {qs[0].text} Åse trives." in t
    assert "Observation Åse byggede en hule. Vores fortolkning Hun virker tryg." in t
    assert "Ikke valgt" not in t
    assert m0.id != m1.id


def test_annual_summary_for_all_contracts(s: Session) -> None:
    doc = documents.generate(s, "annual_summary", period="2023")
    assert doc.contract_id is None and doc.period == "2023"
    t = text(documents.get_pdf(s, doc.id))
    assert "Årsoversigt" in t and "Vederlag (skattepligtigt) 5.390,00 kr." in t  # 5 døgn × 7 × 154


def test_marking_sent_records_a_submission_and_warns_on_a_second_claim(s: Session) -> None:
    doc = documents.generate(s, "nights_report", "k-slg", "2023-03")
    sub = documents.mark_sent(s, doc.id, date(2023, 4, 3), "Digital Post")
    assert (sub.kind, sub.contract_id, sub.period, sub.sent, sub.channel) == (
        "nights_report",
        "k-slg",
        "2023-03",
        date(2023, 4, 3),
        "Digital Post",
    )
    assert submissions.list_submissions(s, contract_id="k-slg")[0].period == "2023-03"
    assert documents.get_document(s, doc.id).already_sent
    again = documents.generate(s, "nights_report", "k-slg", "2023-03")
    assert again.already_sent and again.sent is not None and again.sent.channel == "Digital Post"
    assert documents.already_sent(s, "nights_report", "k-slg", "2023-03") is not None
    assert documents.already_sent(s, "nights_report", "k-slg", "2023-04") is None
    other = documents.generate(s, "nights_report", "k-rnd", "2023-03")
    assert not other.already_sent  # another contract, another claim


def test_sending_closes_the_matching_deadline(s: Session) -> None:
    before = [
        d
        for d in overview.deadlines(
            s, date(2023, 3, 1), date(2023, 5, 31), include_done=True, today=date(2023, 4, 1)
        )
        if d.kind == "nights_report" and d.contract_id == "k-slg" and d.period == "2023-03"
    ]
    assert before and not before[0].done
    doc = documents.generate(s, "nights_report", "k-slg", "2023-03")
    documents.mark_sent(s, doc.id, date(2023, 4, 3), "e-Boks")
    after = [
        d
        for d in overview.deadlines(
            s, date(2023, 3, 1), date(2023, 5, 31), include_done=True, today=date(2023, 4, 4)
        )
        if d.kind == "nights_report" and d.contract_id == "k-slg" and d.period == "2023-03"
    ]
    assert after and after[0].done


def test_annual_summary_cannot_be_marked_sent(s: Session) -> None:
    doc = documents.generate(s, "annual_summary", period="2023")
    with pytest.raises(ValidationError) as e:
        documents.mark_sent(s, doc.id, date(2024, 1, 5), "e-Boks")
    assert e.value.problems[0].field == "kind"


def test_save_copy_tracks_slagelse_retention_and_deletes_on_confirmation(s: Session, tmp_path: Path) -> None:
    doc = documents.generate(s, "nights_report", "k-slg", "2023-03")
    target = tmp_path / "ud" / "døgn marts.pdf"
    target.parent.mkdir()
    copy = documents.save_copy(s, doc.id, target, today=date(2023, 4, 3))
    assert target.read_bytes() == documents.get_pdf(s, doc.id)
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
    assert copy.retention_until == date(2023, 5, 3)  # Slagelse: delete within 1 month
    assert (copy.kind, copy.contract_id, copy.period, copy.document_id) == (
        "nights_report",
        "k-slg",
        "2023-03",
        doc.id,
    )
    assert documents.retention_due(s, date(2023, 5, 2)) == []
    due = documents.retention_due(s, date(2023, 5, 3))
    assert [f.id for f in due] == [copy.id]
    deleted = documents.delete_exported(s, copy.id, today=date(2023, 5, 4))
    assert deleted.deleted_on == date(2023, 5, 4)
    assert not target.exists()
    assert documents.retention_due(s, date(2023, 6, 1)) == []
    assert documents.list_exported(s) == [] and len(documents.list_exported(s, include_deleted=True)) == 1


def test_a_randers_copy_has_no_retention_limit(s: Session, tmp_path: Path) -> None:
    doc = documents.generate(s, "nights_report", "k-rnd", "2023-03")
    copy = documents.save_copy(s, doc.id, tmp_path / "r.pdf", today=date(2023, 4, 3))
    assert copy.retention_until is None
    assert documents.retention_due(s, date(2030, 1, 1)) == []


def test_save_copy_refuses_a_missing_folder_and_writes_nothing(s: Session, tmp_path: Path) -> None:
    doc = documents.generate(s, "nights_report", "k-slg", "2023-03")
    with pytest.raises(ValidationError) as e:
        documents.save_copy(s, doc.id, tmp_path / "findes-ikke" / "x.pdf")
    assert e.value.problems[0].field == "path" and "findes ikke" in e.value.problems[0].message
    with pytest.raises(ValidationError):
        documents.save_copy(s, doc.id, tmp_path)  # a folder, not a file name
    assert documents.list_exported(s, include_deleted=True) == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kind": "nights_report", "contract_id": "k-slg", "period": "2023-Q1"}, "period"),
        ({"kind": "nights_report", "contract_id": "k-slg", "period": "marts"}, "period"),
        ({"kind": "nights_report", "contract_id": "k-slg"}, "period"),
        ({"kind": "nights_report", "contract_id": "nope", "period": "2023-03"}, "contract_id"),
        ({"kind": "driving_report", "period": "2023-03"}, "contract_id"),
        ({"kind": "annual_summary", "period": "2023-03"}, "period"),
        ({"kind": "status_report"}, "meeting_id"),
        ({"kind": "status_report", "meeting_id": "m-nope"}, "meeting_id"),
        ({"kind": "brev", "period": "2023"}, "kind"),
        ({"kind": "recovery_sheet"}, "kind"),
        ({"kind": "nights_report", "contract_id": "k-slg", "period": "2023-03", "lang": "de"}, "lang"),
    ],
)
def test_bad_requests_name_the_field_and_store_nothing(
    s: Session, kwargs: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationError) as e:
        documents.generate(s, **kwargs)  # type: ignore[arg-type]
    assert e.value.problems[0].field == field
    assert e.value.problems[0].message
    assert documents.list_documents(s) == []


def test_english_document_and_deleting_from_the_outbox(s: Session) -> None:
    doc = documents.generate(s, "nights_report", "k-slg", "2023-03", lang="en")
    assert "Report of relief nights" in text(documents.get_pdf(s, doc.id))
    removed = documents.delete_document(s, doc.id)
    assert removed.id == doc.id
    assert documents.list_documents(s) == []
    with pytest.raises(ValidationError):
        documents.get_pdf(s, doc.id)


def test_outside_the_contract_the_nights_report_is_empty_not_an_error(s: Session) -> None:
    doc = documents.generate(s, "nights_report", "k-slg", "2021-03")
    t = text(documents.get_pdf(s, doc.id))
    assert "Der er ingen ophold registreret i måneden." in t


def test_generated_long_ago_documents_list_newest_first(s: Session) -> None:
    a = documents.generate(s, "nights_report", "k-slg", "2023-03")
    b = documents.generate(s, "driving_report", "k-slg", "2023-03")
    assert [d.id for d in documents.list_documents(s)] == [b.id, a.id]
    assert documents.list_documents(s, contract_id="k-rnd") == []
    assert b.created_at - a.created_at < timedelta(minutes=5)
