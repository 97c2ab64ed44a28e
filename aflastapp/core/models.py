"""Plain data of the diary and of what the engine computes from it.

These dataclasses are the vocabulary every layer shares: storage reads rows into them,
services return them, reports and the GUI display them. They hold no behaviour beyond
small derived properties; rules live in the engine modules next to this one.

Money and km are ``Decimal``; dates are ``date``; instants are naive ``datetime`` in the
family's local time.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aflastapp.core.messages import Later

# --------------------------------------------------------------------------- enums


class StayStatus(StrEnum):
    PLANNED = "planned"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"
    SICK = "sick"  # cancelled because the family is ill (Haderslev: a new weekend is agreed)


class ExpenseCategory(StrEnum):
    ACTIVITY = "activity"
    HOLIDAY = "holiday"
    CAR_SEAT = "car_seat"
    BOOSTER_SEAT = "booster_seat"
    EQUIPMENT = "equipment"
    BEDWETTING = "bedwetting"
    CLOTHING = "clothing"
    PUBLIC_TRANSPORT = "public_transport"
    BICYCLE = "bicycle"
    DIET_FOOD = "diet_food"
    OTHER = "other"


class CountingMethod(StrEnum):
    OVERNIGHT = "overnight"  # hoteldøgn: one overnight = one døgn
    NOON_TO_NOON = "noon_to_noon"  # Nyborg: a døgn runs from 12:00 to 12:00


class Severity(StrEnum):
    FORFEIT = "forfeit"  # missing it loses the money
    REQUIRED = "required"
    REMINDER = "reminder"


class DeadlineKind(StrEnum):
    STATUS_REPORT = "status_report"
    NIGHTS_REPORT = "nights_report"
    DRIVING_REPORT = "driving_report"
    EXPENSE_CLAIM = "expense_claim"
    YEAR_END_DOCUMENTATION = "year_end_documentation"
    DOCUMENT_RETENTION = "document_retention"
    RECEIPT_RETENTION = "receipt_retention"
    CONTRACT_END = "contract_end"
    AGE_CHANGE = "age_change"
    INCIDENT_REPORT = "incident_report"
    STAY_FOLLOW_UP = "stay_follow_up"  # tell someone about a cancelled stay / agree a new one
    STATUS_MEETING = "status_meeting"  # no status meeting planned when the rule wants one
    SUPERVISION = "supervision"
    DIARY_CLEANUP = "diary_cleanup"  # delete the period's notes, drafts and receipt images
    GRANT_RENEWAL = "grant_renewal"  # a grant given for a year at a time
    UNDERPAYMENT = "underpayment"  # the municipality paid less than its rules promise (issue 14)


class WarningCode(StrEnum):
    MAX_NIGHTS_EXCEEDED = "max_nights_exceeded"
    PLACEMENT_THRESHOLD = "placement_threshold"
    STAY_TOO_LONG = "stay_too_long"
    CANCELLATION_POLICY_UNKNOWN = "cancellation_policy_unknown"
    REPLACEMENT_STAY_DUE = "replacement_stay_due"
    EXPENSE_WITHOUT_APPROVAL = "expense_without_approval"
    EXPENSE_OVER_CAP = "expense_over_cap"
    RATE_MISSING = "rate_missing"
    STAY_OVERLAP = "stay_overlap"  # another stay of the same child at the same time
    TRIP_WITHOUT_APPROVAL = "trip_without_approval"
    EXPENSE_NOT_GRANTED = "expense_not_granted"  # the handbook says the category is not granted
    EXPENSE_BELOW_AGE = "expense_below_age"  # granted only from an age the child has not reached
    EXPENSE_APPROVED_AFTER_PURCHASE = "expense_approved_after_purchase"
    NIGHTS_AFTER_CONTRACT_END = "nights_after_contract_end"
    SICKNESS_NEW_STAY = "sickness_new_stay"
    EXPENSE_NOT_WHOLE_UNITS = "expense_not_whole_units"  # not a whole number of units (Morsø: 15 kr./vask)


class DocumentKind(StrEnum):
    """What a generated document is; also the submission kinds that close deadlines."""

    NIGHTS_REPORT = "nights_report"  # Indberetning af aflastningsdøgn
    DRIVING_REPORT = "driving_report"  # Kørselsskema
    EXPENSE_CLAIM = "expense_claim"  # Udlægsseddel
    STATUS_REPORT = "status_report"  # Statusrapport
    ANNUAL_SUMMARY = "annual_summary"  # Årsoversigt
    RECOVERY_SHEET = "recovery_sheet"


# The documents' Danish names, as on the paper and in the outbox.
DOCUMENT_TITLES: dict[str, str] = {
    DocumentKind.NIGHTS_REPORT: "Indberetning af aflastningsdøgn",
    DocumentKind.DRIVING_REPORT: "Kørselsskema",
    DocumentKind.EXPENSE_CLAIM: "Udlægsseddel",
    DocumentKind.STATUS_REPORT: "Statusrapport",
    DocumentKind.ANNUAL_SUMMARY: "Årsoversigt",
    DocumentKind.RECOVERY_SHEET: "Gendannelsesark",
    "diary_export": "dagbogen (JSON-eksport, ukrypteret)",  # exported_files.kind of ``aflastapp export``
}

# The tags a diary note may carry (the family may add others).
NOTE_TAGS: tuple[str, ...] = (
    "skole",
    "sundhed",
    "adfærd",
    "familiekontakt",
    "fritid",
    "hændelse",
    "magtanvendelse",
)

# --------------------------------------------------------------------------- diary entities


@dataclass(frozen=True, slots=True)
class Family:
    name: str = ""
    address: str = ""
    car_registration: str = ""
    driver_name: str = ""  # the driver on the kørselsskema; empty = the first adult in ``name``
    driver_cpr: str = ""  # optional; printed on the kørselsskema only when set

    @property
    def driver(self) -> str:
        """The person who drives: the family's setting, else the first adult named in ``name``."""
        return self.driver_name.strip() or first_adult(self.name)


