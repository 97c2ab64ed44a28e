"""Municipality rule sets: data files in ``resources/municipalities/<id>.toml``, validated on load.

Every rule value carries its ``source`` ("<handbook file>: <section heading>"). A rule the handbook
does not give is absent from the file; the accessors on :class:`RuleSet` then fall back to the
family's :class:`~aflastapp.core.models.Settings` (or a documented default) and mark it ``assumed``.

Files are read once per process (:func:`list_rule_sets` is cached). A bad file raises
:class:`~aflastapp.core.errors.DataFileError` naming the file, the key and what was expected.

File shape (see README.md, "How to add a municipality")::

    schema_version = 1
    id = "slagelse"                  # = the file name
    name = "Slagelse Kommune"
    handbook = "slagelse-aflastning.txt"

    [rules.monthly_cap]
    value = 14
    source = "slagelse-aflastning.txt: Hoteldøgn"
    assumed = true                   # optional: the value is the app's reading, not the handbook's
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from aflastapp.core.errors import DataFileError, ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import CountingMethod, ExpenseCategory, Settings, Severity
from aflastapp.resources import resource_path

T = TypeVar("T")

SCHEMA_VERSION = 1

#: Source text for a value that rests on the family's settings, not on the handbook.
SETTINGS_SOURCE = "Familiens indstillinger (håndbogen angiver det ikke)"
#: Source of the hoteldøgn default (KL's guidance, as Randers' handbook cites it).
KL_HOTELDOEGN_SOURCE = "KL's vejledning om hoteldøgn (jf. randers-aflastning.txt: Aflønning pr døgn)"
#: The six action-plan areas used as the status-report template where a handbook has none.
ACTION_PLAN_SOURCE = "morsoe-plejefamilier.md: Handleplanen"
#: Holiday pay where the handbook is silent (the same 12.5 % as ferieloven / Slagelse).
HOLIDAY_PAY_SOURCE = "Ferieloven: 12,5 % feriepenge af vederlaget (jf. slagelse-aflastning.txt: Ferie)"


@dataclass(frozen=True, slots=True)
class Rule(Generic[T]):
    """One rule value with the passage it comes from; ``assumed`` when it is not the handbook's."""

    value: T
    source: str
    assumed: bool = False


@dataclass(frozen=True, slots=True)
class AgeCap:
    """At most ``nights`` døgn a month for a child aged from_age..to_age (inclusive; None = no upper)."""

    from_age: int
    to_age: int | None
    nights: int

    def applies(self, age: int) -> bool:
        return age >= self.from_age and (self.to_age is None or age <= self.to_age)


@dataclass(frozen=True, slots=True)
class ExpenseCap:
    """A municipality's maximum for a category: per single expense, per weekend, per calendar year or
    once per contract. With an age range in months it applies only to a child of that age on the
    purchase date (Morsø: "Autostol 0-9 mdr.: 1300 kr.")."""

    category: ExpenseCategory
    amount: Decimal
    per: str  # "expense" | "weekend" | "year" | "contract"
    from_age_months: int | None = None
    to_age_months: int | None = None
    label: str = ""  # the handbook's words for it, e.g. "Autostol op til 18 kg"

    def applies(self, age_months: int | None) -> bool:
        if self.from_age_months is None and self.to_age_months is None:
            return True
        if age_months is None:
            return False
        return ((self.from_age_months is None or age_months >= self.from_age_months)
                and (self.to_age_months is None or age_months <= self.to_age_months))


@dataclass(frozen=True, slots=True)
class CategoryText:
    """A text for one expense category (a hint shown when the family enters such an expense)."""

    category: ExpenseCategory
    text: str


@dataclass(frozen=True, slots=True)
class UnitPrice:
    """An expense paid per unit (Morsø: "en vask inkl. tørring beregnes til 15 kr. pr. vask")."""

    category: ExpenseCategory
    amount: Decimal
    unit: str  # Danish, singular and plural alike: "vask"


@dataclass(frozen=True, slots=True)
class CategoryNumber:
    """A number for one expense category: the minimum age, a grant's length in months …"""

    category: ExpenseCategory
    value: int


@dataclass(frozen=True, slots=True)
class StatusQuestion:
    key: str  # stable: drafts are stored by it
    text: str  # Danish


@dataclass(frozen=True, slots=True)
class NoticePeriod:
    """Notice: ``first_days`` within the first ``first_months``, then ``then_days`` or ``then_months``."""

    first_months: int
    first_days: int
    then_days: int | None = None
    then_months: int | None = None


