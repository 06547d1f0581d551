"""A plan ready to store: its groups, indicators, rules, source spans and review flags.

The importer (text or Excel), the demo and the plan review all build one; the store writes it
(``store.operations.create_plan``, ``store.plan_edit.save_plan_draft``). Plain data, with the
checks every way in runs before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .errors import UserError
from .model import Group, Indicator, Plan, TargetRule


@dataclass(frozen=True)
class PlanDraft:
    """A plan with its groups, indicators and rules, ready to store (from the importer or demo)."""

    plan: Plan
    groups: Sequence[Group]
    indicators: Sequence[Indicator]
    rules: dict[str, Sequence[TargetRule]] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Review flags per indicator code (``ambiguous_number``, ``unit_missing``...).
    flags: dict[str, Sequence[str]] = field(default_factory=dict)
    #: The file the plan was read from, when it was imported.
    source_name: str | None = None


def check_draft(draft: PlanDraft) -> None:
    """UserError (Vietnamese, naming the field) unless the draft can be stored as it is."""
    keys = {g.key for g in draft.groups}
    seen: set[str] = set()
    for ind in draft.indicators:
        if not ind.code.strip() or not ind.name.strip():
            raise UserError("Mỗi chỉ tiêu cần có mã và tên.", "indicator")
        if ind.code in seen:
            raise UserError(f"Mã chỉ tiêu {ind.code} bị trùng trong kế hoạch.", "indicator")
        if ind.group and ind.group not in keys:
            raise UserError(f"Chỉ tiêu {ind.code} thuộc nhóm «{ind.group}» không có trong kế hoạch.", "group")
        if ind.parent_code is not None and ind.parent_code not in seen:
            raise UserError(f"Chỉ tiêu {ind.code} là chỉ tiêu con của {ind.parent_code}, nhưng {ind.parent_code} chưa có.", "indicator")
        seen.add(ind.code)
    for code, rules in draft.rules.items():
        if code not in seen:
            raise UserError(f"Có mục tiêu cho chỉ tiêu {code} không có trong kế hoạch.", "indicator")
        years = [r.year for r in rules]
        if len(years) != len(set(years)):
            raise UserError(f"Chỉ tiêu {code} có hai mục tiêu cho cùng một năm.", "target")
    plan = draft.plan
    if plan.end_year < plan.start_year:
        raise UserError(f"Năm kết thúc {plan.end_year} trước năm bắt đầu {plan.start_year}.", "plan")
