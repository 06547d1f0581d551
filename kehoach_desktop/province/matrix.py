"""The completeness matrix: which commune has reported which month, how far, when, and on time.

Each cell is one commune's month, in one of five states (DOMAIN.md, "The reporting cycle"):
not received, estimate (figures, some still ước thực hiện), official (every figure chính thức),
submitted (sent to the commune's leader), approved (approved and locked). A month's state row
(``month_status``) wins over its figures; figures decide between estimate and official.

**When.** A cell's date is when the commune first recorded a figure of that month (the earliest
revision's time, which travels in the bundle), in Vietnam's time (UTC+7). It is the commune's
own date, not the day the USB stick reached the province, so a file sent on time and imported a
week later does not make the commune late. **On time** means on or before the deadline: day
``deadline_day`` of the month reported (default 25: the province reports upward before the
25th, so figures recorded later miss that month's province report); a province sets its own
deadline, so it is a parameter, never a constant. A month with nothing is *overdue* once its
deadline has passed, *not due yet* before.

Everything is read in three queries whatever the number of communes and months: the month
summaries (one row per commune and month, ``store.month_summary``), month states, plan sizes.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.access import MonthState
from ..domain.errors import UserError
from ..store.schema import IndicatorRow, MonthStatusRow, MonthSummaryRow
from .communes import ProvinceCommune, province_communes

#: The province reports upward before the 25th; a commune's month is due by this day by default.
DEFAULT_DEADLINE_DAY = 25
VIETNAM = timezone(timedelta(hours=7))


class CellState(str, enum.Enum):
    """Where a commune's month stands, from nothing to approved."""

    MISSING = "missing"
    ESTIMATE = "estimate"
    OFFICIAL = "official"
    SUBMITTED = "submitted"
    APPROVED = "approved"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    CellState.MISSING: "Chưa nhận", CellState.ESTIMATE: "Số ước", CellState.OFFICIAL: "Số chính thức",
    CellState.SUBMITTED: "Đã gửi duyệt", CellState.APPROVED: "Đã duyệt",
}


class Timing(str, enum.Enum):
    """A cell against its deadline."""

    ON_TIME = "on_time"
    LATE = "late"
    OVERDUE = "overdue"
    NOT_DUE = "not_due"

    @property
    def label(self) -> str:
        return {"on_time": "Đúng hạn", "late": "Trễ hạn", "overdue": "Quá hạn",
                "not_due": "Chưa đến hạn"}[self.value]


@dataclass(frozen=True)
class Cell:
    """One commune's month."""

    year: int
    month: int
    state: CellState
    timing: Timing
    #: The day the month's first figure was recorded (Vietnam time), None when nothing arrived.
    received: date | None
    #: Indicators with a figure this month, out of the plan's indicators.
    figures: int
    indicators: int

    @property
    def received_any(self) -> bool:
        return self.state is not CellState.MISSING


@dataclass(frozen=True)
class MatrixRow:
    """One commune across the months."""

    commune: ProvinceCommune
    cells: tuple[Cell, ...]

    @property
    def received(self) -> int:
        return sum(c.received_any for c in self.cells)

    @property
    def late(self) -> int:
        return sum(c.timing in (Timing.LATE, Timing.OVERDUE) for c in self.cells)


@dataclass(frozen=True)
class MonthRate:
    """One month across the communes: how many reported, how many on time, out of how many."""

    year: int
    month: int
    expected: int
    received: int
    on_time: int
    approved: int

    @property
    def rate(self) -> float:
        return self.received / self.expected if self.expected else 0.0

    @property
    def on_time_rate(self) -> float:
        return self.on_time / self.expected if self.expected else 0.0


@dataclass(frozen=True)
class Matrix:
    """Communes x months, with the reporting rate of each month."""

    months: tuple[tuple[int, int], ...]
    deadline_day: int
    rows: tuple[MatrixRow, ...]
    rates: tuple[MonthRate, ...]


#: How the communes can be ordered: by code, most months late first, fewest months received first.
SORTS = ("code", "late", "missing")


def sorted_matrix(matrix: Matrix, sort: str = "code") -> Matrix:
    """``matrix`` with its communes in ``sort`` order (ties by code); the rates do not change."""
    if sort not in SORTS:
        raise UserError(f"Không có cách xếp «{sort}»; chọn một trong: {', '.join(SORTS)}.", "sort")
    keys = {
        "code": lambda r: (r.commune.code,),
        "late": lambda r: (-r.late, r.commune.code),
        "missing": lambda r: (r.received, r.commune.code),
    }
    return replace(matrix, rows=tuple(sorted(matrix.rows, key=keys[sort])))


