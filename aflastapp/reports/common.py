"""The parties a document names (family, child, contract) looked up in the snapshot."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.platypus import Table

from aflastapp.core.models import Child, Contract, DiarySnapshot, Family
from aflastapp.reports.style import Styles, day, info_table, t


@dataclass(frozen=True, slots=True)
class ContractContext:
    family: Family
    contract: Contract
    child: Child | None


def contract_context(snapshot: DiarySnapshot, contract_id: str) -> ContractContext:
    contract = next((c for c in snapshot.contracts if c.id == contract_id), None)
    if contract is None:
        raise ValueError(f"kontrakt: findes ikke ({contract_id!r})")
    child = next((c for c in snapshot.children if c.id == contract.child_id), None)
    return ContractContext(snapshot.family, contract, child)


def child_text(child: Child | None, lang: str) -> str:
    if child is None:
        return ""
    return f"{child.name} ({t(lang, 'born')} {day(child.birth_date, lang)})"


def party_rows(
    ctx: ContractContext,
    municipality_name: str,
    period: str,
    lang: str,
    st: Styles,
    *,
    extra: tuple[tuple[str, str], ...] = (),
) -> Table:
    """Family, address, child, municipality, period, caseworker (those that are known)."""
    rows: list[tuple[str, str]] = []
    if ctx.family.name:
        rows.append((t(lang, "family"), ctx.family.name))
    if ctx.family.address:
        rows.append((t(lang, "address"), ctx.family.address))
    if ctx.child is not None:
        rows.append((t(lang, "child"), child_text(ctx.child, lang)))
    rows.append((t(lang, "municipality"), municipality_name))
    if period:
        rows.append((t(lang, "period"), period))
    if ctx.contract.caseworker:
        rows.append((t(lang, "caseworker"), ctx.contract.caseworker))
    if ctx.contract.consultant:
        rows.append((t(lang, "consultant"), ctx.contract.consultant))
    if ctx.contract.case_reference:
        rows.append((t(lang, "case_reference"), ctx.contract.case_reference))
    rows.extend(extra)
    return info_table(rows, st)


_HANDBOOK_FILE = re.compile(r"\b([a-zæøå]+)(?:-[a-zæøå]+)*\.(?:txt|md)\b")
_TOWNS = {"morsoe": "Morsø"}


def source_text(source: str, lang: str) -> str:
    """A rule's source as a caseworker reads it: "slagelse-aflastning.txt: Hoteldøgn" →
    "Slagelse Kommunes håndbog: Hoteldøgn" (no file names on paper)."""

    def name(m: re.Match[str]) -> str:
        town = _TOWNS.get(m.group(1), m.group(1).capitalize())
        return f"{town} Kommunes håndbog" if lang == "da" else f"{town} Municipality's handbook"

    return _HANDBOOK_FILE.sub(name, source).strip()
