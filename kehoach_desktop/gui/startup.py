"""After the window appears: the first-run wizard when the database is new, then the login.

Dialogs are opened with ``open()`` (window-modal, non-blocking) rather than ``exec()``, so the
event loop keeps running and tests can drive them like a user would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

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
        wizard.accepted.connect(lambda: logged_in(window, wizard.admin))
        wizard.rejected.connect(window.close)
        wizard.open()
        return
    ask_login(window)


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
