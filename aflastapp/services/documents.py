"""The outbox: documents the family generates, previews, saves, sends and later deletes.

Every generated PDF is kept encrypted in the diary (``documents`` table) with what it covers
(kind, contract, period). Saving a copy outside the app writes only where the family chose,
atomically, and records it in ``exported_files`` with the municipality's retention limit
(Slagelse: delete within 1 month); ``retention_due`` lists copies whose time is up and
``delete_exported`` removes one after the family confirmed. ``mark_sent`` records a
``Submission``, which marks the matching deadline done; ``already_sent`` warns before the same
period is claimed twice.

The figures come from the core engine through ``services.overview`` (the cached snapshot and
the month previews); rendering is ``aflastapp.reports``.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import Message, problem
from aflastapp.core.messages import problem as msg_problem
from aflastapp.core.models import (
    DOCUMENT_TITLES,
    Contract,
    ContractMonth,
    DeadlineKind,
    DiarySnapshot,
    DocumentKind,
    ExportedFile,
    Figure,
    Meeting,
    MonthPreview,
    Submission,
)
from aflastapp.core.periods import add_months, iter_months, parse_period, period_kind, period_label
from aflastapp.services import mapping as m
from aflastapp.services._base import as_int, cache, db, not_found, one, rows, write
from aflastapp.services.validation import target_file, write_failed
from aflastapp.storage import fsutil

if TYPE_CHECKING:
    from aflastapp.services.session import Session

__all__ = [
    "DIGITAL_POST_LIMIT",
    "SENDABLE",
    "StoredDocument",
    "already_sent",
    "delete_document",
    "delete_exported",
    "generate",
    "get_document",
    "get_pdf",
    "list_documents",
    "list_exported",
    "mark_sent",
    "retention_due",
    "retention_until",
    "save_copy",
    "warnings_before",
    "write_private",
]

# documents whose sending closes a deadline (the submission kinds)
SENDABLE: dict[DocumentKind, DeadlineKind] = {
    DocumentKind.NIGHTS_REPORT: DeadlineKind.NIGHTS_REPORT,
    DocumentKind.DRIVING_REPORT: DeadlineKind.DRIVING_REPORT,
    DocumentKind.EXPENSE_CLAIM: DeadlineKind.EXPENSE_CLAIM,
    DocumentKind.STATUS_REPORT: DeadlineKind.STATUS_REPORT,
}

# The documents' Danish names (one table for the app: core's).
KIND_NAMES = DOCUMENT_TITLES

# Digital Post: a citizen's message holds at most 10 MB and 10 attachments (bekendtgørelse om
# Digital Post, retsinformation.dk R0710 id=183321). 10 MB read as 10 000 000 bytes, the safe side.
DIGITAL_POST_LIMIT = 10_000_000
DIGITAL_POST_ATTACHMENTS = 10


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A generated document in the outbox (the PDF itself: ``get_pdf``)."""

    id: int
    kind: DocumentKind
    contract_id: str | None
    period: str  # "2026-03", "2026-Q1", "2026", or the meeting id of a status report
    title: str  # no personal data: "Indberetning af aflastningsdøgn 2026-03"
    created_at: datetime
    size: int
    already_sent: bool = False  # a submission covers this kind, contract and period
    sent: Submission | None = None
    # set by ``generate`` only: what the family must be told about the document just made (expenses
    # left out and why, receipts recompressed, a claim split into parts for Digital Post) …
    notices: tuple[str, ...] = ()
    # … and, for a claim split into numbered parts, every part's document id in order (this is part 1)
    parts: tuple[int, ...] = ()


# --------------------------------------------------------------------------- reading


def _kind(value: Any, field: str = "kind") -> DocumentKind:
    try:
        return DocumentKind(str(value))
    except ValueError:
        names = ", ".join(k.value for k in DocumentKind)
        raise ValidationError(
            problem(field, "problem.unknown_kind", value=str(value), allowed=names)) from None


