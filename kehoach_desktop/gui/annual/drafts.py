"""The annual plans imported onto a 5-year plan, listed for the Chỉ tiêu page (light: read at login)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ...domain.model import PlanStatus
from ...store.database import Database
from ...store.schema import AnnualMatchRow, PlanRow


@dataclass(frozen=True)
class AnnualDraftInfo:
    """One annual plan imported onto the 5-year plan (for the list on the Chỉ tiêu page)."""

    annual_plan_id: int
    year: int
    source_ref: str
    applied: bool


def list_annual_drafts(db: Database, plan_id: int) -> list[AnnualDraftInfo]:
    """The annual plans imported onto plan ``plan_id``, newest year first."""
    with db.read() as session:
        ids = select(AnnualMatchRow.annual_plan_id).where(AnnualMatchRow.plan_id == plan_id).distinct()
        rows = session.scalars(select(PlanRow).where(PlanRow.id.in_(ids))
                               .order_by(PlanRow.start_year.desc(), PlanRow.id.desc())).all()
        return [AnnualDraftInfo(r.id, r.start_year, r.resolution_ref or r.title or "", r.status is PlanStatus.ADOPTED)
                for r in rows]


def plan_is_adopted(db: Database, plan_id: int) -> bool:
    """True when ``plan_id`` is an adopted 5-year plan (annual plans are matched onto those only)."""
    from ...domain.model import PlanKind

    with db.read() as session:
        row = session.get(PlanRow, plan_id)
        return row is not None and row.kind is PlanKind.FIVE_YEAR and row.status is PlanStatus.ADOPTED
