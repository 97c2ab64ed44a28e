"""What every service module shares: the database of a session, one write transaction,
ids, lookups for validation, and the cached snapshot the engine reads.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import Child, Contract, Stay, StayStatus
from aflastapp.services import mapping as m

if TYPE_CHECKING:
    from sqlite_utils import Database  # at run time: storage.db.DiaryDatabase

    from aflastapp.services.session import Session


def db(s: Session) -> Database:
    """The open sqlite-utils database of a session."""
    return s.db


def cache(s: Session) -> dict[str, Any]:
    """The session's dict for derived data (the snapshot); the session empties it after every
    transaction, and ``write`` empties it too."""
    return s.cache


def invalidate(s: Session) -> None:
    cache(s).clear()


@contextmanager
def write(s: Session) -> Iterator[Database]:
    """One user action: a transaction on the session's diary; the snapshot cache is dropped."""
    try:
        with s.transaction():
            yield db(s)
    finally:
        invalidate(s)


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(4)}"


def row_exists(d: Database, table: str, id_: Any) -> bool:
    return d.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [id_]).fetchone() is not None


def rows(d: Database, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    cur = d.execute(sql, list(params))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def one(d: Database, table: str, id_: Any) -> dict[str, Any] | None:
    found = rows(d, f"SELECT * FROM [{table}] WHERE id = ?", [id_])
    return found[0] if found else None


def not_found(field: str, what: str, id_: Any) -> ValidationError:
    """``what`` (Danish, "Aftalen") with the id the caller gave does not exist."""
    return ValidationError(problem(field, "problem.not_found", thing=what, id=str(id_)))


class Lookup:
    """What validation needs to know about the diary. Import layers pending rows over it."""

    def __init__(self, d: Database) -> None:
        self.d = d
        self.pending_children: dict[str, Child] = {}
        self.pending_contracts: dict[str, Contract] = {}
        self.pending_stays: list[Stay] = []
        self.pending_ids: dict[str, set[str]] = {}
        self._by_child: dict[str, tuple[list[Stay], dict[date, list[Stay]]]] = {}

    def child(self, id_: str) -> Child | None:
        if id_ in self.pending_children:
            return self.pending_children[id_]
        r = one(self.d, "children", id_)
        return m.child_from_row(r) if r else None

    def contract(self, id_: str) -> Contract | None:
        if id_ in self.pending_contracts:
            return self.pending_contracts[id_]
        r = one(self.d, "contracts", id_)
        return m.contract_from_row(r) if r else None

    def id_taken(self, table: str, id_: str) -> bool:
        return id_ in self.pending_ids.get(table, set()) or row_exists(self.d, table, id_)

    def claim_id(self, table: str, id_: str) -> None:
        self.pending_ids.setdefault(table, set()).add(id_)

    def stays_of_child(self, child_id: str) -> list[Stay]:
        """Every stay of the child: in the database, and pending in this lookup."""
        return list(self._index(child_id)[0])

    def _index(self, child_id: str) -> tuple[list[Stay], dict[date, list[Stay]]]:
        if child_id not in self._by_child:
            found = rows(
                self.d,
                "SELECT s.* FROM stays s JOIN contracts c ON c.id = s.contract_id WHERE c.child_id = ?",
                [child_id],
            )
            entry: tuple[list[Stay], dict[date, list[Stay]]] = ([], {})
            self._by_child[child_id] = entry
            for r in found:
                self._file(entry, m.stay_from_row(r))
        return self._by_child[child_id]

    @staticmethod
    def _file(entry: tuple[list[Stay], dict[date, list[Stay]]], stay: Stay) -> None:
        entry[0].append(stay)
        day = stay.start.date()
        while day <= stay.end.date():
            entry[1].setdefault(day, []).append(stay)
            day += timedelta(days=1)

    def add_pending_stay(self, stay: Stay) -> None:
        """A stay that will be written with the others (an import, a recurring plan)."""
        self.pending_stays.append(stay)
        self.claim_id("stays", stay.id)
        c = self.contract(stay.contract_id)
        if c is not None:
            self._file(self._index(c.child_id), stay)

    def overlap(self, stay: Stay, child_id: str) -> Stay | None:
        """A stay of the same child that overlaps ``stay`` (cancelled stays never overlap)."""
        _all, by_day = self._index(child_id)
        day, candidates = stay.start.date(), {}
        while day <= stay.end.date():
            for o in by_day.get(day, ()):
                candidates[id(o)] = o
            day += timedelta(days=1)
        return overlapping(stay, sorted(candidates.values(), key=lambda o: o.start))


def overlapping(stay: Stay, others: list[Stay], exclude_id: str | None = None) -> Stay | None:
    """The first stay of ``others`` that overlaps ``stay`` in time (cancelled stays never overlap)."""
    if stay.status == StayStatus.CANCELLED:
        return None
    for o in others:
        if o.id in (stay.id, exclude_id) or o.status == StayStatus.CANCELLED:
            continue
        if o.start < stay.end and stay.start < o.end:
            return o
    return None


def as_int(value: Any) -> int:
    """An integer primary key as returned by sqlite-utils (``last_pk``)."""
    if value is None:
        raise ValueError("no primary key")
    return int(value)
