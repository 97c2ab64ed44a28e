"""Contracts: a child placed by a municipality, under that municipality's rule set."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import Child, Contract
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, db, new_id, not_found, one, rows, write
from aflastapp.services.validation import MAX_SHORT_TEXT, Problems, check_changes

if TYPE_CHECKING:
    from aflastapp.services.session import Session

FIELDS = ("child_id", "municipality", "start", "end", "vederlag_count", "child_ordinal",
          "caseworker", "consultant", "terminated_on", "case_reference")


def known_municipalities() -> dict[str, str]:
    """Rule-set id → name, for every municipality the app has rules for."""
    from aflastapp.core import rules

    return {r.id: r.name for r in rules.list_rule_sets()}


def default_vederlag_count(municipality: str) -> int | None:
    """The municipality's usual number of vederlag per døgn (its rule), or None when it has none."""
    from aflastapp.core import rules

    try:
        rule = rules.load_rule_set(municipality).default_vederlag_count
    except (ValidationError, KeyError):
        return None
    return int(rule.value) if rule is not None else None


def build(p: Problems, lk: Lookup, *, id: str | None, child_id: Any, municipality: Any, start: Any,
          end: Any = None, vederlag_count: Any = None, child_ordinal: Any = 1, caseworker: Any = "",
          consultant: Any = "", terminated_on: Any = None, new: bool = True,
          case_reference: Any = "") -> Contract | None:
    before = len(p.items)
    cid = new_id("k") if id is None else p.ident("id", id)
    if new and cid is not None and lk.id_taken("contracts", cid):
        p.add("id", "problem.exists", thing="Aftalen", id=cid)
    if not isinstance(child_id, str) or lk.child(child_id) is None:
        p.add("child_id", "problem.not_found", thing="Barnet", id=child_id)
    known = known_municipalities()
    if municipality not in known:
        p.add("municipality", "problem.unknown_municipality", value=municipality,
              allowed=", ".join(sorted(known)))
    st = p.date("start", start, "Start")
    en = p.date("end", end, "Slut", required=False)
    if st is not None and en is not None and en < st:
        p.add("end", "problem.end_before_start")
    # none given = the municipality's usual number, marked assumed until the family enters one
    vc = (None if vederlag_count is None or vederlag_count == ""
          else p.integer("vederlag_count", vederlag_count, "Antal vederlag", minimum=0, maximum=30))
    vc_ok = vederlag_count is None or vederlag_count == "" or vc is not None
    co = p.integer("child_ordinal", child_ordinal, "Barnets nummer", minimum=1, maximum=10)
    cw = p.text("caseworker", caseworker, "Sagsbehandler", max_len=MAX_SHORT_TEXT)
    cs = p.text("consultant", consultant, "Familieplejekonsulent", max_len=MAX_SHORT_TEXT)
    tn = p.date("terminated_on", terminated_on, "Opsagt den", required=False)
    cr = p.text("case_reference", case_reference, "Sagsnummer", max_len=60).strip()
    if len(p.items) > before or cid is None or st is None or not vc_ok or co is None:
        return None
    return Contract(id=cid, child_id=child_id, municipality=municipality, start=st, end=en,
                    vederlag_count=vc, child_ordinal=co, caseworker=cw, consultant=cs, terminated_on=tn,
                    case_reference=cr)


def list_contracts(s: Session, child_id: str | None = None, active_on: date | None = None) -> list[Contract]:
    sql, params = "SELECT * FROM contracts", []
    if child_id is not None:
        sql, params = sql + " WHERE child_id = ?", [child_id]
    out = [m.contract_from_row(r) for r in rows(db(s), sql + " ORDER BY start, id", params)]
    if active_on is not None:
        out = [c for c in out if c.start <= active_on and (c.end is None or active_on <= c.end)]
    return out


def get_contract(s: Session, id: str) -> Contract:
    r = one(db(s), "contracts", id)
    if r is None:
        raise not_found("id", "Aftalen", id)
    return m.contract_from_row(r)


def add_contract(s: Session, child_id: str, municipality: str, start: date | str,
                 end: date | str | None = None, vederlag_count: int | None = None,
                 child_ordinal: int = 1, caseworker: str = "",
                 consultant: str = "", terminated_on: date | None = None, id: str | None = None,
                 case_reference: str = "") -> Contract:
    with write(s) as d:
        p = Problems()
        c = build(p, Lookup(d), id=id, child_id=child_id, municipality=municipality, start=start, end=end,
                  vederlag_count=vederlag_count, child_ordinal=child_ordinal, caseworker=caseworker,
                  consultant=consultant, terminated_on=terminated_on, case_reference=case_reference)
        p.raise_if_any()
        assert c is not None
        d.table("contracts").insert(m.contract_to_row(c))
        return c


def update_contract(s: Session, id: str, **changes: Any) -> Contract:
    check_changes(changes, FIELDS)
    with write(s) as d:
        fields = asdict(get_contract(s, id)) | changes
        fields.pop("id")
        p = Problems()
        c = build(p, Lookup(d), id=id, new=False, **fields)
        p.raise_if_any()
        assert c is not None
        d.table("contracts").update(id, m.contract_to_row(c))
        return c


def terminate_contract(s: Session, id: str, terminated_on: date | str, end: date | str) -> Contract:
    """Record a termination (opsigelse) given on ``terminated_on`` with the last day ``end``."""
    p = Problems()
    t = p.date("terminated_on", terminated_on, "Opsagt den")
    e = p.date("end", end, "Slut")
    if t is not None and e is not None and e < t:
        p.add("end", "problem.last_day_before_notice")
    p.raise_if_any()
    return update_contract(s, id, terminated_on=t, end=e)


def delete_contract(s: Session, id: str) -> Contract:
    with write(s) as d:
        old = get_contract(s, id)
        for table in ("stays", "expenses", "meetings", "trip_contracts", "payments"):
            if d.execute(f"SELECT 1 FROM {table} WHERE contract_id = ? LIMIT 1", [id]).fetchone():
                raise ValidationError(problem("id", "problem.contract_in_use"))
        d.table("contracts").delete(id)
        return old


def usual_vederlag_count(municipality: str) -> tuple[int | None, str]:
    """The municipality's usual number of vederlag for a new contract, and its passage (None = none)."""
    from aflastapp.core import rules

    rs = rules.load_rule_set(municipality)
    if rs.default_vederlag_count is None:
        return None, ""
    return rs.default_vederlag_count.value, rs.default_vederlag_count.source


def add_child_with_contract(s: Session, name: str, birth_date: date | str, *, child_id: str | None = None,
                            contract_id: str | None = None, **contract: Any) -> tuple[Child, Contract]:
    """A new child with its first contract, in one transaction: a refused contract leaves no child.
    ``contract`` holds ``add_contract``'s fields (municipality, start, vederlag_count, …)."""
    from aflastapp.services import children

    with write(s):
        child = children.add_child(s, name, birth_date, id=child_id or new_id("b"))
        made = add_contract(s, child.id, id=contract_id or new_id("k"), **contract)
        return child, made


def remove_child_with_contract(s: Session, child_id: str, contract_id: str) -> None:
    """Undo ``add_child_with_contract``: the contract and the child, in one transaction."""
    from aflastapp.services import children

    with write(s):
        delete_contract(s, contract_id)
        children.delete_child(s, child_id)
