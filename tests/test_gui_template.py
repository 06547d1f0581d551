"""The Đồng bộ page on a commune's PC: a province's template opens its review; "Áp dụng" adopts what is ticked."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from gui_support import MessageBoxes, close_window, login, make_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from sqlalchemy import select

from kehoach_desktop.gui.sync.page import SyncPage
from kehoach_desktop.gui.sync.template_dialog import TemplateDialog
from kehoach_desktop.planimport.xlsx import write_plan_xlsx
from kehoach_desktop.services.template import export_template
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.queries import current_plan, plan_draft
from kehoach_desktop.store.schema import CommuneRow, IndicatorRow, TargetRow
from kehoach_desktop.sync.export import own_public_key
from kehoach_desktop.sync.trust import trust_key
from sync_support import make_pc
from template_support import targets_xlsx


@pytest.fixture(autouse=True)
def _sync_page_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.gui import pages

    monkeypatch.setattr(pages, "PAGES", [pages._entry, pages._sync])


def _template_for(commune_db: Path, tmp: Path) -> Path:
    """The demo commune's province sends its list: indicator 4 renamed, 1 target for 2027."""
    province = make_pc(tmp, "Tinh")
    commune = open_database(str(commune_db))
    try:
        with commune.read() as s:
            draft = plan_draft(s, current_plan(s).id)
        with province.db.write() as s:
            make_province(s, province.db.installation_id, "t", "Tỉnh Mẫu")
            s.add(CommuneRow(code="99001", name="Xã Đồng Tâm", province="Tỉnh Mẫu"))
        with commune.write() as s:  # the province's key, read once it is the province's
            trust_key(s, commune.installation_id, own_public_key(province.db), "t")
    finally:
        commune.close()
    renamed = [replace(i, name="Tổng sản lượng lương thực có hạt") if i.code == "4" else i for i in draft.indicators]
    standard = tmp / "danh-muc.xlsx"
    write_plan_xlsx(replace(draft, indicators=renamed, rules={}), standard, "Tỉnh Mẫu")
    out = tmp / "mau.kehoach"
    export_template(province.db, out, actor="tinh", plan_xlsx=standard, year=2027,
                    targets_xlsx=targets_xlsx(tmp, [["99001", "", "5", "≥ 22.000"]]))
    province.db.close()
    return out


def test_a_template_opens_its_review_and_apply_adopts_the_ticked_changes(qtbot, gui_db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = MessageBoxes(QMessageBox.StandardButton.Yes).install(monkeypatch)
    path, users, _plan = gui_db
    bundle = _template_for(path, tmp_path)
    window = make_window(qtbot, path)
    try:
        login(qtbot, window, users["admin"])
        page = window.show_page(SyncPage)
        assert isinstance(page, SyncPage)
        wait_idle(qtbot, window)
        page._ask_open_path = lambda: bundle  # type: ignore[method-assign]
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        dialog = getattr(page, "template_dialog", None)
        assert isinstance(dialog, TemplateDialog), shown
        assert dialog.apply_button.isEnabled()
        assert dialog.changes.rowCount() == 2
        kinds = {dialog.changes.item(r, 1).text(): dialog.changes.item(r, 0).text() for r in range(2)}
        assert kinds == {"4": dialog.tr("Rename"), "5": dialog.tr("Year target")}
        assert dialog.changes.item(0, 0).text() in ("Đổi tên", "Rename")
        assert dialog.pairs.rowCount() == 30
        # Pair the province's 4 with nothing (add as new): the list is worked out again.
        def box_of_4() -> QComboBox:
            box = dialog.pairs.cellWidget(next(r for r in range(30) if dialog.pairs.item(r, 0).text() == "4"), 1)
            assert isinstance(box, QComboBox)
            return box

        box_of_4().setCurrentIndex(0)
        wait_idle(qtbot, window)
        assert any(dialog.changes.item(r, 0).data(Qt.ItemDataRole.UserRole) == "add:4" for r in range(dialog.changes.rowCount()))
        box = box_of_4()  # the table was built again
        box.setCurrentIndex(box.findData("4"))  # back to the commune's own 4
        wait_idle(qtbot, window)
        assert dialog.changes.rowCount() == 2
        for r in range(2):  # untick the rename, keep the target
            if dialog.changes.item(r, 0).data(Qt.ItemDataRole.UserRole) == "name:4":
                dialog.changes.item(r, 0).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.selected() == ["target:5"]
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        told = [text for kind, text in shown if kind == "information"]
        assert told and "1" in told[-1], shown
        # The same file again: already applied, nothing to apply.
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        again = page.template_dialog
        assert again is not dialog and not again.apply_button.isEnabled()
        assert again.notes.text()
        again.reject()
    finally:
        close_window(qtbot, window)
    db = open_database(str(path))
    try:
        with db.read() as s:
            target = s.execute(select(TargetRow.text, TargetRow.source).join(IndicatorRow)
                               .where(IndicatorRow.code == "5", TargetRow.year == 2027)).one()
            name = s.scalar(select(IndicatorRow.name).where(IndicatorRow.code == "4"))
        assert tuple(target) == ("≥ 22.000", "province")
        assert name != "Tổng sản lượng lương thực có hạt"
    finally:
        db.close()


def test_a_leader_sees_the_review_but_cannot_apply(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, users, _plan = gui_db
    bundle = _template_for(path, tmp_path)
    window = make_window(qtbot, path)
    try:
        login(qtbot, window, users["leader"])
        page = window.show_page(SyncPage)
        assert isinstance(page, SyncPage)
        wait_idle(qtbot, window)
        page._ask_open_path = lambda: bundle  # type: ignore[method-assign]
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        dialog = page.template_dialog
        assert not dialog.apply_button.isEnabled() and dialog.notes.isVisibleTo(dialog)
        dialog.reject()
    finally:
        close_window(qtbot, window)
