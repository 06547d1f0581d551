"""The annual plan and the year's targets, as an officer uses them: import Xã Tân Lập's 2026
resolution onto its adopted 5-year plan from the Chỉ tiêu page, decide the item the 5-year plan
lacks, re-match one, apply, and see the grid judge 2026 against the resolution; type a year's
target (a bad text refused, nothing saved); the grid's banner opens both screens."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from gui_support import add_users, close_window, login, wait_idle
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox

from kehoach_desktop.domain.model import PlanStatus, TargetSource
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui import pages
from kehoach_desktop.gui.annual.import_flow import AnnualImportDialog
from kehoach_desktop.gui.annual.match_model import MATCH, NEEDS_REVIEW, STATE
from kehoach_desktop.gui.annual.review_dialog import AnnualReviewDialog
from kehoach_desktop.gui.annual.year_targets_dialog import YearTargetsDialog
from kehoach_desktop.gui.annual.year_targets_model import SOURCE, YEAR
from kehoach_desktop.gui.context import AppContext
from kehoach_desktop.gui.entry.model import Col
from kehoach_desktop.gui.entry.page import EntryPage
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.plan_page import PlanPage
from kehoach_desktop.gui.settings import Settings
from kehoach_desktop.planimport.output import parse_plan_file, to_draft
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.store.year_targets import list_year_targets

FIXTURES = Path(__file__).parent / "fixtures"
FIVE_YEAR = FIXTURES / "tan-lap-ke-hoach-2026-2030.txt"
ANNUAL = FIXTURES / "tan-lap-nghi-quyet-nam-2026.txt"


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    """The English source strings, whatever translator an earlier test left installed."""
    from kehoach_desktop.gui.translations import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def tan_lap_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A SQLite file with Xã Tân Lập's adopted 5-year plan and the three accounts; (path, users)."""
    five = to_draft(parse_plan_file(FIVE_YEAR)[1])
    five = replace(five, plan=replace(five.plan, status=PlanStatus.ADOPTED), flags={})
    path = tmp_path / "tan-lap.db"
    db = open_database(str(path))
    with db.write() as s:
        commune = init_commune(s, db.installation_id, "12345", "Xã Tân Lập", None, "tester")
        create_plan(s, db.installation_id, commune.id, five, "tester")
    users = add_users(db)
    db.close()
    return path, users


