"""The province's report on a period, read from a province's database.

``build_province_report`` reads every commune's plan once and makes its own report
(``reports.content.build_report``, so each row, status and count is the commune's own), matches
the indicators across communes by code (in the first plan's order), totals each one with
``reports.province.province_total`` (DOMAIN.md, "Adding up communes"), and adds the completeness
of the period's months from the matrix (``province.matrix.build_matrix``). The result is plain
data (``reports.province_report.ProvinceReport``) the Word and Excel writers lay out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.model import Commune, Group, IndicatorData
from ..domain.periods import Period
from ..domain.report_settings import ReportSettings
from ..reports.content import STATUS_ORDER, ReportRow, StatusCounts, build_report
from ..reports.province import CommuneLine, province_total
from ..reports.province_report import (
    NUMBER_BLANK, CommuneStanding, IndicatorSummary, MonthReporting, ProvinceReport,
)
from ..store.schema import Installation
from .communes import ProvinceCommune, province_communes
from .plans import load_plans
from .matrix import DEFAULT_DEADLINE_DAY, CellState, Matrix, Timing, build_matrix

NOT_PROVINCE = (
    "Máy này là máy của một xã, không phải máy tổng hợp của tỉnh: báo cáo toàn tỉnh chỉ lập được trên máy tổng hợp "
    "của tỉnh (đã chạy «kehoach province --db ... --name \"Tỉnh ...\"» và đã nhận số liệu của các xã). Báo cáo của "
    "xã thì dùng «kehoach report» không có --province."
)


def province_name(session: Session, installation_id: str) -> str:
    """This province's name, refusing a commune's own computer."""
    row = session.get(Installation, installation_id)
    if row is None or row.scope != "province":
        raise UserError(NOT_PROVINCE, "db")
    return " ".join((row.name or "").split())


@dataclass
class _Held:
    """One commune's plan as read: its report's rows by code and its figures (for stock totals)."""

    commune: ProvinceCommune
    rows: dict[str, ReportRow]
    data: dict[str, IndicatorData]
    groups: list[Group]
    report_counts: StatusCounts


def _read_communes(
    session: Session, communes: list[ProvinceCommune], period: Period, issued_on: date
) -> list[_Held]:
    """Each commune with figures, its own report made (``plans.load_plans``: five queries for all)."""
    plans = load_plans(session, [c.plan_id for c in communes if c.plan_id is not None], period.year)
    held = []
    for commune in communes:
        if commune.plan_id is None:
            continue
        data, plan_groups = plans.get(commune.plan_id, ([], []))
        if not data:
            continue
        place = Commune(code=commune.code, name=commune.name, province=commune.province)
        report = build_report(data, plan_groups, place, period, ReportSettings(), issued_on)
        held.append(_Held(commune, {r.code: r for r in report.rows}, {d.indicator.code: d for d in data},
                          plan_groups, report.counts))
    return held


def _months(item: IndicatorData | None, period: Period) -> dict[int, Decimal]:
    if item is None:
        return {}
    return {v.month: v.value for v in item.values
            if v.year == period.year and v.month <= period.month and v.value is not None}


def _summaries(held: list[_Held], period: Period) -> list[IndicatorSummary]:
    order: dict[str, ReportRow] = {}
    for h in held:
        for code, row in h.rows.items():
            order.setdefault(code, row)
    result = []
    top = sub = 0
    for code, first in order.items():
        if first.level == 0:
            top, sub = top + 1, 0
            stt = str(top)
        else:
            sub += 1
            stt = f"{max(top, 1)}.{sub}"
        lines = [
            CommuneLine(Commune(code=h.commune.code, name=h.commune.name, province=h.commune.province),
                        h.commune.plan_id or 0, h.rows.get(code), _months(h.data.get(code), period))
            for h in held
        ]
        rows = [line.row for line in lines if line.row is not None]
        by_status = Counter(row.evaluation.status for row in rows)
        result.append(IndicatorSummary(
            stt=stt, code=code, name=first.name, unit=first.unit, level=first.level, group_key=first.group_key,
            total=province_total(lines, period), communes=len(rows),
            with_figures=sum(1 for row in rows if row.actual is not None),
            by_status={s: by_status.get(s, 0) for s in STATUS_ORDER}, lines=tuple(lines),
        ))
    return result


def _standing(matrix: Matrix, period: Period, held: list[_Held]) -> tuple[list[CommuneStanding], list[str], list[str]]:
    counts = {h.commune.code: h.report_counts for h in held}
    index = [i for i, (y, m) in enumerate(matrix.months) if y == period.year and m in period.months]
    last = index[-1]
    standing, missing, late = [], [], []
    for row in matrix.rows:
        cell = row.cells[last]
        reporting = f"{cell.state.label}, {cell.timing.label.lower()}"
        if cell.received:
            reporting += f" ({cell.received:%d/%m})"
        lates = sum(row.cells[i].timing in (Timing.LATE, Timing.OVERDUE) for i in index)
        standing.append(CommuneStanding(row.commune.code, row.commune.name, counts.get(row.commune.code),
                                        reporting, lates))
        if cell.state is CellState.MISSING:
            missing.append(row.commune.name)
        elif cell.timing is Timing.LATE:
            late.append(row.commune.name)
    return standing, missing, late


def build_province_report(
    session: Session, installation_id: str, period: Period, issued_on: date,
    deadline_day: int = DEFAULT_DEADLINE_DAY, number: int | None = None, today: date | None = None,
) -> ProvinceReport:
    """The province's report on ``period`` (see the module doc); refused on a commune's computer."""
    province = province_name(session, installation_id)
    communes = province_communes(session)
    if not communes:
        raise UserError("Máy tổng hợp của tỉnh chưa có xã nào: hãy nhập danh sách xã hoặc nhận số liệu của các xã "
                        "trước khi lập báo cáo.", "db")
    matrix = build_matrix(session, [period.year], deadline_day, today or issued_on, communes)
    held = _read_communes(session, communes, period, issued_on)
    if not held:
        raise UserError("Chưa nhận được số liệu của xã nào: chưa có gì để tổng hợp. Hãy nhận tệp số liệu của các xã "
                        "(Đồng bộ → Nhận) rồi lập báo cáo.", "db")
    standing, missing, late = _standing(matrix, period, held)
    rates = {(r.year, r.month): r for r in matrix.rates}
    reporting = tuple(
        MonthReporting(period.year, m, rates[(period.year, m)].expected, rates[(period.year, m)].received,
                       rates[(period.year, m)].on_time, rates[(period.year, m)].approved)
        for m in period.months
    )
    seen: dict[str, Group] = {}
    for h in held:
        for g in h.groups:
            seen.setdefault(g.key, g)
    return ProvinceReport(
        province=province or (communes[0].province or ""), period=period, issued_on=issued_on,
        deadline_day=matrix.deadline_day, number_text=NUMBER_BLANK if number is None else f"{number}/BC-STC",
        reporting=reporting, communes=tuple(standing), indicators=tuple(_summaries(held, period)),
        groups=tuple(seen.values()), missing=tuple(missing), late=tuple(late),
    )


__all__ = ["NOT_PROVINCE", "build_province_report", "province_name"]
