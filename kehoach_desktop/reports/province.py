"""The province variant of the report: one indicator across the communes, and each commune's counts.

``province_table(session, code, period)`` reads a province database (many communes, each with its
plan: ``store.queries.commune_plans``) into plain data; ``write_province_xlsx(table, path)`` lays it
out. The indicator is matched by its code in each commune's plan; plans may differ, so a commune
without that code gets a row saying so, and a name that differs from the first commune's is shown.

The total follows DOMAIN.md, "Adding up communes":

- a **flow** (grain harvested, budget revenue) is summed over the communes that have figures;
- a **stock** (herd size, enterprises operating) is summed **at the same month**: the latest
  month of the year, up to the period's end, in which every commune that has figures has one;
- a **rate or share** (``%``) or a per-person or per-hectare figure is recomputed from numerator
  and denominator, Σ(figure × denominator) / Σ denominator, over the communes that have both the
  figure and the denominator the commune states for the year (``domain.model.Denominator``;
  ``province_ratio.ratio_total``), never averaged; without denominators there is no total and
  the table says "không cộng được" and why. A qualitative indicator has no total.

Every total says how it was made (``ProvinceTotal.method``). Each row and each commune's status
counts come from ``build_report`` (so from ``evaluate``): the province table cannot disagree with
the commune's own report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ..domain.denominators import is_average
from ..domain.model import Aggregation, Commune, Direction, IndicatorData
from ..domain.periods import Period
from ..domain.targets import oriented_percent
from ..store.queries import commune_plans, groups, load_plan_data
from ..store.schema import CommuneRow, PlanRow
from .content import STATUS_ORDER, ReportRow, StatusCounts, build_report, period_phrase
from .province_ratio import NOT_SUMMABLE, RatioLine, ratio_total
from ..domain.report_settings import ReportSettings

__all__ = [
    "NOT_IN_PLAN", "NOT_SUMMABLE", "CommuneCounts", "CommuneLine", "ProvinceTable", "ProvinceTotal",
    "province_table", "write_province_xlsx",
]

NOT_IN_PLAN = "không có chỉ tiêu này"


@dataclass(frozen=True)
class CommuneLine:
    """One commune's row for the indicator (``row`` None when its plan has no such code)."""

    commune: Commune
    plan_id: int
    row: ReportRow | None
    #: The indicator's figures of the year through the period's end, by month (for stock totals).
    months: dict[int, Decimal] = field(default_factory=dict)

    @property
    def has_indicator(self) -> bool:
        return self.row is not None


@dataclass(frozen=True)
class ProvinceTotal:
    """The province's figures for the indicator, and how they were made (or why there are none)."""

    period_value: Decimal | None
    actual: Decimal | None
    target: Decimal | None
    percent_of_target: Decimal | None
    #: "Cộng 3/3 xã có số liệu..." or "không cộng được: ...": shown under the table.
    method: str
    summable: bool
    #: The month a stock was summed at, None for a flow or no total.
    month: int | None = None


@dataclass(frozen=True)
class CommuneCounts:
    """One commune's status counts over all the indicators of its plan for the period."""

    commune: Commune
    counts: StatusCounts


@dataclass(frozen=True)
class ProvinceTable:
    """One indicator across the province's communes for one period."""

    code: str
    name: str
    unit: str
    period: Period
    province: str
    lines: tuple[CommuneLine, ...]
    total: ProvinceTotal
    counts: tuple[CommuneCounts, ...]

    @property
    def with_indicator(self) -> tuple[CommuneLine, ...]:
        return tuple(line for line in self.lines if line.row is not None)


def _commune_of(session: Session, plan_id: int) -> Commune:
    plan = session.get(PlanRow, plan_id)
    assert plan is not None
    row = session.get(CommuneRow, plan.commune_id)
    assert row is not None
    return Commune(code=row.code, name=row.name, province=row.province)


