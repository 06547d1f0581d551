"""The Báo cáo page and the report settings, used as an officer, a leader and an administrator would.

On the demo commune (figures to October 2026): open Báo cáo, choose Quý III/2026 from the toolbar,
read the table and the generated text, type the period's tasks and change the period (asked to
save), export Word and Excel files and open them, print to PDF; the administrator's report settings
appear in the next preview's header; an officer sees the settings read-only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from gui_support import close_window, login, make_window, wait_idle
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.services.reports import suggested_name
from kehoach_desktop.gui.reports.page import CANCEL, SAVE, ReportsPage
from kehoach_desktop.gui.settings_page import SettingsPage
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.report_settings import report_settings, report_texts

Q3 = Period.quarter(2026, 3)


#: Message boxes recorded instead of shown in every test here (a modal box would hang offscreen).
pytestmark = pytest.mark.usefixtures("boxes")


def open_reports(qtbot, path: Path, user, period: Period = Period(2026, 8)):  # type: ignore[no-untyped-def]
    """The window logged in as ``user`` on ``period``, the Báo cáo page chosen in the navigation."""
    window = make_window(qtbot, path)
    login(qtbot, window, user)
    window.set_period(period)
    wait_idle(qtbot, window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:3] == ["Monthly entry", "Overview", "Reports"]  # Báo cáo comes after Tổng quan
    window.nav.setCurrentRow(2)
    wait_idle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    window.activateWindow()
    return window, page


def choose_quarter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Tháng -> Quý in the toolbar's period type, from the keyboard."""
    kind = window.period.kind
    kind.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kind)
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    wait_idle(qtbot, window)


def cell(page: ReportsPage, code: str, key: str) -> str:
    model = page.model
    row = next(i for i, line in enumerate(model.lines) if getattr(line, "code", None) == code)
    return model.data(model.index(row, model.columns.index(key)))


def read(path: Path, fn):  # type: ignore[no-untyped-def]
    db = open_database(str(path))
    try:
        with db.read() as s:
            return fn(s)
    finally:
        db.close()


