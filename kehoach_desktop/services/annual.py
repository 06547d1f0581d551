"""An annual resolution matched onto the 5-year plan: read, stored, reviewed, applied.

Each function opens its own transaction through ``db.write()`` / ``db.read()``, calls the core
(``store.annual``) and returns plain data: the review's lines, the annual
draft's source text and spans, or the apply summary. A refused call raises the core's
``UserError`` and writes nothing (every core check comes before its first write).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.draft import PlanDraft
from ..domain.model import PlanStatus
from ..planimport.annual import AUTO_ACCEPT
from ..store import annual
from ..store.annual import ANNUAL_ONLY, IGNORED, SUGGESTED, ApplySummary, MatchLine
from ..store.database import Database
from ..store.queries import plan_draft
from ..store.schema import AnnualMatchRow, PlanRow
from .changes import Changes, Outcome

#: One review decision: ``change(session, installation_id)`` (built by ``confirm``, ``ignore``...).
ReviewChange = Callable[[Session, str], object]


@dataclass(frozen=True)
class AnnualDraftInfo:
    """One annual plan imported onto the 5-year plan (for the list on the Chỉ tiêu page)."""

    annual_plan_id: int
    year: int
    source_ref: str
    applied: bool


@dataclass(frozen=True)
class AnnualFile:
    """An annual resolution read from its file, not stored yet."""

    draft: PlanDraft
    source_name: str
    #: The document's number (``41/NQ-HĐND``), else its title, else the file name.
    source_ref: str
    #: The year the document names (the parser's reading), for a warning when it differs.
    year_in_document: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanChoice:
    """A 5-year indicator an annual item can be paired with."""

    code: str
    name: str
    unit: str


@dataclass(frozen=True)
class AnnualReview:
    """An annual draft as the review screen shows it."""

    annual_plan_id: int
    plan_id: int
    year: int
    title: str
    source_ref: str
    source_text: str
    spans: dict[str, tuple[int, int]]
    lines: tuple[MatchLine, ...]
    choices: tuple[PlanChoice, ...]
    applied: bool
    warnings: tuple[str, ...] = ()
    #: Extra words per annual code from the import (the matcher's reason and runner-up).
    notes: dict[str, str] = field(default_factory=dict)


def needs_review(line: MatchLine) -> bool:
    """True for an item apply would refuse: a weak or missing suggestion, or a reading to check."""
    if line.state == SUGGESTED and (line.plan_code is None or line.confidence < AUTO_ACCEPT):
        return True
    return bool(line.flags) and line.state != IGNORED


def read_annual_file(path: str | Path) -> AnnualFile:
    """Read and parse an annual resolution (.txt, .docx, .pdf); a bad file raises ``UserError``."""
    from ..planimport.annual import document_number
    from ..planimport.output import parse_plan_file, to_draft

    doc, parsed = parse_plan_file(path)
    ref = document_number(doc.text) or parsed.info.title or doc.name
    return AnnualFile(to_draft(parsed, doc.name), doc.name, ref, parsed.info.start_year, tuple(parsed.warnings))


def _choices(session: Session, plan_id: int) -> tuple[PlanChoice, ...]:
    return tuple(PlanChoice(i.code, i.name, i.unit) for i in plan_draft(session, plan_id).indicators)


def _review(session: Session, annual_plan_id: int, warnings: Sequence[str] = (),
            notes: Mapping[str, str] | None = None) -> AnnualReview:
    lines = annual.match_lines(session, annual_plan_id)
    row = session.get(PlanRow, annual_plan_id)
    assert row is not None  # match_lines refused otherwise
    plan_id = session.scalars(select(AnnualMatchRow.plan_id).where(
        AnnualMatchRow.annual_plan_id == annual_plan_id)).first()
    draft = plan_draft(session, annual_plan_id)
    return AnnualReview(
        annual_plan_id, int(plan_id or 0), row.start_year, row.title or "", row.resolution_ref or row.title or "",
        row.source_text or "", dict(draft.spans), tuple(lines), _choices(session, int(plan_id or 0)),
        row.status is PlanStatus.ADOPTED, tuple(warnings), dict(notes or {}),
    )


def store_annual(db: Database, plan_id: int, file: AnnualFile, year: int, actor: str) -> AnnualReview:
    """Store ``file`` as the annual draft of ``year`` matched onto plan ``plan_id``; the review."""
    with db.write() as session:
        result = annual.import_annual(session, db.installation_id, plan_id, file.draft, year, actor, file.source_ref)
        notes = {ln.annual_code: "\n".join(x for x in (ln.reason, ln.runner_up and f"→ {ln.runner_up}") if x)
                 for ln in result.lines}
        return _review(session, result.annual_plan_id, [*file.warnings, *result.warnings], notes)


def load_review(db: Database, annual_plan_id: int) -> AnnualReview:
    """The stored annual draft ``annual_plan_id`` with its matches."""
    with db.read() as session:
        return _review(session, annual_plan_id)


def change_review(db: Database, annual_plan_id: int, change: ReviewChange) -> AnnualReview:
    """Run one review decision ``change(session, installation_id)`` and return the review after it."""
    with db.write() as session:
        change(session, db.installation_id)
    return load_review(db, annual_plan_id)


def confirm(annual_plan_id: int, pairs: Mapping[str, str | None], actor: str) -> ReviewChange:
    """Confirm the suggestions of ``pairs`` keys (value None) or pair them with a 5-year code."""
    return lambda s, iid: annual.confirm(s, iid, annual_plan_id, actor, dict(pairs))


def mark_annual_only(annual_plan_id: int, codes: Sequence[str], actor: str) -> ReviewChange:
    """These items have no 5-year counterpart: apply adds them to the 5-year plan."""
    return lambda s, iid: annual.mark_annual_only(s, iid, annual_plan_id, list(codes), actor)


def ignore(annual_plan_id: int, codes: Sequence[str], actor: str) -> ReviewChange:
    """These items are left out when applying."""
    return lambda s, iid: annual.ignore(s, iid, annual_plan_id, list(codes), actor)


def confirm_flags(annual_plan_id: int, actor: str) -> ReviewChange:
    """The officer checked how every flagged item was read."""
    return lambda s, iid: annual.confirm_review_flags(s, iid, annual_plan_id, actor)


def rematch(annual_plan_id: int, actor: str) -> ReviewChange:
    """Suggest again for every item not decided yet."""
    return lambda s, iid: annual.rematch(s, iid, annual_plan_id, actor)


def apply_annual(db: Database, annual_plan_id: int, actor: str) -> Outcome[ApplySummary]:
    """Write the reviewed annual targets into the 5-year plan (refused with the core's message)."""
    with db.write() as session:
        summary = annual.apply_annual(session, db.installation_id, annual_plan_id, actor)
    return Outcome(summary, Changes(plan=True))


def list_annual_drafts(db: Database, plan_id: int) -> list[AnnualDraftInfo]:
    """The annual plans imported onto plan ``plan_id``, newest year first."""
    with db.read() as session:
        ids = select(AnnualMatchRow.annual_plan_id).where(AnnualMatchRow.plan_id == plan_id).distinct()
        rows = session.scalars(select(PlanRow).where(PlanRow.id.in_(ids))
                               .order_by(PlanRow.start_year.desc(), PlanRow.id.desc())).all()
        return [AnnualDraftInfo(r.id, r.start_year, r.resolution_ref or r.title or "", r.status is PlanStatus.ADOPTED)
                for r in rows]


__all__ = [
    "ANNUAL_ONLY", "AnnualDraftInfo", "AnnualFile", "AnnualReview", "ApplySummary", "MatchLine", "PlanChoice",
    "apply_annual", "change_review", "confirm", "confirm_flags", "ignore", "list_annual_drafts",
    "load_review", "mark_annual_only", "needs_review", "read_annual_file", "rematch", "store_annual",
]
