"""How the ``kehoach`` command shows results: aligned Vietnamese tables, or JSON for scripts."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TextIO

from ..domain.evaluation import Evaluation
from ..domain.model import (
    Indicator,
    MonthlyValue,
    Revision,
    TargetRule,
    ValueKind,
)
from ..domain.numbers import format_number, format_percent, to_plain
from ..domain.targets import YearTarget, threshold_text
from ..domain.periods import Period

KIND_LABELS = {ValueKind.ESTIMATE: "ước thực hiện", ValueKind.OFFICIAL: "chính thức"}


def plain(value: Decimal | None) -> str | None:
    """A decimal as a plain JSON string (``"7000"``, ``"9.9"``), or None."""
    return None if value is None else to_plain(value)


_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters (escape codes) and bidi overrides are shown
    as ``\\u....`` instead of acting on the screen."""
    return "".join(
        f"\\u{ord(ch):04x}" if (unicodedata.category(ch) == "Cc" and ch not in "\t") or ch in _BIDI else ch
        for ch in text
    )


def dump_json(data: Any, out: TextIO) -> None:
    """Write ``data`` as readable UTF-8 JSON."""
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _width(text: str) -> int:
    """Display width: combining marks take no column (text is NFC, but be safe)."""
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _cut(text: str, width: int) -> str:
    return text if _width(text) <= width else text[: max(width - 1, 0)] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO, right: Sequence[int] = (), limit: dict[int, int] | None = None) -> None:
    """Print rows as an aligned text table; ``right`` lists right-aligned columns."""
    limit = limit or {}
    # Names and notes come from people and bundles: escape codes must not act on the terminal.
    cells = [[_cut(printable(c), limit.get(i, 10_000)) for i, c in enumerate(r)] for r in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, v in enumerate(values):
            pad = " " * (widths[i] - _width(v))
            parts.append(pad + v if i in right else v + pad)
        return "  ".join(parts).rstrip()

    out.write(line(headers) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write(line(r) + "\n")


def rule_json(rule: TargetRule) -> dict[str, Any]:
    """A stored target rule as JSON (``plan parse`` prints its own shape, ``output.target_json``)."""
    return {
        "kind": rule.kind.value,
        "year": rule.year,
        "value": plain(rule.value),
        "low": plain(rule.low),
        "high": plain(rule.high),
        "baseline_year": rule.baseline_year,
        "per_year": rule.per_year,
        "points": rule.points,
        "measures_change": rule.measures_change,
        "text": rule.text,
        "source": rule.source.value,
        "source_ref": rule.source_ref,
    }


def indicator_json(ind: Indicator, rules: Sequence[TargetRule]) -> dict[str, Any]:
    """An indicator with its rules as JSON."""
    return {
        "code": ind.code,
        "name": ind.name,
        "group": ind.group,
        "unit": ind.unit,
        "parent": ind.parent_code,
        "direction": ind.direction.value,
        "aggregation": ind.aggregation.value,
        "baseline_value": plain(ind.baseline_value),
        "baseline_year": ind.baseline_year,
        "responsible_office": ind.responsible_office,
        "targets": [rule_json(r) for r in rules],
    }


def value_json(code: str, value: MonthlyValue | None, period: str) -> dict[str, Any]:
    """A month's figure as JSON."""
    return {
        "indicator": code,
        "period": period,
        "value": plain(value.value) if value else None,
        "kind": value.kind.value if value else None,
        "note": value.note if value else None,
        "updated_by": value.updated_by if value else None,
        "updated_at": value.updated_at.isoformat() if value and value.updated_at else None,
    }


def revision_json(rev: Revision) -> dict[str, Any]:
    """One revision as JSON."""
    return {
        "at": rev.at.isoformat(),
        "actor": rev.actor,
        "old_value": plain(rev.old_value),
        "new_value": plain(rev.new_value),
        "old_kind": rev.old_kind.value if rev.old_kind else None,
        "new_kind": rev.new_kind.value,
        "old_note": rev.old_note,
        "new_note": rev.new_note,
        "installation_id": rev.installation_id,
        "seq": rev.seq,
    }


def target_json(target: YearTarget | None) -> dict[str, Any] | None:
    """A year's threshold as JSON."""
    if target is None:
        return None
    return {
        "year": target.year,
        "kind": target.rule.kind.value,
        "text": target.rule.text,
        "direction": target.direction.value,
        "meet": plain(target.meet),
        "exceed": plain(target.exceed),
        "strict": target.strict,
        "qualitative": target.qualitative,
        "derived": target.derived,
        "source": target.source.value,
        "source_ref": target.rule.source_ref,
    }


def evaluation_json(ev: Evaluation) -> dict[str, Any]:
    """One indicator's standing for the period as JSON."""
    ind = ev.indicator
    month = ev.this_month
    return {
        "code": ind.code,
        "name": ind.name,
        "group": ind.group,
        "unit": ind.unit,
        "period": str(ev.period),
        "period_kind": ev.period.kind.value,
        "period_label": ev.period.label,
        "period_value": plain(ev.period_value),
        "period_months": list(ev.period_months),
        "previous_period": plain(ev.previous_period),
        "year_to_date_months": list(ev.ytd_months),
        "year_target_note": ev.target_note,
        "percent_note": ev.percent_note,
        "estimated": ev.estimated,
        "year_complete": ev.complete,
        "period_same_months_last_year": plain(ev.period_last_year),
        "period_change_vs_last_year": plain(ev.period_change_vs_last_year),
        "this_month": plain(month.value) if month else None,
        "value_kind": month.kind.value if month else None,
        "note": month.note if month else None,
        "previous_month": plain(ev.previous_month),
        "year_to_date": plain(ev.actual),
        "last_month_reported": ev.last_month_reported,
        "year_target": target_json(ev.target),
        "percent_of_target": plain(ev.percent_of_target),
        "status": ev.status.value,
        "status_label": ev.status_label,
        "reason": ev.reason,
        "forecast": plain(ev.forecast),
        "same_period_last_year": plain(ev.same_period_last_year),
        "change_vs_last_year": plain(ev.change_vs_last_year),
        "final_target": target_json(ev.final_target),
        "plan_to_date": plain(ev.plan_actual),
        "percent_of_final": plain(ev.percent_of_final),
    }


def _shown(ev: Evaluation, value: Decimal | None) -> str:
    if ev.target is not None and ev.target.qualitative and value is not None:
        return "Đạt" if value != 0 else "Chưa đạt"
    return format_number(value, empty="-")


def target_cell(ev: Evaluation) -> str:
    """The year's target as a table cell: the threshold, ``*`` when derived, or "chưa có KH năm"."""
    if ev.target is None and ev.target_note and ev.in_plan:
        return "chưa có KH năm"
    return threshold_text(ev.target, mark_derived=True)


def status_rows(evaluations: Sequence[Evaluation]) -> list[list[str]]:
    """Rows of the ``kehoach status`` table (see ``status_headers``)."""
    rows = []
    for ev in evaluations:
        change = ev.period_change_vs_last_year
        rows.append(
            [
                ev.indicator.code,
                ev.indicator.name,
                ev.indicator.unit,
                target_cell(ev),
                _shown(ev, ev.period_value),
                _shown(ev, ev.actual),
                format_percent(ev.percent_of_target, empty="-"),
                format_number(ev.forecast, empty="-"),
                "-" if change is None else ("+" if change > 0 else "") + format_percent(change),
                ev.status_label + ("†" if ev.estimated else ""),
            ]
        )
    return rows


def status_headers(period: Period) -> list[str]:
    """Column titles of the ``kehoach status`` table for ``period``."""
    this = "TH tháng" if period.is_month else "TH kỳ"
    return ["Mã", "Chỉ tiêu", "ĐVT", "KH năm", this, "Lũy kế", "% KH", "Ước cả năm", "So cùng kỳ", "Đánh giá"]
