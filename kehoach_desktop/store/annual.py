"""An annual plan (Nghị quyết / Kế hoạch năm 2026) matched onto the adopted 5-year plan.

``import_annual`` stores the annual document as a draft plan of kind ``annual`` with one
``annual_matches`` row per indicator (the matcher's suggestion); ``rematch``, ``confirm``,
``mark_annual_only`` and ``ignore`` are the officer's review; ``apply_annual`` writes the year's
targets into the 5-year plan. Each runs inside ``Database.write()``; every check comes before
the first write, so a refused call leaves the database as it was.

Apply is refused while a match is only suggested below ``AUTO_ACCEPT`` (75) confidence, an
indicator has no decision yet, or an annual indicator still carries review flags.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.model import Aggregation, Indicator, Plan, PlanKind, PlanStatus, TargetRule, TargetSource
from ..planimport.annual import AUTO_ACCEPT, Candidate, explain, match_annual, match_indicators
from ..domain.draft import PlanDraft
from .operations import _target_row, audit, create_plan, touch_plan
from .plan_edit import confirm_flags
from .queries import plan_draft, to_rule
from .schema import AnnualMatchRow, GroupRow, IndicatorRow, PlanRow, TargetRow, ValueRow
from .types import utcnow

SUGGESTED, CONFIRMED, ANNUAL_ONLY, IGNORED = "suggested", "confirmed", "annual_only", "ignored"
STATE_LABELS = {
    SUGGESTED: "đề xuất", CONFIRMED: "đã xác nhận", ANNUAL_ONLY: "chỉ có trong kế hoạch năm", IGNORED: "bỏ qua",
}


@dataclass(frozen=True)
class MatchLine:
    """One annual indicator, the 5-year indicator it is matched to, and the decision."""

    annual_code: str
    annual_name: str
    unit: str
    target: str | None
    plan_code: str | None
    plan_name: str | None
    confidence: int
    state: str
    reason: str = ""
    runner_up: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnnualImport:
    """What ``import_annual`` stored and suggested."""

    annual_plan_id: int
    plan_id: int
    year: int
    lines: list[MatchLine]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class TargetChange:
    """A 5-year indicator's target for the year: before (None: none) and after."""

    code: str
    name: str
    old: str | None
    new: str
    old_source: str | None = None


@dataclass(frozen=True)
class ApplySummary:
    """What ``apply_annual`` wrote into the 5-year plan."""

    plan_id: int
    year: int
    changed: list[TargetChange]
    unchanged: list[str]
    added: list[TargetChange]
    without_target: list[str]
    ignored: list[str]


def _five_year(session: Session, plan_id: int) -> PlanRow:
    plan = session.get(PlanRow, plan_id)
    if plan is None:
        raise UserError(f"Không có kế hoạch số {plan_id}. Dùng «kehoach plan list» để xem các kế hoạch.", "plan")
    if plan.kind is not PlanKind.FIVE_YEAR or plan.status is not PlanStatus.ADOPTED:
        raise UserError(
            f"Kế hoạch số {plan_id} không phải kế hoạch 5 năm đã thông qua; kế hoạch năm chỉ ghép được "
            "vào kế hoạch 5 năm đã thông qua.", "plan",
        )
    return plan


def _annual(session: Session, annual_plan_id: int) -> tuple[PlanRow, list[AnnualMatchRow]]:
    """The annual draft and its match rows; refused once applied or when not an annual draft."""
    row = session.get(PlanRow, annual_plan_id)
    rows = list(session.scalars(select(AnnualMatchRow).where(AnnualMatchRow.annual_plan_id == annual_plan_id)))
    if row is None or row.kind is not PlanKind.ANNUAL or not rows:
        raise UserError(
            f"Kế hoạch số {annual_plan_id} không phải kế hoạch năm đã nhập để ghép với kế hoạch 5 năm. "
            "Nhập bằng «kehoach plan annual TỆP --year NĂM».", "draft",
        )
    if row.status is PlanStatus.ADOPTED:
        raise UserError(f"Kế hoạch năm số {annual_plan_id} đã được áp dụng vào kế hoạch 5 năm; không sửa được nữa.", "draft")
    return row, rows


