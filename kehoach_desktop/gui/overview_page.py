"""The "Tổng quan" page: every indicator's progress towards this year's target, as bars.

Layout: a heading and an indicator list (for the keyboard) on top; the overview chart (and, when
the chart builders offer it, the count of indicators by status) on the left; the detail of the
indicator clicked or chosen on the right, in a splitter. The plan's data is read in one
operation on the database worker and judged there (``evaluate`` is pure); drawing happens on the
GUI thread. matplotlib is imported only when the first chart is drawn (see ``chart_view``).
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..services.changes import Changes
from ..services.overview import OverviewData, load_overview
from .chart_view import ChartView
from .context import AppContext
from .indicator_detail import DETAIL_MIN_WIDTH, IndicatorDetail
from .operations import DbOp
from .page import Page

#: Chart element ids that name an indicator after this prefix (the bar itself is the bare code).
CODE_PREFIXES = ("label:", "status:")
#: Narrowest the overview chart is drawn (pixels): its indicator names need the room.
OVERVIEW_MIN_WIDTH = 640
#: The least of the overview kept in view beside an indicator's detail.
OVERVIEW_SHOWN = 400
#: The detail panel's frame and vertical scroll bar around its charts.
DETAIL_MARGIN = 30


class OverviewPage(Page):
    """Progress of every indicator for the period shown, and one indicator in detail."""

    icon_name = "overview"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.result: OverviewData | None = None
        self.loaded_count = 0
        self._token = 0
        self._stale = True
        self._status_stale = False
        self._build()
        self.chart.picked.connect(self._chart_picked)
        self.status_chart.picked.connect(self._chart_picked)  # its ids name statuses: ignored
        ctx.period_changed.connect(self._context_changed)
        ctx.changes.connect(self._changed)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("overview_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Indicator to show in detail"))
        self.picker.setPlaceholderText(self.tr("Choose an indicator..."))
        self.picker.setMinimumContentsLength(30)
        self.picker.setMaxVisibleItems(15)  # a list, not a curtain over the whole screen
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.activated.connect(self._picker_activated)
        picker_label = QLabel(self.tr("&Indicator:"))
        picker_label.setBuddy(self.picker)
        self.empty_label = QLabel(
            self.tr("No indicator has a percentage of its target yet for this period: enter the figures "
                    "on the Monthly entry page.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.chart = ChartView(default_name="tong-quan")
        self.chart.setToolTip(self.tr("Click a bar to see the indicator in detail"))
        self.status_chart = ChartView(default_name="tong-quan-trang-thai")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart, self.tr("Progress"))
        self.tabs.addTab(self.status_chart, self.tr("By status"))
        self.tabs.setTabVisible(1, False)  # until the chart builders are known to offer it
        self.tabs.currentChanged.connect(self._tab_changed)
        self.detail = IndicatorDetail()
        self.detail.hide()
        self.detail.closed.connect(self._detail_closed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.content = QWidget()
        box = QVBoxLayout(self.content)
        box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        box.addLayout(top)  # joins its parent before its widgets (see entry/page.py)
        top.addWidget(self.heading, 1)
        top.addWidget(picker_label)
        top.addWidget(self.picker)
        box.addWidget(self.empty_label)
        box.addWidget(self.splitter, 1)
        self.no_plan = self._no_plan_widget()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.no_plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

    def _no_plan_widget(self) -> QWidget:
        return self.no_plan_widget(
            self.tr("There is no plan yet, so there is nothing to show. Import the resolution or type "
                    "the plan's indicators on the Indicators page first.")
        )

    # -- Page -----------------------------------------------------------------------------------
    def title(self) -> str:
        """Tổng quan."""
        return self.tr("Overview")

    def activate(self) -> None:
        """Load the month shown in the toolbar unless what is on screen is still current."""
        ctx = self.ctx
        current = self.result
        if self._stale or current is None or (current.plan_id, current.period) != (ctx.plan_id, ctx.period):
            self.reload()

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read and judge the plan for the month shown, then redraw."""
        ctx = self.ctx
        self._stale = False
        if ctx.plan_id is None or ctx.user is None:
            self._token += 1  # a load still on its way is for a plan no longer there
            self.result = None
            self.stack.setCurrentWidget(self.no_plan)
            return
        self.stack.setCurrentWidget(self.content)
        self._token += 1
        token, plan_id, period = self._token, ctx.plan_id, ctx.period
        DbOp(self, ctx, lambda db: load_overview(db, plan_id, period)).success(
            lambda result: self._loaded(token, result)
        ).run()

    def _changed(self, changes: Changes) -> None:
        if changes.plan or changes.cells:
            self._context_changed()

    def _context_changed(self, *_: object) -> None:
        # Any figure of the plan can move this month's picture (year to date, last year's same
        # period, the five-year total), so every change reloads; one read of the plan is cheap.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _loaded(self, token: int, result: OverviewData) -> None:
        if not isValid(self) or token != self._token:
            return  # the page was closed, or a newer load is on its way
        self.result = result
        self.loaded_count += 1
        period = result.period
        # The period's own words (Tháng 10/2026, Quý III/2026, 6 tháng đầu năm 2026, Năm 2026).
        self.heading.setText(self.tr("Progress towards the year's targets — %1").replace("%1", period.label))
        self.chart.default_name = f"tong-quan-{period}"
        self.status_chart.default_name = f"tong-quan-trang-thai-{period}"
        self._fill_picker(result)
        self.empty_label.setVisible(result.with_percent == 0)
        self._draw(result)
        if self.detail.isVisibleTo(self) and self.detail.code is not None and not self.show_indicator(self.detail.code):
            self.detail.hide()  # the indicator is gone from the plan

    def _fill_picker(self, result: OverviewData) -> None:
        chosen = self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        for data in result.data:
            ind = data.indicator
            self.picker.addItem(f"{ind.code}. {ind.name}", ind.code)
        self.picker.setCurrentIndex(self.picker.findData(chosen) if chosen is not None else -1)
        self.picker.blockSignals(False)

    def _draw(self, result: OverviewData) -> None:
        # Imported here, not at the top: the chart builders import matplotlib (see chart_view).
        from ..charts import overview as charts

        evaluations, plan_groups = list(result.evaluations), list(result.groups)
        # The builder sizes the figure to its rows; the view keeps that height and scrolls.
        # Row names are cut below ~640 px: a narrow panel scrolls sideways instead.
        self.chart.set_chart(lambda fig: charts.overview_figure(evaluations, plan_groups, fig), min_width=OVERVIEW_MIN_WIDTH)
        has_status = hasattr(charts, "status_counts_figure")
        self.tabs.setTabVisible(1, has_status)
        if has_status:
            self._status_stale = True
            self._draw_status()

    def _draw_status(self) -> None:
        result = self.result
        if not self._status_stale or result is None or self.tabs.currentWidget() is not self.status_chart:
            return  # drawn when its tab is shown
        from ..charts import overview as charts

        self._status_stale = False
        evaluations, plan_groups = list(result.evaluations), list(result.groups)
        self.status_chart.set_chart(lambda fig: charts.status_counts_figure(evaluations, plan_groups, fig))

    def _tab_changed(self, _index: int) -> None:
        self._draw_status()

    # -- detail ---------------------------------------------------------------------------------
    def show_indicator(self, code: str) -> bool:
        """Open the detail of indicator ``code`` for the month shown; False if there is none."""
        result = self.result
        if result is None:
            return False
        i = result.index_of(code)
        if i < 0:
            return False
        was_hidden = not self.detail.isVisibleTo(self)
        self.detail.show()
        if was_hidden:
            # On a 1366x768 screen the detail the officer asked for is shown whole (its charts'
            # narrowest width); the overview beside it keeps the rest and may scroll sideways.
            total = max(self.splitter.width(), 600)
            detail = min(max(total * 2 // 5, DETAIL_MIN_WIDTH + DETAIL_MARGIN), total - OVERVIEW_SHOWN)
            self.splitter.setSizes([total - max(detail, 0), max(detail, 0)])
        self.detail.show_indicator(result.data[i], result.evaluations[i], result.period)
        row = self.picker.findData(code)
        if row != self.picker.currentIndex():
            self.picker.setCurrentIndex(row)
        return True

    def _chart_picked(self, gid: str) -> None:
        for prefix in CODE_PREFIXES:
            gid = gid.removeprefix(prefix)
        self.show_indicator(gid)  # an id that is no indicator's code (a status count) does nothing

    def _picker_activated(self, row: int) -> None:
        code = self.picker.itemData(row)
        if code is not None:
            self.show_indicator(str(code))

    def _detail_closed(self) -> None:
        self.picker.setCurrentIndex(-1)
        self.chart.setFocus()

    def drawn_count(self) -> int:
        """How many times the overview chart was rendered (tests and benchmarks wait on it)."""
        return self.chart.drawn_count

    def bar_codes(self) -> list[str]:
        """The indicator codes of the overview's bars, in drawing order (empty before drawing)."""
        figure = self.chart.figure
        if figure is None:
            return []
        result = self.result
        out = []
        for ax in figure.axes:
            for patch in ax.patches:
                gid = patch.get_gid()
                if gid and patch.pickable() and result is not None and result.index_of(str(gid)) >= 0:
                    out.append(str(gid))
        return out

    def can_change_period(self) -> bool:
        """The overview has nothing unsaved: the month may always change."""
        return True
