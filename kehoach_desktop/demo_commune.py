"""Generated communes: the demo plan with each commune's own figures, for province testing.

``kehoach demo --commune-code C --commune-name N [--seed S]`` makes one. The plan is the demo's
(same indicators and wording), but sizes differ per commune: flows, herds and counts are scaled,
rates moved a few points, and each commune reports its months on its own days (some after the
deadline), with its own last month reported, last official month, submitted and approved months.
Everything comes from ``random.Random`` seeded with the seed and the commune code (a string seed
is hashed with SHA-512, so the same arguments give the same commune on every machine and run).

Figures are written through ``store.values.save_values`` like the demo's; only their dates are
then set to the day the commune is supposed to have recorded them, so the province's
completeness matrix has realistic on-time and late cells.
"""

from __future__ import annotations

import uuid

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .demo import BASELINE_YEAR, DEMO_YEAR, LAST_MONTH, demo_draft, demo_entries
from .domain.access import MonthState, Role, User
from .domain.draft import PlanDraft
from .domain.errors import UserError
from .domain.model import RuleKind, TargetRule, ValueKind
from .domain.periods import Period
from .store.database import Database
from .store.operations import create_plan, init_commune
from .store.schema import CommuneRow, Installation, IndicatorRow, MonthEventRow, MonthStatusRow, RevisionRow, ValueRow
from .store.values import ValueEntry, save_values

#: Rule kinds whose figures are amounts of the indicator's unit (scaled with the commune's size).
_AMOUNT_RULES = {
    RuleKind.AT_LEAST, RuleKind.AT_MOST, RuleKind.EQUAL, RuleKind.CUMULATIVE, RuleKind.MAINTAIN,
    RuleKind.LESS_THAN, RuleKind.MORE_THAN, RuleKind.RANGE,
}
#: Units that are counts of a fixed list (criteria, villages) or no unit: never scaled.
_FIXED_UNITS = {"", "%", "tiêu chí", "thôn", "sản phẩm"}


@dataclass(frozen=True)
class CommuneProfile:
    """What the seed decided for one commune."""

    scale: Decimal
    shift: Decimal
    last_month: int
    last_official: int
    last_approved: int
    last_submitted: int
    #: Day of the month on which each month of the demo year was recorded (may pass the 25th).
    days: tuple[int, ...]


def profile(seed: int, code: str) -> CommuneProfile:
    """The commune's generated character, the same for the same seed and code."""
    rng = random.Random(f"kehoach-demo|{seed}|{code}")
    scale = Decimal(str(round(rng.uniform(0.4, 2.5), 2)))
    shift = Decimal(str(round(rng.uniform(-6, 6), 1)))
    last_month = rng.choice((LAST_MONTH, LAST_MONTH, LAST_MONTH, LAST_MONTH - 1, LAST_MONTH - 2))
    last_official = max(0, last_month - rng.choice((1, 2, 3)))
    last_approved = max(0, last_official - rng.choice((0, 1, 2, 4)))
    last_submitted = min(last_official, last_approved + rng.choice((0, 1, 1, 2)))
    days = tuple(rng.choice((8, 12, 15, 18, 20, 22, 24, 25, 27, 28)) for _ in range(12))
    return CommuneProfile(scale, shift, last_month, last_official, last_approved, last_submitted, days)


def _like(value: Decimal, example: Decimal) -> Decimal:
    """``value`` rounded to ``example``'s number of decimals."""
    exponent = example.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def generated_draft(seed: int, code: str) -> PlanDraft:
    """The demo plan with amounts scaled to the commune's size (rates and fixed lists unchanged)."""
    draft, p = demo_draft(), profile(seed, code)
    scaled = {i.code for i in draft.indicators if i.unit.lower() not in _FIXED_UNITS}
    indicators = [
        replace(i, baseline_value=_like(i.baseline_value * p.scale, i.baseline_value))
        if i.code in scaled and i.baseline_value is not None else i
        for i in draft.indicators
    ]

    def scale(value: Decimal | None) -> Decimal | None:
        return None if value is None else _like(value * p.scale, value)

    rules: dict[str, Sequence[TargetRule]] = {
        c: tuple(
            replace(r, value=scale(r.value), low=scale(r.low), high=scale(r.high))
            if c in scaled and r.kind in _AMOUNT_RULES else r
            for r in rules
        )
        for c, rules in draft.rules.items()
    }
    return replace(draft, indicators=indicators, rules=rules)