def first_adult(names: str) -> str:
    """The first person in a family name such as "Hanne og Søren Ærø" → "Hanne Ærø".

    A shared surname after the last given name belongs to everyone: "Hanne og Søren Ærø-Østergård"
    gives "Hanne Ærø-Østergård"; "Hanne Jensen og Søren Hansen" gives "Hanne Jensen".
    """
    text = " ".join(names.split())
    if not text:
        return ""
    parts = re.split(r"\s+(?:og|and|&)\s+|\s*[,/+]\s*", text)
    first = parts[0].strip()
    if len(parts) > 1 and len(first.split()) == 1:
        last = parts[-1].split()
        if len(last) > 1:
            first = f"{first} {' '.join(last[1:])}"
    return first


@dataclass(frozen=True, slots=True)
class Settings:
    """The family's own settings; the engine falls back to these where a handbook is silent."""

    closed_days: tuple[tuple[int, int], ...] = ((12, 24), (12, 31), (6, 5))  # (month, day)
    default_due_day: int = 5
    default_status_lead_working_days: int = 10


@dataclass(frozen=True, slots=True)
class Child:
    id: str
    name: str
    birth_date: date


@dataclass(frozen=True, slots=True)
class Contract:
    id: str
    child_id: str
    municipality: str  # rule-set id: slagelse, randers, nyborg, haderslev, morsoe, generic
    start: date
    end: date | None = None
    vederlag_count: int | None = None  # None = not given: the rule set's usual number (assumed)
    child_ordinal: int = 1  # 3 or 4 → the lower kost og logi rate
    caseworker: str = ""
    consultant: str = ""
    terminated_on: date | None = None  # the day a termination (opsigelse) was given
    case_reference: str = ""  # the municipality's case number (sagsnummer), printed on its documents


@dataclass(frozen=True, slots=True)
class Stay:
    id: str
    contract_id: str
    start: datetime
    end: datetime
    status: StayStatus = StayStatus.PLANNED
    cancelled_at: datetime | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Trip:
    id: str
    contract_ids: tuple[str, ...]  # a trip shared by several contracts is split evenly
    date: date
    purpose: str
    from_place: str
    to_place: str
    km: Decimal
    via: tuple[str, ...] = ()
    approval: str = ""  # who agreed the driving beforehand (forud aftalt); empty = none


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    media_type: str  # image/jpeg, image/png, application/pdf
    data: bytes
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Expense:
    id: str
    contract_id: str
    date: date
    category: ExpenseCategory
    description: str
    amount: Decimal
    approval: str = ""  # the caseworker's approval reference (bevilling); empty = none
    attachments: tuple[Attachment, ...] = ()
    approved_amount: Decimal | None = None  # what the caseworker approved (counts, also over a cap)
    approved_on: _dt.date | None = None  # the day of the approval (Haderslev: before the purchase)


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    child_id: str
    date: date
    text: str  # what was observed
    tags: tuple[str, ...] = ()
    interpretation: str = ""  # the family's interpretation, kept apart from the observation


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    contract_id: str
    at: datetime
    kind: str = "status"
    report_due: date | None = None  # from the caseworker's letter, overrides the rule


