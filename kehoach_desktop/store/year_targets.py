"""A year's own targets on the plan's indicators: typed, cleared, listed.

A year's target is a ``TargetRow`` with ``year`` set on the plan's indicator (one per indicator
and year); the plan-wide rule (``year`` NULL) stays as it is. Every change touches the plan so it
travels in bundles, and is audited. Run inside ``Database.write()``; all checks come first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.model import TargetRule, TargetSource
from ..planimport.typed_target import read_target_text
from .operations import _target_row, audit, touch_plan
from .queries import find_indicator, load_plan_data, to_rule
from .schema import IndicatorRow, Installation, PlanRow, TargetRow


@dataclass(frozen=True)
class YearTargetLine:
    """One indicator with its plan-wide rule and its rule for the year (None: none stored)."""

    code: str
    name: str
    unit: str
    rule: TargetRule | None
    plan_rule: TargetRule | None


def _plan(session: Session, plan_id: int, year: int) -> PlanRow:
    plan = session.get(PlanRow, plan_id)
    if plan is None:
        raise UserError(f"Không có kế hoạch số {plan_id}. Dùng «kehoach plan list» để xem các kế hoạch.", "plan")
    if not plan.start_year <= year <= plan.end_year:
        raise UserError(
            f"Năm {year} nằm ngoài kế hoạch {plan.start_year}-{plan.end_year}; hãy chọn một năm của kế hoạch.", "year"
        )
    return plan


def list_year_targets(session: Session, plan_id: int, year: int) -> list[YearTargetLine]:
    """Every indicator of the plan in order, with its stored rule for ``year`` or None."""
    _plan(session, plan_id, year)
    return [
        YearTargetLine(
            d.indicator.code, d.indicator.name, d.indicator.unit,
            next((r for r in d.rules if r.year == year), None),
            next((r for r in d.rules if r.year is None), None),
        )
        for d in load_plan_data(session, plan_id)
    ]


def set_year_targets(
    session: Session, installation_id: str, plan_id: int, year: int, texts: Mapping[str, str], actor: str
) -> list[tuple[str, str | None, str]]:
    """Store typed targets for ``year`` by indicator code, all or nothing; unchanged ones are skipped.

    Returns (code, old text or None, new text) for each target that changed.
    """
    plan = _plan(session, plan_id, year)
    rows = {r.code: r for r in session.scalars(select(IndicatorRow).where(IndicatorRow.plan_id == plan_id))}
    data = {d.indicator.code: d.indicator for d in load_plan_data(session, plan_id)}
    problems: list[str] = []
    rules: dict[str, TargetRule] = {}
    # Typed on the province's computer, a commune's target is the province's (it travels back).
    province = session.get(Installation, installation_id)
    from_province = province is not None and province.scope == "province"
    for code, text in texts.items():
        code = code.strip()
        if code not in rows:
            problems.append(f'Không có chỉ tiêu mã "{code}" trong kế hoạch.')
            continue
        try:
            rules[code] = read_target_text(text, data[code], year, actor)
            if from_province and province is not None:
                rules[code] = replace(rules[code], source=TargetSource.PROVINCE,
                                      source_ref=province.name or rules[code].source_ref)
        except UserError as exc:
            problems.append(str(exc))
    if problems:
        if len(problems) == 1:
            raise UserError(problems[0], "value")
        more = [f"... và {len(problems) - 10} lỗi khác."] if len(problems) > 10 else []
        lines = "\n".join(f"- {p}" for p in problems[:10] + more)
        raise UserError(f"Có {len(problems)} mục tiêu không nhận được, không lưu mục tiêu nào:\n{lines}", "value")
    changes: list[tuple[str, str | None, str]] = []
    for code, rule in rules.items():
        row = rows[code]
        old = next((t for t in row.targets if t.year == year), None)
        if old is not None and to_rule(old) == rule:
            continue
        changes.append((code, old.text if old is not None else None, rule.text))
        fresh = _target_row(rule)
        if old is None:
            row.targets.append(fresh)
        else:
            for column in TargetRow.__table__.columns.keys():
                if column not in ("id", "indicator_id"):
                    setattr(old, column, getattr(fresh, column))
    if changes:
        touch_plan(plan, installation_id)
        session.flush()
        audit(session, installation_id, actor, "target.set", "plan", plan.uid, year=year,
              changes=[f"{c}: {o or '-'} -> {n}" for c, o, n in changes])
    return changes


def set_year_target(
    session: Session, installation_id: str, plan_id: int, code: str, year: int, text: str, actor: str
) -> tuple[str | None, str] | None:
    """Store one typed target (source TYPED, by ``actor``); (old, new) text, None when unchanged."""
    _plan(session, plan_id, year)
    find_indicator(session, plan_id, code)  # the clear message naming the codes there are
    changes = set_year_targets(session, installation_id, plan_id, year, {code: text}, actor)
    return (changes[0][1], changes[0][2]) if changes else None


def clear_year_target(session: Session, installation_id: str, plan_id: int, code: str, year: int, actor: str) -> TargetRule | None:
    """Remove an indicator's rule for ``year`` (the plan-wide rule stays); the removed rule, or None."""
    plan = _plan(session, plan_id, year)
    row = find_indicator(session, plan_id, code)
    old = next((t for t in row.targets if t.year == year), None)
    if old is None:
        return None
    rule = to_rule(old)
    row.targets.remove(old)
    touch_plan(plan, installation_id)
    session.flush()
    audit(session, installation_id, actor, "target.clear", "plan", plan.uid, code=row.code, year=year,
          old=rule.text, source=rule.source.value)
    return rule
