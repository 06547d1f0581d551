"""What a report says, before it is written as .docx or .xlsx: its header, table, counts and texts.

``build_report`` turns the period's evaluations (the one ``evaluate`` the grid and charts read)
into plain data; the writers only lay it out, so the Word and Excel files can never disagree with
each other or with the screen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..domain.evaluation import Evaluation, evaluate
from ..domain.model import Commune, Group, IndicatorData, Plan, RuleKind, Status, ValueKind
from ..domain.periods import Period
from ..domain.targets import HUNDRED, threshold_text, year_target
from ..domain.report_settings import ReportSettings

#: The order statuses are counted and listed in, best first.
STATUS_ORDER = (
    Status.EXCEEDED, Status.MET, Status.ON_TRACK, Status.BEHIND, Status.AT_RISK, Status.MISSED, Status.NO_DATA,
)


@dataclass(frozen=True)
class ReportRow:
    """One line of the report's table: an indicator (or a sub-indicator) for the period."""

    stt: str
    code: str
    name: str
    unit: str
    #: Sub-indicator depth: 0 for an indicator, 1 for its "trong đó" items.
    level: int
    group_key: str
    #: The year's target as officers write it (``≥ 7.000``, ``35 - 40``, ``Đạt``; ``*`` when
    #: derived), or ``chưa có KH năm``.
    target_text: str
    #: The year's target as a number (its near bound), for the spreadsheet; None when there is none.
    target: Decimal | None
    period_value: Decimal | None
    actual: Decimal | None
    #: Last year over the same months (cùng kỳ).
    same_period: Decimal | None
    #: The oriented % of the year's target (100 = met; more = better, either direction).
    percent_of_target: Decimal | None
    #: This year to date as a % of the same months last year ("bằng 105% cùng kỳ").
    percent_of_last_year: Decimal | None
    forecast: Decimal | None
    #: The status word, "" when nothing could be judged.
    status: str
    #: The notes (giải trình) of the period's months, newest first.
    note: str
    #: True when a figure of the period is still an estimate (ước thực hiện).
    estimated: bool
    qualitative: bool
    evaluation: Evaluation
    #: Next year's target as officers write it (``≥ 7.000``, ``Đạt``; ``*`` when derived), "" when
    #: next year has none: the year after the plan's last, or no honest derivation (a final level
    #: is never next year's target; see ``domain.targets.year_target``).
    next_target_text: str = ""
    #: Next year's target as a number (its near bound), for the spreadsheet; None when there is none.
    next_target: Decimal | None = None


@dataclass(frozen=True)
class MonthLine:
    """One recorded month of one indicator, for the spreadsheet's sheet of monthly figures."""

    code: str
    name: str
    unit: str
    year: int
    month: int
    value: Decimal | None
    kind: ValueKind
    note: str


@dataclass(frozen=True)
class StatusCounts:
    """How many indicators stand at each status, and the line officers write about it."""

    by_status: Mapping[Status, int]
    judged: int

    @property
    def met_or_exceeded(self) -> int:
        """Indicators at Vượt or Đạt."""
        return self.by_status.get(Status.EXCEEDED, 0) + self.by_status.get(Status.MET, 0)

    def sentence(self) -> str:
        """``22/27 chỉ tiêu đạt và vượt kế hoạch, trong đó 10 chỉ tiêu vượt`` (and the rest)."""
        exceeded = self.by_status.get(Status.EXCEEDED, 0)
        parts = [f"{self.met_or_exceeded}/{self.judged} chỉ tiêu đạt và vượt kế hoạch"
                 + (f", trong đó {exceeded} chỉ tiêu vượt" if exceeded else "")]
        for status in STATUS_ORDER[2:]:
            n = self.by_status.get(status, 0)
            if n:
                parts.append(f"{n} chỉ tiêu {status.label.lower()}")
        return "; ".join(parts)


@dataclass(frozen=True)
class Report:
    """Everything one report on one period says."""

    commune: Commune
    plan: Plan
    period: Period
    settings: ReportSettings
    number_text: str
    issued_on: date
    groups: tuple[Group, ...]
    rows: tuple[ReportRow, ...]
    counts: StatusCounts
    #: The officer's own texts: ``tasks`` (III), ``proposals`` (IV), ``assessment`` (II, after the counts).
    texts: Mapping[str, str] = field(default_factory=dict)
    months: tuple[MonthLine, ...] = ()

    @property
    def covered(self) -> tuple[date, date]:
        """The first and last day the report covers (the settings' cut-off applied)."""
        return self.settings.covered_dates(self.period)

    @property
    def show_forecast(self) -> bool:
        """The year estimate column: from the 6-month report on (DOMAIN.md, the reporting cycle)."""
        return self.period.month >= 6

    @property
    def show_next_year(self) -> bool:
        """Next year's plan column: from the October report on (the October monthly report, Q4, H2,
        the year; DOMAIN.md, the reporting cycle)."""
        return self.period.month >= 10

    @property
    def next_year(self) -> int:
        """The year after the report's (``KH năm 2027``)."""
        return self.period.year + 1

    @property
    def subject(self) -> str:
        """The report's subject line: ``Tình hình thực hiện kế hoạch ... tháng 9 năm 2026``."""
        return f"Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội {period_phrase(self.period)}"

    @property
    def place(self) -> str:
        """The place of the date line (``Na Dương``)."""
        return place_name(self.settings, self.commune)

    @property
    def date_line(self) -> str:
        """``Na Dương, ngày 05 tháng 01 năm 2027``."""
        return date_line(self.place, self.issued_on)

    @property
    def issuing_body(self) -> str:
        """The issuer's line under ``ỦY BAN NHÂN DÂN``: the settings' own, or the commune's name, upper case."""
        return (self.settings.issuing_body.strip() or " ".join(self.commune.name.split())).upper()

    @property
    def evaluations(self) -> tuple[Evaluation, ...]:
        """The period's evaluations in table order (for the charts)."""
        return tuple(r.evaluation for r in self.rows)


