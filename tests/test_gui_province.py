"""The Tỉnh page: shown on a province's computer only; the matrix and the comparison from the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui import pages
from kehoach_desktop.gui.province.page import ProvincePage
from kehoach_desktop.store.database import open_database
from gui_support import add_users, close_window, login, make_window, wait_idle
from province_support import COMMUNES, make_province_db


def _province_file(tmp_path: Path) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = tmp_path / "tinh.db"
    db = open_database(str(path))
    make_province_db(db)
    users = add_users(db)
    db.close()
    return path, users


def test_the_page_shows_the_matrix_and_the_comparison(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pages, "PAGES", [pages._overview, pages._province])
    path, users = _province_file(tmp_path)
    window = make_window(qtbot, path)
    login(qtbot, window, users["leader"])
    page = window.show_page(ProvincePage)
    assert isinstance(page, ProvincePage)
    page.year.setValue(2026)
    window.ctx.set_period(Period.parse("2026-09"))
    wait_idle(qtbot, window)
    model = page.matrix_model
    assert model.rowCount() == len(COMMUNES) + 1  # the communes, then the reporting rate
    assert model.headerData(2, Qt.Orientation.Horizontal) == "01/2026"
    first = model.data(model.index(0, 2))
    assert first.split("\n")[0] in {"Đã duyệt", "Approved", "Đã gửi duyệt", "Submitted"}
    assert "4/4" in model.data(model.index(len(COMMUNES), 2))
    # The comparison of the first indicator, with the province total and how it was made.
    page.tabs.setCurrentIndex(1)
    page.indicator.setCurrentIndex(page.indicator.findData("2"))
    wait_idle(qtbot, window)
    compare = page.compare_model
    assert compare.rowCount() == len(COMMUNES) + 1
    assert compare.comparison is not None and compare.comparison.code == "2"
    assert page.method.text() and compare.comparison.total.method in page.method.text()
    qtbot.waitUntil(page.chart.is_drawn, timeout=10000)
    assert len(page.chart.figure.axes[0].patches) == len(COMMUNES)  # one bar per commune
    close_window(qtbot, window)


def test_a_commune_computer_has_no_province_page(qtbot, gui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pages, "PAGES", [pages._overview, pages._province])
    path, users, _plan = gui_db
    window = make_window(qtbot, path)
    login(qtbot, window, users["officer"])
    assert not any(isinstance(p, ProvincePage) for p in window.pages)
    close_window(qtbot, window)


def test_an_administrator_imports_the_commune_list(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pages, "PAGES", [pages._province])
    path, users = _province_file(tmp_path)
    listing = tmp_path / "xa.csv"
    listing.write_text("Mã xã,Tên xã\n26734,Xã Tân Lập Mới\n26799,Xã Mới\n", encoding="utf-8")
    window = make_window(qtbot, path)
    login(qtbot, window, users["admin"])
    page = window.show_page(ProvincePage)
    assert isinstance(page, ProvincePage) and page.import_button.isEnabled()
    monkeypatch.setattr(page, "_ask_communes_file", lambda: listing)
    page.import_button.click()
    wait_idle(qtbot, window)
    wait_idle(qtbot, window)
    names = {row.commune.code: row.commune.name for row in page.matrix_model.matrix.rows}
    assert names["26734"] == "Xã Tân Lập Mới" and names["26799"] == "Xã Mới"
    close_window(qtbot, window)


def test_the_deleted_page_of_a_commune_computer_hears_nothing(qtbot, gui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A commune's computer builds the page, finds it not allowed and deletes it: a period change is harmless."""
    monkeypatch.setattr(pages, "PAGES", [pages._entry, pages._province])
    path, users, _plan = gui_db
    window = make_window(qtbot, path)
    login(qtbot, window, users["officer"])
    qtbot.wait(50)  # deleteLater runs
    window.ctx.set_period(Period.parse("2026-08"))
    window.ctx.set_period(Period.parse("2026-09"))
    wait_idle(qtbot, window)
    close_window(qtbot, window)


def test_the_profile_tab_and_the_province_report(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    from kehoach_desktop.services import province as svc

    monkeypatch.setattr(pages, "PAGES", [pages._overview, pages._province])
    path, users = _province_file(tmp_path)
    window = make_window(qtbot, path)
    login(qtbot, window, users["officer"])
    window.ctx.set_period(Period.parse("2026-09"))
    page = window.show_page(ProvincePage)
    assert isinstance(page, ProvincePage)
    wait_idle(qtbot, window)
    tab = page.profile_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.commune.count() == len(COMMUNES)
    tab.year.setValue(2026)
    tab.commune.setCurrentIndex(tab.commune.findData(COMMUNES[2][0]))
    wait_idle(qtbot, window)
    model = tab.model
    assert model.profile is not None and model.profile.commune.code == COMMUNES[2][0]
    db = open_database(str(path))
    expected = svc.commune_profile(db, COMMUNES[2][0], 2026)
    db.close()
    assert model.rowCount() == len(expected.rows) and model.columnCount() == 4 + 12 + 3
    row = next(i for i, r in enumerate(expected.rows) if r.code == "2")
    march = expected.rows[row].at(3)
    from kehoach_desktop.domain.numbers import format_number

    assert model.data(model.index(row, 4 + 2)) == format_number(march.value)  # column of March
    assert model.headerData(4, Qt.Orientation.Horizontal) in {"T1", "M1"}
    assert COMMUNES[2][1] in tab.heading.text()
    # The province report of the toolbar's period, written in the background.
    out = tmp_path / "tinh.docx"
    monkeypatch.setattr(page, "_ask_report_path", lambda suggested: out)
    page.report_button.click()
    wait_idle(qtbot, window)
    assert out.is_file()
    assert "tháng 9 năm 2026" in "\n".join(p.text for p in Document(str(out)).paragraphs)
    close_window(qtbot, window)