@dataclass(frozen=True, slots=True)
class MonthDay:
    month: int
    day: int


DueDay = int | str  # 1..31, or "last" = the month's last day

DEFAULT_QUESTIONS: tuple[StatusQuestion, ...] = (
    StatusQuestion("udvikling_adfaerd", "Udvikling og adfærd"),
    StatusQuestion("familieforhold", "Familieforhold"),
    StatusQuestion("skoleforhold", "Skoleforhold"),
    StatusQuestion("sundhedsforhold", "Sundhedsforhold"),
    StatusQuestion("fritid_venskaber", "Fritid og venskaber"),
    StatusQuestion("andre_forhold", "Andre relevante forhold"),
)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One municipality's rules. ``None`` = the handbook does not say; use the accessors for fallbacks."""

    id: str
    name: str
    handbook: str  # the handbook file the sources cite ("" for generic)
    file: str  # the data file it was loaded from
    counting_method: Rule[CountingMethod]
    monthly_cap: Rule[int] | None = None
    age_caps: Rule[tuple[AgeCap, ...]] | None = None
    placement_threshold: Rule[int] | None = None
    max_stay_nights: Rule[int] | None = None
    cancellation_policy: Rule[str] | None = None  # "same_day_paid"
    default_vederlag_count: Rule[int] | None = None
    nights_report_period: Rule[str] | None = None
    nights_report_due_day: Rule[DueDay] | None = None
    driving_report_period: Rule[str] | None = None  # "month" | "quarter"
    driving_report_due_day: Rule[DueDay] | None = None  # day of the month after the period
    driving_report_severity: Rule[Severity] | None = None
    driving_report_max_unreported_months: Rule[int] | None = None
    expense_claim_due_day: Rule[DueDay] | None = None
    year_end_documentation_due: Rule[MonthDay] | None = None
    status_report_lead_working_days: Rule[int] | None = None
    status_report_questions: Rule[tuple[StatusQuestion, ...]] | None = None
    expense_caps: Rule[tuple[ExpenseCap, ...]] | None = None
    holiday_pay_percent: Rule[Decimal] | None = None
    income_type: Rule[str] | None = None
    document_retention_months: Rule[int] | None = None
    receipt_retention_years: Rule[int] | None = None
    contract_end_age: Rule[int] | None = None
    notice_period: Rule[NoticePeriod] | None = None
    incident_report: Rule[str] | None = None  # who must be told "straks"
    secure_post: Rule[tuple[str, ...]] | None = None
    # round 2 (issue 12)
    trip_approval_required: Rule[str] | None = None  # "all" | "other_than_stays"
    late_cancellation_notify: Rule[str] | None = None  # who is told of a last-moment cancellation
    sickness_new_stay: Rule[str] | None = None  # who is told when the family is ill; a new stay agreed
    status_meeting_every_months: Rule[int] | None = None
    first_status_meeting_months: Rule[int] | None = None
    supervision_every_months: Rule[int] | None = None
    status_report_notify: Rule[str] | None = None  # who is told when the status report is filled in
    diary_cleanup_months: Rule[int] | None = None  # after a status report: delete the period's notes
    expense_min_age: Rule[tuple[CategoryNumber, ...]] | None = None
    expense_hints: Rule[tuple[CategoryText, ...]] | None = None
    expense_not_granted: Rule[tuple[ExpenseCategory, ...]] | None = None
    approval_before_purchase: Rule[tuple[ExpenseCategory, ...]] | None = None
    grant_renewal_months: Rule[tuple[CategoryNumber, ...]] | None = None
    paid_after_documentation: Rule[tuple[str, ...]] | None = None  # "mileage", "expenses"
    pay_ends_after_notice: Rule[bool] | None = None  # døgn after the notice's end are not paid
    vederlag_not_in_handbook: Rule[bool] | None = None
    expense_unit_prices: Rule[tuple[UnitPrice, ...]] | None = None

    # ----------------------------------------------------------------- values with fallbacks

    def cap_for_age(self, age: int) -> Rule[int] | None:
        """The month's maximum døgn for a child of ``age`` (on the first of the month), if any.

        Age caps are marked ``assumed``: the handbook gives the ages, not the day the age is taken
        on; "the age on the 1st of the month" is the app's reading."""
        if self.age_caps is not None:
            for cap in self.age_caps.value:
                if cap.applies(age):
                    return Rule(cap.nights, self.age_caps.source, True)
            return None
        return self.monthly_cap

    def vederlag_default(self) -> Rule[int]:
        """The number of vederlag for a contract that gives none (assumed until the family enters it)."""
        if self.default_vederlag_count is not None:
            return Rule(self.default_vederlag_count.value, self.default_vederlag_count.source, True)
        return Rule(0, SETTINGS_SOURCE, True)

    def hints_for(self, category: ExpenseCategory | str) -> tuple[str, ...]:
        if self.expense_hints is None:
            return ()
        return tuple(h.text for h in self.expense_hints.value if h.category == category)

    def nights_due_day(self, settings: Settings) -> Rule[DueDay]:
        return self.nights_report_due_day or Rule(settings.default_due_day, SETTINGS_SOURCE, True)

    def driving_period(self) -> Rule[str]:
        return self.driving_report_period or Rule("month", SETTINGS_SOURCE, True)

    def driving_due_day(self, settings: Settings) -> Rule[DueDay]:
        return self.driving_report_due_day or Rule(settings.default_due_day, SETTINGS_SOURCE, True)

    def driving_severity(self) -> Rule[Severity]:
        return self.driving_report_severity or Rule(Severity.REQUIRED, SETTINGS_SOURCE, True)

    def expense_due_day(self, settings: Settings) -> Rule[DueDay]:
        return self.expense_claim_due_day or Rule(settings.default_due_day, SETTINGS_SOURCE, True)

    def status_lead(self, settings: Settings) -> Rule[int]:
        return self.status_report_lead_working_days or Rule(
            settings.default_status_lead_working_days, SETTINGS_SOURCE, True)

    def status_questions(self) -> Rule[tuple[StatusQuestion, ...]]:
        return self.status_report_questions or Rule(DEFAULT_QUESTIONS, ACTION_PLAN_SOURCE, True)

    def holiday_pay(self) -> Rule[Decimal]:
        return self.holiday_pay_percent or Rule(Decimal("12.5"), HOLIDAY_PAY_SOURCE, True)

    def incident_recipient(self) -> Rule[str]:
        return self.incident_report or Rule("familieplejekonsulenten", SETTINGS_SOURCE, True)


