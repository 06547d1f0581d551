"""Month locks enforced on arrival (issue 17, defect 6): an approval or reopening counts only from
a role that may do it, and a reopening only with its reason; anything else waits for the leader."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kehoach_desktop.demo import install_demo
from kehoach_desktop.domain.access import Role
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.months import approve_month
from kehoach_desktop.sync.importer import import_bundle, preview_bundle
from sync_support import PC, figures, make_pc, month_states, plan_id, trust_all
from sync_support import forge

MAY = Period(2026, 5)


@pytest.fixture
def office(tmp_path: Path) -> tuple[PC, PC]:
    """A (leader approved May 2026 with figure 40 for indicator 1), B holding all of it."""
    from kehoach_desktop.store.users import create_user

    a, b = make_pc(tmp_path, "A"), make_pc(tmp_path, "B")
    install_demo(a.db)
    trust_all(a, b)
    a.set("1", "2026-05", "40")
    with a.db.write() as session:
        leader = create_user(session, a.db.installation_id, "test", "lanhdao", "Lãnh Đạo", Role.LEADER, "matkhau-dai-123")
        approve_month(session, a.db.installation_id, plan_id(a.db), MAY, leader)
    assert b.take(a.export(b)) == "imported"
    return a, b


def _reopen_and_change(b: PC, role: str | None, reason: str | None) -> Any:
    """B's bundle with a reopening of May (by ``role``) and a new figure 99 that knows everything."""
    def edit(body: dict[str, Any]) -> None:
        ids = [i["id"] for i in body["installations"]]
        if b.db.installation_id not in ids:
            body["installations"].append({"id": b.db.installation_id, "name": "B"})
            ids.append(b.db.installation_id)
        me = ids.index(b.db.installation_id)
        may = [e for e in body["month_events"] if (e[1], e[2]) == (2026, 5)]
        rev = max((r for r in body["revisions"] if (r[1], r[2]) == (2026, 5)), key=lambda r: r[6])
        seen: dict[int, int] = {}
        for row in [*may, rev]:
            for idx, seq in row[5]:
                seen[idx] = max(seen.get(idx, 0), seq)
        seq = 1
        event = [may[0][0], 2026, 5, me, seq, sorted({**seen, me: seq}.items()), "2026-06-01T00:00:00+00:00",
                 "canbo", "open", reason, {}]
        if role is not None:
            event.append(role)
        change = list(rev)
        change[3], change[4], change[5], change[6], change[7], change[8] = (
            me, seq + 1, sorted({**seen, me: seq + 1}.items()), "2026-06-01T00:01:00+00:00", "canbo", "99")
        body["month_events"] = [*body["month_events"], event]
        body["revisions"] = [*body["revisions"], change]

    return edit


@pytest.mark.parametrize("role, reason", [("officer", "Sửa số liệu chính thức"), ("leader", None), ("leader", "")])
def test_a_reopening_without_a_leader_or_a_reason_waits_for_the_leader(
    office: tuple[PC, PC], tmp_path: Path, role: str, reason: str | None
) -> None:
    a, b = office
    forged = forge(b, b.export(a, full=True), tmp_path / "reopen.kehoach", _reopen_and_change(b, role, reason))
    seen = preview_bundle(a.db, forged)
    assert len(seen.summary.held_events) == 1 and seen.summary.held_events[0].month == 5
    result = import_bundle(a.db, forged, actor="a")
    assert [(h.year, h.month, h.state) for h in result.summary.held_events] == [(2026, 5, "open")]
    assert set(month_states(a).values()) == {"approved"}
    values = [v for k, v in figures(a).items() if k[1:] == (2026, 5) and v[0] in (Decimal("40"), Decimal("99"))]
    assert [(v[0], v[3]) for v in values] == [(Decimal("40"), True)]  # kept, the late 99 listed for the leader


def test_a_leaders_reopening_with_its_reason_counts(office: tuple[PC, PC], tmp_path: Path) -> None:
    a, b = office
    forged = forge(b, b.export(a, full=True), tmp_path / "ok.kehoach", _reopen_and_change(b, "leader", "Sửa số liệu chính thức"))
    result = import_bundle(a.db, forged, actor="a")
    assert result.summary.held_events == []
    assert set(month_states(a).values()) == {"open"}
    assert Decimal("99") in {v[0] for k, v in figures(a).items() if k[1:] == (2026, 5)}


def test_the_cli_says_what_was_not_applied(office: tuple[PC, PC], tmp_path: Path) -> None:
    import io

    from kehoach_desktop.cli import main

    a, b = office
    forged = forge(b, b.export(a, full=True), tmp_path / "cli.kehoach", _reopen_and_change(b, "officer", None))
    out = io.StringIO()
    assert main(["bundle", "import", "--db", str(a.db.url.database), str(forged), "--dry-run"], out) == 0
    assert "Không áp dụng: mở lại tháng 05/2026 của canbo (cán bộ)" in out.getvalue()
    assert set(month_states(a).values()) == {"approved"}
