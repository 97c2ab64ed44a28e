"""The portable diary file (JSON, format ``aflastapp``, version 1): import, export, demo.

Import validates the whole document first: the JSON Schema in
``resources/schema/aflastapp-v1.schema.json``, then every rule the services apply (ids, dates,
overlaps, amounts …). Every problem is reported by its JSON path (``$.stays[3].end``) and
nothing is written unless the whole file is good; then everything is written in one
transaction. Export writes money with two decimals and km as plain decimal strings, so that
import → export → import gives the same diary, attachments byte for byte.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache as memo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from aflastapp.core.errors import FieldProblem, ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import Attachment, Child, Contract, Expense, ExportedFile, KLRate, MileageRate
from aflastapp.resources import resource_path
from aflastapp.services import (
    children,
    contracts,
    expenses,
    family,
    meetings,
    notes,
    payments,
    places,
    rates,
    settings,
    stays,
    submissions,
    trips,
)
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, write
from aflastapp.services.validation import Problems, target_file, write_failed
from aflastapp.storage import fsutil

if TYPE_CHECKING:
    from aflastapp.services.session import Session

FORMAT = "aflastapp"
VERSION = 1
MAX_FILE_BYTES = 2 * 1024**3

SECTIONS = (
    "children",
    "contracts",
    "stays",
    "trips",
    "expenses",
    "notes",
    "meetings",
    "submissions",
    "places",
    "routes",
    "payments",
)


@dataclass(frozen=True, slots=True)
class Summary:
    """How many rows of each kind were imported or exported."""

    counts: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    exported: ExportedFile | None = None  # export: the plain-text file, tracked for the retention limit

    def text(self) -> str:
        names = {
            "children": "børn",
            "contracts": "aftaler",
            "stays": "ophold",
            "trips": "ture",
            "expenses": "udlæg",
            "notes": "notater",
            "meetings": "møder",
            "submissions": "indsendelser",
            "places": "steder",
            "routes": "ruter",
            "payments": "udbetalinger",
        }
        parts = [f"{n} {names.get(k, k)}" for k, n in self.counts.items() if n]
        if self.attachments:
            parts.append(f"{self.attachments} bilag")
        return ", ".join(parts) or "intet"


# --------------------------------------------------------------------------- schema


@memo
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("schema", "aflastapp-v1.schema.json").read_text(encoding="utf-8")
    )
    return data


def _schema_problem(error: Any) -> FieldProblem:
    """A JSON Schema error at its JSON path, as a coded problem (Danish or English)."""
    v, args, at = error.validator, error.validator_value, error.json_path
    if v == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        return problem(at, "problem.schema_missing_field", name=missing[0]) if missing else \
            problem(at, "problem.schema_missing")
    if v == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message)
        return problem(at, "problem.schema_unknown_field", names=tuple(extra))
    if v == "type":
        return problem(at, "problem.schema_type", types=tuple(args if isinstance(args, list) else [args]))
    if v == "enum":
        return problem(at, "problem.schema_enum", value=error.instance, allowed=", ".join(map(str, args)))
    if v == "const":
        return problem(at, "problem.schema_const", value=args)
    if v == "pattern":
        return problem(at, "problem.schema_pattern", value=error.instance)
    if v == "minItems":
        return problem(at, "problem.schema_empty")
    return problem(at, "problem.schema_other", why=error.message)


def schema_problems(doc: Any) -> list[FieldProblem]:
    """Every place the document breaks the JSON Schema, by JSON path, in Danish."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    out = [_schema_problem(e) for e in validator.iter_errors(doc)]
    return sorted(out, key=lambda p: _path_key(p.field))


def _path_key(path: str) -> list[Any]:
    return [int(x) if x.isdigit() else x for x in re.findall(r"[A-Za-z_]+|\d+", path)]


# --------------------------------------------------------------------------- reading