# --------------------------------------------------------------------------- validation

_Validator = Callable[[Any, str, str], Any]


def _fail(file: str, key: str, expected: str) -> DataFileError:
    return DataFileError(file, key, expected)


def _int_in(lo: int, hi: int) -> _Validator:
    def check(v: Any, file: str, key: str) -> int:
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
            raise _fail(file, key, f"et heltal fra {lo} til {hi}")
        return v
    return check


def _choice(*options: str) -> _Validator:
    def check(v: Any, file: str, key: str) -> str:
        if v not in options:
            raise _fail(file, key, "en af " + ", ".join(f'"{o}"' for o in options))
        return str(v)
    return check


def _text(v: Any, file: str, key: str) -> str:
    if not isinstance(v, str) or not v.strip():
        raise _fail(file, key, "en tekst (ikke tom)")
    return v


def _due_day(v: Any, file: str, key: str) -> DueDay:
    if v == "last":
        return "last"
    if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 28:
        raise _fail(file, key, 'en dag i måneden fra 1 til 28, eller "last" (månedens sidste dag)')
    return v


def _decimal(v: Any, file: str, key: str, *, lo: Decimal, hi: Decimal) -> Decimal:
    if isinstance(v, bool) or not isinstance(v, str | int):
        raise _fail(file, key, 'et tal skrevet som tekst, fx "12.5" (aldrig et kommatal)')
    try:
        d = Decimal(str(v).strip())
    except InvalidOperation:
        raise _fail(file, key, 'et tal skrevet som tekst, fx "12.5"') from None
    if not d.is_finite() or not lo <= d <= hi or d % Decimal("0.01") != 0:
        raise _fail(file, key, f"et tal fra {lo} til {hi} med højst 2 decimaler")
    return d


