"""The Chỉ tiêu page's row for the year's plan: import an annual plan, type the year's targets,
reopen an annual plan imported earlier.

Shown under an adopted 5-year plan only (annual plans are matched onto that). Importing and
reviewing need the plan page's right (administrators); the year's targets are for administrators
and leaders, who can also look at an annual plan's matches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton, QWidget

from ..context import AppContext
from ..operations import DbOp
from ..resources import icon
from ...services.annual import AnnualDraftInfo, list_annual_drafts
from .rights import default_year, may_import_annual, may_set_year_targets

if TYPE_CHECKING:  # the dialogs load when first opened, not with the page at login (memory)
    from .import_flow import AnnualImporter
    from .review_dialog import AnnualReviewDialog
    from .year_targets_dialog import YearTargetsDialog


class AnnualBar(QToolBar):
    """Annual plan actions for the 5-year plan shown on the page."""

    #: An annual plan was applied to the 5-year plan (its ``ApplySummary``).
    applied = Signal(object)
    #: The list of imported annual plans was read again.
    drafts_listed = Signal()

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__()
        self.ctx = ctx
        self._page = page
        self.setObjectName("annual_bar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(16, 16))
        self._importer: AnnualImporter | None = None
        self.label = QLabel(self.tr("Year plan:") + " ")
        self.addWidget(self.label)
        self.import_action = QAction(icon("import"), self.tr("Import annual plan..."), self)
        self.import_action.setToolTip(self.tr("Read the year's resolution or plan and match its indicators to "
                                              "the 5-year plan's"))
        self.import_action.triggered.connect(lambda: self.importer.start())
        self.addAction(self.import_action)
        self.targets_action = QAction(icon("plan"), self.tr("Year plan targets..."), self)
        self.targets_action.setToolTip(self.tr("See and type each indicator's target for a year"))
        self.targets_action.triggered.connect(lambda: self.open_targets())
        self.addAction(self.targets_action)
        self.drafts_menu = QMenu(self)
        self.drafts_button = QToolButton()
        self.drafts_button.setObjectName("annual_drafts")
        self.drafts_button.setText(self.tr("Imported annual plans"))
        self.drafts_button.setToolTip(self.tr("Open an annual plan imported earlier, to finish its review or "
                                              "see its matches"))
        self.drafts_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.drafts_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.drafts_button.setMenu(self.drafts_menu)
        self._drafts_action = self.addWidget(self.drafts_button)
        self.drafts: list[AnnualDraftInfo] = []
        self.targets_dialog: YearTargetsDialog | None = None

    @property
    def importer(self) -> AnnualImporter:
        """The import flow, made on first use."""
        if self._importer is None:
            from .import_flow import AnnualImporter

            self._importer = AnnualImporter(self.ctx, self._page)
            self._importer.review_opened.connect(self._review_opened)
            self._importer.finished.connect(lambda ok: self.refresh_drafts() if ok else None)
        return self._importer

    def refresh(self, shown: bool) -> None:
        """Show the row (an adopted 5-year plan on the page) as the user's rights allow."""
        may_import, may_targets = may_import_annual(self.ctx), may_set_year_targets(self.ctx)
        visible = shown and (may_import or may_targets)
        self.setVisible(visible)
        self.import_action.setVisible(may_import)
        self.targets_action.setVisible(may_targets)
        if visible:
            self.refresh_drafts()

    def refresh_drafts(self) -> None:
        """Read the list of annual plans imported onto the current plan."""
        plan_id = self.ctx.plan_id
        if plan_id is None:
            return
        DbOp(self._page, self.ctx, lambda db: list_annual_drafts(db, plan_id)).success(self._listed).run()

    def _listed(self, drafts: list[AnnualDraftInfo]) -> None:
        self.drafts = drafts
        self.drafts_menu.clear()
        for d in drafts:
            state = self.tr("applied") if d.applied else self.tr("being reviewed")
            text = self.tr("Year %1 — %2 (%3)").replace("%1", str(d.year)).replace("%2", d.source_ref).replace("%3", state)
            action = self.drafts_menu.addAction(text)
            action.setData(d.annual_plan_id)
            action.triggered.connect(lambda _=False, i=d.annual_plan_id: self.importer.open_stored(i))
        self._drafts_action.setVisible(bool(drafts))
        self.drafts_listed.emit()

    def open_targets(self, year: int | None = None) -> YearTargetsDialog | None:
        """Open the year targets dialog (the selected period's year unless told)."""
        if not may_set_year_targets(self.ctx) or self.ctx.plan_id is None:
            return None
        from .year_targets_dialog import open_year_targets

        self.targets_dialog = open_year_targets(self.ctx, year or default_year(self.ctx), self._page)
        return self.targets_dialog

    def _review_opened(self, dialog: AnnualReviewDialog) -> None:
        dialog.applied.connect(self._applied)

    def _applied(self, summary: object) -> None:
        self.refresh_drafts()
        self.applied.emit(summary)
