"""A commune's first month, end to end through the real windows: from an empty database file to
an approved month that is still there after a restart."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from gui_support import answer_confirmation, close_window, wait_idle
from kehoach_desktop.domain.access import MonthState, Role
from kehoach_desktop.domain.model import PlanStatus
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.context import AppContext
from kehoach_desktop.gui.entry.model import Col
from kehoach_desktop.gui.entry.page import EntryPage
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.plan_page import PlanPage
from kehoach_desktop.gui.settings import Settings
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.schema import PlanRow, ValueRow
from kehoach_desktop.store.users import create_user
from test_gui_setup import FIXTURE, choose, fill_commune_and_admin, finish, open_wizard, type_into

PERIOD = Period(2026, 3)


@pytest.fixture(autouse=True)
def _answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question answered Yes, every message recorded (a modal box would block the test)."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a, **k: seen.append(text) or QMessageBox.StandardButton.Yes)
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: seen.append(text) or QMessageBox.StandardButton.Ok)
    return seen


def _window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(Settings.load(), open_database(str(path))))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


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


def _entry(qtbot, window: MainWindow) -> EntryPage:  # type: ignore[no-untyped-def]
    page = window.show_page(EntryPage)
    assert isinstance(page, EntryPage)
    window.set_period(PERIOD)
    wait_idle(qtbot, window)
    window.activateWindow()  # shortcuts (Ctrl+S) reach the active window only
    page.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
    return page


def _type(qtbot, page: EntryPage, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    page.view.setCurrentIndex(page.model.index(row, Col.VALUE))
    page.view.setFocus()
    qtbot.keyClick(page.view, text[0])
    editor = page.delegate.editor()
    assert editor is not None
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.delegate.editor() is None)


def test_from_an_empty_database_to_an_approved_month(qtbot, tmp_path: Path, _answers: list[str]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "xa.db"
    window = _window(qtbot, path)

    # 1. The wizard: commune, first administrator, the plan from the resolution's text.
    wizard = open_wizard(qtbot, window)
    fill_commune_and_admin(qtbot, wizard)
    choose(qtbot, wizard, wizard.plan_page.from_document, FIXTURE)
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
    entry = _entry(qtbot, window)
    entry._confirm_warnings = lambda problems: True  # type: ignore[method-assign]
    rows = [r for r in range(entry.model.rowCount()) if entry.model.row_at(r) and entry.model.may_edit(entry.model.row_at(r))]
    rows = [r for r in rows if not entry.model.row_at(r).qualitative][:2]
    codes = [entry.model.row_at(r).code for r in rows]
    _type(qtbot, entry, rows[0], "1.234,5")
    _type(qtbot, entry, rows[1], "87")
    qtbot.keyClick(entry.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert not entry.model.has_unsaved(), _answers

    def figures(db):  # type: ignore[no-untyped-def]
        with db.read() as s:
            return sorted(v for v in s.scalars(select(ValueRow.value).where(ValueRow.year == 2026, ValueRow.month == 3)))

    assert window.ctx.worker.call(figures) == [Decimal("87"), Decimal("1234.5")]

    # 4. A leader logs in on the same PC and approves the month: it becomes read-only.
    with window.ctx.db.write() as s:
        create_user(s, window.ctx.db.installation_id, "nguyenvanan", "truongxa", "Trần Văn Bình", Role.LEADER, "lanh-dao-1")
    window.ctx.set_user(None)
    _log_in(qtbot, window, "truongxa", "lanh-dao-1")
    entry = _entry(qtbot, window)
    entry.approval.approve()
    answer_confirmation(qtbot, entry.approval)
    wait_idle(qtbot, window)
    assert entry.model.locked
    assert not entry.model.flags(entry.model.index(rows[0], Col.VALUE)) & Qt.ItemFlag.ItemIsEditable
    close_window(qtbot, window)

    # 5. Restart on the same file: the figures and the lock are still there.
    again = _window(qtbot, path)
    _log_in(qtbot, again, "truongxa", "lanh-dao-1")
    entry = _entry(qtbot, again)
    assert entry.model.locked and entry.model.grid.month.state is MonthState.APPROVED
    shown = {entry.model.row_at(r).code: entry.model.data(entry.model.index(r, Col.VALUE)) for r in rows}
    assert shown == {codes[0]: "1.234,5", codes[1]: "87"}
    assert not [text for text in _answers if "không mong muốn" in text or "Unexpected" in text]
    close_window(qtbot, again)
    QApplication.processEvents()