def import_annual(
    session: Session, installation_id: str, plan_id: int, draft: PlanDraft, year: int, actor: str,
    source_ref: str | None,
) -> AnnualImport:
    """Store the annual ``draft`` for ``year`` and suggest a 5-year indicator for each of its own."""
    plan = _five_year(session, plan_id)
    if not plan.start_year <= year <= plan.end_year:
        raise UserError(
            f"Năm {year} nằm ngoài kế hoạch {plan.start_year}-{plan.end_year}; hãy chọn một năm của kế hoạch.", "year"
        )
    if not draft.indicators:
        raise UserError("Văn bản kế hoạch năm không có chỉ tiêu nào; không lưu gì.", "file")
    warnings = []
    doc = draft.plan
    if doc.kind is PlanKind.FIVE_YEAR or doc.start_year != year:
        said = f"{doc.start_year}-{doc.end_year}" if doc.kind is PlanKind.FIVE_YEAR else str(doc.start_year)
        warnings.append(f"Văn bản có vẻ là kế hoạch {'5 năm' if doc.kind is PlanKind.FIVE_YEAR else 'năm'} {said}, "
                        f"nhưng được nhập làm kế hoạch năm {year}; hãy kiểm tra đúng tệp và đúng năm.")
    annual = replace(draft, plan=Plan(
        kind=PlanKind.ANNUAL, start_year=year, end_year=year, title=doc.title,
        resolution_ref=(source_ref or doc.resolution_ref or "")[:200] or None, source_text=doc.source_text,
        status=PlanStatus.DRAFT,
    ))
    annual_row = create_plan(session, installation_id, plan.commune_id, annual, actor)
    five = plan_draft(session, plan_id)
    matches = match_annual(annual, five.indicators, year, source_ref)
    annual_ids = _ids(session, annual_row.id)
    plan_ids = _ids(session, plan_id)
    for m in matches:
        session.add(AnnualMatchRow(
            annual_plan_id=annual_row.id, annual_indicator_id=annual_ids[m.annual_code], plan_id=plan_id,
            indicator_id=plan_ids[m.plan_code] if m.plan_code else None, confidence=m.confidence, state=SUGGESTED,
        ))
    session.flush()
    audit(session, installation_id, actor, "annual.import", "plan", annual_row.uid, plan=plan.uid, year=year,
          source_ref=source_ref, matched=sum(1 for m in matches if m.plan_code), indicators=len(matches))
    extra = {m.annual_code: (m.reason, m.runner_up) for m in matches}
    lines = [replace(line, reason=extra[line.annual_code][0],
                     runner_up=_candidate(extra[line.annual_code][1])) for line in match_lines(session, annual_row.id)]
    return AnnualImport(annual_row.id, plan_id, year, lines, warnings)


def _candidate(c: Candidate | None) -> str | None:
    return None if c is None else f"{c.code} — {c.name} ({c.confidence}%)"


def _ids(session: Session, plan_id: int) -> dict[str, int]:
    return dict(session.execute(select(IndicatorRow.code, IndicatorRow.id).where(IndicatorRow.plan_id == plan_id)).all())


def _indicators(session: Session, plan_id: int) -> dict[int, tuple[Indicator, IndicatorRow]]:
    draft = plan_draft(session, plan_id)
    rows = {r.code: r for r in session.scalars(select(IndicatorRow).where(IndicatorRow.plan_id == plan_id))}
    return {rows[i.code].id: (i, rows[i.code]) for i in draft.indicators}


def _rule(row: IndicatorRow) -> TargetRule | None:
    """An annual indicator's target: the one for its plan's year, else its plan-wide one."""
    own = sorted((t for t in row.targets if t.year in (None, row.plan.start_year)), key=lambda t: t.year is None)
    return to_rule(own[0]) if own else None