def read_document(path: str | os.PathLike[str]) -> Any:
    """Parse a file (numbers kept exact as Decimal); unreadable or not JSON → ValidationError at ``$``."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(problem("$", "problem.file_too_big"))
        raw = p.read_bytes()
    except OSError as e:
        raise ValidationError(
            problem("$", "problem.file_unreadable", name=p.name, why=e.strerror or str(e))) from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValidationError(problem("$", "problem.not_utf8")) from e
    too_deep = _too_deep(text)
    if too_deep is not None:
        raise ValidationError(
            problem(too_deep, "problem.too_deep", most=MAX_DEPTH)
        )
    try:
        doc = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as e:
        raise ValidationError(
            problem("$", "problem.not_json", line=e.lineno, column=e.colno, why=e.msg)
        ) from e
    except RecursionError as e:  # pragma: no cover - _too_deep finds these first
        raise ValidationError(problem("$", "problem.too_deep", most=MAX_DEPTH)) from e
    bad = _lone_surrogate(doc)
    if bad is not None:
        raise ValidationError(
            problem(bad, "problem.surrogate")
        )
    return doc


MAX_DEPTH = 64  # a diary file nests about 5 levels


def _too_deep(text: str) -> str | None:
    """The JSON path where ``text`` nests deeper than ``MAX_DEPTH`` (found without recursion, so
    thousands of levels never reach the parser), or None."""
    stack: list[list[Any]] = []  # [kind, key or index]
    i, n = 0, len(text)
    expect_key = False
    while i < n:
        ch = text[i]
        if ch == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if expect_key and stack and stack[-1][0] == "{":
                try:
                    stack[-1][1] = json.loads(text[i : j + 1])
                except ValueError:
                    stack[-1][1] = "?"
            expect_key = False
            i = j + 1
            continue
        if ch in "[{":
            if len(stack) >= MAX_DEPTH:
                return _path(stack)
            stack.append([ch, 0 if ch == "[" else "?"])
            expect_key = ch == "{"
        elif ch in "]}":
            if stack:
                stack.pop()
        elif ch == ",":
            if stack and stack[-1][0] == "[":
                stack[-1][1] += 1
            expect_key = bool(stack) and stack[-1][0] == "{"
        i += 1
    return None


def _path(stack: list[list[Any]]) -> str:
    out = "$"
    for kind, key in stack:
        if kind == "[":
            out += f"[{key}]"
        elif isinstance(key, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            out += f".{key}"
        else:
            out += f"[{json.dumps(key, ensure_ascii=False)}]"
    return out


def _lone_surrogate(doc: Any) -> str | None:
    """The JSON path of the first key or text holding a lone UTF-16 surrogate, or None."""
    todo: list[tuple[str, Any]] = [("$", doc)]
    while todo:
        where, value = todo.pop()
        if isinstance(value, str):
            if any("\ud800" <= c <= "\udfff" for c in value):
                return where
        elif isinstance(value, dict):
            for k, v in value.items():
                key_path = _path([["{", k]]).replace("$", where, 1)
                if any("\ud800" <= c <= "\udfff" for c in k):
                    return key_path
                todo.append((key_path, v))
        elif isinstance(value, list):
            todo.extend((f"{where}[{i}]", v) for i, v in enumerate(value))
    return None


RENAMES: dict[str, dict[str, str]] = {
    "contracts": {"child_id": "child"},
    "stays": {"contract_id": "contract"},
    "trips": {"contract_ids": "contracts", "from_place": "from", "to_place": "to"},
    "expenses": {"contract_id": "contract"},
    "notes": {"child_id": "child"},
    "meetings": {
        "contract_id": "contract",
        "at": "date",
        "note_ids": "draft.notes",
        "answers": "draft.answers",
    },
    "submissions": {"contract_id": "contract"},
    "routes": {"from_place": "from", "to_place": "to"},
    "payments": {"contract_id": "contract"},
    "kl": {"valid_from": "from"},
    "mileage": {"valid_from": "from"},
}


def _relabel(base: str, section: str, problems: list[FieldProblem]) -> list[FieldProblem]:
    """Field keys of the services → JSON paths of the file."""
    out = []
    ren = RENAMES.get(section, {})
    for fp in problems:
        mt = re.match(r"^([A-Za-z_]+)(.*)$", fp.field)
        head, rest = (mt.group(1), mt.group(2)) if mt else (fp.field, "")
        out.append(FieldProblem(f"{base}.{ren.get(head, head)}{rest}", fp.message, fp.code, fp.params))
    return out


def _collect(p: Problems, base: str, section: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a service's ``build(problems, …)``; its problems land in ``p`` under ``base``."""
    sub = Problems()
    result = fn(sub, *args, **kwargs)
    p.extend(_relabel(base, section, sub.items))
    return None if sub else result


