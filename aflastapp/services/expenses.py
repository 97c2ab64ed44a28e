"""Expenses paid by the family (udlæg), with the caseworker's approval and receipt images."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import FieldProblem, ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import Attachment, Expense, ExpenseCategory
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, as_int, db, new_id, not_found, one, rows, write
from aflastapp.services.validation import MAX_AMOUNT, MAX_SHORT_TEXT, Problems, check_changes

if TYPE_CHECKING:
    from sqlite_utils import Database  # at run time: storage.db.DiaryDatabase

    from aflastapp.services.session import Session

FIELDS = ("contract_id", "date", "category", "description", "amount", "approval", "approved_amount",
          "approved_on")


def build(p: Problems, lk: Lookup, *, id: str | None, contract_id: Any, date: Any, category: Any,
          description: Any, amount: Any, approval: Any = "", approved_amount: Any = None,
          approved_on: Any = None, new: bool = True) -> Expense | None:
    before = len(p.items)
    eid = new_id("u") if id is None else p.ident("id", id)
    if new and eid is not None and lk.id_taken("expenses", eid):
        p.add("id", "problem.exists", thing="Udlægget", id=eid)
    if not isinstance(contract_id, str) or lk.contract(contract_id) is None:
        p.add("contract_id", "problem.not_found", thing="Aftalen", id=contract_id)
    d = p.date("date", date, "Dato")
    cat = p.choice("category", category, ExpenseCategory, "Kategori")
    desc = p.text("description", description, "Beskrivelse")
    amt = p.decimal("amount", amount, "Beløb", places=2, maximum=MAX_AMOUNT)
    ap = p.text("approval", approval, "Bevilling", max_len=MAX_SHORT_TEXT)
    aa = p.decimal("approved_amount", approved_amount, "Godkendt beløb", places=2, maximum=MAX_AMOUNT,
                   required=False)
    ao = p.date("approved_on", approved_on, "Godkendt den", required=False)
    if (aa is not None or ao is not None) and not ap.strip():
        p.add("approval", "problem.approval_needed")
    if len(p.items) > before or eid is None or d is None or cat is None or amt is None:
        return None
    return Expense(id=eid, contract_id=contract_id, date=d, category=cat, description=desc,
                   amount=amt, approval=ap, approved_amount=aa, approved_on=ao)


def _insert_attachment(d: Database, expense_id: str, name: str, data: bytes) -> Attachment:
    from aflastapp.storage.attachments import prepare_attachment

    media_type, stored = prepare_attachment(name, data)
    pk = d.table("attachments").insert({
        "expense_id": expense_id, "name": name, "media_type": media_type, "data": stored,
        "sha256": hashlib.sha256(stored).hexdigest(),
    }).last_pk
    return Attachment(name=name, media_type=media_type, data=stored, id=as_int(pk))


def insert_attachment_as_is(d: Database, expense_id: str, a: Attachment) -> Attachment:
    """Store an attachment exactly as given (already prepared: a restore, an import of an export)."""
    pk = d.table("attachments").insert({
        "expense_id": expense_id, "name": a.name, "media_type": a.media_type, "data": a.data,
        "sha256": hashlib.sha256(a.data).hexdigest(),
    }).last_pk
    return Attachment(name=a.name, media_type=a.media_type, data=a.data, id=as_int(pk))


def _attachments(d: Database, expense_id: str, with_data: bool = True) -> tuple[Attachment, ...]:
    cols = "*" if with_data else "id, expense_id, name, media_type"
    found = rows(d, f"SELECT {cols} FROM attachments WHERE expense_id = ? ORDER BY id", [expense_id])
    return tuple(m.attachment_from_row(r, with_data) for r in found)


def list_expenses(s: Session, contract_id: str | None = None, start: date | None = None,
                  end: date | None = None, category: ExpenseCategory | str | None = None,
                  with_attachments: bool = False) -> list[Expense]:
    """Expenses by date. Attachments are loaded only when asked (they are large); see ``attachments``."""
    where, params = ["1=1"], []
    for cond, val in (("contract_id = ?", contract_id), ("date >= ?", start and start.isoformat()),
                      ("date <= ?", end and end.isoformat()), ("category = ?", category and str(category))):
        if val is not None:
            where.append(cond)
            params.append(val)
    d = db(s)
    found = rows(d, f"SELECT * FROM expenses WHERE {' AND '.join(where)} ORDER BY date, id", params)
    return [m.expense_from_row(r, _attachments(d, r["id"]) if with_attachments else ()) for r in found]


def attachment_counts(s: Session) -> dict[str, int]:
    """expense id → number of attachments (for lists that show a paper-clip)."""
    return {r["expense_id"]: r["n"] for r in rows(
        db(s), "SELECT expense_id, count(*) AS n FROM attachments GROUP BY expense_id")}


def get_expense(s: Session, id: str) -> Expense:
    """One expense with its attachments (data included)."""
    r = one(db(s), "expenses", id)
    if r is None:
        raise not_found("id", "Udlægget", id)
    return m.expense_from_row(r, _attachments(db(s), id))


def add_expense(s: Session, contract_id: str, date: date | str, category: ExpenseCategory | str,
                description: str, amount: Decimal | str, approval: str = "",
                attachments: tuple[Attachment, ...] = (), id: str | None = None,
                approved_amount: Decimal | str | None = None,
                approved_on: date | str | None = None) -> Expense:
    """Add an expense; ``attachments`` (e.g. from an undone delete) are stored as they are."""
    with write(s) as d:
        p = Problems()
        e = build(p, Lookup(d), id=id, contract_id=contract_id, date=date, category=category,
                  description=description, amount=amount, approval=approval,
                  approved_amount=approved_amount, approved_on=approved_on)
        p.raise_if_any()
        assert e is not None
        d.table("expenses").insert(m.expense_to_row(e))
        stored = tuple(insert_attachment_as_is(d, e.id, a) for a in attachments)
        return m.expense_from_row(m.expense_to_row(e), stored)


def update_expense(s: Session, id: str, **changes: Any) -> Expense:
    check_changes(changes, FIELDS)
    with write(s) as d:
        old = get_expense(s, id)
        fields = {k: getattr(old, k) for k in FIELDS} | changes
        p = Problems()
        e = build(p, Lookup(d), id=id, new=False, **fields)
        p.raise_if_any()
        assert e is not None
        d.table("expenses").update(id, m.expense_to_row(e))
        return get_expense(s, id)


def delete_expense(s: Session, id: str) -> Expense:
    """Delete an expense and its attachments; the returned Expense carries them for undo."""
    with write(s) as d:
        old = get_expense(s, id)
        d.execute("DELETE FROM attachments WHERE expense_id = ?", [id])
        d.table("expenses").delete(id)
        return old


def attach_bytes(s: Session, expense_id: str, name: str, data: bytes) -> Attachment:
    """Attach a receipt (JPEG, PNG, HEIC or PDF): images downscaled and stripped of EXIF/GPS."""
    p = Problems()
    nm = p.text("name", name, "Filnavn", required=True, max_len=255)
    if not isinstance(data, bytes | bytearray) or not data:
        p.add("data", "problem.file_empty")
    p.raise_if_any()
    with write(s) as d:
        if one(d, "expenses", expense_id) is None:
            raise not_found("expense_id", "Udlægget", expense_id)
        return _insert_attachment(d, expense_id, Path(nm).name, bytes(data))


def attach_file(s: Session, expense_id: str, path: str | Path) -> Attachment:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ValidationError(problem("path", "problem.file_unreadable", name=repr(p.name),
                                      why=e.strerror)) from e
    return attach_bytes(s, expense_id, p.name, data)


def attachments(s: Session, expense_id: str) -> list[Attachment]:
    return list(_attachments(db(s), expense_id))


def delete_attachment(s: Session, attachment_id: int) -> Attachment:
    with write(s) as d:
        r = one(d, "attachments", attachment_id)
        if r is None:
            raise not_found("id", "Bilaget", attachment_id)
        d.table("attachments").delete(attachment_id)
        return m.attachment_from_row(r)


def hints(s: Session, contract_id: str, category: ExpenseCategory | str) -> list[tuple[str, str]]:
    """The municipality's hints for an expense of ``category`` on the contract: (text, source)."""
    from aflastapp.core.rules import load_rule_set
    from aflastapp.services.contracts import get_contract

    rs = load_rule_set(get_contract(s, contract_id).municipality)
    if rs.expense_hints is None:
        return []
    return [(t, rs.expense_hints.source) for t in rs.hints_for(category)]