def warnings_before(
    s: Session, kind: DocumentKind | str, contract_id: str | None, period: str | None
) -> list[str]:
    """What the family should see before the document is made (the GUI asks, the CLI refuses
    without ``--force``): a shared trip whose purpose - the family's own words, printed as typed -
    names another child of the diary on this child's driving form."""
    k = _kind(kind)
    if k is not DocumentKind.DRIVING_REPORT or not contract_id or not period:
        return []
    try:
        _key, start, end = _period(period, ("month", "quarter"), DocumentKind.DRIVING_REPORT)
    except ValidationError:
        return []  # generate() reports the bad period
    from aflastapp.reports.driving import other_children_named

    out: list[str] = []
    for trip, child in other_children_named(_snapshot(s), contract_id, start, end):
        out.append(Message("notice.shared_trip_names_child", date=trip.date, purpose=trip.purpose,
                           child=child.name.split()[0]))
    return out


def already_sent(s: Session, kind: DocumentKind | str, contract_id: str | None,
                 period: str) -> Submission | None:
    """The submission that already covers this kind, contract and period (warn before a double claim)."""
    k = _kind(kind)
    if k not in SENDABLE:
        return None
    found = rows(
        db(s),
        "SELECT * FROM submissions WHERE kind = ? AND period = ? AND "
        "(contract_id IS ? OR contract_id = ?) ORDER BY sent DESC, id DESC",
        [SENDABLE[k].value, period, contract_id, contract_id],
    )
    return m.submission_from_row(found[0]) if found else None


def _stored(s: Session, r: dict[str, Any]) -> StoredDocument:
    kind = DocumentKind(r["kind"])
    sub = already_sent(s, kind, r["contract_id"], r["period"] or "")
    created = m.s2dt(r["created_at"])
    return StoredDocument(
        id=r["id"],
        kind=kind,
        contract_id=r["contract_id"],
        period=r["period"] or "",
        title=r["title"] or "",
        created_at=created or datetime.min,
        size=int(r["size"] or 0),
        already_sent=sub is not None,
        sent=sub,
    )


_COLUMNS = "id, kind, contract_id, period, title, created_at, length(pdf) AS size"


def list_documents(
    s: Session, kind: DocumentKind | str | None = None, contract_id: str | None = None
) -> list[StoredDocument]:
    """The outbox, newest first."""
    where, params = ["1=1"], []
    if kind is not None:
        where.append("kind = ?")
        params.append(_kind(kind).value)
    if contract_id is not None:
        where.append("contract_id = ?")
        params.append(contract_id)
    found = rows(
        db(s),
        f"SELECT {_COLUMNS} FROM documents WHERE {' AND '.join(where)} ORDER BY created_at DESC, id DESC",
        params,
    )
    return [_stored(s, r) for r in found]


def get_document(s: Session, id: int) -> StoredDocument:
    found = rows(db(s), f"SELECT {_COLUMNS} FROM documents WHERE id = ?", [id])
    if not found:
        raise not_found("id", "Dokumentet", id)
    return _stored(s, found[0])


def get_pdf(s: Session, id: int) -> bytes:
    """The stored PDF (for preview, printing or saving)."""
    r = one(db(s), "documents", id)
    if r is None:
        raise not_found("id", "Dokumentet", id)
    return bytes(r["pdf"])


def delete_document(s: Session, id: int) -> StoredDocument:
    """Remove a document from the outbox (copies saved outside the app stay tracked)."""
    with write(s) as d:
        doc = get_document(s, id)
        d.table("documents").delete(id)
        return doc


def put_back(s: Session, doc: StoredDocument, pdf: bytes) -> StoredDocument:
    """Undo of ``delete_document``: the same document (id, date, PDF) back in the outbox."""
    with write(s) as d:
        if one(d, "documents", doc.id) is not None:
            raise ValidationError(problem("id", "problem.document_exists", id=str(doc.id)))
        d.table("documents").insert({
            "id": doc.id, "kind": doc.kind.value, "contract_id": doc.contract_id, "period": doc.period,
            "title": doc.title, "created_at": doc.created_at.replace(microsecond=0).isoformat(), "pdf": pdf,
        })
        return get_document(s, doc.id)