def generated_entries(seed: int, code: str) -> list[ValueEntry]:
    """The demo's figures made this commune's: scaled or shifted, cut at its last month reported."""
    p, draft = profile(seed, code), demo_draft()
    units = {i.code: i.unit.lower() for i in draft.indicators}
    rng = random.Random(f"kehoach-demo-figures|{seed}|{code}")
    entries: list[ValueEntry] = []
    for entry in demo_entries():
        year, month = entry.period.year, entry.period.month
        if year == DEMO_YEAR and month > p.last_month:
            continue
        value, unit = entry.value, units[entry.code]
        if value is not None and unit == "%":
            value = max(Decimal(0), min(Decimal(100), _like(value + p.shift, value)))
        elif value is not None and unit not in _FIXED_UNITS:
            noise = Decimal(str(round(rng.uniform(0.9, 1.1), 3)))
            value = _like(value * p.scale * noise, value)
        kind = ValueKind.OFFICIAL if year == BASELINE_YEAR or month <= p.last_official else ValueKind.ESTIMATE
        entries.append(replace(entry, value=value, kind=kind))
    return entries


def _recorded_at(p: CommuneProfile, month: int, later: int = 0) -> datetime:
    """When the commune recorded month ``month`` of the demo year (``later`` days after, capped)."""
    return datetime(DEMO_YEAR, month, min(28, p.days[month - 1] + later), 9, 30, tzinfo=timezone.utc)


def install_generated(
    db: Database, code: str, name: str, seed: int = 1, province: str | None = None, actor: str = "demo",
    denominators: bool = False,
) -> int:
    """Add a generated commune with its plan and figures; return the plan's id.

    Into an empty database (a commune's office) or a province's (which holds many communes);
    one transaction, so a refusal or an error leaves the database as it was. ``denominators``:
    the rates also get the commune's households and population (``DENOMINATORS``), so the
    province recomputes their totals.
    """
    with db.write() as session:
        installation = db.installation_id
        existing = session.scalars(select(CommuneRow).where(CommuneRow.code == code.strip())).first()
        if existing is not None and existing.plans:
            raise UserError(f"Xã mã {code.strip()} đã có số liệu trong cơ sở dữ liệu này; hãy dùng mã khác.", "commune-code")
        held = session.scalars(select(CommuneRow)).first()
        local = session.get(Installation, installation)
        if held is not None and (local is None or local.scope != "province"):
            raise UserError(
                "Cơ sở dữ liệu này đã có một xã. Dữ liệu mẫu của một xã khác chỉ thêm được vào cơ sở dữ liệu "
                "trống hoặc của máy tổng hợp cấp tỉnh («kehoach province --db ...»).",
                "db",
            )
        if local is not None and local.scope == "province":
            # A province's PC never writes communes' figures as its own (they would travel back as
            # the commune's): the generated commune's data are those of a PC of that commune, as if
            # its bundles had arrived.
            installation = _commune_pc(session, code, seed)
        # A commune of the province's list (no figures yet) keeps its official name.
        row = existing or init_commune(session, installation, code, name, province, actor)
        draft = generated_draft(seed, code)
        ref = f"Nghị quyết số 05/NQ-HĐND ngày 20/12/2025 của HĐND {row.name} (dữ liệu mẫu)"
        draft = replace(draft, plan=replace(draft.plan, resolution_ref=ref))
        plan = create_plan(session, installation, row.id, draft, actor)
        save_values(session, installation, plan.id, generated_entries(seed, code), actor, accept_warnings=True)
        p = profile(seed, code)
        _date_figures(session, plan.id, p)
        _month_states(session, installation, plan.id, p, actor)
        if denominators:
            _denominators(session, installation, plan.id, p, actor)
        return plan.id