def _opt(item: dict[str, Any], key: str, default: Any) -> Any:
    v = item.get(key, default)
    return default if v is None else v


def _decode_attachment(p: Problems, base: str, a: dict[str, Any]) -> Attachment | None:
    try:
        data = base64.b64decode(a["data_base64"], validate=True)
    except (binascii.Error, ValueError):
        p.add(f"{base}.data_base64", "problem.bad_base64")
        return None
    if not data:
        p.add(f"{base}.data_base64", "problem.empty_file")
        return None
    name = Path(str(a["name"])).name
    if not name or len(name) > 255:
        p.add(f"{base}.name", "problem.bad_file_name")
        return None
    media_type = a.get("media_type") or ""
    if media_type and _already_prepared(media_type, data):
        return Attachment(name=name, media_type=media_type, data=data)
    from aflastapp.storage.attachments import prepare_attachment
    from aflastapp.storage.errors import StorageError

    try:
        media_type, data = prepare_attachment(name, data)
    except StorageError as e:
        p.add(base, str(e))
        return None
    return Attachment(name=name, media_type=media_type, data=data)


def _already_prepared(media_type: str, data: bytes) -> bool:
    """True for a PDF, or an image that is already small enough and carries no EXIF/GPS (as an
    export writes them): such a file is stored unchanged, so a round trip is byte-identical."""
    if media_type == "application/pdf":
        return data.startswith(b"%PDF")
    if media_type not in ("image/jpeg", "image/png"):
        return False
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            fmt = {"JPEG": "image/jpeg", "PNG": "image/png"}.get(img.format or "")
            meta = {
                k for k in img.info if k in ("exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment")
            }
            return fmt == media_type and max(img.size) <= 2000 and not img.getexif() and not meta
    except Exception:
        return False


# --------------------------------------------------------------------------- import


@dataclass
class ImportPlan:
    family: Any = None
    settings: Any = None
    kl: list[KLRate] = field(default_factory=list)
    mileage: list[MileageRate] = field(default_factory=list)
    children: list[Child] = field(default_factory=list)
    contracts: list[Contract] = field(default_factory=list)
    stays: list[Any] = field(default_factory=list)
    trips: list[Any] = field(default_factory=list)
    expenses: list[Expense] = field(default_factory=list)
    notes: list[Any] = field(default_factory=list)
    meetings: list[Any] = field(default_factory=list)
    drafts: list[dict[str, Any]] = field(default_factory=list)
    submissions: list[Any] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    routes: list[dict[str, Any]] = field(default_factory=list)
    payments: list[Any] = field(default_factory=list)


# How each list section of the file becomes the service's build() call: the builder's keyword → how
# to read it from one item. A required key is read as is (the schema has checked it is there),
# ``_get`` is an optional key (None when absent), ``_or`` an optional key whose None means its default.
Reader = Callable[[dict[str, Any]], Any]


def _req(key: str) -> Reader:
    return lambda item: item[key]


def _get(key: str, default: Any = None) -> Reader:
    return lambda item: item.get(key, default)


def _or(key: str, default: Any) -> Reader:
    return lambda item: _opt(item, key, default)


@dataclass(frozen=True)
class _Section:
    key: str  # the file's section, also the attribute of ImportPlan it fills
    build: Callable[..., Any]  # the service's build(problems, [lookup,] **fields)
    fields: dict[str, Reader]
    lookup: bool = True  # the builder checks ids and references against the diary and the file
    # what a later item of the file may refer to (a child's contract, a contract's stay) or must not
    # reuse (an id), registered as soon as the item is good
    remember: Callable[[Lookup, Any], None] | None = None


