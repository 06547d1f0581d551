"""A year's own targets: listed beside the 5-year plan's, typed, cleared, exchanged as an Excel sheet.

``load_year_targets`` lists every indicator with its 5-year target, the year's stored target and
where it came from, or what the year is judged against without one (derived from the 5-year
target, or nothing). ``save_year_targets`` stores typed targets and clears others in one
transaction, all or nothing (``store.year_targets``). The Excel sheet goes through
``planimport.year_targets_xlsx`` the way ``kehoach target export-xlsx|import-xlsx`` does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.model import Indicator, TargetSource
from ..domain.targets import threshold_text, year_target, year_target_note
from ..planimport.year_targets_xlsx import source_text
from ..store.database import Database
from ..store.queries import commune, current_plan, load_plan_data
from ..store.year_targets import clear_year_target, list_year_targets, set_year_targets
from .changes import Changes, Outcome


@dataclass(frozen=True)
class YearTargetRow:
    """One indicator's line in the dialog."""

    indicator: Indicator
    level: int
    #: The 5-year plan's own wording of the target ("" when none).
    plan_text: str
    #: The year's stored target ("" when the year has none of its own).
    year_text: str
    #: Where the stored target came from (None: nothing stored for the year).
    source: TargetSource | None
    source_ref: str
    #: Without a stored target: what the year is judged against (``≥ 55,78*``), else "".
    fallback: str
    #: The fallback's source (PLAN or DERIVED), None when the year has no target at all.
    fallback_source: TargetSource | None
    #: Why the year has no target at all ("" when it has one).
    note: str

    @property
    def code(self) -> str:
        """The indicator's code."""
        return self.indicator.code


@dataclass(frozen=True)
class SheetWritten:
    """The Excel sheet of a year's targets, written."""

    path: Path
    count: int


@dataclass(frozen=True)
class YearTargets:
    """Every indicator's target for one year of one plan."""

    plan_id: int
    year: int
    rows: tuple[YearTargetRow, ...]


def _levels(indicators: Sequence[Indicator]) -> dict[str, int]:
    parents = {i.code: i.parent_code for i in indicators}
    levels = {}
    for code in parents:
        depth, parent, seen = 0, parents[code], {code}
        while parent in parents and parent not in seen:
            depth, seen, parent = depth + 1, seen | {parent}, parents[parent]
        levels[code] = depth
    return levels


def load_year_targets(db: Database, plan_id: int, year: int) -> YearTargets:
    """The dialog's rows for ``year`` (refused with the core's message outside the plan's years)."""
    with db.read() as session:
        stored = {ln.code: ln for ln in list_year_targets(session, plan_id, year)}
        data = load_plan_data(session, plan_id)
    levels = _levels([d.indicator for d in data])
    rows = []
    for item in data:
        ind = item.indicator
        line = stored.get(ind.code)
        rule = line.rule if line else None
        plan = line.plan_rule if line else None
        fallback, fallback_source, note = "", None, ""
        if rule is None:
            target = year_target(item, year)
            if target is not None:
                fallback = threshold_text(target, mark_derived=True)
                fallback_source = target.source
            else:
                note = year_target_note(item, year)
        rows.append(YearTargetRow(
            ind, levels.get(ind.code, 0), plan.text if plan else "", rule.text if rule else "",
            rule.source if rule else None, (rule.source_ref or "") if rule else "", fallback, fallback_source, note,
        ))
    return YearTargets(plan_id, year, tuple(rows))


def save_year_targets(
    db: Database, plan_id: int, year: int, texts: Mapping[str, str], cleared: Sequence[str], actor: str
) -> Outcome[YearTargets]:
    """Store ``texts`` (code -> typed target) and clear ``cleared`` in one transaction; the rows after.

    All or nothing: one unreadable target refuses the lot (the core's message lists them all).
    """
    with db.write() as session:
        if texts:
            set_year_targets(session, db.installation_id, plan_id, year, dict(texts), actor)
        for code in cleared:
            clear_year_target(session, db.installation_id, plan_id, code, year, actor)
    # The grid's "Kế hoạch năm" column and the banner follow the plan's targets.
    return Outcome(load_year_targets(db, plan_id, year), Changes(plan=True))


def export_year_targets(db: Database, plan_id: int | None, year: int, path: str | Path) -> SheetWritten:
    """Write the Excel sheet of ``year``'s targets of ``plan_id`` (None: the current plan) at ``path``."""
    from ..domain.errors import UserError
    from ..planimport.year_targets_xlsx import YearSheetLine, write_year_targets_xlsx

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"Tệp xuất phải có đuôi .xlsx (đang là «{path.name}»).", "out")
    with db.read() as session:
        plan = current_plan(session, plan_id)
        lines = list_year_targets(session, plan.id, year)
        uid = plan.uid
        unit = commune(session)
        name = unit.name if unit else None
    sheet = [YearSheetLine(ln.code, ln.name, ln.unit, ln.plan_rule.text if ln.plan_rule else "",
                           ln.rule.text if ln.rule else "", source_text(ln.rule)) for ln in lines]
    write_year_targets_xlsx(sheet, path, year, uid, name)
    return SheetWritten(path, len(sheet))


def import_year_targets(
    db: Database, plan_id: int | None, year: int, path: str | Path, actor: str
) -> Outcome[list[tuple[str, str | None, str]]]:
    """Store the targets typed in the sheet at ``path`` into ``plan_id`` (None: the current plan), all
    or nothing; the (code, old, new) changes.

    A target left as exported keeps its source (an annual target is not turned into a typed one).
    """
    from ..planimport.year_targets_xlsx import read_year_targets_xlsx

    if db.is_sqlite:  # as the CLI's target import-xlsx: the import can be undone from this copy
        from ..store.backup import backup_before

        backup_before(Path(db.display_name), "import")
    with db.write() as session:
        plan = current_plan(session, plan_id)
        texts = read_year_targets_xlsx(Path(path), year, plan.uid)
        stored = {ln.code: ln.rule.text for ln in list_year_targets(session, plan.id, year) if ln.rule}
        # A target shown in the sheet and left as it was keeps its source (an annual resolution).
        typed = {code: text for code, text in texts.items() if " ".join(stored.get(code.strip(), "").split()) != text}
        changed = set_year_targets(session, db.installation_id, plan.id, year, typed, actor)
    return Outcome(changed, Changes(plan=True))
