"""Tỉnh › "Gửi danh mục chỉ tiêu...": the province writes its template bundle and the sheet to fill."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from kehoach_desktop.gui import pages
from kehoach_desktop.gui.province.page import ProvincePage
from kehoach_desktop.store.database import open_database
from kehoach_desktop.sync.template import open_template
from gui_support import add_users, close_window, login, make_window, wait_idle
from province_support import COMMUNES, make_province_db


def test_the_province_writes_its_list_and_the_targets_sheet(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pages, "PAGES", [pages._province])
    path = tmp_path / "tinh.db"
    db = open_database(str(path))
    make_province_db(db)
    users = add_users(db)
    installation = db.installation_id
    db.close()
    window = make_window(qtbot, path)
    try:
        login(qtbot, window, users["leader"])
        page = window.show_page(ProvincePage)
        assert isinstance(page, ProvincePage)
        wait_idle(qtbot, window)
        saved: list[Path] = []

        def ask_save(_title: str, name: str, _pattern: str) -> Path:
            saved.append(tmp_path / name)
            return tmp_path / name

        page._ask_save = ask_save  # type: ignore[method-assign]
        page.template_button.click()
        wait_idle(qtbot, window)
        dialog = page.template_dialog
        assert dialog.source.count() == len(COMMUNES) + 1  # each commune's plan, then an Excel template
        assert dialog.source.currentData() == COMMUNES[0][0] and dialog.write_button.isEnabled()
        dialog.with_targets.setChecked(True)
        dialog.year.setValue(2027)
        dialog.targets.setCurrentIndex(1)  # a sheet: none chosen yet
        assert not dialog.write_button.isEnabled()
        dialog.sheet_button.click()  # the sheet to fill: every commune x indicator
        wait_idle(qtbot, window)
        sheet = saved[-1]
        assert sheet.name == "muc-tieu-giao-cac-xa-2027.xlsx"
        rows = list(load_workbook(sheet).active.iter_rows(min_row=4, values_only=True))
        indicators = len({r[2] for r in rows})
        assert len(rows) == len(COMMUNES) * indicators and indicators > 10
        ws = load_workbook(sheet)
        ws.active.cell(row=4, column=6, value="≥ 1.000")
        ws.save(sheet)
        dialog._ask_open = lambda _t, _p: sheet  # type: ignore[method-assign]
        dialog.targets_button.click()
        assert dialog.write_button.isEnabled()
        dialog.write_button.click()
        wait_idle(qtbot, window)
        bundle = saved[-1]
        assert bundle.name == "danh-muc-chi-tieu-2027.kehoach"
    finally:
        close_window(qtbot, window)
    opened = open_template(bundle, installation)
    t = opened.template
    assert len(t.indicators) == indicators and t.year == 2027
    assert [(c.code, c.targets) for c in t.communes] == [(COMMUNES[0][0], {rows[0][2]: "≥ 1.000"})]