def match_lines(session: Session, annual_plan_id: int) -> list[MatchLine]:
    """The annual plan's indicators in document order with their matches and decisions."""
    rows = {m.annual_indicator_id: m for m in session.scalars(
        select(AnnualMatchRow).where(AnnualMatchRow.annual_plan_id == annual_plan_id))}
    if not rows:
        raise UserError(f"Kế hoạch số {annual_plan_id} không phải kế hoạch năm đã nhập để ghép với kế hoạch 5 năm.", "draft")
    annual = _indicators(session, annual_plan_id)
    plan = _indicators(session, next(iter(rows.values())).plan_id)
    context = [i for i, _ in plan.values()]
    lines = []
    for ind_id, (ind, row) in annual.items():
        m = rows.get(ind_id)
        if m is None:
            continue
        rule = _rule(row)
        matched = plan.get(m.indicator_id) if m.indicator_id is not None else None
        reason = explain(ind, matched[0], context)[1] if matched else ""
        flags = tuple(f for f in row.review_flags.split(",") if f)
        if "baseline_missing" in flags and matched and rule is not None:
            # "tăng 10% so với năm 2025" is judged on the 5-year indicator, whose 2025 level may be known.
            base_year = rule.baseline_year or row.plan.start_year - 1
            if _has_baseline(session, matched[1], base_year):
                flags = tuple(f for f in flags if f != "baseline_missing")
        lines.append(MatchLine(
            ind.code, ind.name, ind.unit, rule.text if rule else None,
            matched[0].code if matched else None, matched[0].name if matched else None,
            m.confidence, m.state, reason, flags=flags,
        ))
    return lines


def _has_baseline(session: Session, row: IndicatorRow, year: int) -> bool:
    """True when the plan knows ``row``'s level in ``year``: stated, or recorded (a flow: all 12 months)."""
    stated_year = row.baseline_year if row.baseline_year is not None else row.plan.start_year - 1
    if row.baseline_value is not None and stated_year == year:
        return True
    months = session.scalar(select(func.count(ValueRow.id)).where(
        ValueRow.indicator_id == row.id, ValueRow.year == year, ValueRow.value.is_not(None)))
    return bool(months) and (months == 12 or row.aggregation is not Aggregation.FLOW)


def _by_code(session: Session, annual_plan_id: int, rows: Sequence[AnnualMatchRow], codes: Iterable[str]) -> list[AnnualMatchRow]:
    ids = _ids(session, annual_plan_id)
    by_ind = {m.annual_indicator_id: m for m in rows}
    wanted = list(dict.fromkeys(c.strip() for c in codes))
    missing = [c for c in wanted if c not in ids]
    if missing:
        raise UserError(f"Kế hoạch năm không có chỉ tiêu mã {', '.join(missing)}. Các mã hiện có: "
                        f"{', '.join(sorted(ids, key=_code_key)[:20])}.", "indicator")
    return [by_ind[ids[c]] for c in wanted]


def _code_key(code: str) -> tuple[int | str, ...]:
    return tuple(int(p) if p.isdigit() else p for p in code.split("."))


def rematch(session: Session, installation_id: str, annual_plan_id: int, actor: str) -> list[MatchLine]:
    """Suggest again for every row still only suggested; the officer's decisions stay."""
    annual_row, rows = _annual(session, annual_plan_id)
    plan_id = rows[0].plan_id
    _five_year(session, plan_id)
    annual = _indicators(session, annual_plan_id)
    plan = _indicators(session, plan_id)
    taken = {plan[m.indicator_id][0].code for m in rows if m.state == CONFIRMED and m.indicator_id in plan}
    open_rows = {m.annual_indicator_id: m for m in rows if m.state == SUGGESTED}
    todo = [annual[i][0] for i in annual if i in open_rows]
    codes = {i.code: ind_id for ind_id, (i, _) in plan.items()}
    for a, p, confidence, _, _ in match_indicators(todo, [i for i, _ in plan.values()], taken):
        row = open_rows[next(i for i in open_rows if annual[i][0].code == a.code)]
        row.indicator_id, row.confidence = (codes[p.code], confidence) if p else (None, 0)
    session.flush()
    audit(session, installation_id, actor, "annual.rematch", "plan", annual_row.uid, rows=len(todo))
    return match_lines(session, annual_plan_id)


