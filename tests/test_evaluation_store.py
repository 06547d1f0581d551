"""The evaluation table again, stored and read back on SQLite and PostgreSQL: same statuses."""

from __future__ import annotations

from dataclasses import replace

from kehoach_desktop.domain.evaluation import evaluate
from kehoach_desktop.domain.model import Group, PlanStatus
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.domain.draft import PlanDraft
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.store.queries import load_plan_data
from kehoach_desktop.store.values import ValueEntry, save_values
from evaluation_support import CASES, PLAN


def _stored(db, cases) -> list:  # type: ignore[no-untyped-def]
    """Each case's indicator stored in one plan with its rules and figures, then read back."""
    indicators, rules, entries = [], {}, []
    for number, (_, data, _, _) in enumerate(cases, start=1):
        code = str(number)
        indicators.append(replace(data.indicator, code=code, group="g"))
        rules[code] = list(data.rules)
        entries += [ValueEntry(code, Period(v.year, v.month), v.value) for v in data.values]
    draft = PlanDraft(
        plan=replace(PLAN, id=None, status=PlanStatus.ADOPTED), groups=[Group("g", "Nhóm")],
        indicators=indicators, rules=rules,
    )
    with db.write() as s:
        commune = init_commune(s, db.installation_id, "1", "Xã", None, "t")
        plan_id = create_plan(s, db.installation_id, commune.id, draft, "t").id
        save_values(s, db.installation_id, plan_id, entries, "t", accept_warnings=True)
    with db.read() as s:
        stored = load_plan_data(s, plan_id)
    assert len(stored) == len(cases)
    return stored


def test_every_case_survives_the_database(db) -> None:
    for data, (name, original, (year, month), expected) in zip(_stored(db, CASES), CASES):
        assert data.rules == original.rules, name
        assert [(v.year, v.month, v.value) for v in data.values] == [
            (v.year, v.month, v.value) for v in original.values
        ], name
        assert evaluate(data, Period(year, month)).status is expected, name


def test_every_period_case_survives_the_database(db) -> None:
    """Quarters, halves, partial years and year targets of every source, read back from the store."""
    from evaluation_periods_support import CASES as PERIOD_CASES
    from evaluation_periods_support import check

    for data, (name, original, period, expected) in zip(_stored(db, PERIOD_CASES), PERIOD_CASES):
        assert data.rules == original.rules, name  # sources and references kept
        check(evaluate(data, period), expected)