def _claim(table: str) -> Callable[[Lookup, Any], None]:
    return lambda lk, item: lk.claim_id(table, item.id)


def _remember_child(lk: Lookup, child: Child) -> None:
    lk.pending_children[child.id] = child
    lk.claim_id("children", child.id)


def _remember_contract(lk: Lookup, contract: Contract) -> None:
    lk.pending_contracts[contract.id] = contract
    lk.claim_id("contracts", contract.id)


ITEM_SECTIONS: tuple[_Section, ...] = (
    _Section("children", children.build, {"id": _req("id"), "name": _req("name"),
                                          "birth_date": _req("birth_date")}, remember=_remember_child),
    _Section("contracts", contracts.build, {
        "id": _req("id"), "child_id": _req("child"), "municipality": _req("municipality"),
        "start": _req("start"), "end": _get("end"), "vederlag_count": _get("vederlag_count"),
        "child_ordinal": _get("child_ordinal", 1), "caseworker": _or("caseworker", ""),
        "consultant": _or("consultant", ""), "terminated_on": _get("terminated_on"),
        "case_reference": _or("case_reference", "")}, remember=_remember_contract),
    _Section("stays", stays.build, {
        "id": _req("id"), "contract_id": _req("contract"), "start": _req("start"), "end": _req("end"),
        "status": _req("status"), "cancelled_at": _get("cancelled_at"), "note": _or("note", "")},
        remember=lambda lk, stay: lk.add_pending_stay(stay)),
    _Section("trips", trips.build, {
        "id": _req("id"), "contract_ids": _req("contracts"), "date": _req("date"), "purpose": _req("purpose"),
        "from_place": _req("from"), "to_place": _req("to"), "km": _req("km"), "via": _or("via", []),
        "approval": _or("approval", "")}, remember=_claim("trips")),
    _Section("expenses", expenses.build, {
        "id": _req("id"), "contract_id": _req("contract"), "date": _req("date"), "category": _req("category"),
        "description": _req("description"), "amount": _req("amount"), "approval": _or("approval", ""),
        "approved_amount": _get("approved_amount"), "approved_on": _get("approved_on")},
        remember=_claim("expenses")),
    _Section("notes", notes.build, {
        "id": _req("id"), "child_id": _req("child"), "date": _req("date"), "text": _req("text"),
        "tags": _or("tags", []), "interpretation": _or("interpretation", "")}, remember=_claim("notes")),
    _Section("meetings", meetings.build, {
        "id": _req("id"), "contract_id": _req("contract"), "at": _req("date"), "kind": _or("kind", "status"),
        "report_due": _get("report_due")}, remember=_claim("meetings")),
    _Section("submissions", submissions.build, {
        "kind": _req("kind"), "contract_id": _get("contract"), "period": _req("period"), "sent": _req("sent"),
        "channel": _or("channel", "")}),
    _Section("places", places.build_place, {"name": _req("name"), "address": _get("address", "")},
             lookup=False),
    _Section("routes", places.build_route, {
        "name": _req("name"), "from_place": _req("from"), "to_place": _req("to"), "km": _req("km"),
        "via": _get("via", []), "approval": _or("approval", "")}, lookup=False),
    _Section("payments", payments.build, {
        "id": _req("id"), "contract_id": _req("contract"), "period": _req("period"),
        "paid_on": _req("paid_on"), **{k: _get(k) for k in payments.PAYMENT_FIELDS}},
        remember=_claim("payments")),
)


def _receipts(p: Problems, base: str, item: dict[str, Any]) -> tuple[Attachment, ...]:
    """The receipts the file carries for an expense, each one checked."""
    found = [_decode_attachment(p, f"{base}.attachments[{j}]", a)
             for j, a in enumerate(item.get("attachments", []))]
    return tuple(a for a in found if a is not None)


