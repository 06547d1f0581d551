"""The Đồng bộ page offers to join a plan set up on two PCs (issue 17, defect 3)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from gui_support import MessageBoxes, close_window, login, make_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop.demo import install_demo
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.sync.page import SyncPage
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.plan_join import plan_twins
from kehoach_desktop.store.queries import current_plan, find_indicator, get_value
from kehoach_desktop.store.values import ValueEntry, save_values
from kehoach_desktop.sync.export import export_bundle

DEC = Period(2026, 12)


@pytest.fixture(autouse=True)
def _sync_page_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from kehoach_desktop.gui import pages

    monkeypatch.setattr(pages, "PAGES", [pages._entry, pages._sync])


def test_importing_the_same_plan_set_up_elsewhere_offers_the_join(qtbot, gui_db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = MessageBoxes(QMessageBox.StandardButton.Yes).install(monkeypatch)
    path, users, _plan_id = gui_db
    b = open_database(str(tmp_path / "b.db"))
    install_demo(b)  # the same demo plan, set up again on PC B
    with b.read() as s:
        b_plan = current_plan(s).id
    with b.write() as s:
        save_values(s, b.installation_id, b_plan, [ValueEntry("4", DEC, Decimal("140.5"))], "bob")
    bundle = export_bundle(b, tmp_path / "b.kehoach", actor="bob").path
    b.close()
    window = make_window(qtbot, path)
    try:
        login(qtbot, window, users["admin"])
        page = window.show_page(SyncPage)
        assert isinstance(page, SyncPage)
        wait_idle(qtbot, window)
        page._ask_open_path = lambda: bundle  # type: ignore[method-assign]
        page._confirm_fingerprint = lambda sender, reason: True  # type: ignore[method-assign]
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        qtbot.mouseClick(page.dialog.import_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, window)
        wait_idle(qtbot, window)
        asked = [text for kind, text in shown if kind == "question"]
        assert any("hai bản kế hoạch" in text or "two adopted copies" in text for text in asked), shown
        told = [text for kind, text in shown if kind == "information"]
        assert any("1" in text for text in told[-1:]), shown
    finally:
        close_window(qtbot, window)
    a = open_database(str(path))
    try:
        with a.read() as s:
            assert plan_twins(s) == []
            plan = current_plan(s)
            assert get_value(s, find_indicator(s, plan.id, "4").id, DEC).value == Decimal("140.5")
    finally:
        a.close()
