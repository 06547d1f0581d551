"""A province's template against a commune's plan: what would change, and adopting the changes chosen.

Template indicators are mapped to the plan's own: by code first, then by name (diacritics, case
and punctuation ignored), and the officer may override any pair (``mapping``: template code ->
local code, or None to add it as a new indicator). The differences are listed as ``Change``s, each
with a key the officer ticks: ``code`` (the commune's code becomes the province's, so the
province's comparisons find it), ``name``, ``unit``, ``aggregation``, ``direction``, ``add`` and
``target`` (the year's target the province gives this commune). The commune's own indicators not
in the template are listed and left alone.

``adopt`` writes the ticked changes in the caller's transaction, all checks first: final codes
unique, every target read by ``planimport.typed_target`` (so ``domain.bounds`` refuses a bad
number). Targets are stored with source ``province`` (the old text stays in the audit row), the plan
is touched so the change travels back in bundles, and the bundle is recorded: the same file twice is
a no-op.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.model import Aggregation, Direction, Indicator, TargetRule, TargetSource
from ..domain.text import fold
from ..planimport.typed_target import read_target_text
from ..store.operations import _target_row, audit, touch_plan
from ..store.queries import current_plan, to_rule
from ..store.schema import BundleRow, CommuneRow, GroupRow, IndicatorRow, Installation, PlanRow, TargetRow
from ..store.types import utcnow
from .errors import BundleRefused
from .template import OpenedTemplate, TemplateIndicator, check_template_sender

AGGREGATION_WORDS = {Aggregation.FLOW: "cộng dồn các tháng", Aggregation.STOCK: "lấy số tháng gần nhất"}
DIRECTION_WORDS = {Direction.HIGHER: "càng cao càng tốt", Direction.LOWER: "càng thấp càng tốt"}
KIND_ORDER = ("add", "code", "name", "unit", "aggregation", "direction", "target")


@dataclass(frozen=True)
class Change:
    """One difference between the template and the plan, adopted when its ``key`` is ticked."""

    key: str
    kind: str
    code: str  # the template's indicator code
    local: str | None  # the plan's indicator it maps to (None: added)
    old: str
    new: str


@dataclass(frozen=True)
class TemplateDiff:
    """What adopting a template would change in a commune's plan."""

    bundle_id: str
    province: str
    sender: str
    plan_id: int
    plan_years: tuple[int, int]
    year: int | None
    #: Template code -> local code (None: added as new), and how each pair was found.
    mapping: dict[str, str | None]
    matched_by: dict[str, str]
    changes: tuple[Change, ...]
    #: The plan's own indicators no template indicator maps to: (code, name), left as they are.
    local_only: tuple[tuple[str, str], ...]
    #: Things to know that block nothing (no targets for this commune, a year outside the plan).
    notes: tuple[str, ...]
    applied: bool
    #: The plan's indicators, (code, name), for the mapping chooser.
    local: tuple[tuple[str, str], ...]


def name_key(name: str) -> str:
    """A name for matching: no diacritics, case or punctuation (``Tỷ lệ hộ nghèo (%)`` ~ ``ty le ho ngheo``)."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(name)).split())


def _province_key(name: str | None) -> str:
    key = name_key(name or "")
    for prefix in ("tinh ", "thanh pho ", "tp "):
        if key.startswith(prefix):
            return key[len(prefix):]
    return key


def _rows(session: Session, plan_id: int) -> list[IndicatorRow]:
    return list(session.scalars(select(IndicatorRow).where(IndicatorRow.plan_id == plan_id)
                                .order_by(IndicatorRow.position, IndicatorRow.id)))


def check_receiver(session: Session, installation_id: str, ot: OpenedTemplate) -> CommuneRow:
    """Refuse unless this is a commune's PC, the signer a trusted province key, and the province its own."""
    sender = ot.sender
    if sender.installation_id == installation_id:
        raise BundleRefused("Gói danh mục này do chính máy này xuất ra; hãy áp dụng nó trên máy của xã.", "own")
    inst = session.get(Installation, installation_id)
    own = session.scalars(select(CommuneRow).order_by(CommuneRow.id)).first()
    if inst is None or inst.scope == "province" or own is None:
        raise BundleRefused("Máy này là máy tổng hợp của tỉnh (hoặc chưa thiết lập xã): danh mục chỉ tiêu của tỉnh "
                            "được áp dụng trên máy của từng xã.", "commune")
    check_template_sender(session, sender)
    theirs, ours = _province_key(ot.template.province), _province_key(own.province)
    if ours and theirs != ours:
        raise BundleRefused(
            f"Danh mục này của {ot.template.province}, còn {own.name} thuộc {own.province}: không áp dụng danh mục "
            "của tỉnh khác. Nếu đây đúng là tỉnh của xã (tên tỉnh ghi khác), hãy sửa tên tỉnh của xã trong phần "
            "Thiết lập rồi nhập lại. Không có gì thay đổi.", "province")
    return own


