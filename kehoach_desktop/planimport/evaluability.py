"""Review flags for targets that cannot be judged as read, added before a draft is stored.

The parse says what the text says (``plan parse --json`` is unchanged); these flags say what an
officer must settle before adoption for the year's status to mean anything:

- ``baseline_missing``: a growth, reduction or multiple ("so với năm 2025 tăng 19%") needs the
  level of the baseline year, which the text does not give;
- ``unit_is_change``: the ``%`` read is the growth, not the unit the monthly figure is recorded in
  ("thu nhập bình quân ... tăng 19%" is recorded in triệu đồng/người/năm);
- ``no_year_path``: a 5-year plan's level "by 2030" with no baseline, so no year's own target can
  be derived from it (the year is judged against the annual plan or on its path, saying so).

Like every other flag, each one blocks adoption until it is confirmed or corrected.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..domain.model import RATE_RULES, Aggregation, Indicator, PlanKind, RuleKind, TargetRule
from ..domain.draft import PlanDraft

EVALUABILITY_FLAGS = ("baseline_missing", "unit_is_change", "no_year_path")

# Levels a 5-year plan states for its last year, to be split into yearly steps from a baseline.
_LEVEL_RULES = frozenset({
    RuleKind.AT_LEAST, RuleKind.MORE_THAN, RuleKind.AT_MOST, RuleKind.LESS_THAN,
    RuleKind.RANGE, RuleKind.EQUAL, RuleKind.RATIO,
})
# A name that is itself a rate: its % is the level's unit, not a growth.
_RATE_NAME_RE = re.compile(r"^(?:t[ỷỉ] lệ|t[ỷỉ] trọng|tốc độ|cơ cấu|độ che phủ|mức (?:giảm|tăng))", re.IGNORECASE)


def rule_flags(kind: PlanKind, indicator: Indicator, rule: TargetRule) -> list[str]:
    """The evaluability flags of one indicator's plan-wide rule (see the module docstring)."""
    flags: list[str] = []
    if rule.year is not None or rule.kind is RuleKind.QUALITATIVE:
        return flags
    has_base = indicator.baseline_value is not None
    if rule.kind is RuleKind.CUMULATIVE and indicator.aggregation is Aggregation.STOCK and not has_base:
        flags.append("baseline_missing")  # "có thêm 05 sản phẩm OCOP": five more than how many?
    elif rule.kind in RATE_RULES and not rule.measures_change:
        if rule.kind is not RuleKind.MULTIPLE_OF_BASELINE and not rule.points and indicator.unit.strip() == "%" \
                and not _RATE_NAME_RE.search(indicator.name.strip()):
            flags.append("unit_is_change")
        if not has_base:
            flags.append("baseline_missing")
    elif (kind is PlanKind.FIVE_YEAR and rule.kind in _LEVEL_RULES and not rule.per_year
          and not has_base):
        flags.append("no_year_path")
    return flags


def with_evaluability_flags(draft: PlanDraft) -> PlanDraft:
    """The draft with each indicator's evaluability flags added to its review flags."""
    flags = {code: list(marks) for code, marks in draft.flags.items()}
    for ind in draft.indicators:
        general = [r for r in draft.rules.get(ind.code, ()) if r.year is None]
        found = rule_flags(draft.plan.kind, ind, general[0]) if general else []
        if found:
            flags[ind.code] = list(dict.fromkeys([*flags.get(ind.code, ()), *found]))
    return replace(draft, flags={c: f for c, f in flags.items() if f})
