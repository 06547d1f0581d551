"""Daily use on a 1366x768 office PC (issue 15): each test acts as the officer did."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import close_window, login, make_window, wait_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QScrollArea, QWidget

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
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes recorded instead of shown; questions answer Yes."""
    shown: list[tuple[str, str]] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def box(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return staticmethod(box)

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


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
def test_the_wheel_scrolls_the_indicator_form_and_changes_no_field(qtbot, gui_db, tmp_path, no_boxes) -> None:
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
    # Switching indicator keeps nothing: the draft is as it was.
    review.select("2")
    assert not review.is_dirty()
    # Once the officer clicks into the box, the wheel does change it (the guard only holds back a passing wheel).
    scroll.ensureWidgetVisible(editor.baseline_year)
    editor.baseline_year.setFocus()
    value = editor.baseline_year.value()
    wheel_over(editor.baseline_year, +1)
    assert editor.baseline_year.value() != value
    close_window(qtbot, window)


def test_the_wheel_over_the_year_table_and_toolbar_changes_nothing(qtbot, gui_db, tmp_path, no_boxes) -> None:
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
