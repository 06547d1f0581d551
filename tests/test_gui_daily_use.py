"""Daily use on a 1366x768 office PC (issue 15): each test acts as the officer did."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import close_window, login, make_window, wait_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QScrollArea, QWidget

from kehoach_desktop.gui.context import AppContext
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.plan_page import PlanPage
from kehoach_desktop.gui.settings import Settings
from kehoach_desktop.store.database import open_database


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    """The English source strings, whatever translator an earlier test left installed."""
    from kehoach_desktop.gui.translations import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def app_style(qapp):  # type: ignore[no-untyped-def]
    """The app's own style sheet, as ``kehoach-desktop`` loads it; removed afterwards."""
    from kehoach_desktop.gui.resources import apply_style

    apply_style(qapp)
    yield
    qapp.setStyleSheet("")


@pytest.fixture
def box_answer() -> QMessageBox.StandardButton:
    """Questions answer Yes here (the shared ``boxes`` fixture records every box)."""
    return QMessageBox.StandardButton.Yes


def wheel_over(widget: QWidget, notches: int = -1) -> None:
    """Turn the mouse wheel over the middle of ``widget``, through the window system as a mouse does."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    pos = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(handle, pos, QPoint(0, 120 * notches))
    QTest.qWait(20)


def plan_window(qtbot, path: Path, user, tmp_path: Path) -> tuple[MainWindow, PlanPage]:  # type: ignore[no-untyped-def]
    settings = Settings.load(tmp_path / "settings.json")
    window = MainWindow(AppContext(settings, open_database(str(path))), pages=[PlanPage])
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    login(qtbot, window, user)
    page = window.current_page()
    assert isinstance(page, PlanPage)
    wait_idle(qtbot, window)
    return window, page


# -- defect 1: the wheel changes nothing it passes over --------------------------------------------
def test_the_wheel_scrolls_the_indicator_form_and_changes_no_field(qtbot, gui_db, tmp_path, boxes) -> None:
    path, users, _plan_id = gui_db
    window, page = plan_window(qtbot, path, users["admin"], tmp_path)
    review, editor = page.review, page.review.editor
    review.select("1")
    review.tree.setFocus()
    scroll = editor.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    window.resize(1366, 560)  # a form taller than its panel: the wheel scrolls it
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    scroll.ensureWidgetVisible(editor.baseline_year)
    qtbot.wait(20)
    before = (editor.baseline_year.value(), editor.kind.currentIndex(), editor.direction.currentIndex(),
              editor.compare_year.value())
    start = scroll.verticalScrollBar().value()
    for widget in (editor.baseline_year, editor.kind, editor.direction, editor.compare_year):
        if widget.isEnabled():
            scroll.ensureWidgetVisible(widget)
            wheel_over(widget, -1)
            wheel_over(widget, +1)
    after = (editor.baseline_year.value(), editor.kind.currentIndex(), editor.direction.currentIndex(),
             editor.compare_year.value())
    assert after == before
    assert not editor.is_modified()
    # The wheel went on to the form, which scrolled.
    scroll.verticalScrollBar().setValue(start)
    scroll.ensureWidgetVisible(editor.baseline_year)
    position = scroll.verticalScrollBar().value()
    wheel_over(editor.baseline_year, -1)
    assert scroll.verticalScrollBar().value() != position
    # Switching indicator keeps nothing: the draft is as it was, and nothing is said to be applied.
    review.select("2")
    assert not review.is_dirty()
    assert "applied" not in window.statusBar().currentMessage()
    # Once the officer clicks into the box, the wheel does change it (the guard only holds back a passing wheel).
    scroll.ensureWidgetVisible(editor.baseline_year)
    editor.baseline_year.setFocus()
    value = editor.baseline_year.value()
    wheel_over(editor.baseline_year, +1)
    assert editor.baseline_year.value() != value
    close_window(qtbot, window)


def test_the_wheel_over_the_year_table_and_toolbar_changes_nothing(qtbot, gui_db, tmp_path, boxes) -> None:
    path, users, _plan_id = gui_db
    window = make_window(qtbot, path, tmp_path)
    login(qtbot, window, users["admin"])
    period = window.period
    before = str(window.ctx.period)
    for box in (period.kind, period.number, period.year):
        wheel_over(box, -1)
    wait_idle(qtbot, window)
    assert str(window.ctx.period) == before
    assert period.year.focusPolicy() == Qt.FocusPolicy.StrongFocus
    close_window(qtbot, window)


# -- defect 2: the window fits the screen ----------------------------------------------------------
def test_first_start_on_a_small_screen_opens_maximised_and_is_remembered(qtbot, gui_db, tmp_path, boxes) -> None:
    path, users, _plan_id = gui_db
    settings = Settings.load(tmp_path / "settings.json")
    window = MainWindow(AppContext(settings, open_database(str(path))))
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert screen.width() < 1400  # the test screen (offscreen: 800x800) is a small one
    window.show_on_screen()
    qtbot.waitExposed(window)
    assert window.isMaximized()
    bar = window.statusBar()
    assert bar.isVisible()
    bottom = bar.mapToGlobal(bar.rect().bottomLeft()).y()
    assert bottom <= screen.bottom() + 1  # the status bar, where entry errors appear, is on screen
    close_window(qtbot, window)
    # Next start: the layout saved on closing brings it back maximised.
    again = MainWindow(AppContext(Settings.load(tmp_path / "settings.json"), open_database(str(path))))
    qtbot.addWidget(again)
    again.show_on_screen()
    qtbot.waitExposed(again)
    assert again.isMaximized()
    close_window(qtbot, again)


def test_a_window_saved_on_a_larger_screen_opens_within_this_one(qtbot, gui_db, tmp_path, boxes) -> None:
    from PySide6.QtWidgets import QMainWindow

    path, _users, _plan_id = gui_db
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 1900, 1040)  # a 1920x1080 monitor's window
    settings = Settings.load(tmp_path / "settings.json")
    settings.window_geometry = bytes(big.saveGeometry().toBase64().data()).decode()
    settings.save()
    window = MainWindow(AppContext(Settings.load(tmp_path / "settings.json"), open_database(str(path))))
    qtbot.addWidget(window)
    window.show_on_screen()
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry()) or window.isMaximized()
    bar = window.statusBar()
    assert bar.isVisible() and bar.mapToGlobal(bar.rect().bottomLeft()).y() <= screen.bottom() + 1
    close_window(qtbot, window)


def test_the_indicator_detail_fits_beside_the_overview_and_its_list_is_short(qtbot, gui_db, tmp_path, boxes,
                                                                             app_style) -> None:
    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.overview_page import OverviewPage
    from kehoach_desktop.gui.settings_page import SettingsPage  # noqa: F401  (the full page list)

    pytest.importorskip("matplotlib")
    path, users, _plan_id = gui_db
    window = make_window(qtbot, path, tmp_path)
    window.resize(1366, 728)  # maximised on a 1366x768 screen with a task bar
    login(qtbot, window, users["leader"])
    window.set_period(Period(2026, 10))
    page = window.show_page(OverviewPage)
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: page.result is not None and page.picker.count() > 20, timeout=5000)
    wait_idle(qtbot, window)
    page.picker.setFocus()
    page.picker.setCurrentIndex(page.picker.findData("4") - 1)
    qtbot.keyClick(page.picker, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.detail.isVisible() and page.detail.month_chart.is_drawn(), timeout=10000)
    qtbot.wait(50)
    chart = page.detail.month_chart
    assert chart.scroll_area.horizontalScrollBar().maximum() == 0  # the month chart is whole, no sideways scrolling
    assert chart.canvas is not None and chart.canvas.width() >= 700
    # The list of 30 indicators opens as a short scrolling list, not over the whole screen.
    qtbot.keyClick(page.picker, Qt.Key.Key_F4)
    popup = page.picker.view()
    qtbot.waitUntil(popup.isVisible)
    rows = popup.height() / max(popup.sizeHintForRow(0), 1)
    assert rows <= 16
    page.picker.hidePopup()
    close_window(qtbot, window)


# -- defect 3: the review tree highlights the row its form shows -----------------------------------
def test_clicking_a_half_visible_row_highlights_the_indicator_the_form_shows(qtbot, gui_db, tmp_path, boxes) -> None:
    path, users, _plan_id = gui_db
    window, page = plan_window(qtbot, path, users["admin"], tmp_path)
    review = page.review
    tree = review.tree
    review.select("1")
    viewport = tree.viewport()
    clicked = 0
    for _ in range(8):
        # The last row the viewport shows, cut by its bottom edge.
        y = viewport.height() - 3
        index = tree.indexAt(QPoint(20, y))
        code = review.model.code_of(index)
        if code is None:
            tree.verticalScrollBar().setValue(tree.verticalScrollBar().value() + 1)
            continue
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(20, y))
        qtbot.wait(300)  # past a double-click's interval
        wait_idle(qtbot, window)
        clicked += 1
        shown = review.current_code()
        highlighted = review.selected_codes()
        assert shown == code, (shown, code)
        assert highlighted == [shown]
        assert review.model.code_of(tree.currentIndex()) == shown
    assert clicked >= 3
    close_window(qtbot, window)


# -- defect 4: after login the first typed figure lands in the grid --------------------------------
def log_in_by_dialog(qtbot, window: MainWindow, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.startup import ask_login

    ask_login(window)
    dialog = window._login  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible)
    dialog.username.setFocus()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.user is not None and bool(window.pages), timeout=10000)
    wait_idle(qtbot, window)


def test_after_login_the_first_typed_figure_goes_into_the_first_cell(qtbot, gui_db, tmp_path, boxes) -> None:
    from PySide6.QtWidgets import QApplication

    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.entry.model import Col
    from kehoach_desktop.gui.entry.page import EntryPage
    from gui_support import PASSWORDS

    path, _users, _plan_id = gui_db
    settings = Settings.load(tmp_path / "settings.json")
    settings.last_period = "2026-11"
    settings.save()
    window = make_window(qtbot, path, tmp_path)
    window.ctx.period = Period(2026, 11)
    window.activateWindow()
    log_in_by_dialog(qtbot, window, "admin", PASSWORDS["admin"])
    page = window.current_page()
    assert isinstance(page, EntryPage)
    qtbot.waitUntil(lambda: page.model.grid is not None and page.view.currentIndex().isValid(), timeout=5000)
    window.activateWindow()  # as the window manager does when the login dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = QApplication.focusWidget()
    assert focus is page.view  # not the navigation list
    index = page.view.currentIndex()
    row = page.model.row_at(index.row())
    assert row is not None and index.column() == Col.VALUE and page.model.may_edit(row)
    for key in "12":  # each key to whatever has the focus, as a keyboard does
        qtbot.keyClicks(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.delegate.editor() is None)
    typed = {**page.model.pending_edits(), **page.model.bad_cells()}
    assert row.code in typed  # the figure landed in the first cell to fill, nowhere else
    assert "12" in str(page.model.data(page.model.index(index.row(), Col.VALUE)))
    page.model.discard()
    close_window(qtbot, window)


# -- defect 7: submitting and approving ask first, naming the month and what it holds ---------------
def test_approve_and_lock_asks_first_naming_the_month_and_the_counts(qtbot, gui_db, tmp_path, boxes) -> None:
    from gui_support import answer_confirmation

    from kehoach_desktop.domain.access import MonthState
    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.entry.page import EntryPage

    path, users, _plan_id = gui_db
    window = make_window(qtbot, path, tmp_path)
    login(qtbot, window, users["leader"])
    window.set_period(Period(2026, 11))
    wait_idle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, EntryPage)
    bar = page.approval
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.period == Period(2026, 11))
    qtbot.mouseClick(bar.approve_button, Qt.MouseButton.LeftButton)
    text = answer_confirmation(qtbot, bar, yes=False)
    assert "11/2026" in text
    rows = page.model.grid.rows
    entered = sum(1 for r in rows if r.this_month is not None and r.this_month.value is not None)
    assert f"{entered} of {len(rows)} indicators" in text
    wait_idle(qtbot, window)
    assert page.model.grid.month.state is MonthState.OPEN  # Cancel: nothing happened
    qtbot.mouseClick(bar.approve_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, bar, yes=True)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.grid.month.state is MonthState.APPROVED)
    close_window(qtbot, window)


# -- defect 6: the journal shows what a person reads -----------------------------------------------
def test_the_journal_names_the_indicator_the_month_and_met_in_words(qtbot, gui_db, tmp_path, boxes) -> None:
    from decimal import Decimal

    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.audit_page import AuditPage
    from kehoach_desktop.store.months import approve_month
    from kehoach_desktop.store.values import ValueEntry, save_values

    path, users, plan_id = gui_db
    db = open_database(str(path))
    with db.write() as s:
        save_values(s, db.installation_id, plan_id, [ValueEntry("23", Period(2026, 11), Decimal(1)),
                                                      ValueEntry("4", Period(2026, 11), Decimal("1234.5"))], "leader",
                    accept_warnings=True)
        approve_month(s, db.installation_id, plan_id, Period(2026, 11), users["leader"])
    db.close()
    window = make_window(qtbot, path, tmp_path)
    login(qtbot, window, users["admin"])
    page = window.show_page(AuditPage)
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 3, timeout=5000)
    model = page.model
    lines = [(model.data(model.index(r, 3)), model.data(model.index(r, 4))) for r in range(model.rowCount())]
    what = [w for w, _d in lines]
    assert any(w.startswith("23. Giữ vững xã đạt chuẩn an toàn") and w.endswith("Tháng 11/2026") for w in what)
    qualitative = next(d for w, d in lines if w.startswith("23."))
    assert "Đạt" in qualitative and "→ 1" not in qualitative
    figure = next(d for w, d in lines if w.startswith("4. Sản lượng lương thực"))
    assert "1.234,5" in figure
    month = next(w for w in what if w.startswith("Tháng 11/2026 —"))
    assert "@" not in month and str(plan_id) + "@" not in " ".join(what)
    close_window(qtbot, window)


# -- defect 5: nothing clipped, nothing shifting ---------------------------------------------------
def test_the_status_word_is_whole_and_the_save_button_stays_put(qtbot, gui_db, tmp_path, boxes) -> None:
    from PySide6.QtWidgets import QApplication

    from kehoach_desktop.domain.model import STATUS_LABELS, Status
    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.entry.model import Col
    from kehoach_desktop.gui.entry.page import EntryPage

    path, users, _plan_id = gui_db
    window = make_window(qtbot, path, tmp_path)
    window.resize(1366, 728)
    login(qtbot, window, users["admin"])
    window.set_period(Period(2026, 11))
    wait_idle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, EntryPage)
    view = page.view
    needed = view.fontMetrics().horizontalAdvance(STATUS_LABELS[Status.AT_RISK])
    assert view.columnWidth(Col.STATUS) > needed  # "Có nguy cơ không đạt", not "Có nguy cơ kh..."
    window.set_period(Period.quarter(2026, 3))
    wait_idle(qtbot, window)
    assert view.columnWidth(Col.STATUS) > needed + view.fontMetrics().horizontalAdvance(" (ước)")
    window.set_period(Period(2026, 11))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.period == Period(2026, 11))
    def places() -> list[tuple[int, int]]:
        return [(w.mapTo(window, w.rect().topLeft()).x(), w.width())
                for w in (page.search, page.only_mine, page.undo_button, page.save_button)]

    before = places()
    page.view.setFocus()
    page.view.first_cell()
    for key in "12":
        qtbot.keyClicks(QApplication.focusWidget() or page.view, key)
    qtbot.keyClick(QApplication.focusWidget() or page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.pending_label.text()))
    qtbot.wait(20)
    assert places() == before
    page.model.discard()
    close_window(qtbot, window)


# -- defect 8: one officer's session leaves nothing for the next -----------------------------------
def test_the_next_user_gets_a_clean_status_bar_and_their_own_filter(qtbot, gui_db, tmp_path, boxes) -> None:
    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.entry.page import EntryPage
    from kehoach_desktop.store.users import assign

    path, users, plan_id = gui_db
    db = open_database(str(path))
    with db.write() as s:
        for name, codes in (("officer", ["4", "5"]), ("admin", ["1"])):
            assign(s, db.installation_id, "test", plan_id, name, codes)
    db.close()
    window = make_window(qtbot, path, tmp_path)
    window.ctx.period = Period(2026, 11)
    login(qtbot, window, users["officer"])
    page = window.current_page()
    assert isinstance(page, EntryPage)
    assert page.only_mine.isChecked()
    qtbot.mouseClick(page.only_mine, Qt.MouseButton.LeftButton)  # the officer shows every indicator
    assert not page.only_mine.isChecked()
    window.ctx.status.emit("Đã lưu 3 số liệu của officer")
    window.logout()
    qtbot.waitUntil(lambda: window.ctx.user is None)
    assert window.statusBar().currentMessage() == ""
    login(qtbot, window, users["admin"])
    page = window.current_page()
    assert isinstance(page, EntryPage)
    assert page.only_mine.isChecked()  # the admin's own choice (the default), not the officer's
    qtbot.waitUntil(lambda: page.model.grid is not None)
    shown = {r.code for r in page.model.grid.rows if page.model.row_of(r.code) >= 0}
    assert shown == {"1"}
    window.logout()
    login(qtbot, window, users["officer"])
    page = window.current_page()
    assert isinstance(page, EntryPage) and not page.only_mine.isChecked()  # remembered for the officer
    close_window(qtbot, window)


# -- defect 9: Qt's file dialog in Vietnamese; a plan can be named ---------------------------------
def test_qts_own_file_dialog_speaks_vietnamese(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from kehoach_desktop.gui.translations import install_translators

    install_translators(qapp, "vi")
    try:
        dialog = QFileDialog(None, "Chọn tệp", str(Path.home()))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # what Linux without a portal shows
        dialog.setNameFilters(["Excel (*.xlsx)"])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Tìm trong:"
        assert labels["fileNameLabel"] == "&Tên tệp:"
        assert labels["fileTypeLabel"] == "&Loại tệp:"
        box = dialog.findChild(QDialogButtonBox)
        assert {b.text() for b in box.buttons()} == {"&Mở", "Huỷ"}
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        assert "&Lưu" in {b.text() for b in box.buttons()}
        dialog.close()
    finally:
        install_translators(qapp, "en")


def test_an_administrator_names_the_plan_and_it_is_saved(qtbot, gui_db, tmp_path, boxes) -> None:
    from kehoach_desktop.store.queries import plan_draft

    path, users, plan_id = gui_db
    window, page = plan_window(qtbot, path, users["admin"], tmp_path)
    assert page.rename_action.isVisible() and page.rename_action.isEnabled()
    page.rename_action.trigger()
    dialog = page.title_dialog
    qtbot.waitUntil(dialog.isVisible)
    title = "Ke hoach phat trien KT-XH xa Dong Tam 2026-2030"
    line = dialog.findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, title)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.heading.text() == title and page.review.is_dirty()
    page.save_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not page.review.is_dirty(), timeout=5000)
    db = open_database(str(path))
    with db.read() as s:
        assert plan_draft(s, plan_id).plan.title == title
    db.close()
    # An empty title is refused with a message, and nothing changes.
    page.rename_action.trigger()
    line = page.title_dialog.findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert boxes and "empty" in boxes[-1][1]
    assert page.heading.text() == title and not page.review.is_dirty()
    close_window(qtbot, window)


# -- gap 1: figures out to Excel and back in from the entry page -----------------------------------
def test_the_entry_page_exports_the_year_and_imports_a_sheet_after_a_preview(qtbot, gui_db, tmp_path, boxes) -> None:
    from decimal import Decimal

    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.entry.page import EntryPage
    from kehoach_desktop.planimport.figures_xlsx import FigureLine, read_figures_xlsx, write_figures_xlsx
    from kehoach_desktop.store.queries import load_plan_data

    path, users, plan_id = gui_db
    window = make_window(qtbot, path, tmp_path)
    login(qtbot, window, users["leader"])
    window.set_period(Period(2026, 11))
    wait_idle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, EntryPage)
    excel = page.excel
    out = tmp_path / "xuat.xlsx"
    excel._ask_save_path = lambda suggested: str(out)  # type: ignore[method-assign]
    excel.export_action.trigger()
    wait_idle(qtbot, window)
    year, lines = read_figures_xlsx(out)
    assert year == 2026 and len(lines) > 100
    assert "xuat.xlsx" in window.statusBar().currentMessage()

    sheet = tmp_path / "nhap.xlsx"
    write_figures_xlsx([FigureLine("4", 11, Decimal("1800")), FigureLine("8", 11, Decimal("9000"), note="Lễ hội")],
                       sheet, 2026)
    excel._ask_open_path = lambda: str(sheet)  # type: ignore[method-assign]
    changed: list[tuple[Period, set[str]]] = []
    window.ctx.changes.connect(lambda c: changed.extend(c.by_period()) if c.cells else None)
    excel.import_action.trigger()
    qtbot.waitUntil(lambda: excel.preview_box is not None and excel.preview_box.isVisible(), timeout=5000)
    box = excel.preview_box
    assert "nhap.xlsx" in box.text() and "2 figures" in box.text() and "11" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert changed == []  # cancelled: nothing written

    def recorded() -> dict[str, Decimal | None]:
        db = open_database(str(path))
        try:
            with db.read() as s:
                return {d.indicator.code: v.value for d in load_plan_data(s, plan_id) for v in d.values
                        if (v.year, v.month) == (2026, 11) and d.indicator.code in ("4", "8")}
        finally:
            db.close()

    assert recorded() == {}
    excel.import_action.trigger()
    qtbot.waitUntil(lambda: excel.preview_box is not None and excel.preview_box.isVisible(), timeout=5000)
    box = excel.preview_box
    accept = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert recorded() == {"4": Decimal("1800"), "8": Decimal("9000")}
    assert changed and changed[0][0] == Period(2026, 11) and changed[0][1] == {"4", "8"}
    qtbot.waitUntil(lambda: page.model.row_at(page.model.row_of("4")).this_month is not None)
    close_window(qtbot, window)


def test_an_officer_cannot_import_figures_of_indicators_not_assigned(qtbot, gui_db, tmp_path, boxes) -> None:
    from decimal import Decimal

    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.entry.page import EntryPage
    from kehoach_desktop.planimport.figures_xlsx import FigureLine, write_figures_xlsx
    from kehoach_desktop.store.users import assign

    path, users, plan_id = gui_db
    db = open_database(str(path))
    with db.write() as s:
        assign(s, db.installation_id, "test", plan_id, "officer", ["4"])
    db.close()
    window = make_window(qtbot, path, tmp_path)
    login(qtbot, window, users["officer"])
    window.set_period(Period(2026, 11))
    wait_idle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, EntryPage)
    sheet = tmp_path / "nhap.xlsx"
    write_figures_xlsx([FigureLine("4", 11, Decimal("1800")), FigureLine("8", 11, Decimal("9000"))], sheet, 2026)
    page.excel._ask_open_path = lambda: str(sheet)  # type: ignore[method-assign]
    page.excel.import_action.trigger()
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert "không được giao" in boxes[-1][1] and page.excel.preview_box is None
    close_window(qtbot, window)


# -- gap 3: help ---------------------------------------------------------------------------------
def test_f1_opens_the_vietnamese_user_guide_and_about_names_the_database(qtbot, gui_db, tmp_path, boxes) -> None:
    from PySide6.QtWidgets import QApplication

    from kehoach_desktop.gui.help import HelpWindow, guide_path

    path, users, _plan_id = gui_db
    window = make_window(qtbot, path, tmp_path)
    login(qtbot, window, users["officer"])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    guide = window.help_window
    assert isinstance(guide, HelpWindow)
    qtbot.waitUntil(guide.isVisible)
    text = guide.browser.toPlainText()
    for heading in ("Lần đầu sử dụng", "Rà soát kế hoạch", "Nhập số liệu hằng tháng", "Gửi duyệt, duyệt và khóa sổ",
                    "Báo cáo", "Đồng bộ giữa các máy qua USB", "Sao lưu dữ liệu"):
        assert heading in text
    html = guide_path().read_text(encoding="utf-8")
    images = __import__("re").findall(r'src="([^"]+)"', html)
    assert len(images) >= 5 and all((guide_path().parent / src).is_file() for src in images)  # shipped screenshots
    screen = guide.screen().availableGeometry()
    assert guide.width() <= screen.width() and guide.height() <= screen.height()
    guide.close()
    window.help_button.menu().actions()[1].trigger()  # Trợ giúp > Giới thiệu
    about = window.about
    qtbot.waitUntil(about.isVisible)
    assert str(path) in about.text() and "KếHoạch Desktop" in about.text()
    about.close()
    close_window(qtbot, window)


# -- gap 4: printing the grid ---------------------------------------------------------------------
def test_ctrl_p_previews_the_months_table_on_a4_landscape(qtbot, gui_db, tmp_path, boxes) -> None:
    from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.entry.page import EntryPage

    path, users, _plan_id = gui_db
    window = make_window(qtbot, path, tmp_path)
    login(qtbot, window, users["leader"])
    window.set_period(Period(2026, 10))
    wait_idle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, EntryPage)
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.period == Period(2026, 10))
    window.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(lambda: page.view.hasFocus())
    qtbot.keyClick(page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printer_ = page.grid_printer
    qtbot.waitUntil(lambda: printer_.preview_dialog is not None and printer_.preview_dialog.isVisible(), timeout=5000)
    printer_.preview_dialog.close()
    document = printer_.document()
    assert isinstance(document, QTextDocument)
    text = document.toPlainText()
    assert "Tháng 10/2026".upper() in text
    names = [page.model.row_at(r).name for r in range(page.model.rowCount()) if page.model.row_at(r)]
    assert len(names) > 20 and all(name in text for name in names)  # every row the grid shows
    printer = printer_.printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "bang.pdf"
    printer.setOutputFileName(str(out))
    document.print_(printer)
    assert out.stat().st_size > 1000
    # The table fits the page's width: laid out on the printable width it needs no more.
    width = printer.pageLayout().paintRectPixels(printer.resolution()).width()
    document.setPageSize(printer.pageLayout().paintRectPixels(printer.resolution()).size().toSizeF())
    assert document.idealWidth() <= width * 1.001  # (a pixel or two of rounding at 1200 dpi)
    close_window(qtbot, window)


# -- gap 1: a block of cells between the grid and Excel --------------------------------------------
def test_ctrl_c_copies_a_block_and_ctrl_v_pastes_one_from_excel(qtbot, gui_db, tmp_path, boxes) -> None:
    from PySide6.QtWidgets import QApplication

    from kehoach_desktop.domain.periods import Period
    from kehoach_desktop.gui.entry.clipboard import from_tsv
    from kehoach_desktop.gui.entry.model import Col
    from kehoach_desktop.gui.entry.page import EntryPage

    path, users, _plan_id = gui_db
    window = make_window(qtbot, path, tmp_path)
    login(qtbot, window, users["leader"])
    window.set_period(Period(2026, 10))
    wait_idle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, EntryPage)
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.period == Period(2026, 10))
    model, view = page.model, page.view
    window.activateWindow()
    view.setFocus()
    first = model.row_of("4")
    view.setCurrentIndex(model.index(first, Col.NAME))
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = from_tsv(QApplication.clipboard().text())
    assert [line[0] for line in copied] == [model.row_at(first + i).name for i in range(3)]
    assert copied[0][4] == str(model.data(model.index(first, Col.VALUE)))  # "1.760", as the grid shows it

    window.set_period(Period(2026, 11))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: model.grid.period == Period(2026, 11))
    QApplication.clipboard().setText("1.800\r\n22150\r\n12,3,4\r\n")  # a column of 3 cells, as Excel copies it
    start = model.row_of("4")
    view.setCurrentIndex(model.index(start, Col.VALUE))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText('"Vụ mùa"\r\n')  # then a note, pasted in the note column
    view.setCurrentIndex(model.index(start, Col.NOTE))
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    codes = [model.row_at(start + i).code for i in range(3)]
    pending, bad = model.pending_edits(), model.bad_cells()
    assert pending[codes[0]].value == 1800 and pending[codes[0]].note == "Vụ mùa"
    assert pending[codes[1]].value == 22150
    assert codes[2] in bad  # "12,3,4" is red with its reason, as if typed
    assert "Ctrl+S" in window.statusBar().currentMessage()
    model.discard()
    close_window(qtbot, window)


def test_the_status_chart_does_not_count_a_heading_without_a_target(qtbot, tmp_path, boxes) -> None:
    import io as _io
    import json as _json

    from kehoach_desktop.charts.overview import is_heading, status_counts
    from kehoach_desktop.cli import main as cli
    from kehoach_desktop.domain.model import Status
    from kehoach_desktop.gui.overview_page import OverviewPage
    from gui_support import add_users

    pytest.importorskip("matplotlib")
    path = tmp_path / "xa.db"
    doc = Path(__file__).parent / "fixtures" / "blind" / "r10_d3_palung_2026.txt"
    out = _io.StringIO()
    assert cli(["init", "--db", str(path), "--commune-code", "06253", "--commune-name", "Xã Thử"], stdout=out) == 0
    out = _io.StringIO()
    assert cli(["plan", "import", str(doc), "--db", str(path), "--json"], stdout=out) == 0
    plan_id = _json.loads(out.getvalue())["plan_id"]
    for argv in (["plan", "confirm", str(plan_id), "--all"], ["plan", "adopt", str(plan_id)]):
        assert cli([*argv, "--db", str(path)], stdout=_io.StringIO()) == 0
    db = open_database(str(path))
    users = add_users(db)
    db.close()
    window = make_window(qtbot, path, tmp_path)
    login(qtbot, window, users["leader"])
    page = window.show_page(OverviewPage)
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: page.result is not None, timeout=5000)
    evaluations = list(page.result.evaluations)
    parents = {e.indicator.parent_code for e in evaluations if e.indicator.parent_code}
    headings = [e for e in evaluations if is_heading(e, parents)]
    assert headings  # "9. Tỷ lệ trẻ em ... (xem các chỉ tiêu con)" has no target of its own
    counted = sum(counts[Status.NO_DATA] for _title, counts in status_counts(evaluations, list(page.result.groups)))
    assert counted == sum(1 for e in evaluations if e.judged and e.status is Status.NO_DATA and e not in headings)
    close_window(qtbot, window)


def test_a_typed_change_applied_by_moving_on_is_said_on_screen(qtbot, gui_db, tmp_path, boxes) -> None:
    path, users, _plan_id = gui_db
    window, page = plan_window(qtbot, path, users["admin"], tmp_path)
    review, editor = page.review, page.review.editor
    review.select("1")
    editor.office.setFocus()
    qtbot.keyClicks(editor.office, " xa")
    assert editor.is_modified()
    review.tree.setCurrentIndex(review.model.index_of("2"))
    qtbot.waitUntil(lambda: review.current_code() == "2")
    assert review.is_dirty()
    assert "indicator 1 were applied" in window.statusBar().currentMessage()
    close_window(qtbot, window)
