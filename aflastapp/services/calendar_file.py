"""The deadlines as an iCalendar file (RFC 5545) for the family's own calendar: no personal data.

One all-day event per deadline. The file leaves the encrypted diary (a phone, a cloud calendar), so
it says only what to do, when, and for which municipality: no child's or family's name, no address,
no car registration, no note text, no amounts. Children are told apart, where the family has more
than one, as "barn 1", "barn 2" … in the order the app numbers them (:func:`child_numbers`, shown in
the export dialog). Two kinds of deadline are left out because their date alone tells something about
the child: the birthday reminders (the child's birth date) and the report of a use of force (that it
happened, and when).

Each event's UID is derived from the deadline's identity (kind, contract, period) with a keyed hash
(a random key kept inside the encrypted diary), so importing the file again updates the events
instead of adding copies, and the UID gives nothing away about the contract's name. Done deadlines
are exported with ``STATUS:CANCELLED`` so calendars clear them. An alarm (VALARM) can be added: the
day before, three days before, or none.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import Child, Contract, Deadline, DeadlineKind
from aflastapp.core.money import format_date
from aflastapp.core.periods import period_label
from aflastapp.services.validation import target_file, write_failed
from aflastapp.storage import fsutil

if TYPE_CHECKING:
    from aflastapp.services.session import Session

UID_KEY_SETTING = "calendar.uid_key"  # settings row: hex of 32 random bytes
ALARMS: dict[str, int | None] = {"none": None, "day_before": 1, "three_days": 3}
LEFT_OUT = (DeadlineKind.AGE_CHANGE, DeadlineKind.INCIDENT_REPORT)
PRODID = "-//aflastapp//Frister//DA"


@dataclass(frozen=True, slots=True)
class CalendarExport:
    path: Path
    events: int
    cancelled: int
    left_out: int  # deadlines not exported (birthday and use-of-force reminders)


def child_numbers(children: list[Child] | tuple[Child, ...]) -> dict[str, int]:
    """The number each child is known by in the calendar file: by birth date, then id (stable)."""
    ordered = sorted(children, key=lambda c: (c.birth_date, c.id))
    return {c.id: i + 1 for i, c in enumerate(ordered)}


def _period_text(period: str) -> str:
    try:
        return period_label(period)
    except ValueError:
        return ""


def event_summary(d: Deadline, municipality: str, child_number: int | None) -> str:
    """What to do, for which period and municipality: built from the kind, never from the deadline's
    own title (titles may carry a child's name or an amount)."""
    when = _period_text(d.period)
    texts = {
        DeadlineKind.NIGHTS_REPORT: f"Indberet aflastningsdøgn for {when}",
        DeadlineKind.DRIVING_REPORT: (f"Sidste frist: kørselsskema for {when}"
                                      if d.title.startswith("Sidste frist") else f"Kørselsskema for {when}"),
        DeadlineKind.EXPENSE_CLAIM: f"Udlægsseddel for {when}",
        DeadlineKind.YEAR_END_DOCUMENTATION: f"Dokumentation for udlæg i {when}",
        DeadlineKind.STATUS_REPORT: "Statusrapport til statusmødet",
        DeadlineKind.DOCUMENT_RETENTION: "Slet en gemt kopi af et dokument",
        DeadlineKind.RECEIPT_RETENTION: "Originalbilag må kasseres",
        DeadlineKind.CONTRACT_END: "Aftalen ophører",
        DeadlineKind.UNDERPAYMENT: f"Kontakt kommunen om udbetalingen for {when}",
    }
    text = texts.get(d.kind, "Frist")
    if municipality:
        text += f", {municipality}"
    if child_number is not None:
        text += f" (barn {child_number})"
    return text


def _uid_key(s: Session) -> bytes:
    from aflastapp.services._base import db, write

    found = db(s).execute("SELECT value FROM settings WHERE key = ?", [UID_KEY_SETTING]).fetchone()
    if found is not None:
        try:
            key = bytes.fromhex(str(found[0]).strip('"'))
            if len(key) == 32:
                return key
        except ValueError:
            pass
    key = secrets.token_bytes(32)
    with write(s) as d:
        d.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                  [UID_KEY_SETTING, f'"{key.hex()}"'])
    return key