@dataclass(frozen=True, slots=True)
class Submission:
    """A record that something was sent; it marks the matching deadline done."""

    kind: str  # a DeadlineKind value
    contract_id: str | None
    period: str  # "2026-03", "2026-Q1", "2026", or a meeting id for status reports
    sent: date
    channel: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Payment:
    """What the municipality paid for one contract and one month of care, from the payslip or the bank.

    ``period`` is the month the stays and driving belong to ("2026-03"), not the month it was paid.
    A field left ``None`` was not stated on the payslip (it is not compared)."""

    id: str
    contract_id: str
    period: str
    paid_on: date
    vederlag: Decimal | None = None
    kost_logi: Decimal | None = None
    mileage: Decimal | None = None
    expenses: Decimal | None = None
    holiday_pay: Decimal | None = None


# The payment fields, in the order of the payslip and of ``paycheck --json``.
PAYMENT_FIELDS: tuple[str, ...] = ("vederlag", "kost_logi", "mileage", "expenses", "holiday_pay")


@dataclass(frozen=True, slots=True)
class ExportedFile:
    """A document the family saved outside the app; tracked for the retention limit."""

    id: int
    kind: str
    contract_id: str | None
    period: str
    path: str
    exported_on: date
    deleted_on: date | None = None
    retention_until: date | None = None  # delete by then (the municipality's limit); None = no limit
    document_id: int | None = None  # the stored document it is a copy of


# --------------------------------------------------------------------------- rates


@dataclass(frozen=True, slots=True)
class KLRate:
    """One row of KL's table, in force from ``valid_from``. A field the source lacks is None."""

    valid_from: date
    source: str
    vederlag_per_day_exact: Decimal | None = None
    vederlag_per_day: Decimal | None = None  # the table's whole-krone figure used for pay
    kost_logi_under_10: Decimal | None = None
    kost_logi_10_plus: Decimal | None = None
    kost_logi_third_child: Decimal | None = None
    override: bool = False  # entered by the family


@dataclass(frozen=True, slots=True)
class MileageRate:
    valid_from: date
    source: str
    low_per_km: Decimal | None = None
    high_per_km: Decimal | None = None
    override: bool = False


# --------------------------------------------------------------------------- snapshot