def _auto_mapping(template: tuple[TemplateIndicator, ...], rows: list[IndicatorRow],
                  override: Mapping[str, str | None]) -> tuple[dict[str, str | None], dict[str, str]]:
    codes = {t.code for t in template}
    local = {r.code: r for r in rows}
    for code, target in override.items():
        if code not in codes:
            raise UserError(f"Danh mục của tỉnh không có chỉ tiêu mã «{code}» (--map {code}=...).", "map")
        if target is not None and target not in local:
            raise UserError(f"Kế hoạch của xã không có chỉ tiêu mã «{target}» (--map {code}={target}). "
                            f"Các mã có: {', '.join(list(local)[:30])}.", "map")
    taken = [t for t in override.values() if t is not None]
    twice = sorted({t for t in taken if taken.count(t) > 1})
    if twice:
        raise UserError(f"Chỉ tiêu {', '.join(twice)} của xã được ánh xạ cho nhiều chỉ tiêu của tỉnh; mỗi chỉ tiêu "
                        "của xã chỉ ứng với một chỉ tiêu của tỉnh.", "map")
    mapping: dict[str, str | None] = dict(override)
    how = {code: ("user" if target else "new") for code, target in override.items()}
    used = set(taken)
    for t in template:  # by code first ...
        if t.code not in mapping and t.code in local and t.code not in used:
            mapping[t.code], how[t.code] = t.code, "code"
            used.add(t.code)
    by_name: dict[str, list[str]] = {}
    for r in rows:
        if r.code not in used:
            by_name.setdefault(name_key(r.name), []).append(r.code)
    for t in template:  # ... then by name, when exactly one of the plan's is left with it
        if t.code in mapping:
            continue
        found = [c for c in by_name.get(name_key(t.name), []) if c not in used]
        if len(found) == 1:
            mapping[t.code], how[t.code] = found[0], "name"
            used.add(found[0])
        else:
            mapping[t.code], how[t.code] = None, "new"
    return mapping, how


def _as_indicator(t: TemplateIndicator) -> Indicator:
    return Indicator(code=t.code, name=t.name, unit=t.unit, direction=t.direction, aggregation=t.aggregation)


def read_targets(ot: OpenedTemplate, commune_code: str, actor: str) -> dict[str, TargetRule]:
    """This commune's targets read as rules (source ``province``); refused, nothing written, if any is bad."""
    t = ot.template
    mine = t.targets_for(commune_code)
    if mine is None or t.year is None:
        return {}
    by_code = {i.code: i for i in t.indicators}
    rules, problems = {}, []
    for code, text in mine.targets.items():
        try:
            rule = read_target_text(text, _as_indicator(by_code[code]), t.year, actor)
        except UserError as exc:
            problems.append(str(exc))
            continue
        rules[code] = replace(rule, source=TargetSource.PROVINCE, source_ref=t.province[:200])
    if problems:
        shown = "\n".join(f"- {p}" for p in problems[:10])
        more = f"\n- ... và {len(problems) - 10} lỗi khác." if len(problems) > 10 else ""
        raise BundleRefused(f"Gói danh mục có {len(problems)} mục tiêu không hợp lệ cho xã {commune_code}; không áp "
                            f"dụng gì. Hãy báo tỉnh sửa rồi gửi lại:\n{shown}{more}", "value")
    return rules


