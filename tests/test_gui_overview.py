"""The overview page: bars per indicator, refresh on new figures, click to detail, export, lazy import."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types
from decimal import Decimal as D
from pathlib import Path

import pytest
from gui_support import close_window, login, make_window, wait_idle
from PySide6.QtWidgets import QApplication

from kehoach_desktop.domain.periods import Period
from kehoach_desktop.gui.overview_page import OverviewPage
from kehoach_desktop.services.changes import Changes
from kehoach_desktop.store.database import open_database

PERIOD = Period(2026, 6)
TESTS = str(Path(__file__).resolve().parent)


def _overview(ctx):  # type: ignore[no-untyped-def]
    return OverviewPage(ctx)


def _entry(ctx):  # type: ignore[no-untyped-def]
    from kehoach_desktop.gui.entry.page import EntryPage

    return EntryPage(ctx)


# -- chart builders: the real ones, or a small stand-in while they are being written -----------
def _stand_in() -> dict[str, types.ModuleType]:
    from matplotlib.figure import Figure

    def overview_figure(evaluations, groups, fig=None):  # type: ignore[no-untyped-def]
        fig = fig if fig is not None else Figure()
        fig.clear()
        rows = [e for e in evaluations if e.percent_of_target is not None]
        fig.set_size_inches(fig.get_figwidth(), 1.5 + 0.3 * len(rows), forward=False)
        ax = fig.add_subplot()
        bars = ax.barh(range(len(rows)), [float(e.percent_of_target) for e in rows])
        for bar, ev in zip(bars.patches, rows):
            bar.set_gid(ev.indicator.code)
            bar.set_picker(True)
        return fig

    def line_figure(data, period, fig=None):  # type: ignore[no-untyped-def]
        fig = fig if fig is not None else Figure()
        fig.clear()
        ax = fig.add_subplot()
        ax.plot([v.month for v in data.values if v.year == period.year],
                [float(v.value or 0) for v in data.values if v.year == period.year])
        return fig

    package = types.ModuleType("kehoach_desktop.charts")
    package.__path__ = []  # type: ignore[attr-defined]
    modules = {"kehoach_desktop.charts": package}
    for name, fn in (("overview", overview_figure), ("detail", line_figure), ("path", line_figure)):
        module = types.ModuleType(f"kehoach_desktop.charts.{name}")
        setattr(module, f"{name}_figure", fn)
        setattr(package, name, module)
        modules[module.__name__] = module
    return modules


@pytest.fixture
def charts(monkeypatch: pytest.MonkeyPatch) -> bool:
    """True when the real chart builders are used; else a stand-in is installed for the test."""
    try:
        for name in ("overview", "detail", "path"):
            importlib.import_module(f"kehoach_desktop.charts.{name}")
        return True
    except ImportError:
        for name, module in _stand_in().items():
            monkeypatch.setitem(sys.modules, name, module)
        return False


def open_overview(qtbot, path, user):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, path)
    window.resize(1366, 768)
    window._factories = [_overview, _entry]
    login(qtbot, window, user)
    page = window.pages[0]
    assert isinstance(page, OverviewPage) and window.current_page() is page
    window.set_period(PERIOD)
    wait_drawn(qtbot, window, page, PERIOD)
    return window, page


def wait_drawn(qtbot, window, page: OverviewPage, period: Period, after: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page has the month's data (load number > ``after``) and has rendered it."""
    qtbot.waitUntil(
        lambda: page.result is not None and page.result.period == period and page.loaded_count > after,
        timeout=5000,
    )
    wait_idle(qtbot, window)
    qtbot.waitUntil(page.chart.is_drawn, timeout=5000)


def _pick(view, artist) -> None:  # type: ignore[no-untyped-def]
    """What matplotlib does for a click on ``artist``: a pick event through the canvas."""
    from matplotlib.backend_bases import MouseEvent, PickEvent

    canvas = view.canvas
    mouse = MouseEvent("button_press_event", canvas, 10, 10, button=1)
    canvas.callbacks.process("pick_event", PickEvent("pick_event", canvas, mouse, artist))


