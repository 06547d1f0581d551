"""The journal page on a real temporary database: newest first, filters, "load more"; the reason dialog."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from gui_support import close_window, login, wait_idle
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.audit_page import AuditPage
from kehoach_desktop.gui.context import AppContext
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.reason_dialog import ask_reason
from kehoach_desktop.gui.settings import Settings
from kehoach_desktop.gui.settings_page import SettingsPage
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.months import approve_month
from kehoach_desktop.store.values import ValueEntry, save_values

NOV = Period(2026, 11)


@pytest.fixture
def journal(qtbot, gui_db):  # type: ignore[no-untyped-def]
    """An admin logged in on the demo database with one new figure and one approval; the page."""
    path, users, plan_id = gui_db
    db = open_database(str(path))
    with db.write() as s:
        save_values(s, db.installation_id, plan_id, [ValueEntry("4", NOV, D("310.5"))], "officer")
    with db.write() as s:
        approve_month(s, db.installation_id, plan_id, Period(2026, 10), users["leader"])
    db.close()
    window = MainWindow(AppContext(settings=Settings.load(), db=open_database(str(path))), pages=[SettingsPage, AuditPage])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    login(qtbot, window, users["admin"])
    page = window.pages[1]
    assert isinstance(page, AuditPage)
    page.PAGE_SIZE = 100  # the demo has some 650 events: enough to need "load more"
    window.show_page(AuditPage)
    wait_idle(qtbot, window)
    yield window, page
    close_window(qtbot, window)


def rows(page: AuditPage, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_journal_lists_the_newest_first(qtbot, journal) -> None:
    window, page = journal
    assert page.model.rowCount() == 100 and page.more_button.isVisibleTo(page)
    newest, second = page.model.events[:2]
    assert (newest.action, newest.actor) == ("month.approve", "leader")
    assert (second.action, second.actor, second.entity_key) == ("value.set", "officer", "4@2026-11")
    assert rows(page, 2)[:2] == ["Duyệt và khoá tháng", "Nhập / sửa số liệu"]
    assert rows(page, 3)[1] == "4. Sản lượng lương thực có hạt — Tháng 11/2026"
    assert rows(page, 4)[1].startswith("— → 310,5")
    local = second.at.astimezone()
    assert rows(page, 0)[1] == local.strftime("%d/%m/%Y %H:%M:%S")  # local time, dd/mm/yyyy
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert page.model.rowCount() == 200
    times = [e.at for e in page.model.events]
    assert times == sorted(times, reverse=True)


def test_filters_by_user_kind_and_text(qtbot, journal) -> None:
    window, page = journal
    assert page.user_filter.findData("officer") > 0 and page.user_filter.findData("demo") > 0
    page.user_filter.setCurrentIndex(page.user_filter.findData("officer"))
    wait_idle(qtbot, window)
    assert [e.entity_key for e in page.model.events] == ["4@2026-11"]
    assert not page.more_button.isVisibleTo(page)
    page.user_filter.setCurrentIndex(0)
    kinds = [page.action_filter.itemData(i) for i in range(page.action_filter.count())]
    page.action_filter.setCurrentIndex(kinds.index(("month.",)))
    wait_idle(qtbot, window)
    assert [e.action for e in page.model.events] == ["month.approve"]
    page.action_filter.setCurrentIndex(0)
    page.search.setFocus()
    for letter in "4@2026-11":
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(page.search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))
    qtbot.waitUntil(lambda: [e.entity_key for e in page.model.events] == ["4@2026-11"], timeout=5000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 100, timeout=5000)


def test_the_journal_shows_new_events_when_shown_again(qtbot, journal) -> None:
    window, page = journal
    before = page.model.events[0].id
    window.show_page(SettingsPage)
    wait_idle(qtbot, window)
    page.user_filter.setCurrentIndex(0)

    def write(db):  # type: ignore[no-untyped-def]
        with db.write() as s:
            save_values(s, db.installation_id, window.ctx.plan_id, [ValueEntry("4", NOV, D(320))], "admin")

    window.ctx.worker.call(write)
    window.show_page(AuditPage)
    wait_idle(qtbot, window)
    assert page.model.events[0].id > before and page.model.events[0].actor == "admin"


def test_ask_reason_needs_a_reason_and_does_not_block(qtbot, tmp_path: Path) -> None:
    got: list[str] = []
    dialog = ask_reason(None, "Reopen", "Why is the month reopened?", got.append)
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog) and got == []
    qtbot.keyClicks(dialog.text, "  Fix the official figure  ")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert got == ["Fix the official figure"]


def test_cancel_gives_no_reason(qtbot) -> None:
    got: list[str] = []
    dialog = ask_reason(None, "Reopen", "Why?", got.append)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.text, "something")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton,
                     pos=QPoint(5, 5))
    assert got == []