def open_window(qtbot, path: Path, user, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The entry grid and the Chỉ tiêu page, logged in, on October 2026."""
    settings = Settings.load(tmp_path / "settings.json")
    window = MainWindow(AppContext(settings, open_database(str(path))), pages=[pages._entry, pages._plan])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    login(qtbot, window, user)
    window.set_period(Period(2026, 10))
    wait_idle(qtbot, window)
    return window


def year_targets(path: Path, year: int = 2026):  # type: ignore[no-untyped-def]
    db = open_database(str(path))
    try:
        with db.read() as s:
            return {ln.code: ln for ln in list_year_targets(s, 1, year)}
    finally:
        db.close()


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` as key presses (QTest types ASCII only: other letters go as key events)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def import_annual(qtbot, window: MainWindow) -> AnnualReviewDialog:  # type: ignore[no-untyped-def]
    """On the Chỉ tiêu page: Import annual plan..., the file typed, the year left at 2026, Import."""
    page = window.show_page(PlanPage)
    assert isinstance(page, PlanPage)
    wait_idle(qtbot, window)
    bar = page.annual_bar
    assert bar.isVisible() and bar.import_action.isVisible()
    bar.import_action.trigger()
    dialog = bar.importer.dialog
    assert isinstance(dialog, AnnualImportDialog) and dialog.isVisible()
    assert dialog.year.value() == 2026 and (dialog.year.minimum(), dialog.year.maximum()) == (2026, 2030)
    qtbot.keyClicks(dialog.path, str(ANNUAL))
    with qtbot.waitSignal(bar.importer.finished, timeout=30000) as done:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert done.args == [True]
    wait_idle(qtbot, window)
    review = bar.importer.review
    assert isinstance(review, AnnualReviewDialog) and review.isVisible()
    return review


def shown(model, row: int, col: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return model.data(model.index(row, col), role)


# -- the annual plan ---------------------------------------------------------------------------------
def test_import_review_and_apply_the_annual_resolution(qtbot, tan_lap_db, tmp_path, boxes) -> None:  # type: ignore[no-untyped-def]
    path, users = tan_lap_db
    window = open_window(qtbot, path, users["admin"], tmp_path)
    review = import_annual(qtbot, window)
    model = review.model
    assert model.rowCount() == 14 and review.pending_count() == 1
    assert review.counter.text() == "1 items left to review"
    # The tourist item has no 5-year counterpart: tinted, unmatched, selected first.
    row = model.row_of("5")
    assert review.current_code() == "5"
    assert shown(model, row, MATCH) == "(no match)" and shown(model, row, STATE) == "Not matched"
    assert shown(model, row, STATE, Qt.ItemDataRole.BackgroundRole).color() == NEEDS_REVIEW
    assert "Tổng lượt khách du lịch" in review.source.highlighted_text()
    # Applying now is refused with the core's words; nothing is written.
    qtbot.mouseClick(review.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert any("chưa ghép được" in text for kind, text in boxes if kind == "warning")
    assert year_targets(path)["1"].rule is None
    # Mark it annual only: added to the 5-year plan on apply.
    review.annual_only_action.trigger()
    wait_idle(qtbot, window)
    assert shown(model, model.row_of("5"), STATE) == "Annual only" and review.pending_count() == 0
    assert review.counter.text().startswith("Every item is decided")
    # Re-match the forest cover item from the keyboard: typed without accents, chosen in the list.
    review.select("12")
    assert "che phủ" in review.source.highlighted_text()
    combo = review.match_combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "che phu")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.chosen_code() == "10"
    qtbot.mouseClick(review.match_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    line = model.line(model.row_of("12"))
    assert (line.plan_code, line.state, line.confidence) == ("10", "confirmed", 100)
    # Apply: the summary lists old -> new and the indicator added; the grid follows.
    with qtbot.waitSignal(review.applied, timeout=10000):
        qtbot.mouseClick(review.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    summary = review.summary
    assert review.stack.currentWidget() is summary
    assert "13 year targets changed, 1 indicators added" in summary.heading.text()
    cells = [[summary.table.item(r, c).text() for c in range(4)] for r in range(summary.table.rowCount())]
    assert cells[0] == ["1", "Tổng sản lượng lương thực có hạt", "(none)", "đạt 7.100 tấn"]
    assert cells[-1][0] == "15" and cells[-1][2] == "(new indicator)"
    stored = year_targets(path)
    assert stored["1"].rule.source is TargetSource.ANNUAL and stored["1"].rule.source_ref == "41/NQ-HĐND"
    assert stored["10"].rule.text == "52%" or "52" in stored["10"].rule.text
    assert stored["9"].rule is None
    review.reject()
    entry = window.show_page(EntryPage)
    assert isinstance(entry, EntryPage)
    wait_idle(qtbot, window)
    grid = entry.model
    for code in ("1", "5", "7"):
        row = grid.row_of(code)
        tip = grid.data(grid.index(row, Col.TARGET), Qt.ItemDataRole.ToolTipRole)
        assert "year's resolution" in tip, (code, tip)
    assert grid.data(grid.index(grid.row_of("1"), Col.TARGET)) == "7.100"
    assert grid.row_of("15") >= 0  # the tourist indicator joined the 5-year plan
    # The applied plan is listed on the Chỉ tiêu page and reopens read-only.
    page = window.show_page(PlanPage)
    wait_idle(qtbot, window)
    [item] = page.annual_bar.drafts_menu.actions()
    assert "2026" in item.text() and "applied" in item.text()
    item.trigger()
    wait_idle(qtbot, window)
    again = page.annual_bar.importer.review
    assert again is not review and again.review().applied
    assert not again.apply_button.isVisible() and not again.annual_only_action.isVisible()
    again.reject()
    close_window(qtbot, window)


def test_a_stored_annual_draft_reopens_where_it_was_left(qtbot, tan_lap_db, tmp_path, boxes) -> None:  # type: ignore[no-untyped-def]
    path, users = tan_lap_db
    window = open_window(qtbot, path, users["admin"], tmp_path)
    review = import_annual(qtbot, window)
    review.select("5")
    review.ignore_action.trigger()
    wait_idle(qtbot, window)
    review.reject()
    page = window.current_page()
    assert isinstance(page, PlanPage)
    [item] = page.annual_bar.drafts_menu.actions()
    assert "being reviewed" in item.text()
    item.trigger()
    wait_idle(qtbot, window)
    again = page.annual_bar.importer.review
    assert again.review().lines[4].state == "ignored" and again.apply_button.isVisible()
    again.reject()
    close_window(qtbot, window)


def test_a_file_that_is_not_a_plan_is_refused_and_nothing_is_stored(qtbot, tan_lap_db, tmp_path, boxes) -> None:  # type: ignore[no-untyped-def]
    path, users = tan_lap_db
    empty = tmp_path / "empty.txt"
    empty.write_text("Biên bản họp thôn.\n", encoding="utf-8")
    window = open_window(qtbot, path, users["admin"], tmp_path)
    page = window.show_page(PlanPage)
    wait_idle(qtbot, window)
    page.annual_bar.import_action.trigger()
    dialog = page.annual_bar.importer.dialog
    qtbot.keyClicks(dialog.path, str(empty))
    with qtbot.waitSignal(page.annual_bar.importer.finished, timeout=30000) as done:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert done.args == [False] and page.annual_bar.importer.review is None
    assert [kind for kind, _ in boxes] == ["warning"] and "không" in boxes[0][1].lower()
    assert page.annual_bar.drafts == []
    close_window(qtbot, window)


# -- year targets --------------------------------------------------------------------------------------
def open_targets(qtbot, window: MainWindow) -> YearTargetsDialog:  # type: ignore[no-untyped-def]
    page = window.show_page(PlanPage)
    wait_idle(qtbot, window)
    assert page.annual_bar.targets_action.isVisible() and not page.annual_bar.import_action.isVisible()
    page.annual_bar.targets_action.trigger()
    dialog = page.annual_bar.targets_dialog
    assert isinstance(dialog, YearTargetsDialog)
    wait_idle(qtbot, window)
    return dialog


def type_cell(qtbot, dialog: YearTargetsDialog, code: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Go to ``code``'s year cell, type ``text`` (typing opens the editor) and press Enter."""
    table = dialog.table
    # The user works in the dialog: it is the active window (a window left by an earlier test
    # must not take the keys typed into the cell's editor).
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=20000)
    table.setCurrentIndex(dialog.model.index(dialog.model.row_of(code), YEAR))
    table.setFocus()
    type_text(qtbot, table, text[0])
    editor = dialog.focusWidget()
    assert editor is not None and editor is not table
    type_text(qtbot, editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Enter through a queued call, as Qt does.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState, timeout=20000)