def build_diff(session: Session, installation_id: str, ot: OpenedTemplate, plan_id: int | None,
               override: Mapping[str, str | None] | None = None) -> TemplateDiff:
    """Every check, then what adopting ``ot`` into the plan would change (nothing is written)."""
    own = check_receiver(session, installation_id, ot)
    plan = current_plan(session, plan_id)
    t = ot.template
    rows = _rows(session, plan.id)
    mapping, how = _auto_mapping(t.indicators, rows, override or {})
    local = {r.code: r for r in rows}
    changes: list[Change] = []
    for ind in t.indicators:
        code = mapping[ind.code]
        if code is None:
            changes.append(Change(f"add:{ind.code}", "add", ind.code, None, "", f"{ind.name} ({ind.unit})" if ind.unit else ind.name))
            continue
        row = local[code]
        for kind, old, new in (
            ("code", row.code, ind.code), ("name", " ".join(row.name.split()), ind.name), ("unit", row.unit.strip(), ind.unit),
            ("aggregation", AGGREGATION_WORDS[row.aggregation], AGGREGATION_WORDS[ind.aggregation]),
            ("direction", DIRECTION_WORDS[row.direction], DIRECTION_WORDS[ind.direction]),
        ):
            if old != new:
                changes.append(Change(f"{kind}:{ind.code}", kind, ind.code, code, old, new))
    notes: list[str] = []
    rules = read_targets(ot, own.code, "")
    if t.year is not None and t.targets_for(own.code) is None:
        notes.append(f"Danh mục có mục tiêu năm {t.year} cho {len(t.communes)} xã nhưng không có {own.name} "
                     f"(mã {own.code}): chỉ áp dụng được danh mục chỉ tiêu.")
    elif t.year is not None and not plan.start_year <= t.year <= plan.end_year:
        notes.append(f"Mục tiêu năm {t.year} nằm ngoài kế hoạch {plan.start_year}-{plan.end_year} của xã: "
                     "không áp dụng được mục tiêu, chỉ áp dụng danh mục chỉ tiêu.")
        rules = {}
    for code, rule in rules.items():
        paired = local.get(mapping[code] or "")
        held = next((x for x in paired.targets if x.year == t.year), None) if paired is not None else None
        if held is None or " ".join(held.text.split()) != rule.text:
            changes.append(Change(f"target:{code}", "target", code, mapping[code], held.text if held is not None else "",
                                  rule.text))
    mapped = {c for c in mapping.values() if c}
    changes.sort(key=lambda c: KIND_ORDER.index(c.kind))
    applied = session.get(BundleRow, ot.bundle_id) is not None
    return TemplateDiff(
        ot.bundle_id, t.province, ot.sender.name, plan.id, (plan.start_year, plan.end_year), t.year, mapping, how,
        tuple(changes), tuple((r.code, r.name) for r in rows if r.code not in mapped), tuple(notes), applied,
        tuple((r.code, r.name) for r in rows),
    )