def confirm(
    session: Session, installation_id: str, annual_plan_id: int, actor: str,
    pairs: Mapping[str, str | None] | None = None, all_suggested: bool = False,
) -> None:
    """Confirm matches: ``pairs`` maps annual codes to 5-year codes (None: keep the suggestion);
    ``all_suggested`` confirms every suggestion that has a match. A 5-year indicator chosen here
    is taken from any other row that only suggested it."""
    annual_row, rows = _annual(session, annual_plan_id)
    plan_id = rows[0].plan_id
    plan_ids = _ids(session, plan_id)
    pairs = dict(pairs or {})
    bad = [p for p in pairs.values() if p is not None and p.strip() not in plan_ids]
    if bad:
        raise UserError(f"Kế hoạch 5 năm không có chỉ tiêu mã {', '.join(bad)}.", "match")
    chosen = _by_code(session, annual_plan_id, rows, pairs)
    for row, plan_code in zip(chosen, pairs.values()):
        if plan_code is not None:
            row.indicator_id, row.confidence = plan_ids[plan_code.strip()], 100
        elif row.indicator_id is None:
            raise UserError("Mục này chưa được ghép với chỉ tiêu nào; hãy ghi dạng MÃ_NĂM=MÃ_5_NĂM.", "match")
        row.state = CONFIRMED
    if all_suggested:
        for row in rows:
            if row.state == SUGGESTED and row.indicator_id is not None:
                row.state = CONFIRMED
    chosen_ids = {id(r) for r in chosen}
    for row in rows:  # a suggestion gives way to the officer's choice
        if id(row) not in chosen_ids and row.state == SUGGESTED and any(
            c.indicator_id == row.indicator_id for c in chosen
        ):
            row.indicator_id, row.confidence = None, 0
    _check_unique(session, annual_plan_id, rows)
    session.flush()
    audit(session, installation_id, actor, "annual.confirm", "plan", annual_row.uid,
          pairs={k: v for k, v in pairs.items()}, all_suggested=all_suggested)


def _set_state(session: Session, installation_id: str, annual_plan_id: int, codes: Iterable[str], actor: str, state: str) -> None:
    annual_row, rows = _annual(session, annual_plan_id)
    chosen = _by_code(session, annual_plan_id, rows, codes)
    for row in chosen:
        row.state = state
        row.indicator_id = None
        row.confidence = 0
    session.flush()
    audit(session, installation_id, actor, f"annual.{state}", "plan", annual_row.uid,
          codes=[c.strip() for c in codes])


def mark_annual_only(session: Session, installation_id: str, annual_plan_id: int, codes: Iterable[str], actor: str) -> None:
    """These annual indicators have no 5-year counterpart: apply copies them into the 5-year plan."""
    _set_state(session, installation_id, annual_plan_id, list(codes), actor, ANNUAL_ONLY)


def ignore(session: Session, installation_id: str, annual_plan_id: int, codes: Iterable[str], actor: str) -> None:
    """These annual indicators are left out of the 5-year plan."""
    _set_state(session, installation_id, annual_plan_id, list(codes), actor, IGNORED)


def confirm_review_flags(session: Session, installation_id: str, annual_plan_id: int, actor: str) -> int:
    """The officer has checked how every flagged annual indicator was read; returns how many."""
    _annual(session, annual_plan_id)
    flagged = session.scalars(select(IndicatorRow.code).where(
        IndicatorRow.plan_id == annual_plan_id, IndicatorRow.review_flags != "")).all()
    for code in flagged:
        confirm_flags(session, installation_id, annual_plan_id, code, actor)
    return len(flagged)


