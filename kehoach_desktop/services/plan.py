"""The 5-year plan: read from its document or the Excel template, reviewed, stored, adopted.

Reading and writing files needs no database (the GUI runs them on its file lane). Saving and
adopting happen in one transaction, so an adoption that fails leaves the plan exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.draft import PlanDraft
from ..domain.model import PlanStatus
from .changes import Changes, Outcome

if TYPE_CHECKING:
    from ..store.database import Database

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


@dataclass(frozen=True)
class ImportResult:
    """A plan read from a file, not stored yet."""

    draft: PlanDraft
    source_name: str
    warnings: tuple[str, ...] = ()
    #: The importer's notes per indicator code (Vietnamese), shown with the review flags.
    notes: dict[str, list[str]] = field(default_factory=dict)
    #: The commune the document names, if it does.
    commune: str | None = None


def read_plan_document(path: str | Path) -> ImportResult:
    """Read and parse a .txt, .docx or .pdf plan; a bad file raises ``UserError`` (Vietnamese)."""
    from ..planimport.output import parse_plan_file, to_draft

    doc, parsed = parse_plan_file(path)
    notes = {ind.code: list(ind.notes) for ind in parsed.all_indicators() if ind.notes}
    return ImportResult(to_draft(parsed, doc.name), doc.name, tuple(parsed.warnings), notes, parsed.info.commune)


def read_plan_workbook(path: str | Path) -> ImportResult:
    """Read a plan from the Excel template; problems raise ``UserError`` naming sheet and row."""
    from ..planimport.xlsx import read_plan_xlsx

    path = Path(path)
    return ImportResult(read_plan_xlsx(path), path.name)


def write_plan_workbook(draft: PlanDraft, path: str | Path, commune_name: str | None) -> Path:
    """Write ``draft`` as the Excel template at ``path``; returns the path."""
    from ..planimport.xlsx import write_plan_xlsx

    path = Path(path)
    write_plan_xlsx(draft, path, commune_name)
    return path


def load_plan(db: Database, plan_id: int) -> StoredPlan:
    """The stored plan ``plan_id`` in full."""
    from ..store.queries import plan_draft

    with db.read() as session:
        return StoredPlan(plan_id, plan_draft(session, plan_id))


def store_plan(
    db: Database, plan_id: int | None, draft: PlanDraft | None, actor: str, adopt: bool = False,
    commune_name: str | None = None,
) -> Outcome[StoredPlan]:
    """Write ``draft`` over plan ``plan_id`` (None: store it as a new draft plan), then adopt it.

    ``draft`` None writes nothing but the adoption (the plan shown is the one stored).

    A new plan goes to the database's commune; a database without one (imported before the
    first-run wizard ran) gets a commune with a placeholder code, as ``kehoach plan import`` does.
    """
    from ..store.operations import adopt_plan, create_plan, init_commune
    from ..store.plan_edit import save_plan_draft
    from ..store.queries import commune

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
    return Outcome(load_plan(db, plan_id), Changes(plan=True))
