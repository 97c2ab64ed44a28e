"""Diary notes about the child: what was observed, the family's interpretation, tags."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from aflastapp.core.models import Note
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, db, new_id, not_found, one, rows, write
from aflastapp.services.validation import Problems, check_changes

if TYPE_CHECKING:
    from aflastapp.services.session import Session

FIELDS = ("child_id", "date", "text", "tags", "interpretation")
MAX_TAG = 50


def build(p: Problems, lk: Lookup, *, id: str | None, child_id: Any, date: Any, text: Any,
          tags: Any = (), interpretation: Any = "", new: bool = True) -> Note | None:
    before = len(p.items)
    nid = new_id("n") if id is None else p.ident("id", id)
    if new and nid is not None and lk.id_taken("notes", nid):
        p.add("id", "problem.exists", thing="Notatet", id=nid)
    if not isinstance(child_id, str) or lk.child(child_id) is None:
        p.add("child_id", "problem.not_found", thing="Barnet", id=child_id)
    d = p.date("date", date, "Dato")
    tx = p.text("text", text, "Tekst", required=True)
    tg = p.str_list("tags", list(tags) if isinstance(tags, tuple) else tags, "Mærke", max_len=MAX_TAG)
    tg = tuple(dict.fromkeys(t.strip().lower() for t in tg if t.strip()))
    it = p.text("interpretation", interpretation, "Fortolkning")
    if len(p.items) > before or nid is None or d is None:
        return None
    return Note(id=nid, child_id=child_id, date=d, text=tx, tags=tg, interpretation=it)


def list_notes(s: Session, child_id: str | None = None, start: date | None = None, end: date | None = None,
               tag: str | None = None, query: str | None = None) -> list[Note]:
    """Notes, newest first. ``query`` searches text, interpretation and tags (case-insensitive,
    every word must occur); ``tag`` keeps notes carrying that tag."""
    where, params = ["1=1"], []
    for cond, val in (("child_id = ?", child_id), ("date >= ?", start and start.isoformat()),
                      ("date <= ?", end and end.isoformat())):
        if val is not None:
            where.append(cond)
            params.append(val)
    found = [m.note_from_row(r) for r in rows(
        db(s), f"SELECT * FROM notes WHERE {' AND '.join(where)} ORDER BY date DESC, id", params)]
    if tag:
        wanted = tag.strip().casefold()
        found = [n for n in found if wanted in (t.casefold() for t in n.tags)]
    if query and query.strip():
        words = query.casefold().split()
        found = [n for n in found
                 if all(w in f"{n.text}\n{n.interpretation}\n{' '.join(n.tags)}".casefold() for w in words)]
    return found


def all_tags(s: Session) -> list[str]:
    """Every tag in use, most used first."""
    counts: dict[str, int] = {}
    for r in rows(db(s), "SELECT tags FROM notes"):
        for t in m.s2list(r["tags"]):
            counts[t] = counts.get(t, 0) + 1
    return sorted(counts, key=lambda t: (-counts[t], t))


def get_note(s: Session, id: str) -> Note:
    r = one(db(s), "notes", id)
    if r is None:
        raise not_found("id", "Notatet", id)
    return m.note_from_row(r)


def add_note(s: Session, child_id: str, date: date | str, text: str, tags: tuple[str, ...] | list[str] = (),
             interpretation: str = "", id: str | None = None) -> Note:
    with write(s) as d:
        p = Problems()
        n = build(p, Lookup(d), id=id, child_id=child_id, date=date, text=text, tags=tags,
                  interpretation=interpretation)
        p.raise_if_any()
        assert n is not None
        d.table("notes").insert(m.note_to_row(n))
        return n


def update_note(s: Session, id: str, **changes: Any) -> Note:
    check_changes(changes, FIELDS)
    with write(s) as d:
        old = get_note(s, id)
        fields = {k: getattr(old, k) for k in FIELDS} | changes
        p = Problems()
        n = build(p, Lookup(d), id=id, new=False, **fields)
        p.raise_if_any()
        assert n is not None
        d.table("notes").update(id, m.note_to_row(n))
        return n


def delete_note(s: Session, id: str) -> Note:
    with write(s) as d:
        old = get_note(s, id)
        d.table("notes").delete(id)
        return old
