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
