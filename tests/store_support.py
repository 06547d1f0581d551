"""Helpers for tests of the store: the state of the plan tables, to compare before and after."""

from __future__ import annotations

from sqlalchemy import select

from kehoach_desktop.store.database import Database
from kehoach_desktop.store.schema import AnnualMatchRow, AuditRow, GroupRow, IndicatorRow, PlanRow, TargetRow


def snapshot(db: Database) -> dict[str, list[tuple[str, ...]]]:
    """Every row of the tables plan and target operations write, to compare before and after a refusal."""
    tables = (PlanRow, GroupRow, IndicatorRow, TargetRow, AnnualMatchRow, AuditRow)
    with db.read() as s:
        return {
            t.__tablename__: sorted(
                (tuple(str(getattr(r, c)) for c in t.__table__.columns.keys()) for r in s.scalars(select(t))),
            )
            for t in tables
        }