def _plan_rates(p: Problems, d: Database, rate_doc: dict[str, Any], plan: ImportPlan) -> None:
    """The family's own KL rates and km rates: each checked, none from a date already entered."""
    for kind, labels, build, exists in (("kl", rates.KL_LABELS, rates.build_kl, "problem.rates_exist"),
                                        ("mileage", rates.MILEAGE_LABELS, rates.build_mileage,
                                         "problem.km_rate_exists")):
        have = {r.valid_from for r in rates.load_overrides(d, kind)}
        for i, r in enumerate(rate_doc.get(kind, [])):
            base = f"$.rates.{kind}[{i}]"
            values = {k: r[k] for k in labels if r.get(k) is not None}
            rate = _collect(p, base, kind, build, valid_from=r["from"], source=r.get("source", ""), **values)
            if rate is not None:
                if rate.valid_from in have:
                    p.add(f"{base}.from", exists, date=rate.valid_from)
                have.add(rate.valid_from)
                getattr(plan, kind).append(rate)


def plan_import(d: Database, doc: dict[str, Any]) -> ImportPlan:
    """Check every item against the diary and the rest of the file; raise with every problem."""
    p = Problems()
    lk = Lookup(d)
    plan = ImportPlan()

    if "family" in doc:
        f = doc["family"]
        keys = ("name", "address", "car_registration", "driver_name", "driver_cpr")
        plan.family = _collect(p, "$.family", "family", family.build, **{k: f.get(k, "") for k in keys})
    if "settings" in doc:
        cur = settings.get_settings_db(d)
        st = doc["settings"]
        plan.settings = _collect(p, "$.settings", "settings", settings.build, **{
            k: st.get(k, getattr(cur, k))
            for k in ("closed_days", "default_due_day", "default_status_lead_working_days")})

    _plan_rates(p, d, doc.get("rates", {}), plan)

    for section in ITEM_SECTIONS:
        for i, item in enumerate(doc.get(section.key, [])):
            base = f"$.{section.key}[{i}]"
            values = {name: read(item) for name, read in section.fields.items()}
            args = (lk,) if section.lookup else ()
            built = _collect(p, base, section.key, section.build, *args, **values)
            if section.key == "expenses":  # its receipts are checked whether or not the rest is good
                receipts = _receipts(p, base, item)
                built = replace(built, attachments=receipts) if built is not None else None
            if built is None:
                continue
            if section.remember is not None:
                section.remember(lk, built)
            getattr(plan, section.key).append(built)
            if section.key == "meetings" and "draft" in item:
                draft = item["draft"]
                row = _collect(p, base, "meetings", meetings.build_draft, lk, built.id,
                               draft.get("answers", {}), draft.get("notes", []))
                if row is not None:
                    plan.drafts.append(row)

    p.raise_if_any()
    return plan


def write_plan(d: Database, plan: ImportPlan) -> Summary:
    if plan.family is not None:
        family.write_family(d, plan.family)
    if plan.settings is not None:
        settings.write_settings(d, plan.settings)
    for kl in plan.kl:
        rates.insert_kl(d, kl)
    for mi in plan.mileage:
        rates.insert_mileage(d, mi)
    d.table("children").insert_all([m.child_to_row(c) for c in plan.children])
    d.table("contracts").insert_all([m.contract_to_row(c) for c in plan.contracts])
    d.table("stays").insert_all([m.stay_to_row(x) for x in plan.stays])
    trips.insert(d, plan.trips)
    d.table("expenses").insert_all([m.expense_to_row(e) for e in plan.expenses])
    n_att = 0
    for e in plan.expenses:
        for a in e.attachments:
            expenses.insert_attachment_as_is(d, e.id, a)
            n_att += 1
    d.table("notes").insert_all([m.note_to_row(n) for n in plan.notes])
    d.table("meetings").insert_all([m.meeting_to_row(x) for x in plan.meetings])
    d.table("status_reports").insert_all(plan.drafts)
    d.table("submissions").insert_all([m.submission_to_row(x) for x in plan.submissions])
    d.table("places").insert_all(plan.places)
    d.table("routes").insert_all(plan.routes)
    d.table("payments").insert_all([m.payment_to_row(x) for x in plan.payments])
    return Summary(counts={k: len(getattr(plan, k)) for k in SECTIONS}, attachments=n_att)


