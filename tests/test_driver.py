"""``store.driver``: statements run on the driver's cursor read and write what SQLAlchemy would."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, exists, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import TypeDecorator

from kehoach_desktop.domain.model import RuleKind, ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.database import Database
from kehoach_desktop.store.driver import Prepared
from kehoach_desktop.store.schema import IndicatorRow, MonthSummaryRow, TargetRow, ValueRow
from kehoach_desktop.store.types import UTCDateTime
from kehoach_desktop.store.values import ValueEntry, save_values

_FIGURES = select(
    ValueRow.id, ValueRow.indicator_id, ValueRow.year, ValueRow.month, ValueRow.value, ValueRow.kind,
    ValueRow.note, ValueRow.updated_by, ValueRow.updated_at, ValueRow.vv, ValueRow.conflict,
).join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id).where(
    IndicatorRow.plan_id == bindparam("plan_id"), ValueRow.kind == ValueKind.OFFICIAL,
).order_by(ValueRow.id)


def _save(db: Database, plan_id: int) -> None:
    entries = [
        ValueEntry("1", Period(2026, 3), Decimal("7123.45"), ValueKind.OFFICIAL, "ghi chú, có dấu", set_note=True),
        ValueEntry("2", Period(2026, 3), Decimal("-0.5"), ValueKind.OFFICIAL),
        ValueEntry("3", Period(2026, 3), Decimal("52000"), ValueKind.ESTIMATE),
    ]
    with db.write() as session:
        save_values(session, db.installation_id, plan_id, entries, "tester", accept_warnings=True)


def test_rows_equal_what_sqlalchemy_reads(plan_db: tuple[Database, int]) -> None:
    """Decimals, enums, aware UTC times, booleans and a fixed (literal) parameter, on both databases."""
    db, plan_id = plan_db
    _save(db, plan_id)
    qualitative = select(
        IndicatorRow.code,
        exists().where(TargetRow.indicator_id == IndicatorRow.id, TargetRow.kind == RuleKind.EQUAL).label("equal"),
    ).where(IndicatorRow.plan_id == bindparam("plan_id")).order_by(IndicatorRow.code)
    with db.read() as session:
        for statement in (_FIGURES, qualitative):
            expected = [tuple(row) for row in session.execute(statement, {"plan_id": plan_id})]
            got = Prepared(statement).rows(session, {"plan_id": plan_id})
            assert got == expected
            assert [tuple(map(type, row)) for row in got] == [tuple(map(type, row)) for row in expected]
    assert [code for code, _equal in got] == ["1", "2", "3", "3.1"]
    assert [equal for _code, equal in got] == [False, False, True, False]
    with db.read() as session:
        official = Prepared(_FIGURES).rows(session, {"plan_id": plan_id})
    assert [(r[4], r[5]) for r in official] == [(Decimal("7123.45"), ValueKind.OFFICIAL), (Decimal("-0.5"), ValueKind.OFFICIAL)]
    assert all(r[8].tzinfo is timezone.utc for r in official)


def test_a_write_and_its_errors_as_sqlalchemy_raises_them(plan_db: tuple[Database, int]) -> None:
    """An executemany writes every row; a constraint broken by the driver is SQLAlchemy's
    IntegrityError (callers and the disk-error messages catch those), and the transaction rolls back."""
    db, plan_id = plan_db
    upsert = Prepared(insert(MonthSummaryRow), ("plan_id", "year", "month", "figures", "estimates", "first_at"))
    at = datetime(2026, 4, 1, 2, 3, 4, 567000, tzinfo=timezone.utc)
    rows = [{"plan_id": plan_id, "year": 2026, "month": m, "figures": 3, "estimates": 1, "first_at": at} for m in (1, 2)]
    with db.write() as session:
        upsert.run(session, rows)
    with db.read() as session:
        held = session.execute(select(MonthSummaryRow.month, MonthSummaryRow.first_at).order_by(MonthSummaryRow.month)).all()
    assert [tuple(r) for r in held] == [(1, at), (2, at)]
    with pytest.raises(IntegrityError):
        with db.write() as session:
            upsert.run(session, {**rows[0], "month": 3})
            upsert.run(session, rows[0])  # the same month again: the primary key refuses it
    with db.read() as session:
        assert session.execute(select(MonthSummaryRow.month)).scalars().all() == [1, 2]


def test_an_in_list_parameter_is_refused(plan_db: tuple[Database, int]) -> None:
    db, _plan_id = plan_db
    statement = select(ValueRow.id).where(ValueRow.indicator_id.in_(bindparam("ids", expanding=True)))
    with db.read() as session, pytest.raises(ValueError, match="expanding"):
        Prepared(statement).rows(session, {"ids": [1]})


@pytest.mark.parametrize("text", [
    "2026-04-01 02:03:04.567000", "2026-04-01 02:03:04", "2026-04-01 02:03:04.5", "2026-04-01T02:03:04+00:00",
    "2026-04-01 09:03:04+07:00",
])
def test_sqlite_times_read_fast_as_sqlalchemy_reads_them(text: str) -> None:
    """The fast path for SQLite's stored times gives what SQLAlchemy's own reading gives."""
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    column = UTCDateTime().dialect_impl(dialect)
    fast = column.result_processor(dialect, None)
    slow = TypeDecorator.result_processor(column, dialect, None)  # SQLAlchemy's own, not ours
    assert fast is not None and slow is not None
    got = fast(text)
    assert got.tzinfo is timezone.utc
    if "+" not in text[10:]:  # SQLAlchemy's own reading knows no offsets; ours keeps the instant
        assert got == slow(text)
    else:
        assert got == datetime(2026, 4, 1, 2, 3, 4, tzinfo=timezone.utc)
