"""The base of every page of the main window's navigation."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from ..domain.access import User
    from .context import AppContext


class Page(QWidget):
    """A screen reachable from the navigation list.

    A page says what it is called (``title``, translated), which icon it shows, who may see it
    (``allowed``), and whether it may be left now (``can_leave``: a page with unsaved work asks).
    ``activate`` runs each time it is shown, after login and on every switch to it.

    Leaving never waits for the database: a page whose officer answers "Save" starts the save,
    says no for now, and once the save has landed calls ``leave_then`` (which the window set to
    "do what was asked again": switch page, change period, close...). A save refused leaves the
    officer on the page with the reason.
    """

    #: Icon file name in ``resources/icons`` (without ``.svg``).
    icon_name = "page"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        # What the window wants done once this page may be left (read by ``can_leave``).
        self.leave_then: Callable[[], object] | None = None

    def title(self) -> str:
        """The page's name in the navigation list."""
        raise NotImplementedError

    def icon(self) -> QIcon:
        """The page's icon."""
        from .resources import icon

        return icon(self.icon_name)

    def allowed(self, user: User) -> bool:
        """True when ``user`` may open this page (every role, unless a page says otherwise)."""
        return True

    def can_leave(self) -> bool:
        """True when the page may be hidden or the month changed (asks about unsaved work)."""
        return True

    def can_change_period(self) -> bool:
        """True when the month may be switched now (pages whose work is not monthly say yes)."""
        return self.can_leave()

    def activate(self) -> None:
        """Bring the page up to date; called whenever it is shown."""

    def no_plan_widget(self, message: str) -> QWidget:
        """A centred explanation that there is no plan yet, with a button to the Chỉ tiêu page."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

        widget = QWidget()
        label = QLabel(message)
        label.setObjectName("no_plan_message")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.go_to_plan = QPushButton(QCoreApplication.translate("Page", "Go to Indicators"))
        self.go_to_plan.clicked.connect(self.show_plan_page)
        layout = QVBoxLayout(widget)
        layout.addStretch()
        layout.addWidget(label)
        layout.addWidget(self.go_to_plan, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        return widget

    def show_plan_page(self) -> None:
        """Switch the window to the Chỉ tiêu page."""
        try:
            from .plan_page import PlanPage
        except ImportError:  # the page ships with its own feature
            return
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(PlanPage)
