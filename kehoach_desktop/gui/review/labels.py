"""Words the review screen shows for rule kinds, directions, aggregations and review flags.

English source text, translated through the ``ReviewLabels`` context; each call is written out
literally so ``pyside6-lupdate`` finds every string.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ...domain.model import Aggregation, Direction, RuleKind, TargetRule
from ...domain.numbers import format_number


def rule_kind_labels() -> dict[RuleKind, str]:
    """A label for each of the 14 rule kinds, in the order the editor lists them."""
    return {
        RuleKind.AT_LEAST: QCoreApplication.translate("ReviewLabels", "At least (≥)"),
        RuleKind.MORE_THAN: QCoreApplication.translate("ReviewLabels", "More than (>)"),
        RuleKind.AT_MOST: QCoreApplication.translate("ReviewLabels", "At most (≤)"),
        RuleKind.LESS_THAN: QCoreApplication.translate("ReviewLabels", "Less than (<)"),
        RuleKind.RANGE: QCoreApplication.translate("ReviewLabels", "Range (from - to)"),
        RuleKind.EQUAL: QCoreApplication.translate("ReviewLabels", "Equal to a figure"),
        RuleKind.MAINTAIN: QCoreApplication.translate("ReviewLabels", "Maintain a level"),
        RuleKind.RATIO: QCoreApplication.translate("ReviewLabels", "Ratio (a out of b)"),
        RuleKind.GROWTH_VS_BASELINE: QCoreApplication.translate("ReviewLabels", "Growth compared with a base year"),
        RuleKind.AVG_ANNUAL_GROWTH: QCoreApplication.translate("ReviewLabels", "Average annual growth"),
        RuleKind.REDUCTION: QCoreApplication.translate("ReviewLabels", "Reduction"),
        RuleKind.CUMULATIVE: QCoreApplication.translate("ReviewLabels", "New over the plan period (cumulative)"),
        RuleKind.MULTIPLE_OF_BASELINE: QCoreApplication.translate("ReviewLabels", "Multiple of the base year"),
        RuleKind.QUALITATIVE: QCoreApplication.translate("ReviewLabels", "Qualitative (met or not met)"),
    }


def direction_labels() -> dict[Direction, str]:
    """Labels of the two directions."""
    return {
        Direction.HIGHER: QCoreApplication.translate("ReviewLabels", "Higher is better"),
        Direction.LOWER: QCoreApplication.translate("ReviewLabels", "Lower is better"),
    }


def aggregation_labels() -> dict[Aggregation, str]:
    """Labels of the two ways months combine into a year."""
    return {
        Aggregation.FLOW: QCoreApplication.translate("ReviewLabels", "Flow: months are added up"),
        Aggregation.STOCK: QCoreApplication.translate("ReviewLabels", "Level or rate: the latest month counts"),
    }


def flag_label(flag: str) -> str:
    """A short name of a review flag (the flag itself when unknown)."""
    labels = {
        "ambiguous_number": QCoreApplication.translate("ReviewLabels", "Ambiguous number"),
        "unit_inferred": QCoreApplication.translate("ReviewLabels", "Unit inferred"),
        "unit_missing": QCoreApplication.translate("ReviewLabels", "Unit missing"),
        "target_unparsed": QCoreApplication.translate("ReviewLabels", "Target not read"),
        "multiple_targets": QCoreApplication.translate("ReviewLabels", "Several targets"),
        "approximate": QCoreApplication.translate("ReviewLabels", "Approximate figure"),
        "legacy_encoding": QCoreApplication.translate("ReviewLabels", "Old font encoding"),
        "baseline_missing": QCoreApplication.translate("ReviewLabels", "Baseline level missing"),
        "unit_is_change": QCoreApplication.translate("ReviewLabels", "% is the growth, not the unit"),
        "no_year_path": QCoreApplication.translate("ReviewLabels", "No yearly target"),
        "low_confidence": QCoreApplication.translate("ReviewLabels", "Maybe not a target"),
        "list_heading_missing": QCoreApplication.translate("ReviewLabels", "No list heading found"),
        "plan_years_uncertain": QCoreApplication.translate("ReviewLabels", "Plan years uncertain"),
    }
    return labels.get(flag, flag)


def flag_explanation(flag: str) -> str:
    """What a review flag asks the officer to check."""
    texts = {
        "ambiguous_number": QCoreApplication.translate("ReviewLabels", "The number could be read two ways (for example 19,655); it was read "
            "Vietnamese style. Check it against the document."),
        "unit_inferred": QCoreApplication.translate("ReviewLabels", "The document gives no unit; it was inferred (% for a rate, or what "
            "the indicator's name counts). Check it against the document."),
        "unit_missing": QCoreApplication.translate("ReviewLabels", "The figure has no unit and none could be inferred: enter the unit."),
        "target_unparsed": QCoreApplication.translate("ReviewLabels", "No figure could be read as the target; the text was kept as a qualitative "
            "target. Enter the target if there is one."),
        "multiple_targets": QCoreApplication.translate("ReviewLabels", "The item states more than one target figure; check that the right one "
            "was taken, and add year targets if needed."),
        "approximate": QCoreApplication.translate("ReviewLabels", "The document gives an approximate figure (about...); it was taken as the target."),
        "legacy_encoding": QCoreApplication.translate("ReviewLabels", "The file used an old Vietnamese font encoding (TCVN3/VNI) and was converted; "
            "check the text against the original."),
        "baseline_missing": QCoreApplication.translate("ReviewLabels", "The target is a growth or reduction from a baseline year, but the "
            "document gives no baseline level: enter the baseline (or the months of the baseline year), or mark that the "
            "indicator records the rate itself. Without it the year's target cannot be worked out."),
        "unit_is_change": QCoreApplication.translate("ReviewLabels", "The % read is the growth asked for, not the unit the monthly figure "
            "is recorded in: enter the indicator's own unit (for example million dong per person per year)."),
        "no_year_path": QCoreApplication.translate("ReviewLabels", "The target is a level to reach by the plan's last year and there is "
            "no baseline to split it into yearly steps: enter the baseline or each year's target (annual plan). "
            "Until then the year is judged only on its path to the final target."),
        "low_confidence": QCoreApplication.translate("ReviewLabels", "The sentence reads like news or a review of results rather than "
            "a target; delete the item if it is not one of the plan's indicators."),
        "list_heading_missing": QCoreApplication.translate("ReviewLabels", "No heading announcing the list of indicators was found; "
            "check that every item read is really a target of the plan."),
        "plan_years_uncertain": QCoreApplication.translate("ReviewLabels", "The document does not state the plan's kind and years "
            "plainly; check the plan's years before confirming."),
    }
    return texts.get(flag, flag)


def number(value: Decimal | None) -> str:
    """A figure as officers write it (``1.234,5``); empty for None."""
    return format_number(value, empty="")


def describe_rule(rule: TargetRule | None, unit: str = "") -> str:
    """A short summary of a target from its figures (``≥ 7.000 tấn``, ``35 - 40 %``)."""
    if rule is None:
        return ""
    u = f" {unit}" if unit else ""
    v, lo, hi = number(rule.value), number(rule.low), number(rule.high)
    amount = f"{v}{u}"
    if rule.kind is RuleKind.REDUCTION and rule.value is None and rule.low is not None:
        amount = f"{lo} - {hi}{u}"  # a reduction written as a range (0,5 - 1%)
    translate = QCoreApplication.translate
    worded = {
        RuleKind.AT_LEAST: f"≥ {amount}",
        RuleKind.MORE_THAN: f"> {amount}",
        RuleKind.AT_MOST: f"≤ {amount}",
        RuleKind.LESS_THAN: f"< {amount}",
        RuleKind.RANGE: f"{lo} - {hi}{u}",
        RuleKind.RATIO: f"{v}/{hi}{u}",
        RuleKind.EQUAL: amount,
        RuleKind.MAINTAIN: translate("ReviewLabels", "maintain %1"),
        RuleKind.CUMULATIVE: translate("ReviewLabels", "%1 new over the period"),
        RuleKind.GROWTH_VS_BASELINE: translate("ReviewLabels", "up %1 on %2"),
        RuleKind.AVG_ANNUAL_GROWTH: translate("ReviewLabels", "up %1 a year on average"),
        RuleKind.REDUCTION: translate("ReviewLabels", "down %1"),
        RuleKind.MULTIPLE_OF_BASELINE: translate("ReviewLabels", "%1 times the base year"),
        RuleKind.QUALITATIVE: translate("ReviewLabels", "qualitative target"),
    }
    base = str(rule.baseline_year) if rule.baseline_year else ""
    text = worded[rule.kind].replace("%1", amount.strip()).replace("%2", base)
    if rule.per_year and rule.kind is not RuleKind.QUALITATIVE:
        text += translate("ReviewLabels", " every year")
    return text.strip()
