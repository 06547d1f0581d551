"""The overview: every indicator of the plan judged at the end of a period, for the charts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.evaluation import Evaluation, evaluate
from ..domain.model import Group, IndicatorData
from ..domain.periods import Period

if TYPE_CHECKING:
    from ..store.database import Database


@dataclass(frozen=True)
class OverviewData:
    """The plan read and judged for one period ."""

    plan_id: int
    period: Period
    data: tuple[IndicatorData, ...]
    groups: tuple[Group, ...]
    evaluations: tuple[Evaluation, ...]

    def index_of(self, code: str) -> int:
        """The position of indicator ``code``, or -1."""
        return next((i for i, d in enumerate(self.data) if d.indicator.code == code), -1)

    @property
    def with_percent(self) -> int:
        """How many indicators have a percentage of their target (one bar each)."""
        return sum(1 for e in self.evaluations if e.percent_of_target is not None)


def load_overview(db: Database, plan_id: int, period: Period) -> OverviewData:
    """Read the plan and judge every indicator at the end of ``period``."""
    from ..store.queries import groups, load_plan_data

    with db.read() as session:
        data = load_plan_data(session, plan_id)
        plan_groups = groups(session, plan_id)
    return OverviewData(
        plan_id, period, tuple(data), tuple(plan_groups), tuple(evaluate(d, period) for d in data)
    )