def _bad_alarm(alarm: str) -> ValidationError:
    allowed = ", ".join(ALARMS)
    return ValidationError(problem("alarm", "problem.unknown_alarm", value=str(alarm), allowed=allowed))


def event_uid(key: bytes, d: Deadline, occurrence: int = 0) -> str:
    ident = f"{d.kind}|{d.contract_id or ''}|{d.period}" + (f"|{occurrence}" if occurrence else "")
    return hmac.new(key, ident.encode("utf-8"), hashlib.sha256).hexdigest()[:32] + "@aflastapp"


def calendar_bytes(deadlines: list[Deadline], contracts: dict[str, Contract], municipalities: dict[str, str],
                   numbers: dict[str, int], key: bytes, alarm: str = "none",
                   now: datetime | None = None) -> tuple[bytes, int, int, int]:
    """(the .ics bytes, events, cancelled, left out) for ``deadlines``."""
    from icalendar import Alarm, Calendar, Event

    if alarm not in ALARMS:
        raise _bad_alarm(alarm)
    days = ALARMS[alarm]
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Aflastning: frister")
    several = len(set(numbers.values())) > 1
    seen: dict[str, int] = {}
    events = cancelled = left_out = 0
    for d in sorted(deadlines, key=lambda x: (x.date, str(x.kind), x.contract_id or "", x.period)):
        if d.kind in LEFT_OUT:
            left_out += 1
            continue
        c = contracts.get(d.contract_id or "")
        municipality = municipalities.get(c.municipality, "") if c is not None else ""
        number = numbers.get(c.child_id) if c is not None and several else None
        ident = f"{d.kind}|{d.contract_id or ''}|{d.period}"
        occurrence = seen.get(ident, 0)
        seen[ident] = occurrence + 1
        summary = event_summary(d, municipality, number)
        ev = Event()
        ev.add("uid", event_uid(key, d, occurrence))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", d.date)
        ev.add("dtend", d.date + timedelta(days=1))
        ev.add("summary", summary)
        ev.add("description", "Fra aflastapp. Detaljerne står i programmet.")
        ev.add("transp", "TRANSPARENT")
        ev.add("categories", ["Aflastning"])
        if d.done:
            ev.add("status", "CANCELLED")
            cancelled += 1
        else:
            ev.add("status", "CONFIRMED")
            if days is not None:
                al = Alarm()
                al.add("action", "DISPLAY")
                al.add("description", summary)
                al.add("trigger", timedelta(days=-days))
                ev.add_component(al)
        cal.add_component(ev)
        events += 1
    return cal.to_ical(), events, cancelled, left_out


def export_calendar(s: Session, path: str | os.PathLike[str], start: date | None = None,
                    end: date | None = None, alarm: str = "none",
                    today: date | None = None) -> CalendarExport:
    """Write the deadlines in [start, end] (defaults as ``overview.deadlines``), done ones cancelled, to
    ``path`` (atomically). The file holds no personal data, so it is not tracked for deletion."""
    from aflastapp.services import children, contracts, overview

    if alarm not in ALARMS:
        raise _bad_alarm(alarm)
    target = target_file(path)
    found = overview.deadlines(s, start, end, include_done=True, today=today)
    cons = {c.id: c for c in contracts.list_contracts(s)}
    names = {r.id: r.name for r in overview.rule_sets()}
    numbers = child_numbers(children.list_children(s))
    data, events, cancelled, left_out = calendar_bytes(found, cons, names, numbers, _uid_key(s), alarm)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        fsutil.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise write_failed(target, e) from e
    return CalendarExport(target, events, cancelled, left_out)


__all__ = ["ALARMS", "CalendarExport", "child_numbers", "export_calendar", "format_date"]
