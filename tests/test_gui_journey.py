"""A commune's first month, end to end through the real windows: from an empty database file to
an approved month that is still there after a restart."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from gui_support import MessageBoxes, answer_confirmation, close_window, wait_idle
from kehoach_desktop.domain.access import MonthState, Role
from kehoach_desktop.domain.model import PlanStatus
from kehoach_desktop.gui.entry.model import Col
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.plan_page import PlanPage
from kehoach_desktop.store.schema import PlanRow, ValueRow
from kehoach_desktop.store.users import create_user
from journey_support import PLAN_TEXT, choose, entry_page, fill_commune_and_admin, finish, open_wizard, type_figure, type_into, window_on



#: Message boxes recorded instead of shown in every test here (a modal box would block the test).
pytestmark = pytest.mark.usefixtures("boxes")


@pytest.fixture
def box_answer() -> QMessageBox.StandardButton:
    """Every question answered Yes."""
    return QMessageBox.StandardButton.Yes


def _log_in(qtbot, window: MainWindow, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.startup import ask_login

    ask_login(window)
    dialog = window._login  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible)
    type_into(qtbot, dialog.username, username)
    type_into(qtbot, dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.user is not None and bool(window.pages), timeout=10000)
    wait_idle(qtbot, window)


def test_from_an_empty_database_to_an_approved_month(qtbot, tmp_path: Path, boxes: MessageBoxes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "xa.db"
    window = window_on(qtbot, path)

    # 1. The wizard: commune, first administrator, the plan from the resolution's text.
    wizard = open_wizard(qtbot, window)
    fill_commune_and_admin(qtbot, wizard)
    choose(qtbot, wizard, wizard.plan_page.from_document, PLAN_TEXT)
    finish(qtbot, wizard)
    qtbot.waitUntil(lambda: window.ctx.user is not None, timeout=20000)
    wait_idle(qtbot, window)

    # 2. The review opens by itself; every doubtful reading is confirmed, then the plan adopted.
    plan = window.current_page()
    assert isinstance(plan, PlanPage)
    qtbot.waitUntil(lambda: plan.review.draft() is not None)
    for _ in range(50):
        if not plan.review.flagged_count():
            break
        plan.review.next_flagged()
        plan.review.confirm_selected()
    assert plan.review.flagged_count() == 0
    plan.adopt()
    wait_idle(qtbot, window)

    def plan_status(db):  # type: ignore[no-untyped-def]
        with db.read() as s:
            return s.scalars(select(PlanRow.status)).all()

    assert window.ctx.worker.call(plan_status) == [PlanStatus.ADOPTED]

    # 3. The administrator types two figures with the keyboard and saves with Ctrl+S.
    entry = entry_page(qtbot, window)
    entry._confirm_warnings = lambda problems: True  # type: ignore[method-assign]
    rows = [r for r in range(entry.model.rowCount()) if entry.model.row_at(r) and entry.model.may_edit(entry.model.row_at(r))]
    rows = [r for r in rows if not entry.model.row_at(r).qualitative][:2]
    codes = [entry.model.row_at(r).code for r in rows]
    type_figure(qtbot, entry, rows[0], "1.234,5")
    type_figure(qtbot, entry, rows[1], "87")
    qtbot.keyClick(entry.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert not entry.model.has_unsaved(), boxes

    def figures(db):  # type: ignore[no-untyped-def]
        with db.read() as s:
            return sorted(v for v in s.scalars(select(ValueRow.value).where(ValueRow.year == 2026, ValueRow.month == 3)))

    assert window.ctx.worker.call(figures) == [Decimal("87"), Decimal("1234.5")]

    # 4. A leader logs in on the same PC and approves the month: it becomes read-only.
    with window.ctx.db.write() as s:
        create_user(s, window.ctx.db.installation_id, "nguyenvanan", "truongxa", "Trần Văn Bình", Role.LEADER, "lanh-dao-1")
    window.ctx.set_user(None)
    _log_in(qtbot, window, "truongxa", "lanh-dao-1")
    entry = entry_page(qtbot, window)
    entry.approval.approve()
    answer_confirmation(qtbot, entry.approval)
    wait_idle(qtbot, window)
    assert entry.model.locked
    assert not entry.model.flags(entry.model.index(rows[0], Col.VALUE)) & Qt.ItemFlag.ItemIsEditable
    close_window(qtbot, window)

    # 5. Restart on the same file: the figures and the lock are still there.
    again = window_on(qtbot, path)
    _log_in(qtbot, again, "truongxa", "lanh-dao-1")
    entry = entry_page(qtbot, again)
    assert entry.model.locked and entry.model.grid.month.state is MonthState.APPROVED
    shown = {entry.model.row_at(r).code: entry.model.data(entry.model.index(r, Col.VALUE)) for r in rows}
    assert shown == {codes[0]: "1.234,5", codes[1]: "87"}
    assert not [text for _, text in boxes if "không mong muốn" in text or "Unexpected" in text]
    close_window(qtbot, again)
    QApplication.processEvents()