def test_year_targets_are_typed_checked_and_saved_all_or_nothing(qtbot, tan_lap_db, tmp_path, boxes) -> None:  # type: ignore[no-untyped-def]
    path, users = tan_lap_db
    window = open_window(qtbot, path, users["leader"], tmp_path)
    dialog = open_targets(qtbot, window)
    model = dialog.model
    assert dialog.year.value() == 2026 and model.rowCount() == 14
    assert shown(model, model.row_of("1"), SOURCE) == "No year plan"
    assert "2025" in shown(model, model.row_of("1"), SOURCE, Qt.ItemDataRole.ToolTipRole)  # why: no baseline
    assert shown(model, model.row_of("10"), SOURCE) == "From the 5-year plan: 52"
    assert shown(model, model.row_of("4"), SOURCE) == "Derived from the 5-year target: ≥ 2*"
    type_cell(qtbot, dialog, "9", "≥ 70%")
    # Enter went down to the next indicator's year cell.
    assert dialog.table.currentIndex().row() == model.row_of("10")
    type_cell(qtbot, dialog, "2", "19,655")  # ambiguous: refused in the cell
    bad = model.row_of("2")
    assert "không rõ nghĩa" in shown(model, bad, YEAR, Qt.ItemDataRole.ToolTipRole)
    assert "không rõ nghĩa" in dialog.message.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert "Nothing was saved" in dialog.message.text()
    assert dialog.table.currentIndex().row() == bad
    assert year_targets(path)["9"].rule is None
    type_cell(qtbot, dialog, "2", "10.500")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    stored = year_targets(path)
    assert stored["9"].rule.text == "≥ 70%" and stored["9"].rule.source is TargetSource.TYPED
    assert stored["9"].rule.source_ref == "leader"
    assert stored["2"].rule.value == 10500
    assert shown(model, model.row_of("9"), SOURCE) == "Typed (leader)"
    # Clear one again: saved with Save, the 5-year target stays.
    dialog.table.setCurrentIndex(model.index(model.row_of("9"), YEAR))
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert shown(model, model.row_of("9"), SOURCE) == "Cleared (not saved yet)"
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert year_targets(path)["9"].rule is None and year_targets(path)["9"].plan_rule is not None
    # Esc closes (nothing pending).
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    close_window(qtbot, window)