# --------------------------------------------------------------------------- generating


def _snapshot(s: Session) -> DiarySnapshot:
    from aflastapp.services.overview import snapshot

    return snapshot(s)


# The rows a document about one period reads: stays, trips, notes, meetings and submissions from two
# months before the period to the day after it (a stay that began earlier still owns døgn in it);
# expenses from the same margin before the period's year (the yearly and weekend caps on expenses
# count every claim of the year, and a weekend can start in the year before).
_BEFORE = timedelta(days=62)
_AFTER = timedelta(days=1)


def _period_snapshot(s: Session, period: str | None, allowed: tuple[str, ...],
                     what: DocumentKind) -> DiarySnapshot:
    """The snapshot a nights report, driving report or expense claim for ``period`` is made from.

    The session's cached snapshot when there is one (the dashboard has read it already); otherwise
    only the rows that touch the period (``overview.build_period_snapshot``), not ten years of diary
    to show one month. The engine's figures for a month depend only on rows in and around it (caps
    per month, shared trips split per trip, expense caps per weekend or year), so the document is
    the same either way (pinned by tests/reports/test_period_snapshot.py).
    """
    cached = cache(s).get("snapshot")
    if isinstance(cached, DiarySnapshot):
        return cached
    try:
        _key, start, end = _period(period, allowed, what)
    except ValidationError:
        return _snapshot(s)  # the caller reports the problem (the contract's first, as always)
    if not (2000 <= start.year and end.year <= 2100):
        return _snapshot(s)  # out of the engine's range: the previews refuse it, as before
    from aflastapp.services.overview import build_period_snapshot

    return build_period_snapshot(
        s, start - _BEFORE, end + _AFTER, expenses_from=date(start.year, 1, 1) - _BEFORE
    )


def _contract(snap: DiarySnapshot, contract_id: str | None) -> Contract:
    if not contract_id:
        raise ValidationError(msg_problem("contract_id", "problem.choose_contract"))
    c = next((c for c in snap.contracts if c.id == contract_id), None)
    if c is None:
        raise not_found("contract_id", "Aftalen", contract_id)
    return c


def _municipality_name(municipality: str) -> str:
    from aflastapp.core import rules

    try:
        return rules.load_rule_set(municipality).name
    except Exception:  # an unknown or broken rule set must not stop the document: use the id
        return municipality.capitalize()


def _period(period: str | None, allowed: tuple[str, ...], document: DocumentKind) -> tuple[str, date, date]:
    if not period:
        raise ValidationError(problem("period", "problem.choose_period", document=document.value))
    start, end = parse_period(period, "period")
    kind = period_kind(period)
    if kind not in allowed:
        raise ValidationError(problem("period", "problem.period_kinds", document=document.value,
                                      periods=tuple(allowed), value=period))
    return period.strip().upper(), start, end


def _previews(s: Session, start: date, end: date, snap: DiarySnapshot) -> list[MonthPreview]:
    from aflastapp.services.overview import preview_range

    months = list(iter_months(start, end))
    return preview_range(s, months[0], len(months), snap=snap)


def _contract_months(previews: list[MonthPreview], contract_id: str) -> list[ContractMonth]:
    return [c for p in previews for c in p.contracts if c.contract_id == contract_id]


