"""The monthly entry page, driven from the keyboard as an officer or a leader would, on a real DB."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from gui_support import answer_confirmation, close_window, login, make_window, wait_idle
from kehoach_desktop.domain.access import MonthState
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.services.changes import Changes
from kehoach_desktop.gui.entry.model import BAD_COLOUR, READ_ONLY_TEXT, WARNING_COLOUR, Col
from kehoach_desktop.gui.entry.page import DISCARD, CANCEL, SAVE, EntryPage
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.drafts import draft_path
from kehoach_desktop.store.months import approve_month, reopen_month
from kehoach_desktop.store.queries import get_value
from kehoach_desktop.store.users import assign

#: December 2026 has no figures yet, and 1.234,5 for indicator 2 there raises no warning.
PERIOD = Period(2026, 12)
OFFICER_CODES = ["2", "4", "6", "11"]


@pytest.fixture(autouse=True)
def _only_the_entry_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build windows with this page alone, so these tests do not depend on the other pages."""
    from kehoach_desktop.gui import pages

    monkeypatch.setattr(pages, "PAGES", [pages._entry])


#: Message boxes recorded instead of shown in every test here (a modal box would hang offscreen).
pytestmark = pytest.mark.usefixtures("boxes")


@pytest.fixture
def entry_db(gui_db):  # type: ignore[no-untyped-def]
    """The GUI database with indicators 2, 4, 6 and 11 assigned to the officer."""
    path, users, plan_id = gui_db
    db = open_database(str(path))
    with db.write() as s:
        assign(s, db.installation_id, "test", plan_id, "officer", OFFICER_CODES)
    db.close()
    return path, users, plan_id


def open_page(qtbot, path: Path, user, period: Period = PERIOD):  # type: ignore[no-untyped-def]
    """A logged-in window showing the entry page for ``period``, focused on the grid."""
    window = make_window(qtbot, path)
    login(qtbot, window, user)
    window.set_period(period)
    wait_idle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, EntryPage)
    window.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
    return window, page


def go_to(page: EntryPage, code: str, col: Col = Col.VALUE) -> None:
    """Put the cursor on a cell, as a click would."""
    row = page.model.row_of(code)
    assert row >= 0, f"indicator {code} is not shown"
    page.view.setCurrentIndex(page.model.index(row, col))
    page.view.setFocus()


def current_code(page: EntryPage) -> str | None:
    row = page.model.row_at(page.view.currentIndex().row())
    return row.code if row else None


def type_cell(qtbot, page: EntryPage, code: str, text: str, key=Qt.Key.Key_Return, col: Col = Col.VALUE) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into a cell (the first key opens the editor, as in a spreadsheet), then ``key``."""
    go_to(page, code, col)
    qtbot.keyClick(page.view, text[0])
    editor = page.delegate.editor()
    assert editor is not None, "typing did not start editing"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: page.delegate.editor() is None)


def compose(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type Vietnamese letters as the input method (Unikey, EVKey) delivers them."""
    typed = QInputMethodEvent()  # QTest's key clicks only know ASCII
    typed.setCommitString(text)
    QApplication.sendEvent(widget, typed)