def _check_unique(session: Session, annual_plan_id: int, rows: Sequence[AnnualMatchRow]) -> None:
    seen: dict[int, AnnualMatchRow] = {}
    codes = {v: k for k, v in _ids(session, annual_plan_id).items()}
    for row in rows:
        if row.indicator_id is None or row.state not in (SUGGESTED, CONFIRMED):
            continue
        if row.indicator_id in seen:
            indicator = session.get(IndicatorRow, row.indicator_id)
            plan_code = indicator.code if indicator is not None else row.indicator_id
            raise UserError(
                f"Chỉ tiêu {plan_code} của kế hoạch 5 năm được ghép với hai mục {codes[seen[row.indicator_id].annual_indicator_id]} "
                f"và {codes[row.annual_indicator_id]} của kế hoạch năm; mỗi chỉ tiêu chỉ ghép một lần. "
                "Hãy ghép lại một trong hai mục (cùng trong một lệnh) hoặc bỏ qua mục đó.", "match",
            )
        seen[row.indicator_id] = row


def _blockers(lines: Sequence[MatchLine]) -> list[str]:
    problems = []
    weak = [f"{ln.annual_code} (→ {ln.plan_code}, {ln.confidence}%)" for ln in lines
            if ln.state == SUGGESTED and ln.plan_code is not None and ln.confidence < AUTO_ACCEPT]
    if weak:
        problems.append(f"các mục ghép chưa chắc chắn (dưới {AUTO_ACCEPT}%) cần xác nhận hoặc ghép lại: {', '.join(weak)}")
    open_ = [ln.annual_code for ln in lines if ln.state == SUGGESTED and ln.plan_code is None]
    if open_:
        problems.append("các mục chưa ghép được, hãy ghép, đánh dấu «chỉ có trong kế hoạch năm» hoặc bỏ qua: "
                        + ", ".join(open_))
    flagged = [ln.annual_code for ln in lines if ln.flags and ln.state != IGNORED]
    if flagged:
        problems.append("các mục còn điểm cần xem lại khi đọc văn bản (xác nhận sau khi kiểm tra): " + ", ".join(flagged))
    return problems


def apply_annual(session: Session, installation_id: str, annual_plan_id: int, actor: str) -> ApplySummary:
    """Write the annual plan's targets into the 5-year plan as year rules (source ``ANNUAL``)."""
    annual_row, rows = _annual(session, annual_plan_id)
    plan = _five_year(session, rows[0].plan_id)
    year = annual_row.start_year
    if not plan.start_year <= year <= plan.end_year:
        raise UserError(f"Năm {year} nằm ngoài kế hoạch {plan.start_year}-{plan.end_year}.", "year")
    lines = match_lines(session, annual_plan_id)
    _check_unique(session, annual_plan_id, rows)
    problems = _blockers(lines)
    if problems:
        raise UserError(f"Chưa áp dụng được kế hoạch năm {year}: " + "; ".join(problems) + ".", "draft")
    annual = {i.code: (i, r) for i, r in _indicators(session, annual_plan_id).values()}
    targets = {r.code: r for r in session.scalars(select(IndicatorRow).where(IndicatorRow.plan_id == plan.id))}
    ref = annual_row.resolution_ref or annual_row.title
    summary = ApplySummary(plan.id, year, [], [], [], [], [])
    # All checks are done: write.
    for line in lines:
        if line.state == IGNORED:
            summary.ignored.append(line.annual_code)
            continue
        if line.state == ANNUAL_ONLY:
            continue  # copied below, once every match is written
        source = _rule(annual[line.annual_code][1])
        if source is None:
            summary.without_target.append(line.annual_code)
            continue
        rule = replace(source, year=year, source=TargetSource.ANNUAL, source_ref=ref)
        assert line.plan_code is not None  # a match neither ignored nor the year's own names its indicator
        _write_year_rule(targets[line.plan_code], rule, line.plan_code, summary)
    _copy_annual_only(session, plan, annual_row.id, annual, lines, targets, year, ref, summary)
    summary.changed.sort(key=lambda c: (targets[c.code].position, targets[c.code].code))
    annual_row.status, annual_row.adopted_at = PlanStatus.ADOPTED, utcnow()
    touch_plan(plan, installation_id)
    touch_plan(annual_row, installation_id)
    session.flush()
    audit(session, installation_id, actor, "annual.apply", "plan", plan.uid, annual=annual_row.uid, year=year,
          changed=[f"{c.code}: {c.old or '-'} -> {c.new}" for c in summary.changed],
          added=[c.code for c in summary.added], unchanged=summary.unchanged)
    return summary