def _empty_month(contract: Contract, year: int, month: int) -> ContractMonth:
    """A month the engine returns nothing for (outside the contract): nothing counted, nothing paid."""
    zero = Figure(amount=Decimal(0))
    return ContractMonth(
        contract_id=contract.id,
        child_id=contract.child_id,
        municipality=contract.municipality,
        year=year,
        month=month,
        nights=0,
        night_dates=(),
        vederlag=zero,
        kost_logi=zero,
        mileage_km=Decimal(0),
        mileage=zero,
        expenses=zero,
        holiday_pay=zero,
        taxable=Decimal(0),
        tax_free=Decimal(0),
        total=Decimal(0),
        payment_month=(year + (month == 12), month % 12 + 1),
        cap=None,
    )


def _with_attachments(s: Session, snap: DiarySnapshot, contract_id: str, start: date,
                      end: date) -> DiarySnapshot:
    from aflastapp.services.expenses import list_expenses

    full = {
        e.id: e
        for e in list_expenses(s, contract_id=contract_id, start=start, end=end, with_attachments=True)
    }
    return dataclasses.replace(snap, expenses=tuple(full.get(e.id, e) for e in snap.expenses))


def _status_inputs(s: Session, snap: DiarySnapshot, meeting_id: str | None) -> tuple[Meeting, date, date]:
    if not meeting_id:
        raise ValidationError(msg_problem("meeting_id", "problem.choose_meeting"))
    meeting = next((mt for mt in snap.meetings if mt.id == meeting_id), None)
    if meeting is None:
        raise not_found("meeting_id", "Mødet", meeting_id)
    contract = _contract(snap, meeting.contract_id)
    earlier = [
        mt
        for mt in snap.meetings
        if mt.contract_id == meeting.contract_id and mt.at < meeting.at and mt.id != meeting.id
    ]
    # the day after the previous meeting: consecutive reports never count a døgn twice
    start = max(earlier, key=lambda mt: mt.at).at.date() + timedelta(days=1) if earlier else contract.start
    end = meeting.at.date()
    if start > end:
        start = end
    return meeting, start, end


def _place_addresses(s: Session) -> dict[str, str]:
    """Saved places by name → address: the driving form prints a checkable address for each."""
    from aflastapp.services.places import list_places

    return {p.name: p.address for p in list_places(s) if p.address.strip()}


@dataclass(frozen=True)
class _Claim:
    """An expense claim to render: the claim may need recompressed receipts or numbered parts."""

    snap: DiarySnapshot
    contract_id: str
    start: date
    end: date
    months: list[ContractMonth]
    municipality: str
    period: str
    label: str
    lang: str

    def render(self, *, recompress: bool = False, part: Any = None) -> bytes:
        from aflastapp.reports import expenses

        return expenses.render(
            self.snap,
            self.contract_id,
            self.start,
            self.end,
            self.months,
            municipality_name=self.municipality,
            period=self.period,
            period_label=self.label,
            lang=self.lang,
            recompress=recompress,
            part=part,
        )


def _left_out_notice(claim: _Claim) -> list[str]:
    from aflastapp.reports import expenses

    out: list[str] = []
    for e in expenses.left_out(claim.snap, claim.contract_id, claim.start, claim.end):
        out.append(Message("notice.expense_left_out", date=e.date, what=e.description, amount=e.amount))
    return out