def test_the_third_quarter_shows_its_table_and_text(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_reports(qtbot, path, users["officer"])
    assert "tháng 8 năm 2026" in page.heading.text()
    assert "forecast" in page.model.columns  # from the 6-month report on: August is past June

    choose_quarter(qtbot, window)
    assert window.ctx.period == Q3 and page.preview.period == Q3
    heading = page.heading.text()
    assert "quý III năm 2026" in heading and "01/BC-UBND" in heading and "01/07/2026" in heading
    assert "30/09/2026" in heading
    model = page.model
    assert [model.header_text(k) for k in model.columns][:5] == ["No.", "Indicator", "Unit", "Year target",
                                                                "This period"]
    assert model.is_group(0) and model.data(model.index(0, 0)) == "Chỉ tiêu kinh tế"
    assert page.table.columnSpan(0, 0) == model.columnCount()
    # Budget revenue: the quarter's three months summed, the year to date, 71,1% of the 9.450 target.
    assert (cell(page, "2", "period"), cell(page, "2", "actual"), cell(page, "2", "percent")) == (
        "2.130", "6.720", "71,1%")
    assert cell(page, "2", "target") == "9.450" and cell(page, "2", "status") == "Đúng tiến độ"
    assert cell(page, "5.1", "name").startswith("    Đàn lợn")  # a sub-indicator is indented
    assert cell(page, "15", "period") == "Met"  # a qualitative indicator in words
    rows = sum(1 for i in range(model.rowCount()) if not model.is_group(i))
    assert rows == len(page.preview.report.rows) == 30
    text = page.text_view.toPlainText()
    assert "quý III năm 2026 như sau" in text
    assert "Tổng thu ngân sách" in text
    close_window(qtbot, window)


def test_the_year_shows_next_years_plan(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    """From the October report on, "Plan 2027" (KH năm 2027) follows the year estimate."""
    path, users, _ = gui_db
    window, page = open_reports(qtbot, path, users["officer"], Period(2026, 12, 12))
    assert page.preview.period == Period(2026, 12, 12)
    model = page.model
    columns = list(model.columns)
    assert columns[columns.index("forecast") + 1] == "next_target"
    headers = [model.header_text(k) for k in columns]
    assert headers[3] == "Plan\n2026" and headers[columns.index("next_target")] == "Plan\n2027"
    assert model.headerData(columns.index("next_target"), Qt.Orientation.Horizontal) == "Plan\n2027"
    report = page.preview.report
    for row in report.rows:
        assert cell(page, row.code, "next_target") == row.next_target_text
    assert cell(page, "4", "next_target") == "≥ 7.000" and cell(page, "15", "next_target") == "Đạt"
    assert cell(page, "2", "next_target").endswith("*")
    align = model.data(model.index(next(i for i, line in enumerate(model.lines) if getattr(line, "code", "") == "4"),
                                   columns.index("next_target")), Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    # September has none.
    window.set_period(Period(2026, 9))
    wait_idle(qtbot, window)
    assert page.preview.period == Period(2026, 9)
    assert "next_target" not in page.model.columns and page.model.header_text("target") == "Year target"
    close_window(qtbot, window)


def test_next_years_plan_heading_is_vietnamese(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from kehoach_desktop.gui.translations import install_translators

    assert install_translators(QApplication.instance())
    try:
        assert QCoreApplication.translate("ReportTableModel", "Plan %1") == "KH năm %1"
    finally:
        install_translators(QApplication.instance(), "en")  # other tests read the English source


def test_typed_tasks_are_asked_about_when_the_period_changes(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, plan_id = gui_db
    window, page = open_reports(qtbot, path, users["leader"], Q3)
    tasks = page.texts.editors["tasks"]
    page.texts.tabs.setCurrentWidget(tasks)
    tasks.setFocus()
    qtbot.keyClicks(tasks, "Hoan thanh thu ngan sach quy IV.")
    assert page.texts.has_unsaved() and page.texts.tabs.tabText(1).endswith("*")

    asked: list[str] = []
    page._ask_unsaved = lambda: asked.append("cancel") or CANCEL  # type: ignore[method-assign]
    choose_quarter(qtbot, window)  # Quý -> 6 tháng: refused, the quarter stays
    assert asked == ["cancel"] and window.ctx.period == Q3
    assert window.period.kind.currentIndex() == 1

    page._ask_unsaved = lambda: asked.append("save") or SAVE  # type: ignore[method-assign]
    choose_quarter(qtbot, window)
    assert asked[-1] == "save" and window.ctx.period == Period.half(2026, 2)
    assert page.preview.period == Period.half(2026, 2) and tasks.toPlainText() == ""
    saved = read(path, lambda s: report_texts(s, plan_id, Q3))
    assert saved["tasks"] == "Hoan thanh thu ngan sach quy IV."

    window.set_period(Q3)  # back to the quarter: the text is there, and in the generated text
    wait_idle(qtbot, window)
    assert tasks.toPlainText() == "Hoan thanh thu ngan sach quy IV." and not page.texts.has_unsaved()
    assert "Hoan thanh thu ngan sach quy IV." in page.text_view.toPlainText()
    close_window(qtbot, window)


def test_ctrl_s_saves_the_texts(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, plan_id = gui_db
    window, page = open_reports(qtbot, path, users["officer"], Q3)
    box = page.texts.editors["proposals"]
    page.texts.tabs.setCurrentWidget(box)
    box.setFocus()
    qtbot.keyClicks(box, "De nghi tinh ho tro kinh phi.")  # QTest types ASCII only
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert not page.texts.has_unsaved()
    assert read(path, lambda s: report_texts(s, plan_id, Q3))["proposals"] == "De nghi tinh ho tro kinh phi."
    close_window(qtbot, window)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_export_writes_a_file_that_opens(qtbot, gui_db, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path, users, plan_id = gui_db
    window, page = open_reports(qtbot, path, users["leader"], Q3)
    button = page.docx_button if suffix == ".docx" else page.xlsx_button
    out = tmp_path / "out"
    out.mkdir()
    asked: list[tuple[str, str]] = []
    page._ask_save_path = lambda sfx, name: asked.append((sfx, name)) or out / name  # type: ignore[method-assign]
    page.texts.editors["tasks"].setPlainText("Tập trung thu hoạch vụ mùa.")
    page.take_number.setChecked(True)
    assert "taken when the report is exported" in page.heading.text()
    button.click()
    qtbot.waitUntil(lambda: page.last_file is not None, timeout=30000)
    wait_idle(qtbot, window)
    name = suggested_name(Q3, "Xã Đồng Tâm (dữ liệu mẫu)", suffix)
    assert asked == [(suffix, name)] and name == f"BC-quy-III-2026-XaDongTam{suffix}"
    written = out / name
    assert page.last_file == written and written.is_file()
    assert not [p for p in out.iterdir() if p != written]  # no temporary file left behind
    assert window.statusBar().currentMessage() == f"Report 01/BC-UBND written: {written}"
    assert window.ctx.settings.report_folder == str(out)
    # The number was taken (the next report is 02) and the typed text saved with the export.
    assert read(path, lambda s: report_settings(s, 1).next_number) == 2
    assert read(path, lambda s: report_texts(s, plan_id, Q3))["tasks"] == "Tập trung thu hoạch vụ mùa."
    assert not page.take_number.isChecked() and "02/BC-UBND" in page.heading.text()
    if suffix == ".docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
        assert "01/BC-UBND" in text and "quý III năm 2026" in text
    else:
        import openpyxl

        book = openpyxl.load_workbook(str(written))
        values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
        assert any("Tổng thu ngân sách" in str(v) for v in values)
    opened: list[str] = []
    page._open_url = lambda url: opened.append(url.toLocalFile())  # type: ignore[method-assign]
    assert page.open_file_button.isEnabled()
    page.open_file_button.click()
    page.open_folder_button.click()
    assert opened == [str(written), str(out)]
    close_window(qtbot, window)


def test_a_file_that_cannot_be_written_is_explained(qtbot, gui_db, tmp_path: Path, boxes) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_reports(qtbot, path, users["officer"], Q3)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    page._ask_save_path = lambda sfx, name: blocker / name  # type: ignore[method-assign]
    page.take_number.setChecked(True)
    page.xlsx_button.click()
    qtbot.waitUntil(lambda: bool(boxes), timeout=30000)
    wait_idle(qtbot, window)
    assert page.last_file is None and page.progress is None
    assert "not-a-folder" in boxes[-1][1] and boxes[-1][0] == "warning"
    assert read(path, lambda s: report_settings(s, 1).next_number) == 1  # nothing written, no number used
    close_window(qtbot, window)


def test_ctrl_p_prints_the_preview(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    path, users, _ = gui_db
    window, page = open_reports(qtbot, path, users["officer"], Q3)
    pdf = tmp_path / "bao-cao.pdf"

    def printer():  # type: ignore[no-untyped-def]
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(pdf))
        return p

    asked: list[int] = []
    page._ask_printer = lambda: asked.append(1) or printer()  # type: ignore[method-assign]
    window.nav.setFocus()  # where the focus is after choosing the page in the navigation
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav)
    qtbot.keyClick(window.nav, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1] and pdf.is_file() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    window.nav.setCurrentRow(1)  # Tổng quan: Ctrl+P is not the report's there
    wait_idle(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1]
    printed = page.print_document().toPlainText()
    assert "quý III năm 2026" in printed and "01/BC-UBND" in printed
    assert "Tổng thu ngân sách nhà nước trên địa bàn" in printed and "6.720" in printed and "71,1%" in printed
    close_window(qtbot, window)


def open_settings(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.show_page(SettingsPage)
    assert isinstance(page, SettingsPage)
    wait_idle(qtbot, window)
    page.tabs.setCurrentWidget(page.report_settings)
    return page.report_settings


def test_settings_saved_appear_in_the_next_preview(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, reports = open_reports(qtbot, path, users["admin"], Q3)
    tab = open_settings(qtbot, window)
    assert tab.save_button.isVisible() and not tab.lines["number_pattern"].isReadOnly()
    assert tab.lines["number_pattern"].text() == "{so}/BC-UBND" and tab.next_number.value() == 1

    pattern = tab.lines["number_pattern"]
    pattern.setFocus()
    pattern.selectAll()
    qtbot.keyClicks(pattern, "BC-UBND")  # no place for the number: refused, the field named and focused
    tab.save_button.click()
    wait_idle(qtbot, window)
    assert "{so}" in tab.error.text() and tab.error.isVisible()
    assert QApplication.focusWidget() is pattern

    pattern.selectAll()
    qtbot.keyClicks(pattern, "{so}/BC-UBND-XA")
    assert not tab.error.isVisible()
    tab.next_number.setValue(7)
    assert tab.number_example.text() == "The next report: Số 07/BC-UBND-XA"
    place = tab.lines["place"]
    place.setFocus()
    qtbot.keyClicks(place, "Dong ")  # QTest types ASCII only; the rest as an input method would
    place.insert("Tâm")
    tab.cutoff.setCurrentIndex(1)
    tab.recipients.setPlainText("Như trên;\nSở Tài chính tỉnh;\n\n")
    tab.save_button.click()
    wait_idle(qtbot, window)
    stored = read(path, lambda s: report_settings(s, 1))
    assert (stored.number_pattern, stored.next_number, stored.place, stored.cutoff_day) == (
        "{so}/BC-UBND-XA", 7, "Dong Tâm", 15)
    assert stored.recipients == ("Như trên;", "Sở Tài chính tỉnh;")
    assert window.statusBar().currentMessage() == "The report settings were saved."

    window.show_page(ReportsPage)
    wait_idle(qtbot, window)
    heading = reports.heading.text()
    assert "07/BC-UBND-XA" in heading and "Dong Tâm, ngày" in heading
    assert "15/06/2026" in heading and "14/09/2026" in heading  # the 15th-to-14th cut-off
    close_window(qtbot, window)


def test_an_officer_cannot_edit_the_report_settings(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, _page = open_reports(qtbot, path, users["officer"], Q3)
    tab = open_settings(qtbot, window)
    assert tab.lines["number_pattern"].text() == "{so}/BC-UBND"
    assert all(edit.isReadOnly() for edit in tab.lines.values()) and tab.recipients.isReadOnly()
    assert not tab.next_number.isEnabled() and not tab.cutoff.isEnabled() and not tab.save_button.isVisible()
    assert tab.note.text() == "Only an administrator can change the report settings."
    tab.lines["place"].setText("Nơi khác")
    tab.save()  # not even from code
    wait_idle(qtbot, window)
    assert read(path, lambda s: report_settings(s, 1).place) == ""
    close_window(qtbot, window)


def test_a_province_computer_reads_the_communes_texts(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, plan_id = gui_db
    window, page = open_reports(qtbot, path, users["leader"], Q3)
    window.ctx.province_plans = ((plan_id, "Xã Đồng Tâm"),)  # as session_info says on a province's computer
    page.activate()
    wait_idle(qtbot, window)
    assert all(e.isReadOnly() for e in page.texts.editors.values()) and not page.texts.save_button.isVisible()
    assert not page.take_number.isEnabled() and page.model.rowCount() > 0
    assert not page.may_edit_texts() and page.can_leave()
    close_window(qtbot, window)


def test_wheel_does_not_change_the_date_or_settings_unless_focused(qtbot, gui_db) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_reports(qtbot, path, users["admin"], Q3)
    tab = open_settings(qtbot, window)
    for widget in (page.issued, tab.next_number, tab.cutoff):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert isinstance(tab.field_widget("number_pattern"), QLineEdit)
    close_window(qtbot, window)
