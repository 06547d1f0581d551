"""A rate's denominator on a plan's indicator: named, given a figure per year, cleared.

The denominator is part of the plan's definitions (``indicators.denominator_label`` / ``_unit``,
the yearly figures in ``denominators``, migration 0010): every change stamps the plan
(``touch_plan``), so it travels to the province with the plan in the next bundle, and is audited
(``denominator.set`` / ``denominator.clear``). Only the commune's own PC writes it: the figure is
the commune's (a province's PC refuses, as it refuses to write a commune's figures). Run inside
``Database.write()``; every check comes before the first write.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain import denominators as rules
from ..domain.errors import UserError
from ..domain.model import Denominator, Indicator
from ..domain.numbers import format_number
from .operations import audit, touch_plan
from .queries import find_indicator, to_denominator
from .schema import DenominatorRow, IndicatorRow, Installation, PlanRow


@dataclass(frozen=True)
class DenominatorChange:
    """An indicator's denominator before and after a change (None: it had or has none)."""

    code: str
    old: Denominator | None
    new: Denominator | None

    @property
    def changed(self) -> bool:
        return self.old != self.new


def _checked(session: Session, installation_id: str, plan_id: int, code: str) -> tuple[PlanRow, IndicatorRow]:
    here = session.get(Installation, installation_id)
    if here is not None and here.scope == "province":
        raise UserError(
            "Máy này là máy tổng hợp của tỉnh: mẫu số (tổng số hộ, dân số...) là số liệu của xã, do xã nhập "
            "trên máy của xã và gửi lên trong gói dữ liệu.",
        )
    plan = session.get(PlanRow, plan_id)
    if plan is None:
        raise UserError(f"Không có kế hoạch số {plan_id}. Dùng «kehoach plan list» để xem các kế hoạch.", "plan")
    row = find_indicator(session, plan_id, code)
    indicator = to_denominator_target(row)
    if not rules.may_have_denominator(indicator):
        raise UserError(
            f"Chỉ tiêu {row.code} ({row.unit or 'không có đơn vị'}) không phải tỷ lệ hay số bình quân: tổng toàn tỉnh "
            "của nó là cộng số các xã, không cần mẫu số. Mẫu số chỉ dành cho chỉ tiêu tỷ lệ (%) hoặc bình quân "
            "(theo người, theo hộ, theo ha).", "indicator",
        )
    return plan, row


def to_denominator_target(row: IndicatorRow) -> Indicator:
    """The indicator as the domain's rules see it (name and unit are what decide)."""
    return Indicator(code=row.code, name=row.name, unit=row.unit)


def set_denominator(
    session: Session, installation_id: str, plan_id: int, code: str, actor: str, *,
    label: str | None = None, unit: str | None = None, year: int | None = None, value: Decimal | None = None,
) -> DenominatorChange:
    """Name the denominator of indicator ``code`` and/or store its figure for ``year``; audited.

    A first denominator needs its label and unit; later, either may be changed alone, and a
    year's figure given alone. Nothing is written when it would not change anything.
    """
    plan, row = _checked(session, installation_id, plan_id, code)
    old = to_denominator(row)
    if (year is None) != (value is None):
        raise UserError("Hãy ghi cả năm (--year) và số của mẫu số năm đó (--value).", "year")
    if old is None and (label is None or unit is None):
        raise UserError(
            f"Chỉ tiêu {row.code} chưa có mẫu số: hãy ghi tên mẫu số và đơn vị, ví dụ --label \"Tổng số hộ\" --unit hộ.",
            "label",
        )
    if label is None and unit is None and year is None:
        raise UserError("Không có gì để lưu: hãy ghi tên mẫu số, đơn vị, hoặc năm và số của mẫu số.", "value")
    new_label = rules.check_label(label) if label is not None else (old.label if old else "")
    new_unit = rules.check_label(unit, "Đơn vị của mẫu số") if unit is not None else (old.unit if old else "")
    values = dict(old.values) if old else {}
    if year is not None and value is not None:
        if not plan.start_year <= year <= plan.end_year:
            raise UserError(
                f"Năm {year} nằm ngoài kế hoạch {plan.start_year}-{plan.end_year}; hãy ghi mẫu số cho một năm của kế hoạch.",
                "year",
            )
        values[year] = rules.check_value(value, new_unit)
    else:
        for v in values.values():  # a new unit must still fit the figures held (hộ: whole numbers)
            rules.check_value(v, new_unit)
    new = Denominator(new_label, new_unit, tuple(sorted(values.items())))
    change = DenominatorChange(row.code, old, new)
    if not change.changed:
        return change
    row.denominator_label, row.denominator_unit = new.label, new.unit
    held = {d.year: d for d in row.denominators}
    for y, v in values.items():
        if y in held:
            held[y].value = v
        else:
            row.denominators.append(DenominatorRow(year=y, value=v))
    touch_plan(plan, installation_id)
    session.flush()
    audit(session, installation_id, actor, "denominator.set", "plan", plan.uid, code=row.code,
          old=describe(old), new=describe(new), **({"year": year} if year is not None else {}))
    return change


def clear_denominator(
    session: Session, installation_id: str, plan_id: int, code: str, actor: str, year: int | None = None,
) -> DenominatorChange:
    """Remove the denominator of ``code`` (or only its figure for ``year``); audited."""
    plan, row = _checked(session, installation_id, plan_id, code)
    old = to_denominator(row)
    if old is None:
        return DenominatorChange(row.code, None, None)
    if year is None:
        row.denominator_label = row.denominator_unit = None
        row.denominators.clear()
        new = None
    else:
        gone = [d for d in row.denominators if d.year == year]
        if not gone:
            return DenominatorChange(row.code, old, old)
        row.denominators.remove(gone[0])
        new = Denominator(old.label, old.unit, tuple((y, v) for y, v in old.values if y != year))
    touch_plan(plan, installation_id)
    session.flush()
    audit(session, installation_id, actor, "denominator.clear", "plan", plan.uid, code=row.code,
          old=describe(old), **({"year": year} if year is not None else {}))
    return DenominatorChange(row.code, old, new)


def describe(denominator: Denominator | None) -> str:
    """``Tổng số hộ (hộ): 2026 = 1.234; 2027 = 1.250`` (the audit's and the CLI's words)."""
    if denominator is None:
        return "-"
    years = "; ".join(f"{y} = {format_number(v)}" for y, v in denominator.values)
    return f"{denominator.label} ({denominator.unit})" + (f": {years}" if years else ": chưa có số năm nào")
