"""One indicator in detail, beside the overview: its status and why, the month's chart, the path.

The panel shows what the overview's bar stands for: the indicator's name, its status word and
the reason the core gives, year to date against the year's target, and two charts in tabs: the
months of the year (``charts.detail.detail_figure``) and the five-year path
(``charts.path.path_figure``). A chart in a tab not shown is drawn when its tab is first shown.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.evaluation import Evaluation
from ..domain.model import IndicatorData
from ..domain.numbers import format_number
from ..domain.periods import Period
from .chart_view import ChartView


#: Narrowest the detail charts are drawn (pixels), so legends stay whole.
DETAIL_MIN_WIDTH = 720


def _number(value: Decimal | None, places: int | None = None) -> str:
    """A figure the Vietnamese way (1.234,5), exactly as the grid shows it; ``—`` when missing."""
    return format_number(value, places, empty="—")


class IndicatorDetail(QWidget):
    """The detail of one indicator for one month; ``closed`` when the user closes it."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code: str | None = None
        self.period: Period | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("detail_title")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the indicator's detail"))
        self.close_button.clicked.connect(self._close)
        self.status_label = QLabel()
        self.status_label.setObjectName("detail_status")
        self.reason_label = QLabel()
        self.reason_label.setObjectName("detail_reason")
        self.reason_label.setWordWrap(True)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("detail_figures")
        self.figures_label.setWordWrap(True)
        self.month_chart = ChartView(default_name="chi-tieu")
        self.path_chart = ChartView(default_name="chi-tieu-5-nam")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.month_chart, self.tr("This year by month"))
        self.tabs.addTab(self.path_chart, self.tr("Five-year path"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        layout.addLayout(top)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.status_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.tabs, 1)

    def show_indicator(self, data: IndicatorData, evaluation: Evaluation, period: Period) -> None:
        """Show ``data``'s indicator as judged at the end of ``period`` (redraws both charts)."""
        ind = data.indicator
        self.code, self.period = ind.code, period
        self.title_label.setText(self.tr("%1. %2").replace("%1", ind.code).replace("%2", ind.name))
        # The status word and its reason come from the core, already in Vietnamese.
        self.status_label.setText(self.tr("Status: %1").replace("%1", evaluation.status_label))
        self.reason_label.setText(evaluation.reason)
        self.figures_label.setText(self._figures(evaluation, period))
        self.month_chart.default_name = f"chi-tieu-{ind.code}-{period}"
        self.path_chart.default_name = f"chi-tieu-{ind.code}-5-nam"
        # Imported here, not at the top: the chart builders import matplotlib (see chart_view).
        from ..charts.detail import detail_figure
        from ..charts.path import path_figure

        # The legends sit right of the plot: below ~720 px they would be cut, so scroll instead.
        self.month_chart.set_chart(lambda fig: detail_figure(data, period, fig), min_width=DETAIL_MIN_WIDTH)
        self.path_chart.set_chart(lambda fig: path_figure(data, period, fig), min_width=DETAIL_MIN_WIDTH)

    def _figures(self, ev: Evaluation, period: Period) -> str:
        unit = ev.indicator.unit.strip()
        text = self.tr("Year to date: %1").replace("%1", f"{_number(ev.actual)} {unit}".strip())
        if not period.is_month:  # the period's own figure first: "Quý III/2026: 2.130 triệu đồng"
            own = f"{period.label}: {_number(ev.period_value)} {unit}".strip()
            text = own + " · " + text
        if ev.target is not None and ev.target.meet is not None:
            text += " · " + self.tr("year target: %1").replace("%1", f"{_number(ev.target.meet)} {unit}".strip())
        if ev.percent_of_target is not None:
            text += " · " + self.tr("%1% of the target").replace("%1", _number(ev.percent_of_target, 1))
        return text

    def _close(self) -> None:
        self.hide()
        self.closed.emit()