#: The demo's rates and averages with what they are a share of, and a commune of scale 1's figure
#: (a commune of ~1.850 households and ~7.200 people; rural population four fifths of it).
DENOMINATORS: dict[str, tuple[str, str, int]] = {
    "3": ("Dân số", "người", 7200),
    "11": ("Tổng số hộ", "hộ", 1850),
    "14": ("Dân số", "người", 7200),
    "18": ("Tổng số hộ", "hộ", 1850),
    "21": ("Dân số nông thôn", "người", 5760),
}


def _denominators(session: Session, installation: str, plan_id: int, p: CommuneProfile, actor: str) -> None:
    """The commune's households and population of the demo year, scaled to its size."""
    from .store.denominators import set_denominator

    for code, (label, unit, base) in DENOMINATORS.items():
        value = (Decimal(base) * p.scale).to_integral_value(rounding=ROUND_HALF_UP)
        set_denominator(session, installation, plan_id, code, actor, label=label, unit=unit, year=DEMO_YEAR,
                        value=value)


def commune_pc_id(code: str, seed: int) -> str:
    """The installation id of a generated commune's own PC (deterministic per code and seed)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kehoach-demo-commune:{code.strip()}:{seed}"))


def _commune_pc(session: Session, code: str, seed: int) -> str:
    """The generated commune's own (non-local) PC on a province's database, made once."""
    pc_id = commune_pc_id(code, seed)
    if session.get(Installation, pc_id) is None:
        session.add(Installation(id=pc_id, name=f"Máy mẫu xã {code.strip()}", is_local=False, scope="commune"))
        session.flush()
    return pc_id


def _date_figures(session, plan_id: int, p: CommuneProfile) -> None:  # type: ignore[no-untyped-def]
    """Date each month's figures on the commune's day (the baseline year: January 2026)."""
    ids = select(IndicatorRow.id).where(IndicatorRow.plan_id == plan_id).scalar_subquery()
    base = datetime(DEMO_YEAR, 1, 10, 9, 0, tzinfo=timezone.utc)
    for table, column in ((RevisionRow, RevisionRow.at), (ValueRow, ValueRow.updated_at)):
        session.execute(
            update(table).where(table.indicator_id.in_(ids), table.year == BASELINE_YEAR).values({column: base})
        )
        for month in range(1, p.last_month + 1):
            session.execute(
                update(table)
                .where(table.indicator_id.in_(ids), table.year == DEMO_YEAR, table.month == month)
                .values({column: _recorded_at(p, month)})
            )


def _month_states(session, installation: str, plan_id: int, p: CommuneProfile, actor: str) -> None:  # type: ignore[no-untyped-def]
    """Submit and approve the commune's months as its profile says, dated after its figures."""
    from .store import months

    leader = User(id=0, username=actor, full_name=actor, role=Role.LEADER)
    for month in range(1, p.last_submitted + 1):
        period = Period(DEMO_YEAR, month)
        # The generator acts for the commune's own officer and leader; there are no accounts yet.
        months._change(session, installation, plan_id, period, leader, MonthState.SUBMITTED, None)
        if month <= p.last_approved:
            months._change(session, installation, plan_id, period, leader, MonthState.APPROVED, None)
        for table, column in ((MonthStatusRow, MonthStatusRow.changed_at), (MonthEventRow, MonthEventRow.at)):
            session.execute(
                update(table).where(table.plan_id == plan_id, table.year == DEMO_YEAR, table.month == month)
                .values({column: _recorded_at(p, month, 2)})
            )