def shown(page: EntryPage, code: str, col: Col = Col.VALUE, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.model.data(page.model.index(page.model.row_of(code), col), role)


def saved_value(path: Path, code: str, period: Period = PERIOD):  # type: ignore[no-untyped-def]
    from kehoach_desktop.store.queries import find_indicator

    db = open_database(str(path))
    try:
        with db.read() as s:
            return get_value(s, find_indicator(s, 1, code).id, period)
    finally:
        db.close()


def ctrl(qtbot, page: EntryPage, key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page.view, key, Qt.KeyboardModifier.ControlModifier)


def discard_and_close(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.current_page()
    if isinstance(page, EntryPage):
        page._ask_unsaved = lambda: DISCARD  # type: ignore[method-assign]
    close_window(qtbot, window)


def test_type_enter_moves_down_and_ctrl_s_saves_for_good(qtbot, entry_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = entry_db
    window, page = open_page(qtbot, path, users["officer"])
    assert page.title() == "Monthly entry"
    type_cell(qtbot, page, "2", "1.234,5")
    assert current_code(page) == "4"  # Enter went down to the next indicator the officer fills
    assert page.view.currentIndex().column() == Col.VALUE
    assert shown(page, "2") == "1.234,5"
    assert shown(page, "2", role=Qt.ItemDataRole.FontRole).italic()  # unsaved: italic and tinted
    assert page.pending_label.text() == "1 unsaved"
    ctrl(qtbot, page, Qt.Key.Key_S)
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Saved 1 figures."
    assert not page.model.has_unsaved()
    assert shown(page, "2", Col.ACTUAL) == "8.744,5"  # 7.510 to October + 1.234,5, reloaded from the DB
    go_to(page, "2")
    wait_idle(qtbot, window)
    assert page.history.revisions_shown() == 1
    assert page.history.table.item(0, 1).text() == "officer" and page.history.table.item(0, 3).text() == "1.234,5"
    close_window(qtbot, window)

    stored = saved_value(path, "2")
    assert stored is not None and stored.value == D("1234.5") and stored.kind is ValueKind.ESTIMATE
    window, page = open_page(qtbot, path, users["officer"])
    assert shown(page, "2") == "1.234,5" and not page.model.has_unsaved()
    close_window(qtbot, window)


def test_tab_moves_right_notes_and_the_official_tick(qtbot, entry_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = entry_db
    window, page = open_page(qtbot, path, users["officer"])
    type_cell(qtbot, page, "4", "12,5", key=Qt.Key.Key_Tab)
    assert (current_code(page), page.view.currentIndex().column()) == ("4", Col.NOTE)
    qtbot.keyClicks(page.view, "M")  # typing on the note cell starts editing it too
    editor = page.delegate.editor()
    assert editor is not None
    compose(editor, "ưa đá")
    qtbot.keyClick(page.delegate.editor(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.delegate.editor() is None)
    assert page.view.currentIndex().column() == Col.OFFICIAL
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert shown(page, "4", Col.OFFICIAL, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert (current_code(page), page.view.currentIndex().column()) == ("6", Col.VALUE)
    ctrl(qtbot, page, Qt.Key.Key_S)
    wait_idle(qtbot, window)
    stored = saved_value(path, "4")
    assert stored is not None
    assert (stored.value, stored.kind, stored.note) == (D("12.5"), ValueKind.OFFICIAL, "Mưa đá")
    close_window(qtbot, window)


@pytest.mark.parametrize("text", ["abc", "12,3,4"])
def test_bad_text_is_red_with_the_reason_and_never_saved(qtbot, entry_db, boxes, text: str) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = entry_db
    window, page = open_page(qtbot, path, users["officer"])
    type_cell(qtbot, page, "2", text)
    assert shown(page, "2") == text
    assert shown(page, "2", role=Qt.ItemDataRole.BackgroundRole) == BAD_COLOUR
    reason = shown(page, "2", role=Qt.ItemDataRole.ToolTipRole)
    assert "Không đọc được số" in reason and "1.234" in reason  # says what is expected
    assert "Không đọc được số" in window.statusBar().currentMessage()
    ctrl(qtbot, page, Qt.Key.Key_S)
    wait_idle(qtbot, window)
    assert boxes and boxes[-1][0] == "warning" and "Không đọc được số" in boxes[-1][1]
    assert page.model.has_unsaved()
    discard_and_close(qtbot, window)
    assert saved_value(path, "2") is None


@pytest.mark.parametrize(("code", "text", "words"), [("6", "-1", "âm"), ("11", "120", "100%")])
def test_doubtful_figures_are_asked_about_before_saving(qtbot, entry_db, code: str, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = entry_db
    window, page = open_page(qtbot, path, users["officer"])
    asked: list[str] = []
    answer = [False]

    def confirm(problems) -> bool:  # type: ignore[no-untyped-def]
        asked.append("\n".join(p.message for _, found in problems for p in found))
        return answer[0]

    page._confirm_warnings = confirm  # type: ignore[method-assign]
    type_cell(qtbot, page, code, text)
    assert words in shown(page, code, role=Qt.ItemDataRole.ToolTipRole)  # flagged while typing
    ctrl(qtbot, page, Qt.Key.Key_S)
    wait_idle(qtbot, window)
    assert len(asked) == 1 and words in asked[0]
    assert saved_value(path, code) is None  # No: nothing saved, the figure is kept for checking
    assert page.model.has_unsaved()
    assert shown(page, code, role=Qt.ItemDataRole.BackgroundRole) == WARNING_COLOUR
    answer[0] = True
    ctrl(qtbot, page, Qt.Key.Key_S)
    wait_idle(qtbot, window)
    stored = saved_value(path, code)
    assert stored is not None and stored.value == D(text)
    assert not page.model.has_unsaved()
    close_window(qtbot, window)


def test_ctrl_z_undoes_esc_cancels_delete_clears(qtbot, entry_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = entry_db
    window, page = open_page(qtbot, path, users["officer"], Period(2026, 10))
    assert shown(page, "2") == "790"
    type_cell(qtbot, page, "2", "800")
    type_cell(qtbot, page, "2", "790")  # typed back to what is stored: no edit left
    assert not page.model.has_unsaved()
    type_cell(qtbot, page, "2", "800")
    type_cell(qtbot, page, "4", "1.500")
    assert page.model.pending_edits().keys() == {"2", "4"}
    ctrl(qtbot, page, Qt.Key.Key_Z)
    assert page.model.pending_edits().keys() == {"2"} and shown(page, "4") == "1.760"
    ctrl(qtbot, page, Qt.Key.Key_Z)
    assert not page.model.has_unsaved() and shown(page, "2") == "790"  # as after typing 790 back
    ctrl(qtbot, page, Qt.Key.Key_Z)
    assert page.model.pending_edits().keys() == {"2"} and shown(page, "2") == "800"
    while page.model.undo():
        pass
    assert not page.model.has_unsaved() and shown(page, "2") == "790"

    go_to(page, "6")
    qtbot.keyClick(page.view, "9")
    qtbot.keyClick(page.delegate.editor(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.delegate.editor() is None)
    assert not page.model.has_unsaved() and current_code(page) == "6"  # cancelled, cursor stays

    go_to(page, "2")
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert shown(page, "2") == "" and page.model.pending_edits()["2"].value is None
    ctrl(qtbot, page, Qt.Key.Key_Z)
    assert shown(page, "2") == "790" and not page.model.has_unsaved()
    close_window(qtbot, window)


def test_leaving_the_month_with_unsaved_edits_asks(qtbot, entry_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = entry_db
    window, page = open_page(qtbot, path, users["officer"])
    type_cell(qtbot, page, "2", "800")
    answers = [CANCEL]
    page._ask_unsaved = lambda: answers[0]  # type: ignore[method-assign]
    window.period.number.setCurrentIndex(10)  # the user picks November in the toolbar
    wait_idle(qtbot, window)
    assert window.ctx.period == PERIOD and window.period.number.currentIndex() == 11
    assert page.model.pending_edits().keys() == {"2"}

    answers[0] = SAVE  # Save: stored before the month changes
    window.period.number.setCurrentIndex(10)
    wait_idle(qtbot, window)
    assert window.ctx.period == Period(2026, 11)
    stored = saved_value(path, "2")
    assert stored is not None and stored.value == D(800)

    type_cell(qtbot, page, "2", "700")
    answers[0] = DISCARD
    window.period.number.setCurrentIndex(11)
    wait_idle(qtbot, window)
    assert window.ctx.period == PERIOD and not page.model.has_unsaved()
    assert saved_value(path, "2", Period(2026, 11)) is None
    close_window(qtbot, window)


def test_a_draft_survives_a_crash(qtbot, entry_db) -> None:  # type: ignore[no-untyped-def]
    path, users, plan_id = entry_db
    window, page = open_page(qtbot, path, users["officer"])
    type_cell(qtbot, page, "2", "1.234,5")
    type_cell(qtbot, page, "11", "abc")  # a bad cell is not a figure: it is not kept
    draft = draft_path(window.ctx.db.display_name, "officer", plan_id, PERIOD)
    assert draft.exists()
    page.can_leave = lambda: True  # type: ignore[method-assign]  # the power goes: nothing asked, nothing saved
    close_window(qtbot, window)
    assert saved_value(path, "2") is None

    window, page = open_page(qtbot, path, users["officer"])
    assert page.model.pending_edits().keys() == {"2"}
    assert shown(page, "2") == "1.234,5"
    assert "Restored 1 unsaved edits" in window.statusBar().currentMessage()
    ctrl(qtbot, page, Qt.Key.Key_S)
    wait_idle(qtbot, window)
    assert not draft.exists()
    assert saved_value(path, "2") is not None
    close_window(qtbot, window)


def test_officer_edits_only_assigned_indicators_and_cannot_approve(qtbot, entry_db) -> None:  # type: ignore[no-untyped-def]
    path, users, plan_id = entry_db
    window, page = open_page(qtbot, path, users["officer"])
    shown_codes = {r.code for r in page.model.grid.rows if page.model.row_of(r.code) >= 0}
    assert shown_codes == set(OFFICER_CODES)  # "my indicators" is on by default
    page.only_mine.setChecked(False)
    assert page.model.row_of("1") >= 0 and not window.ctx.settings.only_mine_for("officer")
    flags = page.model.flags(page.model.index(page.model.row_of("1"), Col.VALUE))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert shown(page, "1", role=Qt.ItemDataRole.ForegroundRole) == READ_ONLY_TEXT
    go_to(page, "1")
    qtbot.keyClick(page.view, "5")
    assert page.delegate.editor() is None and not page.model.has_unsaved()
    assert page.model.flags(page.model.index(page.model.row_of("2"), Col.VALUE)) & Qt.ItemFlag.ItemIsEditable
    page.search.setText("dan trau")  # accent-insensitive search by name
    assert [page.model.row_at(r).code for r in range(page.model.rowCount()) if page.model.row_at(r)] == ["5.2"]
    page.search.setText("")

    bar = page.approval
    assert bar.approve_button.isHidden() and bar.reopen_button.isHidden()
    assert not bar.submit_button.isHidden() and bar.submit_button.isEnabled()
    db = open_database(str(path))
    with db.write() as s, pytest.raises(UserError, match="không có quyền duyệt"):
        approve_month(s, db.installation_id, plan_id, PERIOD, users["officer"])
    db.close()
    qtbot.mouseClick(bar.submit_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, bar)
    wait_idle(qtbot, window)
    assert page.model.grid.month.state is MonthState.SUBMITTED
    assert not bar.submit_button.isEnabled()
    assert page.model.flags(page.model.index(page.model.row_of("2"), Col.VALUE)) & Qt.ItemFlag.ItemIsEditable
    close_window(qtbot, window)


def test_leader_approves_then_the_grid_is_read_only_and_reopening_needs_a_reason(qtbot, entry_db) -> None:  # type: ignore[no-untyped-def]
    path, users, plan_id = entry_db
    window, page = open_page(qtbot, path, users["leader"])
    assert not page.only_mine.isEnabled()  # nothing assigned to the leader: every indicator shown
    assert page.model.row_of("1") >= 0
    states: list[Period] = []
    window.ctx.changes.connect(lambda changes: states.extend(changes.months))
    bar = page.approval
    assert not bar.approve_button.isHidden() and bar.approve_button.isEnabled()
    qtbot.mouseClick(bar.approve_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, bar)
    wait_idle(qtbot, window)
    assert states == [PERIOD]
    assert page.model.locked and not page.lock_banner.isHidden()
    assert not page.model.flags(page.model.index(page.model.row_of("2"), Col.VALUE)) & Qt.ItemFlag.ItemIsEditable
    go_to(page, "2")
    qtbot.keyClick(page.view, "7")
    assert page.delegate.editor() is None and not page.model.has_unsaved()
    assert not bar.approve_button.isEnabled() and bar.reopen_button.isEnabled()

    qtbot.mouseClick(bar.reopen_button, Qt.MouseButton.LeftButton)
    dialog = bar.reopen_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # no reason, no reopening
    qtbot.keyClicks(dialog.reason, "abc")
    assert not dialog.ok.isEnabled()
    db = open_database(str(path))
    with db.write() as s, pytest.raises(UserError, match="lý do"):
        reopen_month(s, db.installation_id, plan_id, PERIOD, users["leader"], "   ")
    db.close()
    compose(dialog.reason, " - sửa số liệu chính thức")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert page.model.grid.month.state is MonthState.OPEN
    assert page.model.grid.month.reason == "abc - sửa số liệu chính thức"
    assert page.lock_banner.isHidden()
    assert page.model.flags(page.model.index(page.model.row_of("2"), Col.VALUE)) & Qt.ItemFlag.ItemIsEditable
    close_window(qtbot, window)


def test_without_a_plan_the_page_says_where_to_start(qtbot, entry_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = entry_db
    window, page = open_page(qtbot, path, users["officer"])
    window.ctx.plan_id = None
    window.ctx.publish(Changes(plan=True))
    assert page.stack.currentWidget() is page.no_plan
    assert page.go_to_plan.isVisible()
    close_window(qtbot, window)


def test_figures_saved_elsewhere_refresh_only_their_rows(qtbot, entry_db) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.store.values import ValueEntry, save_values

    path, users, plan_id = entry_db
    window, page = open_page(qtbot, path, users["leader"])
    type_cell(qtbot, page, "2", "800")
    db = open_database(str(path))  # another PC of the office saves indicator 4's figure
    with db.write() as s:
        save_values(s, db.installation_id, plan_id, [ValueEntry("4", PERIOD, D(0))], "other")
    db.close()
    resets: list[bool] = []
    changed: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    page.model.dataChanged.connect(lambda first, last: changed.append(first.row()))
    window.ctx.publish(Changes.figures({"4"}, PERIOD))
    wait_idle(qtbot, window)
    assert shown(page, "4") == "0" and shown(page, "4", Col.ACTUAL) == "6.960"
    assert resets == [] and changed == [page.model.row_of("4")]
    assert page.model.pending_edits().keys() == {"2"} and shown(page, "2") == "800"  # typing kept
    discard_and_close(qtbot, window)


def _hold_worker(window):  # type: ignore[no-untyped-def]
    """Keep the database worker busy until the returned event is set (a slow PC, a long job)."""
    import threading

    gate = threading.Event()
    window.ctx.worker.submit(lambda db: gate.wait(10), lambda result, error: None)
    return gate


def test_nothing_can_be_typed_into_the_old_month_while_the_new_one_loads(qtbot, entry_db, boxes) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = entry_db
    window, page = open_page(qtbot, path, users["leader"])
    gate = _hold_worker(window)
    window.set_period(Period(2026, 5))
    assert not page.view.isEnabled()  # still showing December, so it must not take figures
    ctrl(qtbot, page, Qt.Key.Key_S)
    gate.set()
    wait_idle(qtbot, window)
    assert page.view.isEnabled() and page.model.grid.period == Period(2026, 5)
    discard_and_close(qtbot, window)


def test_logging_out_while_a_page_loads_is_quiet(qtbot, entry_db, boxes, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import kehoach_desktop.gui.startup as startup

    path, users, _ = entry_db
    window, page = open_page(qtbot, path, users["leader"])
    monkeypatch.setattr(startup, "ask_login", lambda w: None)
    gate = _hold_worker(window)
    page.reload()  # queued behind the held job; its page is gone when it returns
    window.logout()
    QApplication.processEvents()
    gate.set()
    wait_idle(qtbot, window)
    assert boxes == [] and window.pages == []
    close_window(qtbot, window)
