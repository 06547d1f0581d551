"""Edits of an in-memory ``PlanDraft``: pure functions returning a new draft (no Qt, no database).

The review screen never mutates a draft: each edit builds a new one with ``dataclasses.replace``,
so the draft last loaded or imported stays intact for "discard changes" and comparisons.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ...domain.model import Indicator, TargetRule
from ...domain.draft import PlanDraft


def flagged_codes(draft: PlanDraft) -> list[str]:
    """Codes of the indicators that still carry review flags, in document order."""
    return [i.code for i in draft.indicators if any(f.strip() for f in draft.flags.get(i.code, ()))]


def find(draft: PlanDraft, code: str) -> Indicator | None:
    """The indicator with ``code``, if any."""
    return next((i for i in draft.indicators if i.code == code), None)


def children_of(draft: PlanDraft, code: str) -> list[Indicator]:
    """The direct sub-indicators of ``code``."""
    return [i for i in draft.indicators if i.parent_code == code]


def descendants(draft: PlanDraft, code: str) -> list[str]:
    """Codes of every sub-indicator below ``code`` (children, their children...)."""
    found: list[str] = []
    todo = [code]
    while todo:
        current = todo.pop()
        for child in children_of(draft, current):
            if child.code not in found and child.code != code:  # a cycle must not loop forever
                found.append(child.code)
                todo.append(child.code)
    return found


def tree_order(indicators: Sequence[Indicator]) -> list[Indicator]:
    """Indicators with every sub-indicator right after its parent (the store needs parents first).

    Top-level indicators keep their order and siblings keep theirs, so a draft that is already
    in document order comes back unchanged.
    """
    codes = {i.code for i in indicators}
    kids: dict[str | None, list[Indicator]] = {}
    for ind in indicators:
        parent = ind.parent_code if ind.parent_code in codes and ind.parent_code != ind.code else None
        kids.setdefault(parent, []).append(ind)
    ordered: list[Indicator] = []
    seen: set[str] = set()

    def visit(ind: Indicator) -> None:
        if ind.code in seen:
            return
        seen.add(ind.code)
        ordered.append(ind)
        for child in kids.get(ind.code, ()):
            visit(child)

    for root in kids.get(None, ()):
        visit(root)
    for ind in indicators:  # members of a parent cycle: keep them rather than lose them
        visit(ind)
    return ordered


def confirm(draft: PlanDraft, codes: Iterable[str]) -> PlanDraft:
    """Clear the review flags of ``codes``: the officer checked them against the document."""
    drop = set(codes)
    return replace(draft, flags={c: f for c, f in draft.flags.items() if c not in drop})


def update_indicator(
    draft: PlanDraft, old_code: str, indicator: Indicator, rules: Sequence[TargetRule]
) -> PlanDraft:
    """Replace indicator ``old_code`` (possibly renamed) and its rules; its flags are cleared.

    A new code carries the span along and re-points sub-indicators at it.
    """
    new = indicator.code
    indicators = []
    for ind in draft.indicators:
        if ind.code == old_code:
            indicators.append(indicator)
        elif ind.parent_code == old_code and new != old_code:
            indicators.append(replace(ind, parent_code=new))
        else:
            indicators.append(ind)
    spans = {(new if c == old_code else c): s for c, s in draft.spans.items()}
    flags = {c: f for c, f in draft.flags.items() if c != old_code}
    others = {c: r for c, r in draft.rules.items() if c != old_code}
    if rules:
        others[new] = list(rules)
    return replace(draft, indicators=tree_order(indicators), rules=others, spans=spans, flags=flags)


def next_code(draft: PlanDraft, parent: str | None) -> str:
    """A free code: the next whole number at the top level, ``parent.N`` below a parent."""
    used = {i.code for i in draft.indicators}
    if parent is None:
        numbers = [int(c) for c in used if c.isdigit()]
        n = max(numbers, default=0) + 1
        while str(n) in used:
            n += 1
        return str(n)
    n = len(children_of(draft, parent)) + 1
    while f"{parent}.{n}" in used:
        n += 1
    return f"{parent}.{n}"


def add_indicator(draft: PlanDraft, name: str, parent: str | None = None, group: str | None = None) -> tuple[PlanDraft, str]:
    """Add an indicator (at the end of its group, or as the last sub-indicator of ``parent``).

    Returns the new draft and the new indicator's code.
    """
    code = next_code(draft, parent)
    owner = find(draft, parent) if parent is not None else None
    if owner is not None:
        new = Indicator(code, name, owner.unit, owner.group, parent_code=owner.code,
                        direction=owner.direction, aggregation=owner.aggregation)
        tail = ([owner.code] + descendants(draft, owner.code))
    else:
        key = group if group is not None else (draft.groups[0].key if draft.groups else "")
        new = Indicator(code, name, "", key)
        members = [i.code for i in draft.indicators if i.group == key]
        tail = members
    indicators = list(draft.indicators)
    # Insert after the last indicator of the subtree or group, so the list stays in reading order.
    at = max((n for n, i in enumerate(indicators) if i.code in set(tail)), default=len(indicators) - 1) + 1
    indicators.insert(at, new)
    return replace(draft, indicators=tree_order(indicators)), code


def remove_indicator(draft: PlanDraft, code: str) -> PlanDraft:
    """Remove ``code`` and every sub-indicator below it, with their rules, spans and flags."""
    gone = {code, *descendants(draft, code)}
    return replace(
        draft,
        indicators=[i for i in draft.indicators if i.code not in gone],
        rules={c: r for c, r in draft.rules.items() if c not in gone},
        spans={c: s for c, s in draft.spans.items() if c not in gone},
        flags={c: f for c, f in draft.flags.items() if c not in gone},
    )


def code_at(draft: PlanDraft, position: int) -> str | None:
    """The indicator whose source span holds ``position``: the innermost (shortest) one."""
    best: tuple[int, str] | None = None
    for code, (start, end) in draft.spans.items():
        if start <= position <= end and (best is None or end - start < best[0]):
            best = (end - start, code)
    return best[1] if best else None
