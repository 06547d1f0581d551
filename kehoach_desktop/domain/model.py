"""The plan's vocabulary as plain Python: communes, plans, indicators, targets, monthly values.

Nothing here knows about a database or a screen; the store maps these to tables and the GUI
shows them. Every quantity is a ``Decimal``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


#: The national 5-year plan cycle under way (2026-2030): the years assumed, and said to be assumed,
#: only where no plan tells them (a document that names no years, an editor before a plan loads).
CURRENT_CYCLE = range(2026, 2031)


class PlanKind(str, enum.Enum):
    """A 5-year plan (2026-2030) or one year's plan."""

    FIVE_YEAR = "five_year"
    ANNUAL = "annual"


class PlanStatus(str, enum.Enum):
    """A plan is a draft until an officer has reviewed and adopted it."""

    DRAFT = "draft"
    ADOPTED = "adopted"


class Direction(str, enum.Enum):
    """Whether more of the indicator is better (harvest) or less (poverty rate)."""

    HIGHER = "higher"
    LOWER = "lower"


class Aggregation(str, enum.Enum):
    """How months combine into a year: a flow is summed, a stock takes its latest value."""

    FLOW = "flow"
    STOCK = "stock"


class RuleKind(str, enum.Enum):
    """Every form of target seen in real resolutions (see DOMAIN.md)."""

    AT_LEAST = "at_least"  # ≥ 7.000 tấn, trên 96%, đạt 90% trở lên
    MORE_THAN = "more_than"  # > 10%
    AT_MOST = "at_most"  # ≤, không quá
    LESS_THAN = "less_than"  # dưới 3%
    RANGE = "range"  # 35 - 40%
    EQUAL = "equal"  # a plain figure: 9.450 triệu đồng
    MAINTAIN = "maintain"  # duy trì tỷ lệ che phủ rừng 45,38%
    RATIO = "ratio"  # 41/41 thôn
    GROWTH_VS_BASELINE = "growth_vs_baseline"  # so với năm 2025 tăng 42%
    AVG_ANNUAL_GROWTH = "avg_annual_growth"  # tăng bình quân hằng năm 10%
    REDUCTION = "reduction"  # giảm ... hằng năm 5%, giảm 1,5 điểm
    CUMULATIVE = "cumulative"  # thành lập mới 20 doanh nghiệp (over the plan period)
    MULTIPLE_OF_BASELINE = "multiple_of_baseline"  # tăng 0,7 lần so với năm 2015
    QUALITATIVE = "qualitative"  # giữ vững xã đạt chuẩn an toàn (met / not met)


#: Rule kinds whose target is a level reached from the baseline by a rate.
RATE_RULES = frozenset(
    {
        RuleKind.GROWTH_VS_BASELINE,
        RuleKind.AVG_ANNUAL_GROWTH,
        RuleKind.REDUCTION,
        RuleKind.MULTIPLE_OF_BASELINE,
    }
)


class TargetSource(str, enum.Enum):
    """Where a year's target comes from; a derived one is worked out, never stored."""

    PLAN = "plan"  # the 5-year resolution's own wording (a level, "hằng năm", a year it names)
    ANNUAL = "annual"  # the annual resolution or annual plan (Nghị quyết / Kế hoạch năm)
    TYPED = "typed"  # typed by an officer (screen, CLI, the Excel sheet of year targets)
    PROVINCE = "province"  # sent by the province in a bundle
    DERIVED = "derived"  # worked out from the 5-year target on the path from the baseline


class ValueKind(str, enum.Enum):
    """A month's figure is first an estimate (ước thực hiện), later the official one."""

    ESTIMATE = "estimate"
    OFFICIAL = "official"


class Status(str, enum.Enum):
    """The seven status words officers use (DOMAIN.md); nothing else is ever shown."""

    EXCEEDED = "exceeded"
    MET = "met"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    AT_RISK = "at_risk"
    MISSED = "missed"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        """The Vietnamese word officers use for this status."""
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.EXCEEDED: "Vượt",
    Status.MET: "Đạt",
    Status.ON_TRACK: "Đúng tiến độ",
    Status.BEHIND: "Chậm tiến độ",
    Status.AT_RISK: "Có nguy cơ không đạt",
    Status.MISSED: "Chưa đạt",
    Status.NO_DATA: "Chưa có số liệu",
}


