"""Tỉnh: on a province's computer, who has reported which month, and one indicator across communes.

Thin over ``services.province``: the Reporting tab shows the completeness matrix of a year
against a deadline day and exports it to Excel; the Comparison tab shows one indicator across the
communes for the toolbar's period, with the province total and how it was made; the Commune
profile tab (``profile.py``) one commune's indicators month by month. "Export province report..."
(beside the tabs) writes the province's report on the toolbar's period as .docx or .xlsx.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from ...domain.access import Action, User
from ...province.matrix import DEFAULT_DEADLINE_DAY, Matrix
from ...services.changes import Changes
from ..chart_view import ChartView
from ..context import AppContext
from ..operations import DbOp
from ..page import Page
from ..resources import icon
from .models import CompareModel, MatrixModel
from .profile import ProfileTab

if TYPE_CHECKING:
    from ...province.communes import CommunesImported, ProvinceCommune
    from ...services.template import TemplateWritten
    from .template_send import TemplateChoice
    from ...province.compare import Comparison


def _svc():  # type: ignore[no-untyped-def]
    """``services.province``, imported when the page first reads (it brings the report writers)."""
    from ...services import province

    return province


def _table(model: MatrixModel | CompareModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    return view


class ProvincePage(Page):
    """The province's view of its communes."""

    icon_name = "province"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.matrix_model = MatrixModel()
        self.compare_model = CompareModel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.period.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.deadline = QSpinBox()
        self.deadline.setRange(1, 31)
        self.deadline.setValue(DEFAULT_DEADLINE_DAY)
        self.deadline.setAccessibleName(self.tr("Deadline day"))
        self.deadline.setToolTip(self.tr("A month's figures are on time when recorded by this day of the month."))
        self.save_deadline_button = QPushButton(icon("save"), self.tr("Save as the province's deadline"))
        self.save_deadline_button.setToolTip(self.tr("Keep this day as the deadline communes report by, for everyone "
                                                     "and for the command line (administrators)."))
        self.matrix_sort = QComboBox()
        self.matrix_sort.setAccessibleName(self.tr("Sort communes"))
        for text, key in ((self.tr("By commune code"), "code"), (self.tr("Most months late first"), "late"),
                          (self.tr("Fewest months received first"), "missing")):
            self.matrix_sort.addItem(text, key)
        self.only_late = QCheckBox(self.tr("Only communes late or missing"))
        self.only_late.setToolTip(self.tr("Show only the communes with a month late or overdue; the reporting "
                                          "rates still count every commune."))
        self._stored_deadline = DEFAULT_DEADLINE_DAY
        self.export_button = QPushButton(icon("export"), self.tr("Export to &Excel..."))
        self.import_button = QPushButton(icon("import"), self.tr("Import &commune list..."))
        self.import_button.setToolTip(self.tr("Load the province's communes (code and name) from an .xlsx or .csv "
                                              "file with the columns «Mã xã» and «Tên xã» (administrators)."))
        self.template_button = QPushButton(icon("export"), self.tr("Send &indicator list..."))
        self.template_button.setToolTip(self.tr("Write the province's standard indicator list, and each commune's "
                                                "targets for a year, as a signed bundle for the communes"))
        self.matrix_view = _table(self.matrix_model, self.tr("Reporting by commune and month"))
        self.matrix_summary = QLabel()
        self.indicator = QComboBox()
        self.indicator.setAccessibleName(self.tr("Indicator"))
        self.indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator.setMinimumContentsLength(40)
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort"))
        for text, key in ((self.tr("By commune code"), "code"), (self.tr("By % of target"), "percent"),
                          (self.tr("By year to date"), "value")):
            self.sort.addItem(text, key)
        self.compare_view = _table(self.compare_model, self.tr("Indicator across communes"))
        self.chart = ChartView(default_name="so-sanh-cac-xa")
        self.compare_heading = QLabel()
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.report_button = QPushButton(icon("export"), self.tr("Export &province report..."))
        self.report_button.setToolTip(self.tr("Write the province's report on the period chosen in the toolbar "
                                              "(reporting, province totals, each commune's assessment) as Word or Excel."))
        self.profile_tab = ProfileTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._reporting_tab(), self.tr("Reporting"))
        self.tabs.addTab(self._comparison_tab(), self.tr("Comparison"))
        self.tabs.addTab(self.profile_tab, self.tr("Commune profile"))
        self.tabs.setCornerWidget(self.report_button)
        self.report_button.clicked.connect(self.export_report)
        QVBoxLayout(self).addWidget(self.tabs)
        self.year.valueChanged.connect(lambda _v: self.load_matrix())
        self.deadline.valueChanged.connect(self._deadline_changed)
        self.save_deadline_button.clicked.connect(self.save_deadline)
        self.matrix_sort.currentIndexChanged.connect(lambda _i: self.load_matrix())
        self.only_late.toggled.connect(lambda _on: self.load_matrix())
        self.export_button.clicked.connect(self.export_matrix)
        self.import_button.clicked.connect(self.import_communes)
        self.template_button.clicked.connect(self.send_template)
        self.indicator.currentIndexChanged.connect(lambda _i: self.load_comparison())
        self.sort.currentIndexChanged.connect(lambda _i: self.load_comparison())
        # Bound methods, never lambdas: Qt drops them when the page is deleted (a commune's
        # computer builds the page, finds it not allowed and deletes it).
        ctx.period_changed.connect(self._period_changed)
        ctx.changes.connect(self._changed)

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Province")

    def allowed(self, user: User) -> bool:
        """Only on a province's computer."""
        return self.ctx.province

    def _reporting_tab(self) -> QWidget:
        widget = QWidget()
        bar = QHBoxLayout()
        for text, spin in ((self.tr("&Year:"), self.year), (self.tr("&Deadline: day"), self.deadline)):
            label = QLabel(text)
            label.setBuddy(spin)
            bar.addWidget(label)
            bar.addWidget(spin)
        bar.addWidget(self.save_deadline_button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.template_button)
        bar.addWidget(self.export_button)
        second = QHBoxLayout()
        sort_label = QLabel(self.tr("S&ort:"))
        sort_label.setBuddy(self.matrix_sort)
        second.addWidget(sort_label)
        second.addWidget(self.matrix_sort)
        second.addWidget(self.only_late)
        second.addStretch(1)
        layout = QVBoxLayout(widget)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.matrix_view, 1)
        layout.addWidget(self.matrix_summary)
        return widget

    def _comparison_tab(self) -> QWidget:
        widget = QWidget()
        bar = QHBoxLayout()
        for text, combo in ((self.tr("&Indicator:"), self.indicator), (self.tr("&Sort:"), self.sort)):
            label = QLabel(text)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addStretch(1)
        layout = QVBoxLayout(widget)
        layout.addLayout(bar)
        layout.addWidget(self.compare_heading)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.compare_view)
        split.addWidget(self.chart)
        split.setSizes([600, 520])
        layout.addWidget(split, 1)
        layout.addWidget(self.method)
        return widget

    # -- loading ------------------------------------------------------------------------------
    def activate(self) -> None:
        """Read the matrix, the indicators and the comparison each time the page is shown."""
        user = self.ctx.user
        self.import_button.setEnabled(user is not None and user.can(Action.SETTINGS))
        self.save_deadline_button.setVisible(user is not None and user.can(Action.SETTINGS))
        DbOp(self, self.ctx, lambda db: _svc().load_deadline(db)).success(self._deadline_loaded).run()
        DbOp(self, self.ctx, lambda db: _svc().list_indicators(db)).success(self._indicators_loaded).run()
        self.profile_tab.load_communes()

    def _period_changed(self, _period: object) -> None:
        if self.isVisible():
            self.load_comparison()

    def _changed(self, changes: Changes) -> None:
        if changes.sync or changes.commune or changes.cells or changes.months or changes.plan:
            if self.isVisible():
                self.activate()

    def _deadline_loaded(self, day: int) -> None:
        """Show the province's stored deadline, then the matrix against it."""
        self._stored_deadline = day
        self.deadline.blockSignals(True)
        self.deadline.setValue(day)
        self.deadline.blockSignals(False)
        self._deadline_changed(day)

    def _deadline_changed(self, day: int) -> None:
        # Another day is a what-if until an administrator saves it.
        self.save_deadline_button.setEnabled(day != self._stored_deadline)
        self.load_matrix()

    def save_deadline(self) -> None:
        """Store the spin box's day as the province's deadline (administrators; audited)."""
        user = self.ctx.user
        if user is None or not user.can(Action.SETTINGS):
            return
        day = self.deadline.value()
        DbOp(self, self.ctx, lambda db: _svc().save_deadline(db, day, user.username)).success(
            self._deadline_saved).run()

    def _deadline_saved(self, day: int) -> None:
        self._stored_deadline = day
        self.save_deadline_button.setEnabled(self.deadline.value() != day)
        self.ctx.status.emit(self.tr("The province's deadline is now day %1 of the month reported.")
                             .replace("%1", str(day)))

    def load_matrix(self) -> None:
        """Read the matrix of the chosen year, sorted and filtered as chosen."""
        year, day = self.year.value(), self.deadline.value()
        sort, only_late = self.matrix_sort.currentData() or "code", self.only_late.isChecked()
        DbOp(self, self.ctx, lambda db: _svc().load_matrix(db, [year], day, sort=sort, only_late=only_late)).success(
            self._matrix_loaded).run()

    def _matrix_loaded(self, matrix: Matrix) -> None:
        self.matrix_model.set_matrix(matrix)
        header = self.matrix_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrix_view.setColumnWidth(0, 60)
        self.matrix_view.setColumnWidth(1, 170)
        for col in range(2, self.matrix_model.columnCount()):
            self.matrix_view.setColumnWidth(col, 92)
        self.matrix_view.resizeRowsToContents()
        communes = len(matrix.rows)
        late = sum(row.late for row in matrix.rows)
        self.matrix_summary.setText(
            self.tr("%1 communes; deadline: day %2 of the month reported; %3 months late or overdue in all.")
            .replace("%1", str(communes)).replace("%2", str(matrix.deadline_day)).replace("%3", str(late))
        )

    def export_matrix(self) -> None:
        """Ask where, then write the matrix to an Excel workbook."""
        year, day = self.year.value(), self.deadline.value()
        sort, only_late = self.matrix_sort.currentData() or "code", self.only_late.isChecked()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the reporting table to Excel"), str(Path.home() / f"bao-cao-cac-xa-{year}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        DbOp(self, self.ctx, lambda db: _svc().export_matrix(db, [year], target, day, sort=sort,
                                                             only_late=only_late)).success(
            lambda _m: self.ctx.status.emit(self.tr("Saved %1").replace("%1", str(target)))
        ).run()

    def _ask_report_path(self, suggested: str) -> Path | None:
        """Where to write the province's report, .docx or .xlsx (tests replace this)."""
        word, excel = self.tr("Word documents (*.docx)"), self.tr("Excel workbooks (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the province report"), str(Path.home() / suggested), f"{word};;{excel}",
        )
        if not path:
            return None
        if not path.lower().endswith((".docx", ".xlsx")):
            path += ".xlsx" if chosen == excel else ".docx"
        return Path(path)

    def export_report(self) -> None:
        """Ask where, then write the province's report on the toolbar's period (database lane)."""
        period = self.ctx.period
        suggested = f"bao-cao-tinh-{period}.docx"
        path = self._ask_report_path(suggested)
        if path is None:
            return
        fmt = path.suffix.lower().lstrip(".")
        today = date.today()
        DbOp(self, self.ctx, lambda db: _svc().export_province_report(db, period, path, fmt, today)).busy(
            self.tr("Writing the province report...")).success(
            lambda _r: self.ctx.status.emit(self.tr("Province report written: %1").replace("%1", str(path)))
        ).run()

    def _ask_communes_file(self) -> Path | None:
        """The commune list chosen by the officer (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the province's commune list"), str(Path.home()),
            self.tr("Commune lists (*.xlsx *.csv)"),
        )
        return Path(path) if path else None

    def import_communes(self) -> None:
        """Read the chosen list and store it; the matrix reloads through the Changes it returns."""
        path = self._ask_communes_file()
        user = self.ctx.user
        if path is None or user is None:
            return
        DbOp(self, self.ctx, lambda db: _svc().import_communes(db, path, user.username)).success(
            self._communes_imported).run()

    def _communes_imported(self, result: CommunesImported) -> None:
        self.ctx.status.emit(
            self.tr("Commune list imported: %1 added, %2 renamed, %3 unchanged.")
            .replace("%1", str(len(result.added))).replace("%2", str(len(result.renamed)))
            .replace("%3", str(result.unchanged))
        )

    # -- the province's template (sync.template): list and targets sent to the communes ----------
    def _ask_save(self, title: str, name: str, pattern: str) -> Path | None:
        """Where to write a file (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        return Path(path) if path else None

    def send_template(self) -> None:
        """Choose where the list and the targets come from, then write the signed bundle."""
        DbOp(self, self.ctx, lambda db: _svc().list_communes(db)).success(self._choose_template).run()

    def _choose_template(self, communes: list[ProvinceCommune]) -> None:
        from .template_send import TemplateSendDialog

        held = [(c.code, f"{c.code} — {c.name}") for c in communes if c.plan_id is not None]
        dialog = TemplateSendDialog(self, held, self.year.value())
        self.template_dialog = dialog
        dialog.accepted.connect(lambda: self._write_template(dialog.choice()))
        dialog.sheet_button.clicked.connect(lambda: self._write_sheet(dialog.choice(), dialog.year.value()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _write_template(self, choice: TemplateChoice) -> None:
        from ...services.template import export_template

        name = f"danh-muc-chi-tieu{f'-{choice.year}' if choice.year else ''}.kehoach"
        path = self._ask_save(self.tr("Save the indicator list bundle"), name, self.tr("Sync bundles (*.kehoach)"))
        if path is None:
            return
        target = path if path.suffix.lower() == ".kehoach" else path.with_name(path.name + ".kehoach")
        actor = self.ctx.actor
        DbOp(self, self.ctx, lambda db: export_template(
            db, target, actor=actor, from_commune=choice.from_commune, plan_xlsx=choice.plan_xlsx, year=choice.year,
            targets_xlsx=choice.targets_xlsx)).success(self._template_written).busy(
            self.tr("Writing the indicator list...")).run()

    def _template_written(self, written: TemplateWritten) -> None:
        self.ctx.status.emit(
            self.tr("Indicator list written to %1: %2 indicators, targets for %3 communes.")
            .replace("%1", str(written.path)).replace("%2", str(written.indicators)).replace("%3", str(written.communes))
        )

    def _write_sheet(self, choice: TemplateChoice, year: int) -> None:
        from ...services.template import write_targets_sheet

        path = self._ask_save(self.tr("Save the targets sheet to fill"), f"muc-tieu-giao-cac-xa-{year}.xlsx",
                              self.tr("Excel workbooks (*.xlsx)"))
        if path is None:
            return
        target = path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        DbOp(self, self.ctx, lambda db: write_targets_sheet(
            db, target, year, from_commune=choice.from_commune, plan_xlsx=choice.plan_xlsx)).success(
            lambda rows: self.ctx.status.emit(self.tr("Targets sheet written to %1: %2 rows to fill.")
                                              .replace("%1", str(target)).replace("%2", str(rows)))).run()

    def _indicators_loaded(self, choices: list[tuple[str, str]]) -> None:
        current = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for code, name in choices:
            self.indicator.addItem(f"{code}. {name}", code)
        found = self.indicator.findData(current) if current else -1
        self.indicator.setCurrentIndex(max(found, 0))
        self.indicator.blockSignals(False)
        self.load_comparison()

    def load_comparison(self) -> None:
        """Read the chosen indicator across the communes for the toolbar's period."""
        code = self.indicator.currentData()
        if not code:
            self.compare_model.set_comparison(None)
            self.compare_heading.setText(self.tr("No commune's figures have arrived yet."))
            self.method.clear()
            return
        period, sort = self.ctx.period, self.sort.currentData()
        DbOp(self, self.ctx, lambda db: _svc().load_comparison(db, code, period, _sort_key(sort))).success(
            self._comparison_loaded).run()

    def _comparison_loaded(self, comparison: Comparison) -> None:
        self.compare_model.set_comparison(comparison)
        self.compare_view.resizeColumnsToContents()
        self.compare_view.setColumnWidth(1, max(self.compare_view.columnWidth(1), 170))
        unit = comparison.unit or self.tr("no unit")
        self.compare_heading.setText(f"<b>{comparison.code}. {comparison.name}</b> ({unit}) — {comparison.period.label}")
        self.method.setText(self.tr("How the province total was made: %1").replace("%1", comparison.total.method))
        self.chart.set_chart(lambda fig: _draw_chart(fig, comparison))


def _draw_chart(fig, comparison: Comparison):  # type: ignore[no-untyped-def]
    """The comparison as bars, in the table's order (matplotlib is imported on the first chart)."""
    from ...charts.province import CommuneBar, compare_figure

    bars = [
        CommuneBar(r.commune.name, r.row.percent_of_target, r.row.actual, r.row.evaluation.status)
        for r in comparison.rows if r.row is not None
    ]
    title = {"code": comparison.code, "name": comparison.name, "period": comparison.period.label,
             "unit": comparison.unit}
    return compare_figure(bars, title, fig)


def _sort_key(name: str):  # type: ignore[no-untyped-def]
    from ...province.compare import SortKey

    return SortKey(name)
