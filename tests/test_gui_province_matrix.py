"""The Tỉnh page's reporting tab: the stored deadline shown and saved, communes sorted and filtered;
the Chỉ tiêu page's denominator dialog."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kehoach_desktop.gui import pages
from kehoach_desktop.gui.context import AppContext
from kehoach_desktop.gui.main_window import MainWindow
from kehoach_desktop.gui.plan_page import PlanPage
from kehoach_desktop.gui.province.page import ProvincePage
from kehoach_desktop.gui.settings import Settings
from kehoach_desktop.services import denominators as dsvc
from kehoach_desktop.services import province as svc
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.schema import AuditRow
from gui_support import add_users, close_window, login, make_window, wait_idle
from province_support import COMMUNES, make_province_db

pytestmark = pytest.mark.usefixtures("boxes")


@pytest.fixture(autouse=True)
def english_ui(qapp):  # type: ignore[no-untyped-def]
    """The English source strings, whatever translator an earlier test left installed."""
    from kehoach_desktop.gui.translations import install_translators

    install_translators(qapp, "en")


def _province(tmp_path: Path, deadline: int | None = None) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = tmp_path / "tinh.db"
    db = open_database(str(path))
    make_province_db(db)
    users = add_users(db)
    if deadline is not None:
        svc.save_deadline(db, deadline, "admin")
    db.close()
    return path, users


def _page(qtbot, path: Path, user) -> tuple[MainWindow, ProvincePage]:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, path)
    login(qtbot, window, user)
    page = window.show_page(ProvincePage)
    assert isinstance(page, ProvincePage)
    page.year.setValue(2026)
    wait_idle(qtbot, window)
    return window, page


def test_the_stored_deadline_is_shown_and_an_administrator_saves_another(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pages, "PAGES", [pages._province])
    path, users = _province(tmp_path, deadline=20)
    window, page = _page(qtbot, path, users["admin"])
    assert page.deadline.value() == 20 and page.matrix_model.matrix.deadline_day == 20
    assert page.save_deadline_button.isVisible() and not page.save_deadline_button.isEnabled()
    page.deadline.setValue(10)  # a what-if first: the matrix follows, nothing is stored yet
    wait_idle(qtbot, window)
    assert page.matrix_model.matrix.deadline_day == 10 and page.save_deadline_button.isEnabled()
    page.save_deadline_button.click()
    wait_idle(qtbot, window)
    assert not page.save_deadline_button.isEnabled()
    close_window(qtbot, window)
    db = open_database(str(path))
    assert svc.load_deadline(db) == 10
    with db.read() as session:
        assert [e.actor for e in session.scalars(select(AuditRow).where(AuditRow.action == "province.deadline"))][-1] == "admin"
    db.close()


def test_a_leader_sees_the_deadline_but_cannot_save_it(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pages, "PAGES", [pages._province])
    path, users = _province(tmp_path, deadline=15)
    window, page = _page(qtbot, path, users["leader"])
    assert page.deadline.value() == 15 and not page.save_deadline_button.isVisible()
    close_window(qtbot, window)


def test_the_matrix_is_sorted_and_filtered(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pages, "PAGES", [pages._province])
    path, users = _province(tmp_path, deadline=1)  # day 1: most months are late
    window, page = _page(qtbot, path, users["leader"])
    model = page.matrix_model
    assert model.rowCount() == len(COMMUNES) + 1
    codes = [row.commune.code for row in model.matrix.rows]
    assert codes == sorted(codes)
    page.matrix_sort.setCurrentIndex(page.matrix_sort.findData("late"))
    wait_idle(qtbot, window)
    lates = [row.late for row in model.matrix.rows]
    assert lates == sorted(lates, reverse=True)
    page.matrix_sort.setCurrentIndex(page.matrix_sort.findData("missing"))
    wait_idle(qtbot, window)
    received = [row.received for row in model.matrix.rows]
    assert received == sorted(received)
    rates = model.matrix.rates
    # Only the late: a commune with nothing late or overdue goes; the rates row still counts all.
    page.deadline.setValue(31)
    wait_idle(qtbot, window)
    expected = sorted(row.commune.code for row in model.matrix.rows if row.late)
    page.only_late.setChecked(True)
    wait_idle(qtbot, window)
    shown = model.matrix.rows
    assert all(row.late for row in shown) and sorted(row.commune.code for row in shown) == expected
    assert model.rowCount() == len(shown) + 1
    page.deadline.setValue(1)
    wait_idle(qtbot, window)
    assert model.matrix.rates == rates and len(model.matrix.rows) == sum(1 for r in model.matrix.rows if r.late)
    close_window(qtbot, window)


def test_an_administrator_gives_a_rate_its_denominator(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, users, plan_id = gui_db
    settings = Settings.load(tmp_path / "settings.json")
    window = MainWindow(AppContext(settings, open_database(str(path))), pages=[PlanPage])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    login(qtbot, window, users["admin"])
    page = window.current_page()
    assert isinstance(page, PlanPage)
    wait_idle(qtbot, window)
    assert page.denominator_action.isVisible() and page.denominator_action.isEnabled()
    page.review.select("11")
    page.denominator_action.trigger()
    dialog = page.denominator_dialog
    wait_idle(qtbot, window)
    assert dialog.save_button.isEnabled() and not dialog.clear_button.isEnabled()
    dialog.label.setText("Tổng số hộ")
    dialog.unit.setText("hộ")
    dialog.year.setValue(2026)
    dialog.value.setText("0")  # refused, said under the form, nothing stored
    dialog.save_button.click()
    wait_idle(qtbot, window)
    assert dialog.error.isVisible() and "0" in dialog.error.text()
    dialog.value.setText("1.234")
    dialog.save_button.click()
    wait_idle(qtbot, window)
    wait_idle(qtbot, window)
    info = dsvc.load_denominator(window.ctx.db, plan_id, "11")
    assert info.denominator is not None and info.denominator.values == ((2026, Decimal("1234")),)
    assert dialog.clear_button.isEnabled() and "1.234" in dialog.held.text()
    dialog.close()
    # A flow is summed as it is: its dialog says so and offers nothing to save.
    page.review.select("4")
    page.denominator_action.trigger()
    wait_idle(qtbot, window)
    assert not page.denominator_dialog.save_button.isEnabled() and not page.denominator_dialog.label.isEnabled()
    page.denominator_dialog.close()
    close_window(qtbot, window)


def test_an_officer_has_no_denominator_action(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, users, _plan_id = gui_db
    settings = Settings.load(tmp_path / "settings.json")
    window = MainWindow(AppContext(settings, open_database(str(path))), pages=[PlanPage])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    login(qtbot, window, users["officer"])
    page = window.current_page()
    assert isinstance(page, PlanPage) and not page.denominator_action.isVisible()
    close_window(qtbot, window)
