"""The main window: navigation on the left, the current page on the right, the month on top.

The window appears at once; the first-run wizard and the login dialog open over it, and pages
load their data only after login, so start-up stays fast.
"""

from __future__ import annotations

from base64 import b64decode
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ..domain.periods import Period
from .context import AppContext
from .page import Page
from .period_selector import PeriodSelector

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QToolButton

    from ..domain.access import User
    from ..services.changes import Changes

# Nothing imported before the window is shown touches the ``Qt`` namespace (15 ms: PySide6 builds
# every enum of a class the first time the class is imported) or widgets only a session needs;
# those are imported where they are first used (help menu, shortcuts, wheel guard, page items).
PageFactory = Callable[[AppContext], Page]
#: The size a first start opens at; below SMALL_SCREEN of free screen the window opens maximised.
DEFAULT_SIZE = QSize(1280, 760)
SMALL_SCREEN = QSize(1400, 860)
#: Room for a title bar and borders around a restored window.
FRAME_ROOM = 40


class MainWindow(QMainWindow):
    """Navigation, pages, period selector, user and status bar."""

    def __init__(self, ctx: AppContext, pages: Sequence[PageFactory] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.start_maximised = False
        self.setWindowTitle(self.tr("KeHoach Desktop"))
        self.setMinimumSize(QSize(960, 600))
        self._factories = list(pages) if pages is not None else _default_pages()
        self.pages: list[Page] = []
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        self._waiting = QWidget()
        waiting = QHBoxLayout(self._waiting)
        waiting.addStretch(1)
        waiting.addWidget(QLabel(self.tr("Please log in to continue.")))
        waiting.addStretch(1)
        self.stack.addWidget(self._waiting)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.setCentralWidget(self.splitter)
        self._build_toolbar()
        self.month_label = QLabel()
        self.statusBar().addPermanentWidget(self.month_label)
        self.nav.currentRowChanged.connect(self._switch)
        ctx.status.connect(self._status)
        ctx.user_changed.connect(self._user_changed)
        ctx.changes.connect(self._changed)
        self._restore_layout()
        self._status(self.tr("Ready"))

    # -- building -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.period = PeriodSelector(self.ctx.period, self.ctx.set_period, self._may_change_period)
        bar.addWidget(self.period)
        # A province's computer holds many communes and shows one at a time.
        self.commune_label = QLabel(self.tr("  &Commune:"))
        self.commune_box = QComboBox()
        self.commune_box.setObjectName("commune_box")
        self.commune_box.setMinimumContentsLength(24)
        self.commune_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.commune_label.setBuddy(self.commune_box)
        self.commune_box.activated.connect(self._commune_chosen)
        self._commune_actions = [bar.addWidget(self.commune_label), bar.addWidget(self.commune_box)]
        for action in self._commune_actions:
            action.setVisible(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        bar.addWidget(self.user_label)
        self.logout_action = QAction(self.tr("Log out"), self)
        self.logout_action.triggered.connect(self.logout)
        self.logout_action.setEnabled(False)
        bar.addAction(self.logout_action)
        self._toolbar = bar
        self.help_button: QToolButton | None = None
        self.help_window: QWidget | None = None
        self.about: QWidget | None = None
        self._shortcuts_added = False

    def _add_shortcuts(self) -> None:
        # Added at login, not before the first paint: a standard key sequence makes PySide6 build
        # all of Qt's enums (tens of ms).
        if self._shortcuts_added:
            return
        self._shortcuts_added = True
        from PySide6.QtGui import QKeySequence

        from .wheel_guard import install_wheel_guard

        install_wheel_guard()  # no combo or spin box anywhere changes under a passing wheel
        self._add_help()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    def _add_help(self) -> None:
        """Trợ giúp: the user guide (F1) and the About box (added at login, like the shortcuts)."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QMenu, QToolButton

        self.help_action = QAction(self.tr("User guide"), self)
        self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.triggered.connect(self.show_help)
        self.addAction(self.help_action)
        self.about_action = QAction(self.tr("About KeHoach Desktop"), self)
        self.about_action.triggered.connect(self.show_about)
        button = QToolButton()
        button.setText(self.tr("Help"))
        button.setObjectName("help_button")
        menu = QMenu(button)
        menu.addAction(self.help_action)
        menu.addAction(self.about_action)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._toolbar.addWidget(button)
        self.help_button = button

    def _build_pages(self, user: User) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        self._clear_pages()
        for factory in self._factories:
            page = factory(self.ctx)
            if not page.allowed(user):
                page.deleteLater()
                continue
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(page.icon(), page.title())
            self.nav.addItem(item)
        if self.pages:
            self.nav.setCurrentRow(0)
            if self.pages[0].focusProxy() is not None:
                # The officer's first keys go to the page (the entry grid's first cell to fill),
                # not to the navigation list, where a typed figure is lost.
                self.pages[0].setFocus()

    def _clear_pages(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.stack.setCurrentWidget(self._waiting)

    # -- navigation ---------------------------------------------------------------------------
    def current_page(self) -> Page | None:
        """The page shown, if any."""
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, page_type: type[Page]) -> Page | None:
        """Switch to the first page of ``page_type`` (asking the current page first)."""
        for row, page in enumerate(self.pages):
            if isinstance(page, page_type):
                self.nav.setCurrentRow(row)
                return page if self.current_page() is page else None
        return None

    def _may_leave_page(self, then: Callable[[], object] | None = None) -> bool:
        """True when the page shown may be left now; ``then`` runs if it first has to save."""
        page = self.current_page()
        return page is None or _asking(page, then, page.can_leave)

    def _may_change_period(self, wanted: Period) -> bool:
        page = self.current_page()
        return page is None or _asking(page, lambda: self._retry_period(wanted), page.can_change_period)

    def _retry_period(self, wanted: Period) -> None:
        """The page saved its work on the way out: switch to the period asked for then."""
        if wanted != self.ctx.period and self._may_change_period(wanted):
            self.set_period(wanted)

    def _switch(self, row: int) -> None:
        if row < 0 or row >= len(self.pages):
            return
        target = self.pages[row]
        current = self.current_page()
        if current is not None and current is not target and not _asking(
            current, lambda: self.nav.setCurrentRow(row), current.can_leave
        ):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.pages.index(current))
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentWidget(target)
        target.activate()

    # -- user ---------------------------------------------------------------------------------
    def _user_changed(self, user: User | None) -> None:
        if user is None:
            # Nothing of the last session stays on screen for the next person.
            self.statusBar().clearMessage()
            self.user_label.setText("")
            self.logout_action.setEnabled(False)
            self._clear_pages()
            return
        self.user_label.setText(
            self.tr("%1 — %2").replace("%1", user.display).replace("%2", self._role_name(user))
        )
        self.logout_action.setEnabled(True)
        self._add_shortcuts()
        self._build_pages(user)

    def _role_name(self, user: User) -> str:
        from ..domain.access import Role

        return {
            Role.OFFICER: self.tr("Officer"), Role.LEADER: self.tr("Leader"), Role.ADMIN: self.tr("Administrator"),
        }[user.role]

    def _changed(self, changes: Changes) -> None:
        if changes.plan:
            self._plan_changed()

    def _plan_changed(self) -> None:
        self._fill_communes()
        if self.ctx.plan_years is not None:
            self.period.set_year_range(self.ctx.plan_years.start - 1, self.ctx.plan_years.stop - 1)
        self.period.set_period(self.ctx.period)

    def _fill_communes(self) -> None:
        plans = self.ctx.province_plans
        for action in self._commune_actions:
            action.setVisible(bool(plans))
        self.commune_box.blockSignals(True)
        self.commune_box.clear()
        for plan_id, label in plans or ():
            self.commune_box.addItem(label, plan_id)
        found = self.commune_box.findData(self.ctx.plan_id)
        if found >= 0:
            self.commune_box.setCurrentIndex(found)
        self.commune_box.blockSignals(False)

    def _commune_chosen(self, index: int) -> None:
        """Show another commune (a province's computer), asking about unsaved work first."""
        plan_id = self.commune_box.itemData(index)
        if plan_id is None or plan_id == self.ctx.plan_id:
            return
        if not self._may_leave_page(lambda: self._commune_chosen(index)):
            self._fill_communes()
            return
        from ..services.changes import Changes
        from ..services.setup import SessionInfo, session_info
        from .operations import DbOp

        def chosen(info: SessionInfo) -> None:
            self.ctx.apply_session(info)
            if info.plan_years is not None and self.ctx.period.year not in info.plan_years:
                self.ctx.period = Period.of_kind(self.ctx.period.kind, info.plan_years.start, 1)
            self.ctx.publish(Changes(plan=True))

        DbOp(self, self.ctx, lambda db: session_info(db, plan_id)).success(chosen).run()

    def logout(self) -> None:
        """Leave the session (asking about unsaved work) and show the login dialog again."""
        if not self._may_leave_page(self.logout):
            return
        self.ctx.set_user(None)
        from .startup import ask_login

        QTimer.singleShot(0, lambda: ask_login(self))

    def show_help(self) -> None:
        """Open the user guide (one window, raised if already open)."""
        from .help import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def show_about(self) -> None:
        """The version, the data folder and the database in use."""
        from .help import about_box

        box = about_box(self.ctx, self)
        self.about = box
        box.open()

    def set_period(self, period: Period) -> None:
        """Switch the period from code (tests, links from other pages)."""
        self.period.set_period(period)
        self.ctx.set_period(period)

    # -- status and layout --------------------------------------------------------------------
    def _status(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 8000)
        else:
            self.statusBar().clearMessage()

    def _restore_layout(self) -> None:
        s = self.ctx.settings
        screen = self.screen().availableGeometry()
        self.setMinimumSize(self.minimumSize().boundedTo(screen.size()))
        if s.window_geometry and self.restoreGeometry(_unbase64(s.window_geometry)):
            # Saved on a larger screen (or a projector): Qt squeezes it onto this one, title bar
            # and borders not counted; a window about the screen's size is better maximised.
            room = screen.size() - QSize(FRAME_ROOM, FRAME_ROOM)
            size = self.geometry().size()
            self.start_maximised = self.isMaximized() or size.width() > room.width() or size.height() > room.height()
        else:
            # A 1366x768 office PC has no room for a window with a title bar and margins:
            # 1280x760 would push the status bar, where entry errors appear, off the screen.
            self.start_maximised = screen.width() < SMALL_SCREEN.width() or screen.height() < SMALL_SCREEN.height()
            self.resize(DEFAULT_SIZE.boundedTo(screen.size()))
        if s.window_state:
            self.restoreState(_unbase64(s.window_state))
        sizes = s.splitters.get("main")
        if sizes:
            self.splitter.restoreState(_unbase64(sizes))

    def _save_layout(self) -> None:
        s = self.ctx.settings
        s.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        s.window_state = bytes(self.saveState().toBase64().data()).decode()
        s.splitters["main"] = bytes(self.splitter.saveState().toBase64().data()).decode()
        try:
            s.save()
        except OSError as exc:  # a full or read-only disk must not stop the program closing
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Settings not saved"), str(exc))

    def show_on_screen(self) -> None:
        """Show the window as it was left, or maximised on a small screen; never larger than the screen."""
        if self.start_maximised:
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Ask about unsaved work, remember the layout, finish database work."""
        if not self._may_leave_page(self.close):
            event.ignore()
            return
        self._save_layout()
        event.accept()


def _asking(page: Page, then: Callable[[], object] | None, ask: Callable[[], bool]) -> bool:
    """``ask()`` the page whether it may be left, telling it what to do once a save it starts lands."""
    page.leave_then = then
    try:
        return ask()
    finally:
        page.leave_then = None


def _unbase64(text: str) -> bytes:
    """A saved layout's bytes (Qt takes ``bytes`` for a ``QByteArray``: no QByteArray class, whose
    enums cost 2 ms, before the window is shown); a damaged value gives bytes Qt refuses."""
    try:
        return b64decode(text.encode("ascii"), validate=False)
    except (ValueError, UnicodeEncodeError):
        return b""


def _default_pages() -> list[PageFactory]:
    from .pages import PAGES

    return list(PAGES)
