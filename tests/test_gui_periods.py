"""The toolbar's period selector as an officer uses it: a quarter or a year shows the grid read-only.

On the demo commune (figures to October 2026): choose Quý III/2026 from the keyboard, see the
quarter's flows summed and its stocks at September, nothing typeable; go back to a month and type.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui_support import close_window, login, make_window, wait_idle
from kehoach_desktop.domain.numbers import format_number
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.entry.model import Col
from kehoach_desktop.gui.entry.page import DISCARD, EntryPage
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.queries import find_indicator, get_value, load_plan_data

Q3 = Period.quarter(2026, 3)
FLOW, STOCK = "2", "5"  # budget revenue (summed), herd size (the latest month)


@pytest.fixture(autouse=True)
def _only_the_entry_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.gui import pages

    monkeypatch.setattr(pages, "PAGES", [pages._entry])


#: Message boxes recorded instead of shown in every test here (a modal box would hang offscreen).
pytestmark = pytest.mark.usefixtures("boxes")


def months(path: Path, code: str, year: int = 2026) -> dict[int, D]:
    """The figures of ``code`` by month, read straight from the database."""
    db = open_database(str(path))
    try:
        with db.read() as s:
            data = next(d for d in load_plan_data(s, 1) if d.indicator.code == code)
    finally:
        db.close()
    return {v.month: v.value for v in data.values if v.year == year}


def shown(page: EntryPage, code: str, col: Col = Col.VALUE, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.model.data(page.model.index(page.model.row_of(code), col), role)


def title(page: EntryPage, col: Col) -> str:
    return page.model.headerData(col, Qt.Orientation.Horizontal)


def open_entry(qtbot, path: Path, user, period: Period):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, path)
    login(qtbot, window, user)
    window.set_period(period)
    wait_idle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, EntryPage)
    window.activateWindow()
    return window, page


def choose_kind(qtbot, window, steps: int) -> None:  # type: ignore[no-untyped-def]
    """Move the period-type list ``steps`` down (negative: up) with the arrow keys."""
    kind = window.period.kind
    kind.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kind)
    for _ in range(abs(steps)):
        qtbot.keyClick(kind, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    wait_idle(qtbot, window)


def test_a_quarter_is_read_only_with_summed_flows_and_latest_stocks(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_entry(qtbot, path, users["leader"], Period(2026, 8))
    assert page.approval.isVisible() and not page.period_banner.isVisible()
    selector = window.period
    assert selector.kind.accessibleName() == "Period type" and selector.number.accessibleName() == "Month"

    choose_kind(qtbot, window, 1)  # Tháng -> Quý: August lies in the third quarter
    assert window.ctx.period == Q3 and page.model.grid.period == Q3
    assert selector.number.currentText() == "III" and selector.number.accessibleName() == "Quarter"
    assert window.ctx.settings.last_period == "2026-Q3"

    flow, stock = months(path, FLOW), months(path, STOCK)
    assert shown(page, FLOW) == format_number(flow[7] + flow[8] + flow[9])  # the quarter's revenue
    assert shown(page, FLOW, Col.ACTUAL) == format_number(sum(v for m, v in flow.items() if m <= 9))
    assert shown(page, STOCK) == format_number(stock[9])  # a herd is counted, not added up
    assert shown(page, STOCK, Col.PREVIOUS) == format_number(stock[6])  # the second quarter's level
    assert (title(page, Col.VALUE), title(page, Col.PREVIOUS)) == ("This quarter", "Last quarter")
    assert shown(page, FLOW, Col.PERCENT, Qt.ItemDataRole.ToolTipRole)  # says what the % compares
    assert shown(page, FLOW, Col.SAME_PERIOD).endswith("%")

    # Read-only: the banner says why, no approval bar, no save button, typing and Ctrl+S do nothing.
    assert page.period_banner.isVisible() and "by month" in page.period_banner.text()
    assert not page.approval.isVisible() and not page.save_button.isVisible()
    index = page.model.index(page.model.row_of(FLOW), Col.VALUE)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    page.view.setCurrentIndex(index)
    page.view.setFocus()
    qtbot.keyClicks(page.view, "999")
    qtbot.keyClick(page.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert page.delegate.editor() is None and not page.model.has_unsaved()
    assert shown(page, FLOW) == format_number(flow[7] + flow[8] + flow[9])

    # Back to months: August again, typeable; choose December and type a figure.
    choose_kind(qtbot, window, -1)
    assert window.ctx.period == Period(2026, 8) and title(page, Col.VALUE) == "This month"
    assert page.approval.isVisible() and not page.period_banner.isVisible()
    selector.number.setFocus()
    qtbot.keyClick(selector.number, Qt.Key.Key_End)  # the last month in the list
    wait_idle(qtbot, window)
    assert window.ctx.period == Period(2026, 12)
    row = page.model.row_of(FLOW)
    page.view.setCurrentIndex(page.model.index(row, Col.VALUE))
    page.view.setFocus()
    qtbot.keyClick(page.view, "1")
    editor = page.delegate.editor()
    assert editor is not None
    qtbot.keyClicks(editor, ".234,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(page.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert not page.model.has_unsaved()
    close_window(qtbot, window)
    db = open_database(str(path))
    with db.read() as s:
        stored = get_value(s, find_indicator(s, 1, FLOW).id, Period(2026, 12))
    db.close()
    assert stored is not None and stored.value == D("1234.5")


def test_the_year_and_the_period_survive_a_restart(qtbot, gui_db, _data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_entry(qtbot, path, users["officer"], Period(2026, 10))
    choose_kind(qtbot, window, 4)  # Tháng -> Năm
    assert window.ctx.period == Period.whole_year(2026)
    assert not window.period.number.isVisible()  # a year has no number within the year
    assert (title(page, Col.VALUE), title(page, Col.PREVIOUS)) == ("This year", "Last year")
    flow = months(path, FLOW)
    assert shown(page, FLOW) == format_number(sum(flow.values())) == shown(page, FLOW, Col.ACTUAL)
    window.ctx.settings.save()
    page._ask_unsaved = lambda: DISCARD  # type: ignore[method-assign]
    close_window(qtbot, window)
    again = make_window(qtbot, path)
    assert again.ctx.period == Period.whole_year(2026) and again.period.kind.currentText() == "Year"
    close_window(qtbot, again)


def test_indicators_without_a_year_plan_are_counted_in_a_banner(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import delete, select

    from kehoach_desktop.store.schema import IndicatorRow, TargetRow

    path, users, _ = gui_db
    db = open_database(str(path))
    with db.write() as s:  # the plan says nothing about indicator 18's target
        ind = s.scalars(select(IndicatorRow.id).where(IndicatorRow.code == "18")).one()
        s.execute(delete(TargetRow).where(TargetRow.indicator_id == ind))
    db.close()
    window, page = open_entry(qtbot, path, users["officer"], Q3)
    assert page.target_banner.isVisible()
    assert page.target_banner.text().startswith("Year 2026: 1 indicators have no year plan")
    assert shown(page, "18", Col.TARGET) == "No year plan"
    assert "2026" in shown(page, "18", Col.TARGET, Qt.ItemDataRole.ToolTipRole)
    assert shown(page, "3", Col.TARGET).endswith("*")  # derived from the 5-year target, and says so
    assert "5-year" in shown(page, "3", Col.TARGET, Qt.ItemDataRole.ToolTipRole)
    window.set_period(Period(2025, 12))  # the baseline year has no targets by design: no prompt
    wait_idle(qtbot, window)
    assert not page.target_banner.isVisible()
    close_window(qtbot, window)
