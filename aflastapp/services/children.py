"""The placed children of the diary."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import Child
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, db, new_id, not_found, one, rows, write
from aflastapp.services.validation import MAX_SHORT_TEXT, Problems, check_changes

if TYPE_CHECKING:
    from aflastapp.services.session import Session


def build(p: Problems, lk: Lookup, *, id: str | None, name: Any, birth_date: Any,
          new: bool = True) -> Child | None:
    """A validated Child, or None with the problems recorded in ``p``."""
    before = len(p.items)
    cid = new_id("b") if id is None else p.ident("id", id)
    if new and cid is not None and lk.id_taken("children", cid):
        p.add("id", "problem.exists", thing="Barnet", id=cid)
    n = p.text("name", name, "Navn", required=True, max_len=MAX_SHORT_TEXT)
    bd = p.date("birth_date", birth_date, "Fødselsdato")
    if bd is not None and bd > date.today():
        p.add("birth_date", "problem.birth_in_future")
    if len(p.items) > before or cid is None or bd is None:
        return None
    return Child(id=cid, name=n.strip(), birth_date=bd)


def list_children(s: Session) -> list[Child]:
    return [m.child_from_row(r) for r in rows(db(s), "SELECT * FROM children ORDER BY name, id")]


def get_child(s: Session, id: str) -> Child:
    r = one(db(s), "children", id)
    if r is None:
        raise not_found("id", "Barnet", id)
    return m.child_from_row(r)


def add_child(s: Session, name: str, birth_date: date | str, id: str | None = None) -> Child:
    with write(s) as d:
        p = Problems()
        child = build(p, Lookup(d), id=id, name=name, birth_date=birth_date)
        p.raise_if_any()
        assert child is not None
        d.table("children").insert(m.child_to_row(child))
        return child


def update_child(s: Session, id: str, **changes: Any) -> Child:
    check_changes(changes, ("name", "birth_date"))
    with write(s) as d:
        old = get_child(s, id)
        fields = asdict(old) | changes
        p = Problems()
        child = build(p, Lookup(d), id=id, name=fields["name"], birth_date=fields["birth_date"], new=False)
        p.raise_if_any()
        assert child is not None
        d.table("children").update(id, m.child_to_row(replace(child, id=id)))
        return child


def delete_child(s: Session, id: str) -> Child:
    with write(s) as d:
        old = get_child(s, id)
        users = [
            t for t in ("contracts", "notes")
            if d.execute(f"SELECT 1 FROM {t} WHERE child_id = ? LIMIT 1", [id]).fetchone()
        ]
        if users:
            raise ValidationError(problem("id", "problem.child_in_use"))
        d.table("children").delete(id)
        return old
