"""Who may import an annual plan or type a year's targets, and which year is meant (no heavy imports:
the Chỉ tiêu page and the entry grid's banner ask at login)."""

from __future__ import annotations

from ...domain.access import Action, Role
from ..context import AppContext


def may_import_annual(ctx: AppContext) -> bool:
    """Importing and reviewing an annual plan changes the plan: the plan page's right.

    Not on a province's computer: it shows the communes' plans read-only.
    """
    return ctx.can(Action.EDIT_PLAN) and not ctx.province


def may_set_year_targets(ctx: AppContext) -> bool:
    """Administrators and leaders type a year's targets (the leader answers for the year's plan).

    ``domain.access`` has no action for it yet, so the roles are named here.
    """
    user = ctx.user
    return user is not None and user.active and user.role in (Role.ADMIN, Role.LEADER) and not ctx.province


def default_year(ctx: AppContext) -> int:
    """The selected period's year, brought inside the plan's years."""
    year = ctx.period.year
    years = ctx.plan_years
    if years is not None and len(years):
        year = min(max(year, years.start), years.stop - 1)
    return year