def import_data(s: Session, doc: Any) -> Summary:
    """Add a parsed portable document to the diary: all or nothing (``ValidationError`` with JSON paths)."""
    problems = schema_problems(doc)
    if problems:
        raise ValidationError(problems)
    with write(s) as d:
        plan = plan_import(d, doc)
        return write_plan(d, plan)


def import_file(s: Session, path: str | os.PathLike[str]) -> Summary:
    return import_data(s, read_document(path))


# --------------------------------------------------------------------------- export


def export_data(s: Session, attachments: bool = True) -> dict[str, Any]:
    """The whole diary as a portable document (plain JSON types)."""
    fam = family.get_family(s)
    st = settings.get_settings(s)
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    doc["family"] = {"name": fam.name, "address": fam.address, "car_registration": fam.car_registration}
    if fam.driver_name:
        doc["family"]["driver_name"] = fam.driver_name
    if fam.driver_cpr:
        doc["family"]["driver_cpr"] = fam.driver_cpr
    doc["settings"] = {
        "closed_days": [f"{mo:02d}-{dy:02d}" for mo, dy in sorted(st.closed_days)],
        "default_due_day": st.default_due_day,
        "default_status_lead_working_days": st.default_status_lead_working_days,
    }
    kl_rows = []
    for kl in rates.list_kl_overrides(s):
        row: dict[str, Any] = {"from": m.d2s(kl.valid_from)}
        row.update({k: m.money2s(getattr(kl, k)) for k in rates.KL_LABELS if getattr(kl, k) is not None})
        row["source"] = kl.source
        kl_rows.append(row)
    mi_rows = []
    for mi in rates.list_mileage_overrides(s):
        row = {"from": m.d2s(mi.valid_from)}
        row.update({k: m.money2s(getattr(mi, k)) for k in rates.MILEAGE_LABELS if getattr(mi, k) is not None})
        row["source"] = mi.source
        mi_rows.append(row)
    doc["rates"] = {"kl": kl_rows, "mileage": mi_rows}
    doc["children"] = [
        {"id": c.id, "name": c.name, "birth_date": m.d2s(c.birth_date)} for c in children.list_children(s)
    ]
    doc["contracts"] = [
        {
            "id": c.id,
            "child": c.child_id,
            "municipality": c.municipality,
            "start": m.d2s(c.start),
            "end": m.d2s(c.end),
            "vederlag_count": c.vederlag_count,
            "child_ordinal": c.child_ordinal,
            "caseworker": c.caseworker,
            "consultant": c.consultant,
            "terminated_on": m.d2s(c.terminated_on),
            **({"case_reference": c.case_reference} if c.case_reference else {}),
        }
        for c in contracts.list_contracts(s)
    ]
    for row in doc["contracts"]:
        if row["vederlag_count"] is None:  # not given: the municipality's usual number applies
            del row["vederlag_count"]
    doc["stays"] = [
        {
            "id": x.id,
            "contract": x.contract_id,
            "start": m.dt2s(x.start),
            "end": m.dt2s(x.end),
            "status": str(x.status),
            "cancelled_at": m.dt2s(x.cancelled_at),
            "note": x.note,
        }
        for x in stays.list_stays(s)
    ]
    doc["trips"] = [
        {
            "id": t.id,
            "contracts": list(t.contract_ids),
            "date": m.d2s(t.date),
            "purpose": t.purpose,
            "from": t.from_place,
            "via": list(t.via),
            "to": t.to_place,
            "km": m.dec2s(t.km),
            **({"approval": t.approval} if t.approval else {}),
        }
        for t in trips.list_trips(s)
    ]
    exp_rows = []
    for e in expenses.list_expenses(s):
        row = {
            "id": e.id,
            "contract": e.contract_id,
            "date": m.d2s(e.date),
            "category": str(e.category),
            "description": e.description,
            "amount": m.money2s(e.amount),
            "approval": e.approval,
            "attachments": [],
        }
        if e.approved_amount is not None:
            row["approved_amount"] = m.money2s(e.approved_amount)
        if e.approved_on is not None:
            row["approved_on"] = m.d2s(e.approved_on)
        if attachments:
            row["attachments"] = [
                {
                    "name": a.name,
                    "media_type": a.media_type,
                    "data_base64": base64.b64encode(a.data).decode("ascii"),
                }
                for a in expenses.attachments(s, e.id)
            ]
        exp_rows.append(row)
    doc["expenses"] = exp_rows
    doc["notes"] = [
        {
            "id": n.id,
            "child": n.child_id,
            "date": m.d2s(n.date),
            "text": n.text,
            "tags": list(n.tags),
            "interpretation": n.interpretation,
        }
        for n in sorted(notes.list_notes(s), key=lambda n: (n.date, n.id))
    ]
    meet_rows = []
    for mt in meetings.list_meetings(s):
        row = {
            "id": mt.id,
            "contract": mt.contract_id,
            "kind": mt.kind,
            "date": m.dt2s(mt.at),
            "report_due": m.d2s(mt.report_due),
        }
        draft = meetings.get_draft(s, mt.id)
        if draft.updated_at is not None:
            row["draft"] = {"answers": dict(draft.answers), "notes": list(draft.note_ids)}
        meet_rows.append(row)
    doc["meetings"] = meet_rows
    doc["submissions"] = [
        {
            "kind": x.kind,
            "contract": x.contract_id,
            "period": x.period,
            "sent": m.d2s(x.sent),
            "channel": x.channel,
        }
        for x in submissions.list_submissions(s)
    ]
    doc["places"] = [{"name": x.name, "address": x.address} for x in places.list_places(s)]
    doc["routes"] = [
        {"name": r.name, "from": r.from_place, "via": list(r.via), "to": r.to_place, "km": m.dec2s(r.km),
         **({"approval": r.approval} if r.approval else {})}
        for r in places.list_routes(s)
    ]
    pay_rows = []
    for x in payments.list_payments(s):
        row = {"id": x.id, "contract": x.contract_id, "period": x.period, "paid_on": m.d2s(x.paid_on)}
        stated = [k for k in payments.PAYMENT_FIELDS if getattr(x, k) is not None]
        row.update({k: m.money2s(getattr(x, k)) for k in stated})
        pay_rows.append(row)
    doc["payments"] = pay_rows
    return doc


