"""The overview's bar length: share of the year's target, oriented so longer is always better.

``Evaluation.percent_of_target`` is already oriented (``domain.targets.oriented_percent``): for a
lower-is-better target (poverty rate ``dưới 3%``, ``không quá 04 vụ``) it is threshold / result,
so 100% sits exactly on the threshold and a longer bar is better, as for every other indicator.
The direction taken is the *target's* (``YearTarget.direction``), which follows the rule kind (a
reduction is lower-is-better, a growth rate measured as the rate itself is higher-is-better) and
otherwise the indicator's.
"""

from __future__ import annotations

from decimal import Decimal

from ..domain.evaluation import Evaluation
from ..domain.model import Direction



def is_lower_better(ev: Evaluation) -> bool:
    """True when a smaller result is the better one for this evaluation's target."""
    if ev.target is not None and not ev.target.qualitative:
        return ev.target.direction is Direction.LOWER
    return ev.indicator.direction is Direction.LOWER


def oriented_percent(ev: Evaluation) -> Decimal | None:
    """The bar length in per cent of the target, larger is better; None when there is none.

    The length is ``Evaluation.percent_of_target``, the domain's one oriented percent. A
    lower-is-better result of zero (no accidents at all) has no finite ratio: it is given
    ``Decimal('Infinity')`` and drawn at the clip length.
    """
    if ev.target is None or ev.target.meet is None or ev.actual is None:
        return None
    if ev.percent_of_target is not None:
        return ev.percent_of_target
    if is_lower_better(ev) and ev.actual <= 0 and ev.target.meet >= 0:
        return Decimal("Infinity")
    return None