def test_year_targets_round_trip_through_excel(qtbot, tan_lap_db, tmp_path, boxes) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    path, users = tan_lap_db
    window = open_window(qtbot, path, users["admin"], tmp_path)
    page = window.show_page(PlanPage)
    wait_idle(qtbot, window)
    dialog = page.annual_bar.open_targets()
    wait_idle(qtbot, window)
    sheet = tmp_path / "targets"
    dialog._ask_save_path = lambda suggested: str(sheet)  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    written = tmp_path / "targets.xlsx"
    assert written.exists() and "targets.xlsx" in dialog.message.text()
    wb = load_workbook(written)
    ws = wb["Mục tiêu năm 2026"]
    row = next(r for r in range(4, ws.max_row + 1) if str(ws.cell(r, 1).value) == "4")
    ws.cell(row, 5).value = "03 hợp tác xã"
    wb.save(written)
    dialog._ask_open_path = lambda: str(written)  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert "1 changed" in dialog.message.text()
    assert year_targets(path)["4"].rule.text == "03 hợp tác xã"
    assert shown(dialog.model, dialog.model.row_of("4"), YEAR) == "03 hợp tác xã"
    dialog.reject()
    close_window(qtbot, window)


# -- the grid's banner ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("user", "import_button", "targets_button"), [
    ("admin", True, True), ("leader", False, True), ("officer", False, False),
])
def test_the_banner_offers_what_the_user_may_do(qtbot, tan_lap_db, tmp_path, boxes, user, import_button,  # type: ignore[no-untyped-def]
                                                 targets_button) -> None:
    path, users = tan_lap_db
    window = open_window(qtbot, path, users[user], tmp_path)
    entry = window.current_page()
    assert isinstance(entry, EntryPage)
    assert entry.target_banner.isVisible() and entry.target_banner.text().startswith("Year 2026: ")
    assert entry.import_annual_button.isVisible() is import_button
    assert entry.year_targets_button.isVisible() is targets_button
    if import_button:
        qtbot.mouseClick(entry.import_annual_button, Qt.MouseButton.LeftButton)
        dialog = entry._annual_importer.dialog
        assert isinstance(dialog, AnnualImportDialog) and dialog.isVisible() and dialog.year.value() == 2026
        dialog.reject()
    if targets_button:
        qtbot.mouseClick(entry.year_targets_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        dialog = entry.year_targets_dialog
        assert isinstance(dialog, YearTargetsDialog) and dialog.isVisible() and dialog.model.year == 2026
        # A typed target saved from here updates the grid behind the dialog.
        type_cell(qtbot, dialog, "11", "93%")
        with qtbot.waitSignal(dialog.saved, timeout=10000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        grid = entry.model
        assert grid.data(grid.index(grid.row_of("11"), Col.TARGET)) == "93"
        dialog.reject()
    close_window(qtbot, window)