EXPORT_KIND = "diary_export"  # ``exported_files.kind`` of a whole-diary JSON export


def export_file(
    s: Session, path: str | os.PathLike[str], attachments: bool = True, today: date | None = None
) -> Summary:
    """Write the portable document to ``path`` (atomically, owner-only) and track it like a saved PDF.

    The file holds the whole diary unencrypted, so it is recorded in ``exported_files`` (kind
    ``diary_export``) with the shortest retention limit of the diary's municipalities: the app
    reminds the family to delete it. Row and file are written together or not at all.
    """
    from aflastapp.services import documents

    doc = export_data(s, attachments=attachments)
    target = target_file(path).resolve()
    today = today or date.today()
    until = documents.retention_until(s, None, today)
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    tmp = target.with_name(f".{target.name}.tmp")

    def write_file() -> None:
        try:
            tmp.unlink(missing_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            fsutil.replace(tmp, target)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise write_failed(target, e) from e

    exported = None
    if getattr(s, "readonly", None) is not None:
        write_file()  # the diary is open read-only (read-only folder): the file cannot be tracked
    else:
        with write(s) as d:
            pk = d.table("exported_files").insert(
                {
                    "document_id": None,
                    "kind": EXPORT_KIND,
                    "contract_id": None,
                    "period": "",
                    "path": str(target),
                    "exported_on": today.isoformat(),
                    "retention_until": until.isoformat() if until else None,
                    "deleted_on": None,
                }
            ).last_pk
            write_file()
            exported = next(f for f in documents.list_exported(s) if f.id == pk)
    n_att = sum(len(e["attachments"]) for e in doc["expenses"])
    return Summary(counts={k: len(doc[k]) for k in SECTIONS}, attachments=n_att, exported=exported)


def make_demo(s: Session, years: int, children: int) -> Summary:
    """Fill the (empty) diary with a realistic synthetic diary, marked demo. See ``demo.py``."""
    from aflastapp.services import demo

    summary: Summary = demo.make_demo(s, years, children)
    return summary
