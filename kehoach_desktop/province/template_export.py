"""What the province sends its communes: the standard indicator list and a year's targets per commune.

The list comes from a plan: one of the communes' plans held on this PC (``from_commune``, for
instance the model commune's), or the plan's Excel template filled in at the province (a
``PlanDraft``). Targets come from the province's sheet (``planimport.province_targets_xlsx``) or,
without one, from the year's targets typed at the province on the communes' plans held here
(source ``province``). Every target is read against its indicator before anything is written, so
a bad number (``domain.bounds``), an unknown commune or indicator is refused with every problem
listed, and no file appears.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.draft import PlanDraft
from ..domain.errors import UserError
from ..domain.model import Indicator, TargetSource
from ..planimport.typed_target import read_target_text
from ..store.queries import load_plan_data, plan_draft
from ..store.schema import CommuneRow, Installation
from ..sync.template import CommuneTargets, Template, TemplateIndicator
from .communes import province_communes

MAX_PROBLEMS = 10


def province_installation(session: Session, installation_id: str) -> Installation:
    """This PC, refusing a commune's: only a province sends a template."""
    row = session.get(Installation, installation_id)
    if row is None or row.scope != "province":
        raise UserError("Chỉ máy tổng hợp của tỉnh mới gửi danh mục chỉ tiêu cho các xã. Hãy chạy «kehoach province --db "
                        "... --name \"Tỉnh ...\"» (hoặc chọn chế độ cấp tỉnh) trước.", "db")
    return row


def list_source(session: Session, from_commune: str | None, draft: PlanDraft | None) -> PlanDraft:
    """The plan the standard list is taken from: the Excel template read, or a commune's plan held here."""
    if draft is not None:
        return draft
    if not from_commune:
        raise UserError("Hãy cho biết danh mục chỉ tiêu lấy từ đâu: --from-commune MÃ_XÃ (kế hoạch của một xã trên máy "
                        "này) hoặc --plan-xlsx TỆP (mẫu Excel kế hoạch tỉnh đã điền).", "from-commune")
    held = {c.code: c for c in province_communes(session)}
    commune = held.get(from_commune.strip())
    if commune is None:
        raise UserError(f"Máy này không có xã mã {from_commune}. Các xã có: {', '.join(list(held)[:20]) or 'chưa có'}.",
                        "from-commune")
    if commune.plan_id is None:
        raise UserError(f"Máy này chưa có kế hoạch của xã {commune.code} ({commune.name}): hãy nhập gói của xã đó "
                        "trước, hoặc dùng --plan-xlsx.", "from-commune")
    return plan_draft(session, commune.plan_id)


def _indicators(draft: PlanDraft) -> tuple[TemplateIndicator, ...]:
    return tuple(TemplateIndicator(i.code, " ".join(i.name.split()), i.unit.strip(), i.group, i.parent_code,
                                   i.direction, i.aggregation) for i in draft.indicators)


def _held_targets(session: Session, year: int, codes: set[str]) -> dict[str, dict[str, str]]:
    """The year's targets typed at the province on the communes' plans held here, by commune and code."""
    found: dict[str, dict[str, str]] = {}
    for c in province_communes(session):
        if c.plan_id is None:
            continue
        for item in load_plan_data(session, c.plan_id):
            rule = next((r for r in item.rules if r.year == year and r.source is TargetSource.PROVINCE), None)
            if rule is not None and item.indicator.code in codes and rule.text.strip():
                found.setdefault(c.code, {})[item.indicator.code] = " ".join(rule.text.split())
    if not found:
        raise UserError(f"Máy này chưa có mục tiêu năm {year} nào do tỉnh giao cho các xã. Hãy điền bảng mục tiêu "
                        "(«kehoach province template sheet») rồi ghi --targets TỆP.xlsx.", "targets")
    return found


def _checked_targets(session: Session, year: int, given: Mapping[str, Mapping[str, str]],
                     indicators: tuple[TemplateIndicator, ...]) -> tuple[CommuneTargets, ...]:
    names = {code: name for code, name in session.execute(select(CommuneRow.code, CommuneRow.name))}
    by_code = {i.code: i for i in indicators}
    problems: list[str] = []
    result = []
    for commune in sorted(given):
        if commune not in names:
            problems.append(f"Xã mã {commune} không có trong danh sách xã của tỉnh (kehoach province communes import).")
            continue
        texts = {}
        for code, text in given[commune].items():
            ind = by_code.get(code)
            if ind is None:
                problems.append(f"Xã {commune}: chỉ tiêu mã {code} không có trong danh mục.")
                continue
            try:
                rule = read_target_text(text, Indicator(code=code, name=ind.name, unit=ind.unit, direction=ind.direction,
                                                        aggregation=ind.aggregation), year, "")
            except UserError as exc:
                problems.append(f"Xã {commune}: {exc}")
                continue
            texts[code] = rule.text
        result.append(CommuneTargets(commune, names[commune], texts))
    if problems:
        shown = "\n".join(f"- {p}" for p in problems[:MAX_PROBLEMS])
        more = f"\n- ... và {len(problems) - MAX_PROBLEMS} lỗi khác." if len(problems) > MAX_PROBLEMS else ""
        raise UserError(f"Có {len(problems)} mục tiêu không dùng được; chưa ghi tệp nào:\n{shown}{more}", "targets")
    return tuple(result)


def build_template(
    session: Session, installation_id: str, *, from_commune: str | None = None, draft: PlanDraft | None = None,
    year: int | None = None, targets: Mapping[str, Mapping[str, str]] | None = None,
) -> Template:
    """The template to send, every part checked (see the module)."""
    local = province_installation(session, installation_id)
    source = list_source(session, from_commune, draft)
    indicators = _indicators(source)
    if not indicators:
        raise UserError("Kế hoạch nguồn chưa có chỉ tiêu nào: không có gì để gửi.", "from-commune")
    if targets is not None and year is None:
        raise UserError("Bảng mục tiêu cần năm của mục tiêu: hãy ghi --year, ví dụ --year 2027.", "year")
    communes: tuple[CommuneTargets, ...] = ()
    if year is not None:
        if not 2000 <= year <= 2100:
            raise UserError(f"Năm {year} không hợp lệ.", "year")
        given = targets if targets is not None else _held_targets(session, year, {i.code for i in indicators})
        communes = _checked_targets(session, year, given, indicators)
    used = {i.group for i in indicators if i.group}
    groups = tuple((g.key, g.title) for g in source.groups if g.key in used)
    title = f"Danh mục chỉ tiêu {local.name}".strip()
    return Template((local.name or "").strip() or "Tỉnh", title, groups, indicators, year, communes)