def province_table(
    session: Session, code: str, period: Period, issued_on: date | None = None, with_counts: bool = True
) -> ProvinceTable:
    """Indicator ``code`` across every commune of the database for ``period``, with its total."""
    code = code.strip()
    today = issued_on or date.today()
    lines: list[CommuneLine] = []
    counts: list[CommuneCounts] = []
    for plan_id, _label in commune_plans(session):
        commune = _commune_of(session, plan_id)
        data = load_plan_data(session, plan_id)
        item = next((d for d in data if d.indicator.code == code), None)
        row: ReportRow | None = None
        if data and with_counts:
            report = build_report(data, groups(session, plan_id), commune, period, ReportSettings(), today)
            counts.append(CommuneCounts(commune, report.counts))
            row = next((r for r in report.rows if r.code == code), None)
        elif item is not None:
            row = build_report([item], (), commune, period, ReportSettings(), today).rows[0]
        lines.append(CommuneLine(commune, plan_id, row, _months(item, period) if item is not None else {}))
    having = [line for line in lines if line.row is not None]
    first = having[0].row if having else None
    province = next((line.commune.province for line in lines if line.commune.province), "") or ""
    return ProvinceTable(
        code=code, name=first.name if first else "", unit=first.unit if first else "", period=period,
        province=province, lines=tuple(lines), total=province_total(lines, period), counts=tuple(counts),
    )


def _months(item: IndicatorData, period: Period) -> dict[int, Decimal]:
    return {
        v.month: v.value for v in item.values
        if v.year == period.year and v.month <= period.month and v.value is not None
    }


def _names(lines: Sequence[CommuneLine]) -> str:
    shown = ", ".join(line.commune.name for line in lines[:5])
    return shown + (f" và {len(lines) - 5} xã khác" if len(lines) > 5 else "")


def _refused(why: str) -> ProvinceTotal:
    return ProvinceTotal(None, None, None, None, f"{NOT_SUMMABLE}: {why}", False)


def province_total(lines: Sequence[CommuneLine], period: Period) -> ProvinceTotal:
    """The province total of the communes' rows, by DOMAIN.md's rule for the indicator's kind."""
    having = [line for line in lines if line.row is not None]
    if not having:
        return _refused("không xã nào có chỉ tiêu này")
    rows = [line.row for line in having if line.row is not None]
    indicators = [row.evaluation.indicator for row in rows]
    units = {" ".join(i.unit.split()).lower() for i in indicators}
    if len(units) > 1:
        return _refused("các xã dùng đơn vị tính khác nhau (" + ", ".join(sorted(u or "không có" for u in units)) + ")")
    if any(row.qualitative for row in rows):
        return _refused("chỉ tiêu định tính (đạt / không đạt), xem từng xã")
    directions = {row.evaluation.target.direction for row in rows if row.evaluation.target is not None}
    direction = directions.pop() if len(directions) == 1 else None
    if any(i.is_percent for i in indicators) or any(is_average(i) for i in indicators):
        return _ratio(having, period, direction)
    kinds = {i.aggregation for i in indicators}
    if len(kinds) > 1:
        return _refused("các xã cộng các tháng khác nhau (cộng dồn / lấy số mới nhất)")
    targets = [row.target for row in rows if row.target is not None]
    target = sum(targets, Decimal(0)) if len(targets) == len(rows) else None
    target_note = "" if target is not None else "; chưa đủ kế hoạch năm của các xã nên không có tổng kế hoạch"
    if kinds == {Aggregation.FLOW}:
        return _flow_total(having, rows, period, target, direction, target_note)
    return _stock_total(having, period, target, direction, target_note)


def _ratio(having: Sequence[CommuneLine], period: Period, direction: Direction | None) -> ProvinceTotal:
    """A rate's or an average's total, recomputed from numerators and denominators."""
    result = ratio_total(
        [RatioLine(line.commune.name, line.months, line.row.evaluation.indicator, line.row.target)
         for line in having if line.row is not None],
        period,
    )
    percent = (oriented_percent(result.actual, result.target, direction)
               if result.target is not None and direction is not None else None)
    return ProvinceTotal(result.period_value, result.actual, result.target, percent, result.method,
                         result.summable, result.month)


