"""The pages of the navigation, in order. Later features add theirs here (one line each).

Each entry is a factory, so a page's module (and what it imports) loads only when the window is
built after login, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from .context import AppContext
from .page import Page


def _entry(ctx: AppContext) -> Page:
    from .entry.page import EntryPage

    return EntryPage(ctx)


def _overview(ctx: AppContext) -> Page:
    from .overview_page import OverviewPage

    return OverviewPage(ctx)


def _reports(ctx: AppContext) -> Page:
    from .reports.page import ReportsPage

    return ReportsPage(ctx)


def _plan(ctx: AppContext) -> Page:
    from .plan_page import PlanPage

    return PlanPage(ctx)


def _sync(ctx: AppContext) -> Page:
    from .sync.page import SyncPage

    return SyncPage(ctx)


class _Absent(Page):
    """Stands for a page this computer does not show (the window drops a page it is not allowed)."""

    def title(self) -> str:
        return ""

    def allowed(self, user: object) -> bool:
        return False


def _province(ctx: AppContext) -> Page:
    # Only a province's computer has the Tỉnh page; elsewhere nothing of it is built or imported.
    if not ctx.province:
        return _Absent(ctx)
    from .province.page import ProvincePage

    return ProvincePage(ctx)


def _audit(ctx: AppContext) -> Page:
    from .audit_page import AuditPage

    return AuditPage(ctx)


def _settings(ctx: AppContext) -> Page:
    from .settings_page import SettingsPage

    return SettingsPage(ctx)


#: Nhập số liệu, Tổng quan, Báo cáo, Chỉ tiêu, Đồng bộ, Tỉnh (a province's computer only), Nhật ký, Cài đặt.
PAGES: list[Callable[[AppContext], Page]] = [_entry, _overview, _reports, _plan, _sync, _province, _audit, _settings]