def attach_files(s: Session, expense_id: str, paths: Iterable[str | Path]) -> list[Attachment]:
    """Attach several receipts at once (drag-and-drop of many photos): all or none.

    Every file that cannot be read or stored is named in the ``ValidationError``; then nothing
    is attached.
    """
    from aflastapp.storage.errors import StorageError

    files: list[tuple[str, bytes]] = []
    problems: list[FieldProblem] = []
    for raw in paths:
        p = Path(raw)
        try:
            files.append((p.name, p.read_bytes()))
        except OSError as e:
            problems.append(problem(p.name, "problem.file_unreadable", name=p.name, why=e.strerror or str(e)))
    if problems:
        raise ValidationError(problems)
    if not files:
        raise ValidationError(problem("filer", "problem.choose_files"))
    with write(s):
        get_expense(s, expense_id)
        out: list[Attachment] = []
        for name, data in files:
            try:
                out.append(attach_bytes(s, expense_id, name, data))
            except ValidationError as e:
                problems.extend(FieldProblem(name, p.message, p.code, p.params) for p in e.problems)
            except StorageError as e:
                problems.append(FieldProblem(name, str(e)) if str(e)
                                else problem(name, "problem.cannot_attach", name=name))
        if problems:
            raise ValidationError(problems)
        return out
