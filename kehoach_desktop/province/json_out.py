"""The matrix and the comparison as plain JSON data (decimals as plain strings, dates ISO)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..domain.numbers import to_plain
from .compare import Comparison
from .matrix import Matrix


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else to_plain(value)


def matrix_json(matrix: Matrix) -> dict[str, Any]:
    """One entry per commune with one cell per month, and the rates per month."""
    return {
        "deadline_day": matrix.deadline_day,
        "months": [f"{y}-{m:02d}" for y, m in matrix.months],
        "communes": [
            {
                "code": row.commune.code, "name": row.commune.name, "plan": row.commune.plan_id,
                "received": row.received, "late": row.late,
                "cells": [
                    {"month": f"{c.year}-{c.month:02d}", "state": c.state.value, "label": c.state.label,
                     "received": c.received.isoformat() if c.received else None, "timing": c.timing.value,
                     "on_time": c.timing.value == "on_time" if c.received_any else None,
                     "figures": c.figures, "indicators": c.indicators}
                    for c in row.cells
                ],
            }
            for row in matrix.rows
        ],
        "rates": [
            {"month": f"{r.year}-{r.month:02d}", "expected": r.expected, "received": r.received,
             "on_time": r.on_time, "approved": r.approved, "rate": round(r.rate, 4),
             "on_time_rate": round(r.on_time_rate, 4)}
            for r in matrix.rates
        ],
    }


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    """One entry per commune (in the comparison's order) and the province total with its method."""
    t = comparison.total
    return {
        "indicator": comparison.code, "name": comparison.name, "unit": comparison.unit,
        "period": str(comparison.period),
        "communes": [
            {
                "code": r.commune.code, "name": r.commune.name,
                "target": _plain(r.row.target) if r.row else None,
                "target_text": r.row.target_text if r.row else None,
                "period_value": _plain(r.row.period_value) if r.row else None,
                "actual": _plain(r.row.actual) if r.row else None,
                "percent_of_target": _plain(r.row.percent_of_target) if r.row else None,
                "status": (r.row.status or None) if r.row else None,
                "estimated": r.row.estimated if r.row else None,
                "missing": r.missing or None,
            }
            for r in comparison.rows
        ],
        "total": {
            "summable": t.summable, "target": _plain(t.target), "period_value": _plain(t.period_value),
            "actual": _plain(t.actual), "percent_of_target": _plain(t.percent_of_target),
            "month": t.month, "method": t.method,
        },
    }
