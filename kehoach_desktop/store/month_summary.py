"""Each plan's month at a glance, kept in step with the figures: what the province's matrix reads.

``month_summaries`` holds, per plan and month, how many figures there are, how many of them are
still estimates (ước), and when the month's first revision was made. It is derived data: the
same three things ``province.matrix`` used to compute by scanning every figure and revision
held (300,000 of each for a province of 168 communes), so it must never drift from them.

How it stays exact, whatever writes: every write of ``monthly_values`` or ``value_revisions``
notes the months it touched in the session (``add_revisions`` for every revision, whichever of
the three ways made it; ``cells.refresh_cells`` for figures recomputed by the sync merge, an
approval arriving or a leader's choice; ``save_values`` names its plan so the note needs no
look-up). Just before the transaction commits (``before_commit``), each touched month is
recomputed from the base tables, after every other write of the transaction (a generated
commune re-dating its revisions included). A rolled-back transaction drops its notes along with
its writes. On PostgreSQL the touched plans' rows are locked first, so two officers importing
bundles of the same commune at once cannot each write a summary missing the other's figures.

A restore brings back a file whose summary matches its own figures; migration 0011 filled it
from the figures held then; ``rebuild`` recomputes it all (``kehoach province matrix --rebuild``)
and ``differences`` compares it with a recomputation (the tests run it after every write).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, and_, bindparam, case, delete, event, func, select, text
from sqlalchemy.orm import Session, aliased

from ..domain.model import ValueKind
from .database import AppSession
from .driver import Prepared
from .schema import IndicatorRow, MonthSummaryRow, PlanRow, RevisionRow, ValueRow

Month = tuple[int, int, int]  # plan id, year, month
Cell = tuple[int, int, int]  # indicator id, year, month
Summary = tuple[int, int, datetime | None]  # figures, estimates, first recorded

_MONTHS = "kehoach_summary_months"
_CELLS = "kehoach_summary_cells"

#: Every month of every plan, from the base tables (migration 0011 holds a frozen copy).
REBUILD_SQL = """
INSERT INTO month_summaries (plan_id, year, month, figures, estimates, first_at)
SELECT plan_id, year, month, sum(figures), sum(estimates), min(first_at) FROM (
    SELECT i.plan_id AS plan_id, v.year AS year, v.month AS month, count(v.value) AS figures,
           count(CASE WHEN v.kind = 'estimate' THEN v.value END) AS estimates, NULL AS first_at
    FROM monthly_values v JOIN indicators i ON i.id = v.indicator_id
    GROUP BY i.plan_id, v.year, v.month
    UNION ALL
    SELECT i.plan_id, r.year, r.month, 0, 0, min(r.at)
    FROM value_revisions r JOIN indicators i ON i.id = r.indicator_id
    GROUP BY i.plan_id, r.year, r.month
) parts
GROUP BY plan_id, year, month
"""


def note_months(session: Session, months: Iterable[Month]) -> None:
    """Months of plans whose figures or revisions this transaction wrote (refreshed at commit)."""
    session.info.setdefault(_MONTHS, set()).update(months)


def note_cells(session: Session, cells: Iterable[Cell]) -> None:
    """Cells this transaction wrote, when the caller does not know their plan (one look-up at commit)."""
    session.info.setdefault(_CELLS, set()).update(cells)


@event.listens_for(AppSession, "before_commit")
def _refresh_noted(session: Session) -> None:
    months: set[Month] = session.info.pop(_MONTHS, set())
    cells: set[Cell] = session.info.pop(_CELLS, set())
    if cells:
        plans = {i: p for i, p in session.connection().execute(_PLAN_OF, {"ids": sorted({c[0] for c in cells})})}
        # An indicator deleted in the same transaction took its figures and revisions with it.
        months |= {(plans[i], y, m) for i, y, m in cells if i in plans}
    if months:
        refresh(session, months)


@event.listens_for(AppSession, "after_rollback")
def _forget_noted(session: Session) -> None:
    session.info.pop(_MONTHS, None)
    session.info.pop(_CELLS, None)


_PLAN_OF = select(IndicatorRow.id, IndicatorRow.plan_id).where(IndicatorRow.id.in_(bindparam("ids", expanding=True)))
_LOCK_PLANS = (
    select(PlanRow.id).where(PlanRow.id.in_(bindparam("plans", expanding=True))).order_by(PlanRow.id).with_for_update()
)


def _month_statement() -> Any:
    """One month of one plan from the base tables: figures, estimates, first revision's time.

    The plan's indicators each probe their figure (the cell's unique index) and their first
    revision (``ix_value_revisions_cell``: indicator, year, month, at), however many revisions a
    cell has had.
    """
    v, i, r = ValueRow, IndicatorRow, RevisionRow
    i2 = aliased(IndicatorRow)
    plan, year, month = (bindparam(name, type_=Integer) for name in ("plan_id", "year", "month"))
    cell_first = (
        select(func.min(r.at)).where(r.indicator_id == i2.id, r.year == year, r.month == month)
        .correlate(i2).scalar_subquery()
    )
    first = select(func.min(cell_first)).select_from(i2).where(i2.plan_id == plan).scalar_subquery()
    return (
        select(
            func.count(v.value).label("figures"),
            func.count(case((v.kind == ValueKind.ESTIMATE, v.value))).label("estimates"),
            first.label("first_at"),
        )
        .select_from(i)
        .outerjoin(v, and_(v.indicator_id == i.id, v.year == year, v.month == month))
        .where(i.plan_id == plan)
    )


_MONTH = Prepared(_month_statement())  # run on the driver: every save refreshes its month
_FORGET = delete(MonthSummaryRow).where(
    MonthSummaryRow.plan_id == bindparam("p"), MonthSummaryRow.year == bindparam("y"),
    MonthSummaryRow.month == bindparam("m"),
)


def _upsert(dialect: str) -> Any:
    """Insert a month's summary, or replace the one held (SQLite and PostgreSQL say it alike)."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    statement = (sqlite_insert if dialect == "sqlite" else pg_insert)(MonthSummaryRow)
    excluded = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=["plan_id", "year", "month"],
        set_={"figures": excluded.figures, "estimates": excluded.estimates, "first_at": excluded.first_at},
    )