def date_line(place: str, day: date) -> str:
    """``Na Dương, ngày 05 tháng 01 năm 2027`` (Decree 30: days below 10 and months 1-2 with a 0)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def place_name(settings: ReportSettings, commune: Commune) -> str:
    """The date line's place: the settings' own, or the commune's name without ``Xã`` (and without a
    note in brackets: ``Xã Đồng Tâm (dữ liệu mẫu)`` is dated at ``Đồng Tâm``)."""
    if settings.place.strip():
        return settings.place.strip()
    name = re.sub(r"\s*\([^)]*\)\s*$", "", " ".join(commune.name.split())) or commune.name
    return re.sub(r"^(xã|phường|thị trấn|đặc khu)\s+", "", name, flags=re.IGNORECASE) or name


def period_phrase(period: Period) -> str:
    """The period as a report's text names it (``Period.phrase``): ``tháng 9 năm 2026``."""
    return period.phrase


def _levels(data: Sequence[IndicatorData]) -> dict[str, int]:
    parents = {d.indicator.code: d.indicator.parent_code for d in data}
    levels: dict[str, int] = {}
    for code in parents:
        depth, seen, parent = 0, {code}, parents[code]
        while parent is not None and parent in parents and parent not in seen:
            depth, parent = depth + 1, parents[parent]
            seen.add(parent or "")
        levels[code] = depth
    return levels


def report_row(item: IndicatorData, period: Period) -> ReportRow:
    """One indicator's row for ``period`` as ``build_report`` makes it (a comparison across communes)."""
    return _row(item, evaluate(item, period), "1", 0)


def _row(item: IndicatorData, ev: Evaluation, stt: str, level: int) -> ReportRow:
    period = ev.period
    in_period = [v for v in item.values if v.year == period.year and v.month in period.months]
    notes = [f"T{v.month}: {v.note.strip()}" for v in sorted(in_period, key=lambda v: -v.month) if v.note and v.note.strip()]
    qualitative = any(r.kind is RuleKind.QUALITATIVE for r in item.rules)
    target = ev.target
    if target is None and ev.target_note and ev.in_plan:
        target_text = "chưa có KH năm"
    else:
        target_text = threshold_text(target, mark_derived=True)
    change = ev.change_vs_last_year
    nxt = year_target(item, period.year + 1)
    return ReportRow(
        stt=stt, code=ev.indicator.code, name=ev.indicator.name, unit=ev.indicator.unit, level=level,
        group_key=ev.indicator.group, target_text=target_text,
        target=None if target is None or target.qualitative else target.meet,
        period_value=ev.period_value, actual=ev.actual, same_period=ev.same_period_last_year,
        percent_of_target=ev.percent_of_target,
        percent_of_last_year=None if change is None else HUNDRED + change,
        forecast=ev.forecast, status=ev.status_label, note="; ".join(notes),
        estimated=any(v.value is not None and v.kind is ValueKind.ESTIMATE for v in in_period),
        qualitative=qualitative, evaluation=ev,
        next_target_text=threshold_text(nxt, mark_derived=True),
        next_target=None if nxt is None or nxt.qualitative else nxt.meet,
    )


def build_report(
    data: Sequence[IndicatorData],
    groups: Sequence[Group],
    commune: Commune,
    period: Period,
    settings: ReportSettings,
    issued_on: date,
    number_text: str | None = None,
    texts: Mapping[str, str] | None = None,
) -> Report:
    """The report on ``period`` of the plan whose indicators are ``data`` (in document order)."""
    if not data:
        raise ValueError("a report needs a plan with indicators")
    levels = _levels(data)
    rows: list[ReportRow] = []
    counters: dict[str, int] = {}
    top = 0
    for item in data:
        ev = evaluate(item, period)
        level = levels.get(item.indicator.code, 0)
        if level == 0:
            top += 1
            stt, counters = str(top), {}
        else:
            parent = rows[-1].stt.split(".")[0] if rows else str(top)
            counters[parent] = counters.get(parent, 0) + 1
            stt = f"{parent}.{counters[parent]}"
        rows.append(_row(item, ev, stt, level))
    parents = {d.indicator.parent_code for d in data if d.indicator.parent_code}
    by_status: dict[Status, int] = {s: 0 for s in STATUS_ORDER}
    judged = 0
    for row in rows:
        ev = row.evaluation
        heading = ev.indicator.code in parents and ev.target is None and ev.actual is None
        if ev.judged and not heading:
            by_status[ev.status] += 1
            judged += 1
    months = tuple(
        MonthLine(d.indicator.code, d.indicator.name, d.indicator.unit, v.year, v.month, v.value, v.kind, v.note or "")
        for d in data for v in sorted(d.values, key=lambda v: (v.year, v.month))
        if v.year == period.year and v.month <= period.month
    )
    return Report(
        commune=commune, plan=data[0].plan, period=period, settings=settings,
        number_text=number_text if number_text is not None else settings.number_text(),
        issued_on=issued_on, groups=tuple(groups), rows=tuple(rows),
        counts=StatusCounts(by_status, judged), texts=dict(texts or {}), months=months,
    )
