"""The family's settings (closed days, default due day and lead time) and UI preferences."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from aflastapp.core.models import Settings
from aflastapp.services._base import db, rows, write
from aflastapp.services.validation import Problems, check_changes

if TYPE_CHECKING:
    from aflastapp.services.session import Session

FIELDS = ("closed_days", "default_due_day", "default_status_lead_working_days")
PREF_PREFIX = "pref."
KNOWN_PREFERENCES = {"language": ("da", "en")}
_DEFAULT = Settings()


def build(p: Problems, *, closed_days: Any = _DEFAULT.closed_days, default_due_day: Any = 5,
          default_status_lead_working_days: Any = 10) -> Settings | None:
    before = len(p.items)
    days: list[tuple[int, int]] = []
    if not isinstance(closed_days, list | tuple):
        p.add("closed_days", "problem.closed_days_list")
    else:
        for i, cd in enumerate(closed_days):
            md = _month_day(cd)
            if md is None:
                p.add(f"closed_days[{i}]", "problem.bad_closed_day", value=cd)
            elif md not in days:
                days.append(md)
    due = p.integer("default_due_day", default_due_day, "Frist (dag i måneden)", minimum=1, maximum=28)
    lead = p.integer("default_status_lead_working_days", default_status_lead_working_days,
                     "Statusrapport (arbejdsdage før mødet)", minimum=0, maximum=60)
    if len(p.items) > before or due is None or lead is None:
        return None
    return Settings(closed_days=tuple(sorted(days)), default_due_day=due,
                    default_status_lead_working_days=lead)


def _month_day(value: Any) -> tuple[int, int] | None:
    if isinstance(value, str):
        parts = value.split("-")
        if len(parts) != 2 or not all(x.isdigit() for x in parts):
            return None
        value = (int(parts[0]), int(parts[1]))
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    mo, dy = value
    if not isinstance(mo, int) or not isinstance(dy, int) or not 1 <= mo <= 12:
        return None
    days_in = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mo - 1]
    return (mo, dy) if 1 <= dy <= days_in else None


def get_settings(s: Session) -> Settings:
    return get_settings_db(db(s))


def get_settings_db(d: Any) -> Settings:
    found = {r["key"]: json.loads(r["value"]) for r in rows(d, "SELECT * FROM settings")
             if not r["key"].startswith(PREF_PREFIX)}
    defaults = Settings()
    cd = found.get("closed_days")
    return Settings(
        closed_days=tuple(tuple(x) for x in cd) if cd is not None else defaults.closed_days,
        default_due_day=int(found.get("default_due_day", defaults.default_due_day)),
        default_status_lead_working_days=int(found.get("default_status_lead_working_days",
                                                       defaults.default_status_lead_working_days)),
    )


def write_settings(d: Any, st: Settings) -> None:
    d.table("settings").upsert_all([
        {"key": "closed_days", "value": json.dumps([list(x) for x in st.closed_days])},
        {"key": "default_due_day", "value": json.dumps(st.default_due_day)},
        {"key": "default_status_lead_working_days", "value": json.dumps(st.default_status_lead_working_days)},
    ], pk="key")


def set_settings(s: Session, **changes: Any) -> Settings:
    """Change some settings (``closed_days`` as ``[(12, 24), …]`` or ``["12-24", …]``)."""
    check_changes(changes, FIELDS)
    old = get_settings(s)
    with write(s) as d:
        p = Problems()
        st = build(p, **({k: getattr(old, k) for k in FIELDS} | changes))
        p.raise_if_any()
        assert st is not None
        write_settings(d, st)
        return st


def get_preference(s: Session, key: str, default: Any = None) -> Any:
    found = rows(db(s), "SELECT value FROM settings WHERE key = ?", [PREF_PREFIX + key])
    return json.loads(found[0]["value"]) if found else default


def set_preference(s: Session, key: str, value: Any) -> None:
    """A UI preference (language, auto-lock minutes, window state …): any JSON value."""
    p = Problems()
    if not key or len(key) > 100:
        p.add("key", "problem.bad_setting_name")
    if key in KNOWN_PREFERENCES and value not in KNOWN_PREFERENCES[key]:
        p.add(key, "problem.unknown_value", value=value, allowed=", ".join(KNOWN_PREFERENCES[key]))
    if key == "auto_lock_minutes" and (isinstance(value, bool) or not isinstance(value, int)
                                       or not 0 <= value <= 24 * 60):
        p.add(key, "problem.auto_lock_range")
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        p.add(key, "problem.not_storable")
        text = ""
    p.raise_if_any()
    with write(s) as d:
        d.table("settings").upsert({"key": PREF_PREFIX + key, "value": text}, pk="key")
