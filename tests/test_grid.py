"""The entry grid's one read: figures, year to date, status, assignments, on both backends."""

from __future__ import annotations

from decimal import Decimal as D

from kehoach_desktop.domain.access import MonthState, Role
from kehoach_desktop.domain.model import Status, ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.grid import GridRow, MonthGrid, month_grid
from kehoach_desktop.store.months import approve_month
from kehoach_desktop.store.queries import evaluate_month
from kehoach_desktop.store.users import assign, create_user


def _grid(db, plan_id: int, period: Period, username: str | None = None) -> MonthGrid:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return month_grid(session, plan_id, period, username)


def _row(grid: MonthGrid, code: str) -> GridRow:
    row = grid.row(code)
    assert row is not None, code
    return row


def test_rows_come_in_document_order_with_groups_and_levels(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    grid = _grid(db, plan_id, Period(2026, 9))
    codes = [r.code for r in grid.rows]
    assert codes[:8] == ["1", "2", "3", "4", "5", "5.1", "5.2", "6"]
    assert len(codes) == 30
    assert _row(grid, "1").group_title == "Chỉ tiêu kinh tế"
    assert _row(grid, "11").group_key == "society"
    assert (_row(grid, "5").level, _row(grid, "5.1").level, _row(grid, "5.2").level) == (0, 1, 1)
    assert _row(grid, "4").name == "Sản lượng lương thực có hạt" and _row(grid, "4").unit == "tấn"
    assert all(r.indicator_id > 0 for r in grid.rows)


def test_figures_year_to_date_and_status_of_a_flow(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    grid = _grid(db, plan_id, Period(2026, 9))
    budget = _row(grid, "2")  # a flow: monthly revenue summed over the year
    assert budget.previous == D("620")
    assert budget.this_month is not None
    assert budget.this_month.value == D("720")
    assert budget.this_month.kind is ValueKind.ESTIMATE  # official only up to August
    assert budget.actual == D("6720")  # 580+660+1060+930+650+710+790+620+720
    assert budget.percent == D("71.11")
    assert budget.status is Status.ON_TRACK
    assert budget.target_text == "9.450"  # the annual plan's own figure, Vietnamese style
    assert not budget.qualitative and not budget.assigned
    august = _row(_grid(db, plan_id, Period(2026, 8)), "2")
    assert august.this_month is not None and august.this_month.kind is ValueKind.OFFICIAL


def test_stock_qualitative_no_data_and_notes(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    grid = _grid(db, plan_id, Period(2026, 9))
    cattle = _row(grid, "5.2")
    assert cattle.actual == D("1138") and cattle.previous == D("1140")
    assert cattle.this_month is not None and cattle.this_month.note and "Đàn trâu" in cattle.this_month.note
    security = _row(grid, "23")
    assert security.qualitative and security.target_text == "Đạt" and security.percent is None
    assert security.status is Status.MET
    families = _row(grid, "18")  # only assessed in December
    assert families.this_month is None and families.actual is None and families.status is Status.NO_DATA
    assert _row(grid, "4").target_text == "≥ 7.000"
    assert _row(grid, "11").target_text.startswith("≤ ") and _row(grid, "11").target_derived


def test_grid_agrees_with_the_evaluation_reports_read(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    period = Period(2026, 10)
    grid = _grid(db, plan_id, period)
    with db.read() as session:
        evaluations = evaluate_month(session, plan_id, period)
    assert [(r.code, r.actual, r.percent, r.status) for r in grid.rows] == [
        (e.indicator.code, e.actual, e.percent_of_target, e.status) for e in evaluations
    ]


def test_assigned_flag_and_month_state(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    with db.write() as s:
        create_user(s, db.installation_id, "test", "canbo", "Cán bộ", Role.OFFICER, "secret-1")
        leader = create_user(s, db.installation_id, "test", "lanhdao", "Lãnh đạo", Role.LEADER, "secret-2")
        assign(s, db.installation_id, "test", plan_id, "canbo", ["2", "5.1"])
        approve_month(s, db.installation_id, plan_id, Period(2026, 9), leader)
    grid = _grid(db, plan_id, Period(2026, 9), "canbo")
    assert {r.code for r in grid.rows if r.assigned} == {"2", "5.1"}
    assert grid.has_assignments
    assert grid.month.state is MonthState.APPROVED and grid.month.locked and grid.month.changed_by == "lanhdao"
    other = _grid(db, plan_id, Period(2026, 10), "lanhdao")
    assert not any(r.assigned for r in other.rows) and not other.has_assignments
    assert other.month.state is MonthState.OPEN
    assert not any(r.assigned for r in _grid(db, plan_id, Period(2026, 9), None).rows)


def test_an_empty_month_still_lists_every_indicator(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    grid = _grid(db, plan_id, Period(2026, 12))
    assert len(grid.rows) == 30
    assert all(r.this_month is None for r in grid.rows)
    assert _row(grid, "2").previous is None  # November has no figure yet
    assert _row(grid, "2").actual == D("7510")  # year to date still counts January-October