def _flow_total(
    having: Sequence[CommuneLine], rows: Sequence[ReportRow], period: Period, target: Decimal | None,
    direction: Direction | None, target_note: str,
) -> ProvinceTotal:
    reported = [line for line, row in zip(having, rows) if row.actual is not None]
    if not reported:
        return ProvinceTotal(None, None, target, None, "chưa xã nào có số liệu" + target_note, True)
    in_period = [line for line, row in zip(having, rows) if row.period_value is not None]
    period_values = [row.period_value for row in rows if row.period_value is not None]
    period_total = sum(period_values, Decimal(0)) if period_values else None
    actual = sum((row.actual for row in rows if row.actual is not None), Decimal(0))
    percent = None
    if target is not None and direction is not None:
        if direction is Direction.HIGHER or period.month == 12:
            percent = oriented_percent(actual, target, direction)
        elif all(row.forecast is not None for row in rows):
            percent = oriented_percent(sum((r.forecast for r in rows if r.forecast is not None), Decimal(0)),
                                       target, direction)
    method = (f"Cộng số các xã (chỉ tiêu cộng dồn các tháng): kỳ báo cáo {_share(in_period, having)}; "
              f"lũy kế {_share(reported, having)}" + target_note)
    return ProvinceTotal(period_total, actual, target, percent, method, True)


def _share(done: Sequence[CommuneLine], having: Sequence[CommuneLine]) -> str:
    """``3/4 xã có số liệu (thiếu Xã A)``."""
    held = {id(line) for line in done}  # by identity: comparing lines field by field is quadratic and slow
    missing = [line for line in having if id(line) not in held]
    return f"{len(done)}/{len(having)} xã có số liệu" + (f" (thiếu {_names(missing)})" if missing else "")


def _stock_total(
    having: Sequence[CommuneLine], period: Period, target: Decimal | None, direction: Direction | None,
    target_note: str,
) -> ProvinceTotal:
    reported = [line for line in having if line.months]
    if not reported:
        return ProvinceTotal(None, None, target, None, "chưa xã nào có số liệu" + target_note, True)
    common = set.intersection(*(set(line.months) for line in reported))
    if not common:
        return ProvinceTotal(
            None, None, target, None,
            f"{NOT_SUMMABLE}: các xã không có số liệu cùng một tháng (số thời điểm chỉ cộng cùng tháng)"
            + target_note, False,
        )
    month = max(common)
    actual = sum((line.months[month] for line in reported), Decimal(0))
    period_total = actual if month in period.months else None
    percent = oriented_percent(actual, target, direction) if target is not None and direction is not None else None
    latest = max(max(line.months) for line in reported)
    behind = [line for line in reported if max(line.months) < latest]
    method = (f"Cộng số của {_share(reported, having)} tại cùng tháng {month}/{period.year} (chỉ tiêu lấy số "
              "thời điểm: chỉ cộng số của cùng một tháng)"
              + (f"; chưa có số liệu tháng {latest}: {_names(behind)}" if behind else "")
              + ("" if period_total is not None else f"; tháng {month} nằm ngoài {period_phrase(period)}")
              + target_note)
    return ProvinceTotal(period_total, actual, target, percent, method, True, month)


# --- the workbook ------------------------------------------------------------------------------

TABLE_SHEET = "Chỉ tiêu theo xã"
COUNTS_SHEET = "Đánh giá các xã"
#: (header, width) of the table across communes.
TABLE_COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 5.5), ("Mã xã", 8), ("Tên xã", 26), ("KH năm", 12), ("TH kỳ báo cáo", 12), ("Lũy kế", 12),
    ("% Lũy kế/KH", 9), ("Đánh giá", 14), ("Ghi chú", 42),
)
COUNT_COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 5.5), ("Mã xã", 8), ("Tên xã", 26), ("Số chỉ tiêu đánh giá", 10),
    *((s.label, 10.5) for s in STATUS_ORDER), ("Tóm tắt", 56),
)

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")


