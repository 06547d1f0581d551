"""A parsed plan as JSON (``kehoach plan parse --json``) and as a draft ready to store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..domain.model import Indicator, Plan, PlanStatus, RuleKind, TargetRule
from ..domain.numbers import to_plain
from ..domain.draft import PlanDraft
from .evaluability import with_evaluability_flags
from .parser import ParsedIndicator, ParsedPlan
from .readers import SourceDocument


def _plain(value: Any) -> str | None:
    return None if value is None else to_plain(value)


def target_json(rule: TargetRule | None) -> dict[str, Any] | None:
    """A target in the importer's JSON shape; a ratio ``41/41`` has value 41 and high 41."""
    if rule is None:
        return None
    return {
        "kind": rule.kind.value,
        "value": _plain(rule.value),
        "low": None if rule.kind is RuleKind.RATIO else _plain(rule.low),
        "high": _plain(rule.high),
        "baseline_year": rule.baseline_year,
        "text": rule.text,
        "per_year": rule.per_year,
        "points": rule.points,
        "measures_change": rule.measures_change,
    }


# Flags that leave the reading itself in doubt (the figure, the unit or the target) make it
# "low"; any other flag (a unit inferred, a second figure, a converted file) "medium".
_DOUBT_FLAGS = frozenset({"target_unparsed", "ambiguous_number", "unit_missing", "low_confidence"})


def confidence(flags: list[str]) -> str:
    """How far the officer can trust a reading as it stands: high, medium or low."""
    if _DOUBT_FLAGS.intersection(flags):
        return "low"
    return "medium" if flags else "high"


def indicator_json(ind: ParsedIndicator) -> dict[str, Any]:
    """One indicator with its children, as ``plan parse --json`` prints it."""
    return {
        "code": ind.code,
        "name": ind.name,
        "group": ind.group,
        "unit": ind.unit,
        "target": target_json(ind.target),
        "flags": list(ind.flags),
        "confidence": confidence(ind.flags),
        "notes": list(ind.notes),
        "span": [ind.span[0], ind.span[1]],
        "direction": ind.direction.value,
        "aggregation": ind.aggregation.value,
        "children": [indicator_json(c) for c in ind.children],
    }


def plan_json(parsed: ParsedPlan, doc: SourceDocument | None = None) -> dict[str, Any]:
    """The whole parse in the documented shape (extra keys are additions, never renames)."""
    info = parsed.info
    return {
        "plan": {
            "kind": info.kind.value,
            "start_year": info.start_year,
            "end_year": info.end_year,
            "commune": info.commune,
            "title": info.title,
            "flags": list(parsed.flags),
            "warnings": list(parsed.warnings),
            # Per plan field: "low" where the text did not state it plainly (see the warnings).
            "confidence": {
                "kind_years": "low" if "plan_years_uncertain" in parsed.flags else "high",
                "commune": "high" if info.commune and info.commune_sure else "low",
            },
            "source": None if doc is None else {
                "name": doc.name, "format": doc.format, "encoding": doc.encoding, "legacy": doc.legacy,
            },
        },
        "groups": [{"key": g.key, "title": g.title} for g in parsed.groups],
        "indicators": [indicator_json(ind) for ind in parsed.indicators],
    }


def mark_legacy(parsed: ParsedPlan, doc: SourceDocument) -> None:
    """Flag every indicator read from a legacy-encoded (TCVN3/VNI) file, and the plan."""
    if doc.legacy is None:
        return
    parsed.flags.append("legacy_encoding")
    parsed.warnings[:0] = list(doc.warnings)
    for ind in parsed.all_indicators():
        ind.flags.append("legacy_encoding")


def to_draft(parsed: ParsedPlan, source_name: str | None = None) -> PlanDraft:
    """The parse as a draft plan: nothing is adopted until an officer has reviewed it."""
    info = parsed.info
    plan = Plan(
        kind=info.kind, start_year=info.start_year, end_year=info.end_year, title=info.title,
        source_text=parsed.source_text, status=PlanStatus.DRAFT,
    )
    indicators: list[Indicator] = []
    rules: dict[str, Sequence[TargetRule]] = {}
    spans: dict[str, tuple[int, int]] = {}
    flags: dict[str, Sequence[str]] = {}

    def add(ind: ParsedIndicator, parent: str | None) -> None:
        indicators.append(Indicator(
            code=ind.code, name=ind.name or f"Chỉ tiêu {ind.code}", unit=ind.unit or "",
            group=ind.group, parent_code=parent, direction=ind.direction, aggregation=ind.aggregation,
        ))
        if ind.target is not None:
            rules[ind.code] = [ind.target]
        spans[ind.code] = ind.span
        if ind.flags:
            flags[ind.code] = list(dict.fromkeys(ind.flags))
        for child in ind.children:
            add(child, ind.code)

    for ind in parsed.indicators:
        add(ind, None)
    return with_evaluability_flags(PlanDraft(plan, list(parsed.groups), indicators, rules, spans, flags, source_name))


def parse_plan_file(path: str | Path) -> tuple[SourceDocument, ParsedPlan]:
    """Read and parse a .txt/.docx/.pdf plan, legacy encodings marked; UserError for a bad file.

    The one path from a document to a parsed plan: the CLI, the first-run wizard and the plan
    review all call it.
    """
    from .parser import parse_text
    from .readers import read_document

    doc = read_document(path)
    parsed = parse_text(doc.text)
    mark_legacy(parsed, doc)
    return doc, parsed
