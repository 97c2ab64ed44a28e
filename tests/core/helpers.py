"""Small builders for core tests: a snapshot with one child and one contract."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from aflastapp.core.models import (
    Child,
    Contract,
    DiarySnapshot,
    Expense,
    ExpenseCategory,
    Meeting,
    Note,
    Stay,
    StayStatus,
    Submission,
    Trip,
)


def dt(s: str) -> datetime:
    return datetime.fromisoformat(s)


def stay(
    start: str,
    end: str,
    sid: str = "s1",
    contract: str = "k1",
    status: StayStatus = StayStatus.COMPLETED,
    cancelled_at: str | None = None,
) -> Stay:
    return Stay(
        id=sid,
        contract_id=contract,
        start=dt(start),
        end=dt(end),
        status=status,
        cancelled_at=dt(cancelled_at) if cancelled_at else None,
    )


def snapshot(
    municipality: str = "slagelse",
    *,
    birth: date = date(2015, 6, 1),
    vederlag: int = 7,
    ordinal: int = 1,
    stays: tuple[Stay, ...] = (),
    trips: tuple[Trip, ...] = (),
    expenses: tuple[Expense, ...] = (),
    meetings: tuple[Meeting, ...] = (),
    submissions: tuple[Submission, ...] = (),
    notes: tuple[Note, ...] = (),
    start: date = date(2019, 1, 1),
    **kw: object,
) -> DiarySnapshot:
    contract = Contract(
        id="k1",
        child_id="b1",
        municipality=municipality,
        start=start,
        vederlag_count=vederlag,
        child_ordinal=ordinal,
        **kw,
    )  # type: ignore[arg-type]
    return DiarySnapshot(
        children=(Child("b1", "Alma", birth),),
        contracts=(contract,),
        stays=stays,
        trips=trips,
        expenses=expenses,
        meetings=meetings,
        submissions=submissions,
        notes=notes,
    )


def trip(day: str, km: str, tid: str = "t1", contracts: tuple[str, ...] = ("k1",),
         approval: str = "Aftalt med rådgiveren") -> Trip:
    return Trip(
        id=tid,
        contract_ids=contracts,
        date=date.fromisoformat(day),
        purpose="Hente barnet",
        from_place="Hjem",
        to_place="Skole",
        km=Decimal(km),
        approval=approval,
    )


def expense(
    day: str,
    amount: str,
    category: ExpenseCategory = ExpenseCategory.ACTIVITY,
    approval: str = "B-1",
    eid: str = "e1",
) -> Expense:
    return Expense(
        id=eid,
        contract_id="k1",
        date=date.fromisoformat(day),
        category=category,
        description="Biograf",
        amount=Decimal(amount),
        approval=approval,
    )