def write_province_xlsx(table: ProvinceTable, path: Path) -> None:
    """Write ``table`` as a workbook: the indicator across communes, and each commune's counts."""
    from . import xlsx_writer as x

    wb, (ws, cs) = x.new_workbook((TABLE_SHEET, COUNTS_SHEET))
    phrase = period_phrase(table.period)
    where = f" — {table.province.upper()}" if table.province else ""
    _title(ws, len(TABLE_COLUMNS), f"CHỈ TIÊU {table.code}: {table.name.upper()}{where}",
           f"{phrase[:1].upper()}{phrase[1:]}; đơn vị tính: {table.unit or 'không có'}")
    header = 4
    x.set_widths(ws, [w for _, w in TABLE_COLUMNS])
    x._header_cells(ws, header, [t for t, _ in TABLE_COLUMNS])
    x.fit_height(ws, header, 2)
    x._header_cells(ws, header + 1, x.numbering(["stt", "code", "name", "target", "period", "actual", "pct_target",
                                                 "status", "note"]), size=9)
    r = header + 2
    for i, line in enumerate(table.lines, start=1):
        lines = _commune_row(ws, r, i, line, table)
        x.fit_height(ws, r, lines)
        r += 1
    total = table.total
    x.put_text(ws, r, 3, "Toàn tỉnh")
    for col, value in ((4, total.target), (5, total.period_value), (6, total.actual)):
        x.put_number(ws, r, col, value)
    x.put_number(ws, r, 7, total.percent_of_target, x.PERCENT_FORMAT)
    if not total.summable:
        x.put_text(ws, r, 5, NOT_SUMMABLE)
        x.put_text(ws, r, 6, NOT_SUMMABLE)
    x.put_text(ws, r, 9, total.method)
    for col in range(1, len(TABLE_COLUMNS) + 1):
        cell = ws.cell(row=r, column=col)
        cell.font, cell.fill, cell.border = x._font(bold=col != 9), _TOTAL_FILL, _BOX
        cell.alignment = Alignment(horizontal="left" if col in (3, 9) else "right", vertical="center", wrap_text=True)
    x.fit_height(ws, r, x.text_lines(total.method, TABLE_COLUMNS[-1][1]))
    r += 2
    legend = ("Cách tính tổng toàn tỉnh: chỉ tiêu cộng dồn theo tháng thì cộng số các xã; chỉ tiêu lấy số thời điểm "
              "thì cộng số các xã tại cùng một tháng; tỷ lệ (%) và số bình quân tính lại từ tử số và mẫu số của các xã "
              "có mẫu số, không lấy trung bình cộng.")
    x._merge_line(ws, r, 1, len(TABLE_COLUMNS), legend, x._font(11, italic=True), horizontal="left")
    x.fit_height(ws, r, x.text_lines(legend, sum(w for _, w in TABLE_COLUMNS) * 0.95))
    ws.freeze_panes = f"D{header + 2}"
    x.print_setup(ws, f"{header}:{header + 1}", len(TABLE_COLUMNS), r)
    _write_counts(cs, table)
    x.save_workbook(wb, path)


def _title(ws: Worksheet, ncols: int, title: str, subtitle: str) -> None:
    from . import xlsx_writer as x

    x._merge_line(ws, 1, 1, ncols, title, x._font(14, bold=True))
    x.fit_height(ws, 1, x.text_lines(title, 120), size=14)
    x._merge_line(ws, 2, 1, ncols, subtitle, x._font(12, italic=True))