def _write_year_rule(target: IndicatorRow, rule: TargetRule, code: str, summary: ApplySummary) -> None:
    old = next((t for t in target.targets if t.year == rule.year), None)
    if old is not None and to_rule(old) == rule:
        summary.unchanged.append(code)
        return
    summary.changed.append(TargetChange(code, target.name, old.text if old else None, rule.text,
                                        old.source if old else None))
    if old is None:
        target.targets.append(_target_row(rule))
        return
    fresh = _target_row(rule)
    for column in TargetRow.__table__.columns.keys():
        if column not in ("id", "indicator_id"):
            setattr(old, column, getattr(fresh, column))


def _copy_annual_only(
    session: Session, plan: PlanRow, annual_plan_id: int, annual: Mapping[str, tuple[Indicator, IndicatorRow]],
    lines: Sequence[MatchLine], targets: dict[str, IndicatorRow], year: int, ref: str | None,
    summary: ApplySummary,
) -> None:
    """Annual-only indicators become new 5-year indicators carrying only the year's rule."""
    copied: dict[str, IndicatorRow] = {}
    matched = {ln.annual_code: targets[ln.plan_code] for ln in lines if ln.plan_code and ln.state != IGNORED}
    groups = {g.key: g for g in session.scalars(select(GroupRow).where(GroupRow.plan_id == plan.id))}
    annual_groups = {g.id: g for g in session.scalars(select(GroupRow).where(GroupRow.plan_id == annual_plan_id))}
    position = (session.scalar(select(func.max(IndicatorRow.position)).where(IndicatorRow.plan_id == plan.id)) or 0) + 1
    for line in lines:
        if line.state != ANNUAL_ONLY:
            continue
        ind, row = annual[line.annual_code]
        parent = copied.get(ind.parent_code or "") or matched.get(ind.parent_code or "")
        code = _free_code(targets, parent.code if parent else None)
        group = None
        if row.group_id is not None:
            source_group = annual_groups[row.group_id]
            group = groups.get(source_group.key)
            if group is None:
                group = groups[source_group.key] = GroupRow(plan_id=plan.id, key=source_group.key,
                                                            title=source_group.title, position=len(groups))
                session.add(group)
        new = IndicatorRow(
            uid=str(uuid.uuid4()), plan_id=plan.id, code=code, name=ind.name, unit=ind.unit,
            direction=ind.direction, aggregation=ind.aggregation, position=position, parent=parent, group=group,
            review_flags="",
        )
        position += 1
        source = _rule(row)
        if source is not None:
            rule = replace(source, year=year, source=TargetSource.ANNUAL, source_ref=ref)
            new.targets.append(_target_row(rule))
        session.add(new)
        targets[code] = copied[line.annual_code] = new
        summary.added.append(TargetChange(code, ind.name, None, source.text if source else "", None))


def _free_code(taken: Mapping[str, object], parent: str | None) -> str:
    """The next unused code: after the last whole number at the top, or ``parent.n`` below one."""
    if parent is not None:
        n = 1
        while f"{parent}.{n}" in taken:
            n += 1
        return f"{parent}.{n}"
    numbers = [int(c) for c in taken if c.isdigit()]
    n = max(numbers, default=0) + 1
    while str(n) in taken:
        n += 1
    return str(n)