_SUMMARY_KEYS = ("plan_id", "year", "month", "figures", "estimates", "first_at")
_UPSERT = {name: Prepared(_upsert(name), _SUMMARY_KEYS) for name in ("sqlite", "postgresql")}


def refresh(session: Session, months: Iterable[Month]) -> None:
    """Recompute ``months`` from the base tables (a month with nothing recorded loses its row)."""
    keys = sorted(set(months))
    if not keys:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite":  # SQLite's writer already holds the whole database
        conn.execute(_LOCK_PLANS, {"plans": sorted({k[0] for k in keys})}).all()
    rows, empty = [], []
    for plan_id, year, month in keys:
        figures, estimates, first_at = _MONTH.rows(conn, {"plan_id": plan_id, "year": year, "month": month})[0]
        if figures or first_at is not None:
            rows.append({"plan_id": plan_id, "year": year, "month": month, "figures": figures,
                         "estimates": estimates, "first_at": first_at})
        else:  # only when the month's figures and revisions went with their indicators
            empty.append({"p": plan_id, "y": year, "m": month})
    if rows:
        _UPSERT[conn.dialect.name].run(conn, rows)
    if empty:
        conn.execute(_FORGET, empty)


def rebuild(session: Session) -> int:
    """Recompute every month of every plan from the base tables; how many months are summarised."""
    session.info.pop(_MONTHS, None)
    session.info.pop(_CELLS, None)
    conn = session.connection()
    conn.execute(delete(MonthSummaryRow))
    conn.execute(text(REBUILD_SQL))
    return int(conn.execute(select(func.count()).select_from(MonthSummaryRow)).scalar_one())


def stored(session: Session) -> dict[Month, Summary]:
    """The summary as held."""
    s = MonthSummaryRow
    return {
        (p, y, m): (f, e, at)
        for p, y, m, f, e, at in session.execute(select(s.plan_id, s.year, s.month, s.figures, s.estimates, s.first_at))
    }


def recomputed(session: Session) -> dict[Month, Summary]:
    """The summary as the base tables say it should be (two grouped scans of every figure)."""
    v, i, r = ValueRow, IndicatorRow, RevisionRow
    out: dict[Month, list[Any]] = {}
    for p, y, m, f, e in session.execute(
        select(i.plan_id, v.year, v.month, func.count(v.value),
               func.count(case((v.kind == ValueKind.ESTIMATE, v.value))))
        .join(i, i.id == v.indicator_id).group_by(i.plan_id, v.year, v.month)
    ):
        out[(p, y, m)] = [f, e, None]
    for p, y, m, at in session.execute(
        select(i.plan_id, r.year, r.month, func.min(r.at)).join(i, i.id == r.indicator_id)
        .group_by(i.plan_id, r.year, r.month)
    ):
        out.setdefault((p, y, m), [0, 0, None])[2] = at
    return {k: (f, e, at) for k, (f, e, at) in out.items() if f or at is not None}


def differences(session: Session) -> dict[Month, tuple[Summary | None, Summary | None]]:
    """Months where the summary held differs from the base tables: (held, should be)."""
    held, wanted = stored(session), recomputed(session)
    return {k: (held.get(k), wanted.get(k)) for k in held.keys() | wanted.keys() if held.get(k) != wanted.get(k)}