def put_row_figures(ws: Worksheet, r: int, col: int, row: ReportRow) -> None:
    """A report row's target, period figure, year to date, % of target and status in columns
    ``col`` to ``col + 4`` of row ``r``: numbers as numbers, a worded target or a qualitative
    figure as text."""
    from . import xlsx_writer as x

    if row.target is not None and row.target_text == x.format_number(row.target) and x.excel_number(row.target) is not None:
        x.put_number(ws, r, col, row.target)
    else:
        x.put_text(ws, r, col, row.target_text, single_line=True)
    for c, value in ((col + 1, row.period_value), (col + 2, row.actual)):
        if row.qualitative:
            x.put_text(ws, r, c, x._qualitative_text(value))
        else:
            x.put_number(ws, r, c, value)
    x.put_number(ws, r, col + 3, row.percent_of_target, x.PERCENT_FORMAT)
    x.put_text(ws, r, col + 4, row.status)


def _commune_row(ws: Worksheet, r: int, i: int, line: CommuneLine, table: ProvinceTable) -> int:
    from . import xlsx_writer as x

    x.put_text(ws, r, 1, str(i))
    x.put_text(ws, r, 2, line.commune.code, single_line=True)
    x.put_text(ws, r, 3, line.commune.name)
    row = line.row
    note = ""
    if row is None:
        x.put_text(ws, r, 8, NOT_IN_PLAN)
    else:
        put_row_figures(ws, r, 4, row)
        parts = []
        if row.name != table.name:
            parts.append(f"Tên trong kế hoạch của xã: {row.name}")
        if row.unit != table.unit:
            parts.append(f"Đơn vị tính của xã: {row.unit or 'không có'}")
        if row.note:
            parts.append(row.note)
        note = "; ".join(parts)
        x.put_text(ws, r, 9, note)
    for col in range(1, len(TABLE_COLUMNS) + 1):
        cell = ws.cell(row=r, column=col)
        cell.font = x._font(italic=bool(row and row.estimated) and col in (5, 6, 7))
        cell.border = _BOX
        horizontal = "left" if col in (3, 9) else ("center" if col in (1, 2, 8) else "right")
        cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=col in (3, 4, 8, 9))
    return max(x.text_lines(line.commune.name, TABLE_COLUMNS[2][1]), x.text_lines(note, TABLE_COLUMNS[-1][1]),
               x.text_lines(row.status if row else NOT_IN_PLAN, TABLE_COLUMNS[7][1]))


def _write_counts(ws: Worksheet, table: ProvinceTable) -> None:
    from . import xlsx_writer as x

    ncols = len(COUNT_COLUMNS)
    _title(ws, ncols, "ĐÁNH GIÁ CÁC CHỈ TIÊU THEO TỪNG XÃ" + (f" — {table.province.upper()}" if table.province else ""),
           f"{period_phrase(table.period)[:1].upper()}{period_phrase(table.period)[1:]}: số chỉ tiêu theo mức đánh giá")
    x.set_widths(ws, [w for _, w in COUNT_COLUMNS])
    header = 4
    x._header_cells(ws, header, [t for t, _ in COUNT_COLUMNS])
    x.fit_height(ws, header, 3)
    r = header + 1
    for i, item in enumerate(table.counts, start=1):
        sentence = item.counts.sentence()
        x.put_text(ws, r, 1, str(i))
        x.put_text(ws, r, 2, item.commune.code, single_line=True)
        x.put_text(ws, r, 3, item.commune.name)
        ws.cell(row=r, column=4, value=item.counts.judged)
        for col, status in enumerate(STATUS_ORDER, start=5):
            ws.cell(row=r, column=col, value=item.counts.by_status.get(status, 0))
        x.put_text(ws, r, ncols, sentence)
        for col in range(1, ncols + 1):
            cell = ws.cell(row=r, column=col)
            cell.font, cell.border = x._font(), _BOX
            if 4 <= col < ncols:
                cell.number_format = "0"
            cell.alignment = Alignment(horizontal="left" if col in (3, ncols) else "center", vertical="center",
                                       wrap_text=col in (3, ncols))
        x.fit_height(ws, r, max(x.text_lines(sentence, COUNT_COLUMNS[-1][1]),
                                x.text_lines(item.commune.name, COUNT_COLUMNS[2][1])))
        r += 1
    ws.freeze_panes = f"D{header + 1}"
    x.print_setup(ws, f"{header}:{header}", ncols, r - 1)
