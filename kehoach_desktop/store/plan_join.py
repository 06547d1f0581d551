"""Two adopted copies of one plan (two PCs that each set it up) joined into one.

Each PC of a commune office may set up the same 5-year plan before they first sync; afterwards
every PC holds both copies, each with part of the figures. ``plan_twins`` finds them: adopted
plans of one commune, kind and period. The copy to keep is the same on every PC (the one adopted
first, then by uid; ``queries.current_plan`` shows it by default). ``join_plan`` moves the other
copy's figures into it as ordinary edits of this PC (a figure the kept copy already has the same
is left; a different one is listed for a person and not moved; nothing is written into an
approved month), then retires the copy (back to draft), which syncs like any plan edit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.access import MonthState
from ..domain.errors import UserError
from ..domain.model import PlanStatus
from ..domain.periods import Period
from ..domain.text import fold
from .months import month_status
from .operations import audit, touch_plan
from .queries import keep_order
from .schema import CommuneRow, IndicatorRow, PlanRow, ValueRow
from .values import ValueEntry, save_values


@dataclass(frozen=True)
class PlanTwin:
    """A second adopted copy of the plan kept (same commune, kind and years)."""

    keep_id: int
    keep_uid: str
    keep_title: str
    other_id: int
    other_uid: str
    other_title: str
    commune_code: str
    start_year: int
    end_year: int
    other_figures: int


@dataclass(frozen=True)
class Differ:
    """A month both copies have, with different figures: not moved, for a person to decide."""

    code: str
    year: int
    month: int
    kept: Decimal | None
    other: Decimal | None


@dataclass
class JoinResult:
    """What joining did."""

    moved: int = 0
    same: int = 0
    differ: list[Differ] = field(default_factory=list)
    locked: int = 0
    unmatched: list[str] = field(default_factory=list)


def plan_twins(session: Session) -> list[PlanTwin]:
    """Every adopted plan that copies another one kept (see the module); none in the usual case."""
    groups: dict[tuple[int, str, int, int], list[PlanRow]] = defaultdict(list)
    for row in session.scalars(select(PlanRow).where(PlanRow.status == PlanStatus.ADOPTED)):
        groups[(row.commune_id, row.kind.value, row.start_year, row.end_year)].append(row)
    twins = []
    for (commune_id, _kind, start, end), rows in sorted(groups.items()):
        if len(rows) < 2:
            continue
        keep, *others = sorted(rows, key=keep_order)
        code = session.scalar(select(CommuneRow.code).where(CommuneRow.id == commune_id)) or ""
        for other in others:
            count = len(session.scalars(
                select(ValueRow.id).join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id)
                .where(IndicatorRow.plan_id == other.id, ValueRow.value.is_not(None))
            ).all())
            twins.append(PlanTwin(keep.id, keep.uid, keep.title or "", other.id, other.uid, other.title or "",
                                  code, start, end, count))
    return twins


def _match(session: Session, keep_id: int, other_id: int) -> tuple[dict[int, str], list[str]]:
    """The other copy's indicator ids → the kept copy's codes (by code, else by name)."""
    kept = session.execute(select(IndicatorRow.code, IndicatorRow.name).where(IndicatorRow.plan_id == keep_id)).all()
    by_code = {c for c, _ in kept}
    by_name = {fold(n).strip(): c for c, n in kept}
    found: dict[int, str] = {}
    unmatched = []
    for ind_id, code, name in session.execute(
        select(IndicatorRow.id, IndicatorRow.code, IndicatorRow.name).where(IndicatorRow.plan_id == other_id)
    ):
        if code in by_code:
            found[ind_id] = code
        elif fold(name).strip() in by_name:
            found[ind_id] = by_name[fold(name).strip()]
        else:
            unmatched.append(code)
    return found, sorted(unmatched)


def join_plan(session: Session, installation_id: str, other_id: int, keep_id: int, actor: str) -> JoinResult:
    """Move ``other_id``'s figures into ``keep_id`` and retire ``other_id`` (see the module)."""
    twins = {(t.other_id, t.keep_id) for t in plan_twins(session)}
    if (other_id, keep_id) not in twins:
        raise UserError(
            f"Kế hoạch số {other_id} không phải bản trùng của kế hoạch số {keep_id} (cùng xã, cùng loại, cùng giai "
            "đoạn, đều đã thông qua, và kế hoạch giữ lại là bản được thông qua trước). Dùng «kehoach bundle "
            "plans» để xem các bản trùng.", "plan",
        )
    codes, unmatched = _match(session, keep_id, other_id)
    code_of_id = dict(session.execute(select(IndicatorRow.id, IndicatorRow.code).where(IndicatorRow.plan_id == keep_id)).all())
    kept = {
        (code_of_id[r.indicator_id], r.year, r.month): r
        for r in session.scalars(
            select(ValueRow).join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id).where(IndicatorRow.plan_id == keep_id)
        )
    }
    result = JoinResult(unmatched=unmatched)
    entries = []
    locked: dict[Period, bool] = {}
    for row in session.scalars(
        select(ValueRow).join(IndicatorRow, IndicatorRow.id == ValueRow.indicator_id)
        .where(IndicatorRow.plan_id == other_id).order_by(ValueRow.year, ValueRow.month, ValueRow.indicator_id)
    ):
        code = codes.get(row.indicator_id)
        if code is None or (row.value is None and row.note is None):
            continue
        mine = kept.get((code, row.year, row.month))
        if mine is not None and (mine.value, mine.kind, mine.note) == (row.value, row.kind, row.note):
            result.same += 1
            continue
        if mine is not None and (mine.value is not None or mine.note is not None):
            result.differ.append(Differ(code, row.year, row.month, mine.value, row.value))
            continue
        period = Period(row.year, row.month)
        if period not in locked:
            locked[period] = month_status(session, keep_id, period).state is MonthState.APPROVED
        if locked[period]:
            result.locked += 1
            continue
        entries.append(ValueEntry(code, period, row.value, row.kind, row.note, set_note=True))
    result.moved = len(save_values(session, installation_id, keep_id, entries, actor, accept_warnings=True))
    other = session.get(PlanRow, other_id)
    assert other is not None
    other.status = PlanStatus.DRAFT
    touch_plan(other, installation_id)
    kept_plan = session.get(PlanRow, keep_id)
    assert kept_plan is not None
    audit(session, installation_id, actor, "plan.join", "plan", other.uid, into=kept_plan.uid,
          moved=result.moved, same=result.same, differ=len(result.differ), locked=result.locked,
          unmatched=result.unmatched)
    return result
