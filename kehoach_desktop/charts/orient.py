"""The overview's bar length: share of the year's target, oriented so longer is always better.

``Evaluation.percent_of_target`` is literally result / threshold x 100 (DOMAIN.md, evaluation.py).
For a higher-is-better target that is the share achieved. For a lower-is-better target
(poverty rate ``dưới 3%``, ``không quá 04 vụ``) a smaller result is better, so the bar shows
threshold / result x 100: 100% sits exactly on the threshold, a longer bar is better, as for
every other indicator. The direction taken is the *target's* (``YearTarget.direction``), which
follows the rule kind (a reduction is lower-is-better, a growth rate measured as the rate itself
is higher-is-better) and otherwise the indicator's.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..domain.evaluation import Evaluation
from ..domain.model import Direction

_CENT = Decimal("0.01")
HUNDRED = Decimal(100)


def is_lower_better(ev: Evaluation) -> bool:
    """True when a smaller result is the better one for this evaluation's target."""
    if ev.target is not None and not ev.target.qualitative:
        return ev.target.direction is Direction.LOWER
    return ev.indicator.direction is Direction.LOWER


def oriented_percent(ev: Evaluation) -> Decimal | None:
    """The bar length in per cent of the target, larger is better; None when there is none.

    A lower-is-better result of zero (no accidents at all) has no finite ratio: it is given
    ``Decimal('Infinity')`` and drawn at the clip length.
    """
    if ev.percent_of_target is None or ev.target is None or ev.target.meet is None:
        return None
    if ev.actual is None:
        return None
    if not is_lower_better(ev):
        return ev.percent_of_target
    meet, actual = ev.target.meet, ev.actual
    if actual <= 0:
        return Decimal("Infinity") if meet >= 0 else None
    if meet < 0:
        return None
    return (meet * HUNDRED / actual).quantize(_CENT, rounding=ROUND_HALF_UP)