def _bar(page: OverviewPage, code: str):  # type: ignore[no-untyped-def]
    return next(p for ax in page.chart.figure.axes for p in ax.patches if p.get_gid() == code)


# -- matplotlib is not paid for until a chart is shown ---------------------------------------
def test_page_module_does_not_import_matplotlib() -> None:
    code = "import sys, kehoach_desktop.gui.overview_page; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


LOGIN_WITHOUT_OVERVIEW = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
sys.path.insert(0, sys.argv[2])
from gui_support import make_window_plain
from kehoach_desktop.gui.startup import logged_in
from kehoach_desktop.gui.overview_page import OverviewPage
from kehoach_desktop.services.changes import Changes
from kehoach_desktop.gui.entry.page import EntryPage
window, users = make_window_plain(sys.argv[1])
window._factories = [EntryPage, OverviewPage]
logged_in(window, users["officer"])
deadline = time.time() + 20
while time.time() < deadline and not (window.pages and window.ctx.worker.is_idle()):
    app.processEvents()
for _ in range(20):
    app.processEvents()
print(len(window.pages), 'matplotlib' in sys.modules, flush=True)
window.close(); window.ctx.worker.shutdown()
"""


def test_matplotlib_waits_until_the_overview_is_shown(gui_db) -> None:  # type: ignore[no-untyped-def]
    path, _, _ = gui_db
    run = subprocess.run([sys.executable, "-c", LOGIN_WITHOUT_OVERVIEW, str(path), TESTS],
                         check=False, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["2", "False"]


# -- the overview ----------------------------------------------------------------------------
def test_overview_draws_one_bar_per_indicator_with_a_percentage(qtbot, gui_db, charts) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_overview(qtbot, path, users["officer"])
    assert page.title() == "Overview" and page.stack.currentWidget() is page.content
    with_percent = [e.indicator.code for e in page.result.evaluations if e.percent_of_target is not None]
    assert len(with_percent) > 10
    assert sorted(page.bar_codes()) == sorted(with_percent)
    assert "6/2026" in page.heading.text()
    assert page.picker.count() == len(page.result.data) and page.picker.currentIndex() == -1
    # A tall overview scrolls instead of being squeezed into the window.
    assert page.chart.canvas.minimumHeight() > page.chart.scroll_area.viewport().height()
    # The count by status, when the chart builders offer it, is drawn when its tab is shown.
    from kehoach_desktop.charts import overview

    assert page.tabs.isTabVisible(1) == hasattr(overview, "status_counts_figure")
    if page.tabs.isTabVisible(1):
        assert page.status_chart.drawn_count == 0
        page.tabs.setCurrentWidget(page.status_chart)
        qtbot.waitUntil(page.status_chart.is_drawn, timeout=5000)
        assert page.status_chart.figure.axes
    close_window(qtbot, window)


def test_new_figures_redraw_the_overview(qtbot, gui_db, charts) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.store.values import ValueEntry, save_values

    path, users, plan_id = gui_db
    window, page = open_overview(qtbot, path, users["officer"])
    before = next(e for e in page.result.evaluations if e.indicator.code == "4")
    width_before = _bar(page, "4").get_width()
    db = open_database(str(path))  # saved elsewhere (the entry page, another PC)
    with db.write() as s:
        save_values(s, db.installation_id, plan_id, [ValueEntry("4", PERIOD, D(2520))], "officer", accept_warnings=True)
    db.close()
    loads = page.loaded_count
    window.ctx.publish(Changes.figures({"4"}, PERIOD))
    wait_drawn(qtbot, window, page, PERIOD, after=loads)
    after = next(e for e in page.result.evaluations if e.indicator.code == "4")
    assert after.actual == before.actual + 1000
    assert after.percent_of_target > before.percent_of_target
    assert _bar(page, "4").get_width() > width_before
    close_window(qtbot, window)


def test_hidden_overview_reloads_when_shown_again(qtbot, gui_db, charts) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_overview(qtbot, path, users["officer"])
    window.nav.setCurrentRow(1)  # the entry page
    wait_idle(qtbot, window)
    loads = page.loaded_count
    window.set_period(Period(2026, 5))
    wait_idle(qtbot, window)
    assert page.loaded_count == loads and page._stale  # nothing redrawn while hidden
    window.nav.setCurrentRow(0)
    wait_drawn(qtbot, window, page, Period(2026, 5), after=loads)
    assert "5/2026" in page.heading.text()
    close_window(qtbot, window)


def test_clicking_a_bar_opens_the_indicator(qtbot, gui_db, charts) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_overview(qtbot, path, users["leader"])
    assert not page.detail.isVisible()
    _pick(page.chart, _bar(page, "4"))
    assert page.detail.isVisible() and page.detail.code == "4"
    assert page.detail.title_label.text().startswith("4. ")
    assert page.detail.status_label.text().startswith("Status: ")
    evaluation = next(e for e in page.result.evaluations if e.indicator.code == "4")
    assert page.detail.reason_label.text() == evaluation.reason
    assert page.picker.currentData() == "4"
    detail = page.detail
    qtbot.waitUntil(lambda: detail.month_chart.drawn_count > 0, timeout=5000)
    assert detail.month_chart.figure.axes  # the month chart is drawn
    assert detail.path_chart.drawn_count == 0  # its tab is not shown yet
    detail.tabs.setCurrentWidget(detail.path_chart)
    qtbot.waitUntil(lambda: detail.path_chart.drawn_count > 0, timeout=5000)
    # A click on something that is not an indicator's bar does nothing.
    _pick(page.chart, page.chart.figure.axes[0].title)
    assert detail.code == "4"
    # The detail follows the month.
    loads = page.loaded_count
    window.set_period(Period(2026, 5))
    wait_drawn(qtbot, window, page, Period(2026, 5), after=loads)
    assert detail.isVisible() and detail.code == "4" and detail.period == Period(2026, 5)
    detail.close_button.click()
    assert not detail.isVisible() and page.picker.currentIndex() == -1
    close_window(qtbot, window)


def test_keyboard_users_choose_the_indicator_from_the_list(qtbot, gui_db, charts) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_overview(qtbot, path, users["officer"])
    row = page.picker.findData("5.1")
    page.picker.setFocus()
    page.picker.setCurrentIndex(row - 1)
    from PySide6.QtCore import Qt

    qtbot.keyClick(page.picker, Qt.Key.Key_Down)  # a closed combo box changes and activates
    assert page.picker.currentData() == "5.1"
    assert page.detail.isVisible() and page.detail.code == "5.1"
    close_window(qtbot, window)


def test_export_and_copy(qtbot, gui_db, charts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_overview(qtbot, path, users["officer"])
    view = page.chart
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        target = tmp_path / f"tong-quan{suffix}"
        view._choose_save_path = lambda filters, target=target: str(target)  # type: ignore[method-assign]
        assert view.save_image() == target
        assert target.stat().st_size > 1000 and target.read_bytes().startswith(magic)
    # A name without a suffix gets the PNG one; cancelling saves nothing.
    view._choose_save_path = lambda filters: str(tmp_path / "khong-duoi")  # type: ignore[method-assign]
    assert view.save_image() == tmp_path / "khong-duoi.png" and (tmp_path / "khong-duoi.png").exists()
    view._choose_save_path = lambda filters: None  # type: ignore[method-assign]
    assert view.save_image() is None
    QApplication.clipboard().clear()
    view.copy_button.click()
    image = QApplication.clipboard().image()
    assert not image.isNull()
    width, height = view.canvas.get_width_height(physical=True)
    assert (image.width(), image.height()) == (width, height)
    close_window(qtbot, window)


def test_no_plan_says_so(qtbot, gui_db, charts) -> None:  # type: ignore[no-untyped-def]
    path, users, _ = gui_db
    window, page = open_overview(qtbot, path, users["officer"])
    window.ctx.plan_id = None
    window.ctx.publish(Changes(plan=True))
    assert page.stack.currentWidget() is page.no_plan and page.result is None
    assert "no plan" in page.no_plan.findChild(type(page.heading), "no_plan_message").text()
    assert page.go_to_plan.isVisible()
    close_window(qtbot, window)
