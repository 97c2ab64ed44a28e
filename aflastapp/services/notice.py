"""Contract helpers the desktop app needs for an opsigelse (termination), built on the core rules.

``notice_end(s, contract_id, terminated_on)`` answers "if we give notice on this day, what is the
last day?" from the municipality's notice period (or the assumed default when the handbook has
none) — the same rule the deadlines use, so the dialog's suggestion and Overblik agree.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem as msg_problem
from aflastapp.core.models import DeadlineKind
from aflastapp.services.contracts import get_contract

if TYPE_CHECKING:
    from aflastapp.services.session import Session


@dataclass(frozen=True, slots=True)
class NoticeEnd:
    last_day: date
    how: str  # Danish, e.g. "1 måneds varsel"
    source: str  # the handbook section, or the assumption
    assumed: bool  # True when the handbook has no notice rule and the default is used
    how_code: str = ""  # ``how`` as a message (core.messages), for the GUI's language
    how_params: tuple[tuple[str, object], ...] = ()


def notice_end(s: Session, contract_id: str, terminated_on: date) -> NoticeEnd:
    """When notice given on ``terminated_on`` runs out for this contract."""
    from aflastapp.core import deadlines, rules

    if not isinstance(terminated_on, date):
        raise ValidationError(msg_problem("terminated_on", "problem.not_date", label="Opsagt den"))
    c = get_contract(s, contract_id)
    if terminated_on < c.start:
        raise ValidationError(msg_problem("terminated_on", "problem.notice_before_start"))
    rs = rules.load_rule_set(c.municipality)
    terminated = dataclasses.replace(c, terminated_on=terminated_on)
    found = [d for d in deadlines.contract_end_deadlines(terminated, rs, None)
             if d.kind == DeadlineKind.CONTRACT_END and d.period == terminated_on.isoformat()]
    assert found, "a terminated contract always has a notice deadline"
    d = found[0]
    return NoticeEnd(last_day=d.date, how=d.detail, source=d.source, assumed=d.assumed,
                     how_code=d.detail_code, how_params=d.detail_params)
