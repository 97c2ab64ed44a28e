"""Input checks shared by every service: each problem names its field, in Danish.

A ``Problems`` collector gathers every problem of one call before anything is written, so
the family sees all of them at once; ``raise_if_any`` turns them into one ``ValidationError``.
Parsers accept the typed value (from the GUI) or its text form (from the CLI or an import
file) and return ``None`` after recording a problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from aflastapp.core import messages
from aflastapp.core.errors import FieldProblem, ValidationError

MIN_YEAR = 2000
MAX_YEAR = 2100
MAX_TEXT = 20_000
MAX_SHORT_TEXT = 500
MAX_KM_PER_TRIP = Decimal(2000)
MAX_STAY_DAYS = 62
MAX_AMOUNT = Decimal("10000000")
ID_RE = re.compile(r"^[A-Za-z0-9æøåÆØÅ._:-]{1,64}$")

E = TypeVar("E", bound=StrEnum)


def target_file(path: Any, field: str = "path") -> Any:
    """The file the family chose to save to: not a folder, in a folder that exists (``Path``)."""
    from pathlib import Path

    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError(messages.problem(field, "problem.is_folder", path=str(target)))
    if not target.parent.is_dir():
        raise ValidationError(messages.problem(field, "problem.no_folder", path=str(target.parent)))
    return target


def write_failed(target: Any, e: OSError, field: str = "path") -> ValidationError:
    """Saving ``target`` failed: the family is told which file and why (nothing half-written)."""
    return ValidationError(messages.problem(field, "problem.cannot_write", path=str(target),
                                            why=e.strerror or str(e)))


class Problems:
    """Collects field problems; ``prefix`` maps a field key to what the caller shows (a JSON path)."""

    def __init__(self) -> None:
        self.items: list[FieldProblem] = []

    def add(self, field: str, message: str, **values: Any) -> None:
        """A problem: ``message`` is a code of the message catalogue ("problem.missing", with
        ``values``) or, for a message the catalogue lacks, the Danish text itself."""
        if message in messages.CATALOGUE:
            self.items.append(messages.problem(field, message, **values))
        else:
            self.items.append(FieldProblem(field, message))

    def extend(self, problems: Iterable[FieldProblem]) -> None:
        self.items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(list(self.items))

    # ----------------------------------------------------------------- parsers

    def text(self, field: str, value: Any, label: str, *, required: bool = False,
             max_len: int = MAX_TEXT) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.add(field, "problem.not_text", label=label)
            return ""
        if required and not value.strip():
            self.add(field, "problem.missing", label=label)
        if len(value) > max_len:
            self.add(field, "problem.too_long", label=label, length=len(value), most=max_len)
        return value

    def ident(self, field: str, value: Any, label: str = "Id") -> str | None:
        if not isinstance(value, str) or not ID_RE.match(value):
            self.add(field, "problem.bad_id", label=label)
            return None
        return value

    def date(self, field: str, value: Any, label: str, *, required: bool = True) -> date | None:
        if value is None or value == "":
            if required:
                self.add(field, "problem.missing", label=label)
            return None
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, str):
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    raise ValueError(value)
                value = date.fromisoformat(value)
            except ValueError:
                self.add(field, "problem.bad_date", label=label, value=repr(value))
                return None
        if not isinstance(value, date):
            self.add(field, "problem.not_date", label=label)
            return None
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            self.add(field, "problem.year_range", label=label, first=MIN_YEAR, last=MAX_YEAR)
            return None
        return value

    def datetime(self, field: str, value: Any, label: str, *, required: bool = True) -> datetime | None:
        if value is None or value == "":
            if required:
                self.add(field, "problem.missing", label=label)
            return None
        if isinstance(value, str):
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", value):
                    raise ValueError(value)
                value = datetime.fromisoformat(value)
            except ValueError:
                self.add(field, "problem.bad_datetime", label=label, value=repr(value))
                return None
        if not isinstance(value, datetime):
            self.add(field, "problem.not_datetime", label=label)
            return None
        if value.tzinfo is not None:
            self.add(field, "problem.timezone", label=label)
            return None
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            self.add(field, "problem.year_range", label=label, first=MIN_YEAR, last=MAX_YEAR)
            return None
        return value.replace(second=0, microsecond=0)

    def decimal(self, field: str, value: Any, label: str, *, places: int | None = 2,
                maximum: Decimal | None = None, required: bool = True) -> Decimal | None:
        if value is None or value == "":
            if required:
                self.add(field, "problem.missing", label=label)
            return None
        if isinstance(value, bool) or isinstance(value, float):
            # floats lose øre; JSON numbers arrive here as text (parse_float=Decimal)
            value = str(value)
        try:
            if isinstance(value, str):
                if not re.fullmatch(r"-?\d+(\.\d+)?", value.strip()):
                    raise InvalidOperation(value)
                value = Decimal(value.strip())
            elif isinstance(value, int):
                value = Decimal(value)
            if not isinstance(value, Decimal) or not value.is_finite():
                raise InvalidOperation(value)
        except InvalidOperation:
            self.add(field, "problem.not_number", label=label, value=repr(value))
            return None
        if value < 0:
            self.add(field, "problem.negative", label=label)
            return None
        exponent = value.as_tuple().exponent
        if places is not None and isinstance(exponent, int) and -exponent > places:
            self.add(field, "problem.decimals", label=label, places=places)
            return None
        if maximum is not None and value > maximum:
            self.add(field, "problem.too_big", label=label, most=str(maximum))
            return None
        return value

    def integer(self, field: str, value: Any, label: str, *, minimum: int, maximum: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value)
            else:
                self.add(field, "problem.not_integer", label=label)
                return None
        if not minimum <= value <= maximum:
            self.add(field, "problem.int_range", label=label, least=minimum, most=maximum)
            return None
        return int(value)

    def choice(self, field: str, value: Any, enum: type[E], label: str) -> E | None:
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            self.add(field, "problem.unknown_choice", label=label, value=repr(value), allowed=allowed)
            return None

    def str_list(self, field: str, value: Any, label: str, *,
                 max_len: int = MAX_SHORT_TEXT) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str) or not isinstance(value, list | tuple):
            self.add(field, "problem.not_list", label=label)
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.add(f"{field}[{i}]", "problem.not_text", label=label)
                continue
            if len(item) > max_len:
                self.add(f"{field}[{i}]", "problem.too_long_item", label=label, most=max_len)
                continue
            out.append(item)
        return tuple(out)


def check_changes(changes: dict[str, Any], allowed: Iterable[str]) -> None:
    """Refuse ``update_x(**changes)`` keys that are not fields one may change."""
    allowed_set = set(allowed)
    bad = [k for k in changes if k not in allowed_set]
    if bad:
        raise ValidationError([messages.problem(k, "problem.cannot_change", name=repr(k)) for k in bad])