def _fit_for_digital_post(claim: _Claim, limit: int) -> tuple[list[bytes], list[str]]:
    """The claim as one PDF of at most ``limit`` bytes, else recompressed, else numbered parts.

    Never silently over the limit: each step is told to the family. A part holds whole receipts; a
    single receipt bigger than the limit on its own gets a part of its own and a notice.
    """
    from aflastapp.reports import expenses

    pdf = claim.render()
    if len(pdf) <= limit:
        return [pdf], []
    mb = Decimal(len(pdf)) / 1_000_000
    notices: list[str] = [Message("notice.claim_compressed", mb=mb.quantize(Decimal("0.1")))]
    pdf = claim.render(recompress=True)
    if len(pdf) <= limit:
        return [pdf], notices
    sizes = expenses.receipt_sizes(claim.snap, claim.contract_id, claim.start, claim.end, recompress=True)
    overhead = len(claim.render(recompress=True, part=expenses.Part(1, 2, 1, 0)))
    budget = max(limit - overhead - limit // 20, limit // 4)  # 5 % for page labels and structure
    groups: list[list[int]] = [[]]  # receipt numbers per part; part 1 also holds the list
    used = 0
    for number, size in enumerate(sizes, start=1):
        if groups[-1] and used + size > budget:
            groups.append([])
            used = 0
        groups[-1].append(number)
        used += size
    while True:
        total = len(groups)
        pdfs = [
            claim.render(recompress=True, part=expenses.Part(i, total, g[0], g[-1]))
            for i, g in enumerate(groups, start=1)
        ]
        too_big = [i for i, p in enumerate(pdfs) if len(p) > limit and len(groups[i]) > 1]
        if not too_big:
            break
        i = too_big[0]  # halve the part that came out too big and lay out again
        half = len(groups[i]) // 2
        groups[i : i + 1] = [groups[i][:half], groups[i][half:]]
    notices.append(Message("notice.claim_split", parts=len(pdfs)))
    for i, p in enumerate(pdfs, start=1):
        if len(p) > limit:
            notices.append(Message("notice.part_too_big", part=i))
    if len(pdfs) > DIGITAL_POST_ATTACHMENTS:
        notices.append(Message("notice.too_many_files", most=DIGITAL_POST_ATTACHMENTS))
    return pdfs, notices


def _render(
    s: Session, kind: DocumentKind, contract_id: str | None, period: str | None, meeting_id: str | None,
    lang: str,
) -> tuple[bytes | _Claim, str | None, str, str]:
    """(pdf, contract id, period key, title) for the requested document (an expense claim is
    returned unrendered: ``generate`` fits it to Digital Post's limit).

    Each branch imports only its own report module: the first document of a session would
    otherwise pay for all of them (the expense claim pulls in pypdf, the annual summary charts).
    """
    if kind is DocumentKind.NIGHTS_REPORT:
        snap = _period_snapshot(s, period, ("month",), DocumentKind.NIGHTS_REPORT)
        contract = _contract(snap, contract_id)
        key, start, _end = _period(period, ("month",), DocumentKind.NIGHTS_REPORT)
        months = _contract_months(_previews(s, start, start, snap), contract.id) or [
            _empty_month(contract, start.year, start.month)
        ]
        from aflastapp.reports import nights

        pdf = nights.render(
            snap, months[0], municipality_name=_municipality_name(contract.municipality), lang=lang
        )
        return pdf, contract.id, key, f"{KIND_NAMES[kind]} {key}"
    if kind is DocumentKind.DRIVING_REPORT:
        snap = _period_snapshot(s, period, ("month", "quarter"), DocumentKind.DRIVING_REPORT)
        contract = _contract(snap, contract_id)
        key, start, end = _period(period, ("month", "quarter"), DocumentKind.DRIVING_REPORT)
        from aflastapp.reports import driving

        pdf = driving.render(
            snap,
            contract.id,
            start,
            end,
            _contract_months(_previews(s, start, end, snap), contract.id),
            municipality_name=_municipality_name(contract.municipality),
            period=key,
            period_label=period_label(key, lang).capitalize(),
            lang=lang,
            places=_place_addresses(s),
        )
        return pdf, contract.id, key, f"{KIND_NAMES[kind]} {key}"
    if kind is DocumentKind.EXPENSE_CLAIM:
        snap = _period_snapshot(s, period, ("month", "quarter", "year"), DocumentKind.EXPENSE_CLAIM)
        contract = _contract(snap, contract_id)
        key, start, end = _period(period, ("month", "quarter", "year"), DocumentKind.EXPENSE_CLAIM)
        full = _with_attachments(s, snap, contract.id, start, end)
        claim = _Claim(
            full,
            contract.id,
            start,
            end,
            _contract_months(_previews(s, start, end, snap), contract.id),
            _municipality_name(contract.municipality),
            key,
            period_label(key, lang).capitalize(),
            lang,
        )
        return claim, contract.id, key, f"{KIND_NAMES[kind]} {key}"
    snap = _snapshot(s)
    if kind is DocumentKind.STATUS_REPORT:
        from aflastapp.core import rules
        from aflastapp.services.meetings import get_draft

        meeting, start, end = _status_inputs(s, snap, meeting_id)
        contract = _contract(snap, meeting.contract_id)
        draft = get_draft(s, meeting.id)
        chosen = set(draft.note_ids)
        notes = [n for n in snap.notes if n.id in chosen]
        questions = list(rules.load_rule_set(contract.municipality).status_questions().value)
        from aflastapp.reports import status

        pdf = status.render(
            snap,
            meeting,
            questions=questions,
            answers=draft.answers,
            notes=notes,
            months=_contract_months(_previews(s, start, end, snap), contract.id),
            period_start=start,
            period_end=end,
            municipality_name=_municipality_name(contract.municipality),
            lang=lang,
        )
        return pdf, contract.id, meeting.id, f"{KIND_NAMES[kind]} {meeting.at.date().isoformat()}"
    if kind is DocumentKind.ANNUAL_SUMMARY:
        key, start, end = _period(period, ("year",), DocumentKind.ANNUAL_SUMMARY)
        if contract_id is not None:
            _contract(snap, contract_id)
        names = {c.id: _municipality_name(c.municipality) for c in snap.contracts}
        from aflastapp.reports import annual

        pdf = annual.render(
            snap,
            start.year,
            _previews(s, start, end, snap),
            municipality_names=names,
            contract_id=contract_id,
            lang=lang,
        )
        return pdf, contract_id, key, f"{KIND_NAMES[kind]} {key}"
    raise ValidationError(problem("kind", "problem.recovery_sheet_outbox"))


def generate(
    s: Session,
    kind: DocumentKind | str,
    contract_id: str | None = None,
    period: str | None = None,
    meeting_id: str | None = None,
    lang: str = "da",
) -> StoredDocument:
    """Render a document from the diary and keep it (encrypted) in the outbox.

    ``already_sent`` on the result is True when a submission already covers the same kind,
    contract and period: the GUI warns before the family sends a second claim.
    """
    k = _kind(kind)
    if lang not in ("da", "en"):
        raise ValidationError(problem("lang", "problem.unknown_language", value=str(lang)))
    rendered, cid, key, title = _render(s, k, contract_id, period, meeting_id, lang)
    notices: list[str] = []
    if isinstance(rendered, _Claim):
        notices += _left_out_notice(rendered)
        pdfs, fitted = _fit_for_digital_post(rendered, DIGITAL_POST_LIMIT)
        notices += fitted
    else:
        pdfs = [rendered]
    created = datetime.now().replace(microsecond=0).isoformat()
    with write(s) as d:
        ids = []
        for i, pdf in enumerate(pdfs, start=1):
            part_title = title if len(pdfs) == 1 else f"{title} (del {i} af {len(pdfs)})"
            row = {"kind": k.value, "contract_id": cid, "period": key, "title": part_title,
                   "created_at": created, "pdf": pdf}
            ids.append(as_int(d.table("documents").insert(row).last_pk))
        doc = get_document(s, ids[0])
        return dataclasses.replace(doc, notices=tuple(notices), parts=tuple(ids) if len(ids) > 1 else ())


# --------------------------------------------------------------------------- sending


def mark_sent(s: Session, id: int, sent: date | str, channel: str = "") -> Submission:
    """Record that the document was sent (date and channel); this marks its deadline done."""
    from aflastapp.services.submissions import add_submission

    doc = get_document(s, id)
    if doc.kind not in SENDABLE:
        raise ValidationError(problem("kind", "problem.no_deadline", document=doc.kind.value))
    return add_submission(s, SENDABLE[doc.kind], doc.contract_id, doc.period, sent, channel)


# --------------------------------------------------------------------------- copies outside the app


def _retention_months(snap: DiarySnapshot, contract_id: str | None) -> int | None:
    """The shortest retention limit of the municipalities the copy concerns (None = no limit)."""
    from aflastapp.core import rules

    contracts = [c for c in snap.contracts if contract_id is None or c.id == contract_id]
    limits = []
    for c in contracts:
        try:
            rule = rules.load_rule_set(c.municipality).document_retention_months
        except Exception:  # unknown rule set: no limit known
            continue
        if rule is not None:
            limits.append(int(rule.value))
    return min(limits) if limits else None


def retention_until(s: Session, contract_id: str | None, today: date | None = None) -> date | None:
    """When a copy saved outside the app today must be deleted: the shortest retention limit of the
    municipalities it concerns (every contract in the diary when ``contract_id`` is None), or None."""
    months = _retention_months(_snapshot(s), contract_id)
    return add_months(today or date.today(), months) if months is not None else None


def _exported_from_row(r: dict[str, Any]) -> ExportedFile:
    base = m.exported_file_from_row(r)
    return dataclasses.replace(
        base, retention_until=m.s2d(r.get("retention_until")), document_id=r.get("document_id")
    )


def list_exported(s: Session, include_deleted: bool = False) -> list[ExportedFile]:
    """Copies saved outside the app, oldest first."""
    where = "" if include_deleted else "WHERE deleted_on IS NULL"
    return [_exported_from_row(r) for r in rows(db(s), f"SELECT * FROM exported_files {where} ORDER BY id")]


def _write_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        fsutil.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_private(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` owner-only (0600), atomically, where the family chose; a file that is not a
    diary document (the recovery sheet printed to a file). Outbox documents use ``save_copy``."""
    target = Path(path).expanduser().resolve()
    _write_atomically(target, data)
    return target


def save_copy(s: Session, id: int, path: str | os.PathLike[str], today: date | None = None) -> ExportedFile:
    """Save the PDF where the family chose (atomically) and track it for the retention limit."""
    target = target_file(path).resolve()
    doc = get_document(s, id)
    pdf = get_pdf(s, id)
    today = today or date.today()
    until = retention_until(s, doc.contract_id, today)
    with write(s) as d:
        pk = (
            d.table("exported_files")
            .insert(
                {
                    "document_id": doc.id,
                    "kind": doc.kind.value,
                    "contract_id": doc.contract_id,
                    "period": doc.period,
                    "path": str(target),
                    "exported_on": today.isoformat(),
                    "retention_until": until.isoformat() if until else None,
                    "deleted_on": None,
                }
            )
            .last_pk
        )
        try:
            _write_atomically(target, pdf)
        except OSError as e:
            raise write_failed(target, e) from e
        r = one(d, "exported_files", as_int(pk))
        assert r is not None
        return _exported_from_row(r)


def retention_due(s: Session, today: date | None = None) -> list[ExportedFile]:
    """Saved copies whose retention limit has come (the app reminds; deleting needs the family's yes)."""
    today = today or date.today()
    return [f for f in list_exported(s) if f.retention_until is not None and f.retention_until <= today]


def delete_exported(s: Session, id: int, today: date | None = None) -> ExportedFile:
    """Delete a saved copy from disk (after the family confirmed) and record when."""
    today = today or date.today()
    with write(s) as d:
        r = one(d, "exported_files", id)
        if r is None:
            raise not_found("id", "Den gemte kopi", id)
        if r["deleted_on"]:
            return _exported_from_row(r)
        target = Path(r["path"])
        try:
            target.unlink(missing_ok=True)
        except OSError as e:
            raise ValidationError(problem("path", "problem.cannot_delete", path=str(target),
                                          why=e.strerror or str(e))) from e
        d.table("exported_files").update(id, {"deleted_on": today.isoformat()})
        r = one(d, "exported_files", id)
        assert r is not None
        return _exported_from_row(r)