def deadline(year: int, month: int, day: int) -> date:
    """The day a month's figures are due (the month's last day when it is shorter)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def check_deadline_day(day: int) -> int:
    if not 1 <= day <= 31:
        raise UserError(f"Hạn nộp phải là một ngày trong tháng, từ 1 đến 31 (đang là {day}).", "deadline-day")
    return day


def _local_day(at: datetime) -> date:
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(VIETNAM).date()


def build_matrix(
    session: Session, years: Sequence[int], deadline_day: int = DEFAULT_DEADLINE_DAY, today: date | None = None,
    communes: Sequence[ProvinceCommune] | None = None,
) -> Matrix:
    """The matrix of every commune held over the months of ``years``."""
    check_deadline_day(deadline_day)
    if not years:
        raise UserError("Hãy chọn ít nhất một năm.", "year")
    today = today or datetime.now(VIETNAM).date()
    communes = list(communes if communes is not None else province_communes(session))
    plan_ids = [c.plan_id for c in communes if c.plan_id is not None]
    first, last = min(years), max(years)
    wanted = set(years)
    months = tuple((y, m) for y in sorted(wanted) for m in range(1, 13))
    counts, received, states, sizes = _read(session, plan_ids, first, last)
    rows: list[MatrixRow] = []
    for commune in communes:
        pid = commune.plan_id or 0  # no plan yet: no key matches, every month is missing
        cells = []
        for y, m in months:
            key = (pid, y, m)
            figures, estimates = counts.get(key, (0, 0))
            state_row = states.get(key)
            if state_row is MonthState.APPROVED:
                state = CellState.APPROVED
            elif state_row is MonthState.SUBMITTED:
                state = CellState.SUBMITTED
            elif figures:
                state = CellState.ESTIMATE if estimates else CellState.OFFICIAL
            else:
                state = CellState.MISSING
            at = received.get(key)
            day = _local_day(at) if at is not None and state is not CellState.MISSING else None
            due = deadline(y, m, deadline_day)
            if day is not None:
                timing = Timing.ON_TIME if day <= due else Timing.LATE
            elif state is not CellState.MISSING:
                timing = Timing.ON_TIME  # a state without a dated figure (an approved empty month)
            else:
                timing = Timing.OVERDUE if today > due else Timing.NOT_DUE
            cells.append(Cell(y, m, state, timing, day, figures, sizes.get(pid, 0) if pid else 0))
        rows.append(MatrixRow(commune, tuple(cells)))
    rates = tuple(
        MonthRate(
            y, m, len(rows),
            sum(r.cells[i].received_any for r in rows),
            sum(r.cells[i].received_any and r.cells[i].timing is Timing.ON_TIME for r in rows),
            sum(r.cells[i].state is CellState.APPROVED for r in rows),
        )
        for i, (y, m) in enumerate(months)
    )
    return Matrix(months, deadline_day, tuple(rows), rates)


_Key = tuple[int, int, int]


def _read(
    session: Session, plan_ids: list[int], first: int, last: int
) -> tuple[dict[_Key, tuple[int, int]], dict[_Key, datetime], dict[_Key, MonthState], dict[int, int]]:
    """Figures and estimates per (plan, year, month); first revision time; month states; plan sizes.

    The figures' counts and first times come from ``month_summaries`` (``store.month_summary``,
    kept exact by every write), one row per commune and month instead of every figure and revision.
    """
    if not plan_ids:
        return {}, {}, {}, {}
    s = MonthSummaryRow
    conn = session.connection()  # Core rows: the ORM's per-row loading cost more than the read
    counts: dict[_Key, tuple[int, int]] = {}
    received: dict[_Key, datetime] = {}
    for pid, y, m, figures, estimates, at in conn.execute(
        select(s.plan_id, s.year, s.month, s.figures, s.estimates, s.first_at)
        .where(s.plan_id.in_(plan_ids), s.year.between(first, last))
    ):
        key = (pid, y, m)
        if figures:
            counts[key] = (figures, estimates)
        if at is not None:
            received[key] = at
    states = {
        (pid, y, m): state
        for pid, y, m, state in conn.execute(
            select(MonthStatusRow.plan_id, MonthStatusRow.year, MonthStatusRow.month, MonthStatusRow.state)
            .where(MonthStatusRow.plan_id.in_(plan_ids), MonthStatusRow.year.between(first, last))
        )
    }
    sizes = {
        pid: n
        for pid, n in conn.execute(
            select(IndicatorRow.plan_id, func.count(IndicatorRow.id))
            .where(IndicatorRow.plan_id.in_(plan_ids)).group_by(IndicatorRow.plan_id)
        )
    }
    return counts, received, states, sizes