def adopt(session: Session, installation_id: str, ot: OpenedTemplate, diff: TemplateDiff,
          selected: Collection[str] | None, actor: str, file_name: str) -> list[Change]:
    """Write the ``selected`` changes of ``diff`` (None: all) in the caller's transaction; the changes made."""
    keys = {c.key for c in diff.changes}
    chosen = set(keys if selected is None else selected)
    unknown = sorted(chosen - keys)
    if unknown:
        raise UserError(f"Không có thay đổi {', '.join(unknown[:10])} trong danh mục này.", "select")
    picked = [c for c in diff.changes if c.key in chosen]
    t = ot.template
    by_code = {i.code: i for i in t.indicators}
    plan = session.get(PlanRow, diff.plan_id)
    assert plan is not None  # build_diff read it in this transaction
    rows = _rows(session, plan.id)
    local = {r.code: r for r in rows}
    for c in picked:
        if c.kind == "target" and c.local is None and f"add:{c.code}" not in chosen:
            raise UserError(f"Mục tiêu của chỉ tiêu {c.code} cần thêm chỉ tiêu đó vào kế hoạch: hãy chọn cả «thêm {c.code}».",
                            "select")
    # Codes after adoption must stay unique in the plan.
    final = {r.code: r.code for r in rows}
    for c in picked:
        if c.kind == "code" and c.local is not None:
            final[c.local] = c.code
    finals = list(final.values()) + [c.code for c in picked if c.kind == "add"]
    clash = sorted({code for code in finals if finals.count(code) > 1})
    if clash:
        held = [f"{code} («{local[code].name[:60]}»)" for code in clash if code in local and final[code] == code]
        raise UserError(f"Sau khi áp dụng, mã {', '.join(clash)} sẽ trùng trong kế hoạch: mã này đang là của chỉ tiêu "
                        f"{'; '.join(held) or 'khác'} của xã. Hãy ánh xạ chỉ tiêu đó với chỉ tiêu của tỉnh (--map), "
                        "hoặc bỏ chọn thay đổi mã. Không có gì thay đổi.", "map")
    groups = {g.key: g for g in session.scalars(select(GroupRow).where(GroupRow.plan_id == plan.id))}
    group_titles = dict(t.groups)
    # All checked: write. Codes change in two steps, so two indicators can swap codes.
    recode = [(local[c.local], c.code) for c in picked if c.kind == "code" and c.local is not None]
    for row, _code in recode:
        row.code = f"~{row.id}"
    session.flush()
    for row, code in recode:
        row.code = code
    rows_by_t: dict[str, IndicatorRow] = {code: local[lc] for code, lc in diff.mapping.items() if lc is not None}
    position = max((r.position for r in rows), default=-1)
    added: list[IndicatorRow] = []
    for c in picked:
        ind = by_code[c.code]
        if c.kind == "add":
            position += 1
            row = IndicatorRow(uid=str(uuid.uuid4()), plan_id=plan.id, code=ind.code, name=ind.name, unit=ind.unit,
                               direction=ind.direction, aggregation=ind.aggregation, position=position,
                               group=_group(session, plan.id, groups, ind.group, group_titles))
            session.add(row)
            rows_by_t[c.code] = row
            added.append(row)
        elif c.kind == "name":
            rows_by_t[c.code].name = ind.name
        elif c.kind == "unit":
            rows_by_t[c.code].unit = ind.unit
        elif c.kind == "aggregation":
            rows_by_t[c.code].aggregation = ind.aggregation
        elif c.kind == "direction":
            rows_by_t[c.code].direction = ind.direction
    for row in added:  # parents once every row exists
        parent = by_code[row.code].parent
        if parent is not None and parent in rows_by_t:
            row.parent = rows_by_t[parent]
    session.flush()
    for c in picked:
        if c.kind == "target":
            _set_target(rows_by_t[c.code], t.province, t.year, c, actor)
    touch_plan(plan, installation_id)
    session.flush()
    session.add(BundleRow(
        bundle_id=ot.bundle_id, direction="in", kind="template", peer_id=ot.sender.installation_id,
        peer_name=ot.sender.name, commune_code=None, created_at=ot.opened.manifest.created_at, processed_at=utcnow(),
        file_name=file_name[:500], full=False, encrypted=ot.opened.encrypted, counts="{}",
        summary='{"changes": %d}' % len(picked),
    ))
    audit(session, installation_id, actor, "template.adopt", "plan", plan.uid, bundle=ot.bundle_id, province=t.province,
          sender=ot.sender.name, year=t.year, file=file_name,
          changes=[f"{c.kind} {c.code}: {c.old or '-'} -> {c.new}" for c in picked],
          skipped=[c.key for c in diff.changes if c.key not in chosen],
          mapping={k: v for k, v in diff.mapping.items() if v != k})
    return picked


def _group(session: Session, plan_id: int, groups: dict[str, GroupRow], key: str, titles: dict[str, str]) -> GroupRow | None:
    """The plan's group for a template group: the same key, else the same title, else a new one."""
    if not key:
        return None
    if key in groups:
        return groups[key]
    title = titles.get(key, key)
    same = next((g for g in groups.values() if name_key(g.title) == name_key(title)), None)
    if same is not None:
        return same
    row = GroupRow(plan_id=plan_id, key=key, title=title, position=len(groups))
    session.add(row)
    groups[key] = row
    return row


def _set_target(row: IndicatorRow, province: str, year: int | None, change: Change, actor: str) -> None:
    """The year's rule of ``row`` replaced by the province's (read against the indicator as adopted)."""
    assert year is not None
    ind = Indicator(code=row.code, name=row.name, unit=row.unit, direction=row.direction, aggregation=row.aggregation)
    rule = replace(read_target_text(change.new, ind, year, actor), source=TargetSource.PROVINCE, source_ref=province[:200])
    fresh = _target_row(rule)
    old = next((x for x in row.targets if x.year == year), None)
    if old is None:
        row.targets.append(fresh)
        return
    if to_rule(old) == rule:
        return
    for column in TargetRow.__table__.columns.keys():
        if column not in ("id", "indicator_id"):
            setattr(old, column, getattr(fresh, column))