@dataclass(frozen=True, slots=True, weakref_slot=True)
class DiarySnapshot:
    """Everything the engine needs, as plain data. Services build it from storage.

    Weakly referenceable: the engine keeps its index of a snapshot only while the snapshot lives."""

    family: Family = field(default_factory=Family)
    settings: Settings = field(default_factory=Settings)
    children: tuple[Child, ...] = ()
    contracts: tuple[Contract, ...] = ()
    stays: tuple[Stay, ...] = ()
    trips: tuple[Trip, ...] = ()
    expenses: tuple[Expense, ...] = ()
    notes: tuple[Note, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    submissions: tuple[Submission, ...] = ()
    exported_files: tuple[ExportedFile, ...] = ()
    kl_overrides: tuple[KLRate, ...] = ()
    mileage_overrides: tuple[MileageRate, ...] = ()
    payments: tuple[Payment, ...] = ()


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a figure is what it is: the rule, the rate and where they come from."""

    what: str | Later  # the sentence; the engine hands a Later, rendered when ``text`` is read
    source: str = ""  # "<handbook file>: <section heading>" or a rate's URL
    assumed: bool = False  # rests on a family setting, not on the handbook

    @property
    def text(self) -> str:
        """Danish, one sentence a family understands (a ``messages.Message``: any language from it)."""
        return _rendered(self, self.what)


@dataclass(frozen=True, slots=True)
class RuleWarning:
    code: WarningCode
    message: str  # Danish
    contract_id: str | None = None
    on: date | None = None
    source: str = ""
    rate_field: str = ""  # rate_missing: the missing rate's field (e.g. "vederlag_per_day")
    params: tuple[tuple[str, object], ...] = ()  # the message's parameters (core.messages, "warning.<code>")
    text_code: str = ""  # the message's code when it is not "warning.<code>"


@dataclass(frozen=True, slots=True)
class NightDate:
    """One døgn: the date it belongs to, the stay behind it and whether it is paid."""

    date: date
    stay_id: str
    paid: bool
    status: StayStatus
    explanation: Explanation


@dataclass(frozen=True, slots=True)
class MoneyLine:
    """One rounded line of a figure (e.g. the døgn of one rate period)."""

    what: str | Later  # the label; the engine hands a Later, rendered when ``label`` is read
    quantity: Decimal
    rate: Decimal | None
    amount: Decimal | None
    explanation: Explanation

    @property
    def label(self) -> str:
        return _rendered(self, self.what)


def _rendered(owner: Explanation | MoneyLine, what: str | Later) -> str:
    """``what`` as text, rendered once on first read and kept in place of the Later.

    The engine gives every døgn, trip and rate period its sentence (~14,000 over ten years of three
    children); a face reads the few it shows, so rendering waits until then (docs/benchmarks.md)."""
    if isinstance(what, str):
        return what
    text = what.message()
    object.__setattr__(owner, "what", text)  # frozen: the same value, only rendered
    return text


@dataclass(frozen=True, slots=True)
class Figure:
    """An amount with the lines that make it; amount is None when a rate is missing."""

    amount: Decimal | None
    lines: tuple[MoneyLine, ...] = ()
    explanations: tuple[Explanation, ...] = ()


@dataclass(frozen=True, slots=True)
class ContractMonth:
    """The preview of one contract for one calendar month."""

    contract_id: str
    child_id: str
    municipality: str
    year: int
    month: int
    nights: int  # paid døgn
    night_dates: tuple[NightDate, ...]  # every døgn of the month, paid or not
    vederlag: Figure
    kost_logi: Figure
    mileage_km: Decimal
    mileage: Figure
    expenses: Figure
    holiday_pay: Figure
    taxable: Decimal | None
    tax_free: Decimal | None
    total: Decimal | None
    payment_month: tuple[int, int]  # (year, month)
    cap: int | None  # the month's maximum døgn, if the rule has one
    warnings: tuple[RuleWarning, ...] = ()
    # when mileage and expenses are paid, where the rule ties them to their documentation
    # (Randers: the month after it is received; Morsø: mileage after the quarter's form)
    mileage_payment_month: tuple[int, int] | None = None
    expenses_payment_month: tuple[int, int] | None = None
    trip_ids: tuple[str, ...] = ()  # the counted trips, in the order of the mileage lines
    expense_counted: tuple[tuple[str, Decimal], ...] = ()  # (expense id, amount counted), line order
    cap_explanation: Explanation | None = None  # why the month's maximum is what it is


@dataclass(frozen=True, slots=True)
class MonthPreview:
    year: int
    month: int
    contracts: tuple[ContractMonth, ...]
    vederlag: Decimal | None
    kost_logi: Decimal | None
    mileage: Decimal | None
    expenses: Decimal | None
    holiday_pay: Decimal | None
    taxable: Decimal | None
    tax_free: Decimal | None
    total: Decimal | None


@dataclass(frozen=True, slots=True)
class Deadline:
    date: date
    kind: DeadlineKind
    contract_id: str | None
    severity: Severity
    title: str  # Danish
    source: str
    assumed: bool = False
    done: bool = False
    period: str = ""  # what it covers: "2026-03", "2026-Q1", "2026", a meeting id …
    detail: str = ""
    code: str = ""  # the title's message code in core.messages ("" for a title without one)
    params: tuple[tuple[str, object], ...] = ()  # the title's parameters (core.messages.render)
    detail_code: str = ""  # the detail's message code ("" for a detail without one)
    detail_params: tuple[tuple[str, object], ...] = ()
    overdue: bool = False  # ``detail`` starts with "Fristen er overskredet." (catalogue: deadline.overdue)