def _table(v: Any, file: str, key: str, required: set[str],
           optional: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise _fail(file, key, "en tabel { … }")
    for k in v:
        if k not in required | optional:
            allowed = ", ".join(sorted(required | optional))
            raise _fail(file, f"{key}.{k}", f"ingen ukendte nøgler; tilladt: {allowed}")
    for k in sorted(required):
        if k not in v:
            raise _fail(file, f"{key}.{k}", "skal være angivet")
    return v


def _list(v: Any, file: str, key: str) -> list[Any]:
    if not isinstance(v, list) or not v:
        raise _fail(file, key, "en liste med mindst ét element")
    return v


def _age_caps(v: Any, file: str, key: str) -> tuple[AgeCap, ...]:
    caps: list[AgeCap] = []
    for i, item in enumerate(_list(v, file, key)):
        k = f"{key}[{i}]"
        t = _table(item, file, k, {"from_age", "nights"}, {"to_age"})
        lo = _int_in(0, 25)(t["from_age"], file, f"{k}.from_age")
        hi = _int_in(lo, 25)(t["to_age"], file, f"{k}.to_age") if "to_age" in t else None
        caps.append(AgeCap(lo, hi, _int_in(0, 31)(t["nights"], file, f"{k}.nights")))
    for a, b in itertools.pairwise(caps):
        if a.to_age is None or b.from_age <= a.to_age:
            raise _fail(file, key, "aldersgrupper i stigende orden uden overlap")
    return tuple(caps)


def _expense_caps(v: Any, file: str, key: str) -> tuple[ExpenseCap, ...]:
    caps: list[ExpenseCap] = []
    categories = [c.value for c in ExpenseCategory]
    for i, item in enumerate(_list(v, file, key)):
        k = f"{key}[{i}]"
        t = _table(item, file, k, {"category", "amount", "per"},
                   {"from_age_months", "to_age_months", "label"})
        cat = ExpenseCategory(_choice(*categories)(t["category"], file, f"{k}.category"))
        amount = _decimal(t["amount"], file, f"{k}.amount", lo=Decimal(0), hi=Decimal(1_000_000))
        per = _choice("expense", "weekend", "year", "contract")(t["per"], file, f"{k}.per")
        lo = _int_in(0, 300)(t["from_age_months"], file, f"{k}.from_age_months") \
            if "from_age_months" in t else None
        hi = _int_in(lo or 0, 300)(t["to_age_months"], file, f"{k}.to_age_months") \
            if "to_age_months" in t else None
        label = _text(t["label"], file, f"{k}.label") if "label" in t else ""
        caps.append(ExpenseCap(cat, amount, per, lo, hi, label))
    return tuple(caps)


def _categories(v: Any, file: str, key: str) -> tuple[ExpenseCategory, ...]:
    categories = [c.value for c in ExpenseCategory]
    return tuple(ExpenseCategory(_choice(*categories)(x, file, f"{key}[{i}]"))
                 for i, x in enumerate(_list(v, file, key)))


def _category_texts(v: Any, file: str, key: str) -> tuple[CategoryText, ...]:
    categories = [c.value for c in ExpenseCategory]
    out: list[CategoryText] = []
    for i, item in enumerate(_list(v, file, key)):
        k = f"{key}[{i}]"
        t = _table(item, file, k, {"category", "text"})
        out.append(CategoryText(ExpenseCategory(_choice(*categories)(t["category"], file, f"{k}.category")),
                                _text(t["text"], file, f"{k}.text")))
    return tuple(out)


def _category_numbers(lo: int, hi: int) -> _Validator:
    def check(v: Any, file: str, key: str) -> tuple[CategoryNumber, ...]:
        categories = [c.value for c in ExpenseCategory]
        out: list[CategoryNumber] = []
        for i, item in enumerate(_list(v, file, key)):
            k = f"{key}[{i}]"
            t = _table(item, file, k, {"category", "value"})
            out.append(CategoryNumber(
                ExpenseCategory(_choice(*categories)(t["category"], file, f"{k}.category")),
                _int_in(lo, hi)(t["value"], file, f"{k}.value")))
        return tuple(out)
    return check


def _unit_prices(v: Any, file: str, key: str) -> tuple[UnitPrice, ...]:
    categories = [c.value for c in ExpenseCategory]
    out: list[UnitPrice] = []
    for i, item in enumerate(_list(v, file, key)):
        k = f"{key}[{i}]"
        t = _table(item, file, k, {"category", "amount", "unit"})
        amount = _decimal(t["amount"], file, f"{k}.amount", lo=Decimal("0.01"), hi=Decimal(100_000))
        out.append(UnitPrice(ExpenseCategory(_choice(*categories)(t["category"], file, f"{k}.category")),
                             amount, _text(t["unit"], file, f"{k}.unit")))
    return tuple(out)


def _true(v: Any, file: str, key: str) -> bool:
    if v is not True:
        raise _fail(file, key, "true (udelad reglen, hvis den ikke gælder)")
    return True


def _paid_after(v: Any, file: str, key: str) -> tuple[str, ...]:
    items = tuple(_choice("mileage", "expenses")(x, file, f"{key}[{i}]")
                  for i, x in enumerate(_list(v, file, key)))
    if len(set(items)) != len(items):
        raise _fail(file, key, "hver af mileage, expenses højst én gang")
    return items


def _questions(v: Any, file: str, key: str) -> tuple[StatusQuestion, ...]:
    qs: list[StatusQuestion] = []
    for i, item in enumerate(_list(v, file, key)):
        k = f"{key}[{i}]"
        t = _table(item, file, k, {"key", "text"})
        qkey = _text(t["key"], file, f"{k}.key")
        if not qkey.replace("_", "").isalnum() or not qkey.isascii() or qkey.lower() != qkey:
            raise _fail(file, f"{k}.key", "en fast nøgle med små bogstaver a-z, 0-9 og _")
        qs.append(StatusQuestion(qkey, _text(t["text"], file, f"{k}.text")))
    if len({q.key for q in qs}) != len(qs):
        raise _fail(file, key, "forskellige nøgler for hvert spørgsmål")
    return tuple(qs)


def _notice(v: Any, file: str, key: str) -> NoticePeriod:
    t = _table(v, file, key, {"first_months", "first_days"}, {"then_days", "then_months"})
    if ("then_days" in t) == ("then_months" in t):
        raise _fail(file, key, "præcis én af then_days og then_months")
    return NoticePeriod(
        _int_in(0, 24)(t["first_months"], file, f"{key}.first_months"),
        _int_in(0, 365)(t["first_days"], file, f"{key}.first_days"),
        _int_in(1, 365)(t["then_days"], file, f"{key}.then_days") if "then_days" in t else None,
        _int_in(1, 24)(t["then_months"], file, f"{key}.then_months") if "then_months" in t else None,
    )


def _month_day(v: Any, file: str, key: str) -> MonthDay:
    t = _table(v, file, key, {"month", "day"})
    return MonthDay(_int_in(1, 12)(t["month"], file, f"{key}.month"),
                    _int_in(1, 28)(t["day"], file, f"{key}.day"))


def _texts(v: Any, file: str, key: str) -> tuple[str, ...]:
    return tuple(_text(x, file, f"{key}[{i}]") for i, x in enumerate(_list(v, file, key)))


_RULES: dict[str, _Validator] = {
    "counting_method": lambda v, f, k: CountingMethod(_choice(*[m.value for m in CountingMethod])(v, f, k)),
    "monthly_cap": _int_in(1, 31),
    "age_caps": _age_caps,
    "placement_threshold": _int_in(1, 31),
    "max_stay_nights": _int_in(1, 366),
    "cancellation_policy": _choice("same_day_paid"),
    "default_vederlag_count": _int_in(0, 50),
    "nights_report_period": _choice("month"),
    "nights_report_due_day": _due_day,
    "driving_report_period": _choice("month", "quarter"),
    "driving_report_due_day": _due_day,
    "driving_report_severity": lambda v, f, k: Severity(_choice(*[s.value for s in Severity])(v, f, k)),
    "driving_report_max_unreported_months": _int_in(1, 12),
    "expense_claim_due_day": _due_day,
    "year_end_documentation_due": _month_day,
    "status_report_lead_working_days": _int_in(1, 60),
    "status_report_questions": _questions,
    "expense_caps": _expense_caps,
    "holiday_pay_percent": lambda v, f, k: _decimal(v, f, k, lo=Decimal(0), hi=Decimal(100)),
    "income_type": _text,
    "document_retention_months": _int_in(1, 120),
    "receipt_retention_years": _int_in(1, 30),
    "contract_end_age": _int_in(1, 30),
    "notice_period": _notice,
    "incident_report": _text,
    "secure_post": _texts,
    "trip_approval_required": _choice("all", "other_than_stays"),
    "late_cancellation_notify": _text,
    "sickness_new_stay": _text,
    "status_meeting_every_months": _int_in(1, 24),
    "first_status_meeting_months": _int_in(1, 24),
    "supervision_every_months": _int_in(1, 36),
    "status_report_notify": _text,
    "diary_cleanup_months": _int_in(1, 120),
    "expense_min_age": _category_numbers(0, 25),
    "expense_hints": _category_texts,
    "expense_not_granted": _categories,
    "approval_before_purchase": _categories,
    "grant_renewal_months": _category_numbers(1, 60),
    "paid_after_documentation": _paid_after,
    "pay_ends_after_notice": _true,
    "vederlag_not_in_handbook": _true,
    "expense_unit_prices": _unit_prices,
}

_TOP = {"schema_version", "id", "name", "handbook", "rules"}


def load_rule_set_file(path: Path) -> RuleSet:
    """Read and validate one rule file (not cached; :func:`load_rule_set` is the cached entry)."""
    file = path.name
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(file, "(filen)", f"gyldig TOML ({exc})") from None
    except OSError as exc:
        raise _fail(file, "(filen)", f"en fil der kan læses ({exc.strerror})") from None
    for k in data:
        if k not in _TOP:
            raise _fail(file, k, "ingen ukendte nøgler; tilladt: " + ", ".join(sorted(_TOP)))
    if data.get("schema_version") != SCHEMA_VERSION:
        raise _fail(file, "schema_version", f"{SCHEMA_VERSION}")
    rid = data.get("id")
    if rid != path.stem:
        raise _fail(file, "id", f'"{path.stem}" (samme som filnavnet)')
    name = _text(data.get("name"), file, "name")
    handbook = data.get("handbook", "")
    if not isinstance(handbook, str):
        raise _fail(file, "handbook", "håndbogens filnavn som tekst")
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise _fail(file, "rules", "en tabel af regler [rules.<navn>]")
    values: dict[str, Rule[Any]] = {}
    for key, entry in rules.items():
        k = f"rules.{key}"
        if key not in _RULES:
            raise _fail(file, k, "en kendt regel: " + ", ".join(sorted(_RULES)))
        t = _table(entry, file, k, {"value", "source"}, {"assumed"})
        source = _text(t["source"], file, f"{k}.source")
        assumed = t.get("assumed", False)
        if not isinstance(assumed, bool):
            raise _fail(file, f"{k}.assumed", "true eller false")
        if handbook and not source.startswith(f"{handbook}: "):
            raise _fail(file, f"{k}.source", f'"{handbook}: <afsnittets overskrift>"')
        if ": " not in source or not source.split(": ", 1)[1].strip():
            raise _fail(file, f"{k}.source", '"<håndbogens fil>: <afsnittets overskrift>"')
        values[key] = Rule(_RULES[key](t["value"], file, f"{k}.value"), source, assumed)
    if "monthly_cap" in values and "age_caps" in values:
        raise _fail(file, "rules.age_caps", "enten monthly_cap eller age_caps, ikke begge")
    counting = values.pop("counting_method", None) or Rule(
        CountingMethod.OVERNIGHT, KL_HOTELDOEGN_SOURCE, True)
    return RuleSet(id=str(rid), name=name, handbook=handbook, file=file, counting_method=counting, **values)


def rules_dir() -> Path:
    return resource_path("municipalities")


@lru_cache(maxsize=1)
def _all() -> dict[str, RuleSet]:
    files = sorted(rules_dir().glob("*.toml"))
    if not files:
        raise DataFileError(str(rules_dir()), "(mappen)", "mindst én regelfil <id>.toml")
    sets = [load_rule_set_file(p) for p in files]
    if "generic" not in {s.id for s in sets}:
        raise DataFileError(str(rules_dir()), "generic.toml", "regelsættet for andre kommuner")
    # generic last, the others by name
    sets.sort(key=lambda s: (s.id == "generic", s.name))
    return {s.id: s for s in sets}


def list_rule_sets() -> list[RuleSet]:
    """Every shipped rule set (named municipalities by name, then "Anden kommune"); read once."""
    return list(_all().values())


def load_rule_set(rule_set_id: str) -> RuleSet:
    """The rule set with this id; an unknown id is a ValidationError naming the field ``kommune``."""
    try:
        return _all()[rule_set_id]
    except KeyError:
        known = ", ".join(_all())
        raise ValidationError(problem("kommune", "problem.unknown_rule_set", value=rule_set_id,
                                      allowed=known)) from None


def clear_cache() -> None:
    """Forget the loaded files (tests only)."""
    _all.cache_clear()
