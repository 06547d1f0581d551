"""After the window appears: the first-run wizard when the database is new, then the login.

Dialogs are opened with ``open()`` (window-modal, non-blocking) rather than ``exec()``, so the
event loop keeps running and tests can drive them like a user would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ..domain.access import User
from ..services.changes import Changes
from ..services.setup import SessionInfo, needs_setup, session_info

if TYPE_CHECKING:
    from .main_window import MainWindow


def start(window: MainWindow) -> None:
    """Run the wizard if needed, then ask for a login."""
    ctx = window.ctx
    if ctx.worker.call(needs_setup):
        from .wizard import FirstRunWizard

        wizard = FirstRunWizard(ctx, window)
        window._wizard = wizard  # type: ignore[attr-defined]  # kept alive while open
        wizard.accepted.connect(lambda: _after_setup(window, wizard.admin))
        wizard.rejected.connect(window.close)
        wizard.open()
        return
    ask_login(window)


def _after_setup(window: MainWindow, admin: User | None) -> None:
    """Show the new administrator's recovery code once (non-blocking), then log in."""
    if admin is None:
        logged_in(window, admin)
        return
    from PySide6.QtWidgets import QMessageBox

    from ..services.users import new_recovery_code
    from .operations import DbOp, show_error

    def show(code: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Startup", "Recovery code"),
                          QCoreApplication.translate(
                              "Startup", "Write down or print this recovery code and keep it apart from the computer:\n\n"
                              "%1\n\nIf the administrator's password is ever forgotten, it sets a new one "
                              "(kehoach user recover). It is shown only now and works once.").replace("%1", code),
                          parent=window)
        box.setTextInteractionFlags(box.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        window._recovery_box = box  # type: ignore[attr-defined]  # kept alive while open (and for tests)
        box.open()
        logged_in(window, admin)

    def failed(error: BaseException) -> None:
        show_error(window, error)
        logged_in(window, admin)

    DbOp(window, window.ctx, lambda db: new_recovery_code(db, admin.username)).success(show).failure(failed).run()


def ask_login(window: MainWindow) -> None:
    """Open the login dialog over the window."""
    from .login import LoginDialog

    dialog = LoginDialog(window.ctx, window)
    window._login = dialog  # type: ignore[attr-defined]
    dialog.accepted.connect(lambda: logged_in(window, dialog.user))
    dialog.rejected.connect(window.close)
    dialog.open()


def logged_in(window: MainWindow, user: User | None) -> None:
    """Load what the session needs, then build the pages for ``user``."""
    if user is None:
        window.close()
        return
    ctx = window.ctx

    def loaded(info: SessionInfo | None, error: BaseException | None) -> None:
        if error is not None or info is None:
            from .operations import show_error

            show_error(window, error or RuntimeError("no session info"))
            return
        ctx.apply_session(info)
        if info.plan_years is not None and ctx.period.year not in info.plan_years:
            from ..domain.periods import Period

            ctx.period = Period.of_kind(ctx.period.kind, info.plan_years.start, 1)
        window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "KeHoach Desktop — %1").replace("%1", info.commune_name)
        )
        ctx.publish(Changes(plan=True))  # a new session: every screen reads the plan afresh
        ctx.set_user(user)
        if info.province_plans is None and (info.plan_id is None or info.plan_is_draft):
            from .plan_page import PlanPage

            window.show_page(PlanPage)

    ctx.worker.submit(session_info, loaded)
