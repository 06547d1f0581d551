"""The review screen's database work, run on the database worker (plain functions, no Qt).

Each returns plain data for the GUI thread. Saving and adopting happen in one transaction, so
an adoption that fails leaves the plan exactly as it was before the click.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...domain.model import PlanStatus
from ...store.database import Database
from ...domain.draft import PlanDraft
from ...store.operations import adopt_plan, create_plan, init_commune
from ...store.plan_edit import save_plan_draft
from ...store.queries import commune, plan_draft

#: The code of a commune created by an import before anyone gave its code (as the CLI does).
PLACEHOLDER_CODE = "00000"


@dataclass(frozen=True)
class StoredPlan:
    """A plan as stored: its id and its full draft (status included)."""

    plan_id: int
    draft: PlanDraft

    @property
    def years(self) -> range:
        """The calendar years the plan covers."""
        return self.draft.plan.years

    @property
    def adopted(self) -> bool:
        """True once the plan has been adopted."""
        return self.draft.plan.status is PlanStatus.ADOPTED


def load_plan(db: Database, plan_id: int) -> StoredPlan:
    """The stored plan ``plan_id`` in full."""
    with db.read() as session:
        return StoredPlan(plan_id, plan_draft(session, plan_id))


def store_plan(
    db: Database, plan_id: int | None, draft: PlanDraft | None, actor: str, adopt: bool = False,
    commune_name: str | None = None,
) -> StoredPlan:
    """Write ``draft`` over plan ``plan_id`` (None: store it as a new draft plan), then adopt it.

    ``draft`` None writes nothing but the adoption (the plan shown is the one stored).

    A new plan goes to the database's commune; a database without one (imported before the
    first-run wizard ran) gets a commune with a placeholder code, as ``kehoach plan import`` does.
    """
    with db.write() as session:
        if plan_id is None:
            assert draft is not None, "a new plan needs its draft"
            unit = commune(session)
            if unit is None:
                unit = init_commune(session, db.installation_id, PLACEHOLDER_CODE,
                                    commune_name or draft.source_name or PLACEHOLDER_CODE, None, actor)
            fresh = replace(draft, plan=replace(draft.plan, status=PlanStatus.DRAFT, id=None))
            plan_id = create_plan(session, db.installation_id, unit.id, fresh, actor).id
        elif draft is not None:
            save_plan_draft(session, db.installation_id, plan_id, draft, actor)
        if adopt:
            adopt_plan(session, db.installation_id, plan_id, actor)
    return load_plan(db, plan_id)
