"""The service layer: each use case owns its transaction and says what it changed (no Qt)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kehoach_desktop.domain.access import MonthState, Role
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.services import entry, months
from kehoach_desktop.services.changes import Changes, Outcome
from kehoach_desktop.services.sync import import_changes
from kehoach_desktop.store.queries import find_indicator, get_value
from kehoach_desktop.store.values import ValueEntry
from kehoach_desktop.sync.importer import ImportResult
from kehoach_desktop.sync.merge import CellChange, Summary

MAY = Period(2026, 5)


def test_changes_merge_and_say_whether_anything_changed() -> None:
    figures = Changes.figures({"1", "2"}, MAY) | Changes.figures({"3"}, Period(2026, 4))
    both = figures | Changes(months=frozenset({MAY}), plan=True)
    assert not Changes() and figures and both.plan and both.months == {MAY}
    assert both.cells == {("1", MAY), ("2", MAY), ("3", Period(2026, 4))}
    assert both.by_period() == [(Period(2026, 4), {"3"}), (MAY, {"1", "2"})]
    assert Changes() | Changes() == Changes()
    with pytest.raises(AttributeError):
        both.plan = False  # type: ignore[misc]  # frozen: a record handed to every screen


def _stored(db, plan_id: int) -> D | None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        found = get_value(session, find_indicator(session, plan_id, "2").id, MAY)
        return found.value if found else None


def _admin(db, role: Role = Role.ADMIN):  # type: ignore[no-untyped-def]
    from kehoach_desktop.store.users import create_user

    with db.write() as session:
        return create_user(session, db.installation_id, "test", role.value, "Người thử", role, "Mat-khau-dai-2026")


def test_saving_figures_returns_the_codes_and_the_changes(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    admin = _admin(db)
    typed = D(12345) if _stored(db, plan_id) != D(12345) else D(12346)
    outcome = entry.save_entries(db, plan_id, MAY, [ValueEntry("2", MAY, typed)], admin, accept=True)
    assert isinstance(outcome, Outcome) and outcome.value == ["2"]
    assert outcome.changes == Changes(cells=frozenset({("2", MAY)}))
    again = entry.save_entries(db, plan_id, MAY, [ValueEntry("2", MAY, typed)], admin, accept=True)
    assert again.value == [] and not again.changes  # nothing new: nobody is told to reload
    grid = entry.load_grid(db, plan_id, MAY, admin.username)
    row = next(r for r in grid.rows if r.code == "2")
    assert row.this_month is not None and row.this_month.value == typed == _stored(db, plan_id)


def test_a_refused_save_changes_nothing_and_announces_nothing(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    admin = _admin(db)
    approved = months.approve(db, plan_id, MAY, _admin(db, Role.LEADER))
    assert approved.value.state is MonthState.APPROVED and approved.changes == Changes(months=frozenset({MAY}))
    before = _stored(db, plan_id)
    with pytest.raises(UserError):
        entry.save_entries(db, plan_id, MAY, [ValueEntry("2", MAY, D(999999))], admin, accept=True)
    assert _stored(db, plan_id) == before


def test_an_import_says_which_figures_months_and_plans_it_changed() -> None:
    def cell(code: str, month: int, conflict: bool = False) -> CellChange:
        return CellChange(code, f"Chỉ tiêu {code}", 2026, month, None, D(1), conflict)

    summary = Summary(new_revisions=3, new_month_events=1, plans_updated=1,
                      changes=[cell("1", 5), cell("2", 5)], conflicts=[cell("4", 6, True)], event_months={(2026, 5)})
    changes = import_changes(ImportResult("imported", "b1", "Máy xã", summary))
    assert changes.cells == {("1", MAY), ("2", MAY), ("4", Period(2026, 6))}
    assert changes.months == {MAY} and changes.plan and changes.sync
    assert not import_changes(ImportResult("duplicate", "b1", "Máy xã", summary))
    quiet = import_changes(ImportResult("imported", "b2", "Máy xã", Summary(acks=1)))
    assert not quiet.cells and not quiet.months and not quiet.plan