#: Units counted in whole things: their figures and targets are whole numbers.
COUNT_UNITS = frozenset(
    {
        "con", "người", "lượt người", "lượt khách", "lượt", "hộ", "thôn", "bản", "trường",
        "doanh nghiệp", "hợp tác xã", "htx", "sản phẩm", "căn", "đàn", "lao động", "tiêu chí",
        "vụ", "cái", "công trình", "tuyến", "tuyến phố", "tuyến đường", "phòng học", "đảng viên", "xã", "khu phố", "tổ", "cơ sở", "trạm", "nhà",
    }
)


@dataclass(frozen=True)
class Commune:
    """An administrative unit (xã / phường) with its official code."""

    code: str
    name: str
    province: str | None = None


@dataclass(frozen=True)
class TargetRule:
    """How an indicator's target is written, for one year or (``year`` None) the whole plan.

    ``value`` is the main figure; ``low``/``high`` the bounds of a range or the parts of a ratio
    (``41/41`` gives value 41, low 41, high 41). ``per_year`` marks ``hằng năm`` targets that hold
    every year; ``points`` marks a growth or reduction written in percentage points rather than
    per cent; ``baseline_year`` is the comparison year of growth, reduction and multiple rules.
    ``measures_change`` says the recorded figure is the rate itself (``Tốc độ tăng trưởng``,
    ``Tỷ lệ giảm hộ nghèo``) rather than the level the rate applies to.
    """

    kind: RuleKind
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    baseline_year: int | None = None
    per_year: bool = False
    points: bool = False
    measures_change: bool = False
    year: int | None = None
    text: str = ""
    #: Where the rule comes from (``DERIVED`` is never stored) and which document said so.
    source: TargetSource = TargetSource.PLAN
    source_ref: str | None = None


@dataclass(frozen=True)
class Denominator:
    """What a rate or share is a share of (``Tổng số hộ``, unit ``hộ``) and its figure per year.

    A commune states it once a year: households and population are counted once a year (the
    year-end poverty review, the yearly population figures), and a rate's months within a year
    share that year's denominator. ``values`` are (year, figure) pairs, in year order.
    """

    label: str
    unit: str
    values: tuple[tuple[int, Decimal], ...] = ()

    def for_year(self, year: int) -> tuple[int, Decimal] | None:
        """(year, figure) of ``year``, else of the latest year before it; None when there is none."""
        earlier = [(y, v) for y, v in self.values if y <= year]
        return max(earlier) if earlier else None


@dataclass(frozen=True)
class Indicator:
    """One key indicator (chỉ tiêu) of a plan, possibly a sub-indicator of another."""

    code: str
    name: str
    unit: str = ""
    group: str = ""
    parent_code: str | None = None
    direction: Direction = Direction.HIGHER
    aggregation: Aggregation = Aggregation.STOCK
    baseline_value: Decimal | None = None
    baseline_year: int | None = None
    responsible_office: str | None = None
    id: int | None = None
    #: For a rate or share: its denominator and the commune's figure of it per year (None: none).
    denominator: Denominator | None = None

    @property
    def is_percent(self) -> bool:
        """True when the indicator is a rate in per cent."""
        return self.unit.strip() == "%"

    @property
    def is_count(self) -> bool:
        """True when the unit counts whole things (con, hộ, thôn, doanh nghiệp...)."""
        return self.unit.strip().lower() in COUNT_UNITS


@dataclass(frozen=True)
class Group:
    """A section of the plan's indicator list (economy, society, ...)."""

    key: str
    title: str


@dataclass(frozen=True)
class Plan:
    """A 5-year or annual plan of one commune, adopted by a resolution."""

    kind: PlanKind
    start_year: int
    end_year: int
    title: str | None = None
    resolution_ref: str | None = None
    source_text: str | None = None
    status: PlanStatus = PlanStatus.DRAFT
    id: int | None = None

    @property
    def years(self) -> range:
        """The calendar years the plan covers."""
        return range(self.start_year, self.end_year + 1)


@dataclass(frozen=True)
class MonthlyValue:
    """The figure recorded for one indicator and one calendar month."""

    year: int
    month: int
    value: Decimal | None
    kind: ValueKind = ValueKind.ESTIMATE
    note: str | None = None
    updated_by: str | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class IndicatorData:
    """Everything evaluation needs to know about one indicator, read in one go."""

    indicator: Indicator
    plan: Plan
    rules: tuple[TargetRule, ...] = ()
    values: tuple[MonthlyValue, ...] = field(default=())


@dataclass(frozen=True)
class Revision:
    """One recorded change to a month's figure."""

    at: datetime
    actor: str
    old_value: Decimal | None
    new_value: Decimal | None
    old_kind: ValueKind | None
    new_kind: ValueKind
    old_note: str | None
    new_note: str | None
    installation_id: str
    seq: int
