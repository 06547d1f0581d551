"""Two PCs doing the same thing apart (issue 17): the same edit twice, the same plan set up twice."""

from __future__ import annotations

from pathlib import Path

from kehoach_desktop.demo import install_demo
from sync_support import PC, figures, make_pc, trust_all


def _pair(tmp: Path) -> tuple[PC, PC]:
    a, b = make_pc(tmp, "A"), make_pc(tmp, "B")
    install_demo(a.db)
    trust_all(a, b)
    assert b.take(a.export(b)) == "imported"
    return a, b


def test_the_same_edit_made_on_two_pcs_is_not_a_conflict(tmp_path: Path) -> None:
    """Issue 17, defect 10: two officers typing the same official figure apart agree; nothing to choose."""
    a, b = _pair(tmp_path)
    a.set("1", "2026-04", "250", note="số chính thức")
    b.set("1", "2026-04", "250", note="số chính thức")
    a.set("2", "2026-04", "7")
    b.set("2", "2026-04", "8")
    assert b.take(a.export(b)) == "imported"
    assert a.take(b.export(a)) == "imported"
    assert figures(a) == figures(b)
    conflicts = [k for k, v in figures(a).items() if v[3]]
    assert len(conflicts) == 1 and conflicts[0][1:] == (2026, 4)  # only the different figures wait for a leader


def _default_uid(pc: PC) -> str:
    from kehoach_desktop.store.queries import current_plan

    with pc.db.read() as session:
        return current_plan(session).uid


def test_two_pcs_that_set_up_the_same_plan_end_with_one(tmp_path: Path) -> None:
    """Issue 17, defect 3: the default plan is the same everywhere; the copy is found, joined (its figures
    moved), retired, and that travels."""
    from decimal import Decimal

    from kehoach_desktop.store.plan_join import join_plan, plan_twins

    a, b = make_pc(tmp_path, "A"), make_pc(tmp_path, "B")
    install_demo(a.db)
    install_demo(b.db)  # the same plan set up again on the second PC
    b.set("1", "2026-11", "555", note="chỉ B có")
    b.set("2", "2026-03", "4321")  # differs from A's demo figure
    trust_all(a, b)
    assert b.take(a.export(b)) == "imported"
    assert a.take(b.export(a)) == "imported"
    assert _default_uid(a) == _default_uid(b)  # was each PC showing the other's copy
    with b.db.read() as session:
        (on_b,) = plan_twins(session)
    with a.db.read() as session:
        (twin,) = plan_twins(session)
    assert twin.keep_uid == on_b.keep_uid == _default_uid(a) and twin.other_uid == on_b.other_uid
    with a.db.write() as session:
        result = join_plan(session, a.db.installation_id, twin.other_id, twin.keep_id, "a")
    assert result.moved == 1 and result.same > 10
    assert [(d.code, d.year, d.month) for d in result.differ] == [("2", 2026, 3)]
    with a.db.read() as session:
        assert plan_twins(session) == []
    assert b.take(a.export(b)) == "imported"
    with b.db.read() as session:
        assert plan_twins(session) == []
    assert figures(a) == figures(b)
    shown = {k[1:]: v for k, v in figures(b).items() if v[2] == "chỉ B có"}
    assert {k: v[0] for k, v in shown.items()} == {(2026, 11): Decimal("555")}


def test_join_refuses_plans_that_are_not_twins(tmp_path: Path) -> None:
    import pytest

    from kehoach_desktop.domain.errors import UserError
    from kehoach_desktop.store.plan_join import join_plan

    a, _b = _pair(tmp_path)
    from sync_support import plan_id

    before = figures(a)
    with pytest.raises(UserError):
        with a.db.write() as session:
            join_plan(session, a.db.installation_id, plan_id(a.db), plan_id(a.db), "a")
    assert figures(a) == before
