"""A dishonest PC among honest ones, in any order (issue 17's property test).

Province P; A (commune 99001) and B (06999) honest; D a trusted PC of A's commune that only forges:
B's commune's figures, a change under B's own id, and approvals by an officer. Whatever the order,
every forgery is refused with P unchanged, or kept without effect (an officer's approval), and after
the honest PCs' bundles P holds exactly each commune's figures.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kehoach_desktop.demo import demo_draft, install_demo
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.sync.errors import BundleRefused
from kehoach_desktop.sync.importer import import_bundle
from sync_support import PC, figures, make_pc, month_states, trust_all
from sync_support import forge

steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.sampled_from("AB"), st.sampled_from(("1", "2")), st.integers(1, 3), st.integers(1, 9)),
        st.tuples(st.just("send"), st.sampled_from("AB"), st.booleans()),
        st.tuples(st.just("forge"), st.sampled_from(("commune", "origin", "approval"))),
    ),
    min_size=1, max_size=10,
)


def _snapshot(pc: PC) -> bytes:
    path = Path(pc.db.url.database)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


def _setup(tmp: Path) -> dict[str, PC]:
    pcs = {n: make_pc(tmp, n) for n in "PABD"}
    with pcs["P"].db.write() as session:
        make_province(session, pcs["P"].db.installation_id, "p", "Tỉnh Thử")
    install_demo(pcs["A"].db)
    with pcs["B"].db.write() as session:
        commune = init_commune(session, pcs["B"].db.installation_id, "06999", "Xã Khác", "Tỉnh Thử", "b")
        create_plan(session, pcs["B"].db.installation_id, commune.id, demo_draft(), "b")
    trust_all(pcs["A"], pcs["D"])
    assert pcs["D"].take(pcs["A"].export(pcs["D"], full=True)) == "imported"
    for n in "ABD":
        trust_all(pcs["P"], pcs[n])
    for n in "AB":
        assert pcs["P"].take(pcs[n].export(pcs["P"], full=True)) == "imported"
    return pcs


def _own_change(origin_pc: PC, signer: PC, base: Path, out: Path, state: str | None = None) -> Path:
    """``base`` keeping only a new change (a figure, or a month event in ``state`` by an officer) numbered
    after everything of ``origin_pc`` in it, signed by ``signer``."""
    def edit(body: dict[str, Any]) -> None:
        ids = [i["id"] for i in body["installations"]]
        if origin_pc.db.installation_id not in ids:
            body["installations"].append({"id": origin_pc.db.installation_id, "name": origin_pc.name})
            ids.append(origin_pc.db.installation_id)
        me = ids.index(origin_pc.db.installation_id)
        seq = 1 + max([r[4] for r in body["revisions"] if r[3] == me] + [e[4] for e in body["month_events"] if e[3] == me] + [0])
        plan_uid = body["plans"][0]["uid"]
        if state is None:
            uid = body["plans"][0]["indicators"][0]["uid"]
            rev = [uid, 2026, 1, me, seq, [[me, seq]], "2026-02-01T00:00:00+00:00", "x", "777", "estimate", None, None, None, None]
            body["revisions"], body["month_events"] = [rev], []
        else:
            body["revisions"] = []
            body["month_events"] = [[plan_uid, 2026, 1, me, seq, [[me, seq]], "2026-02-01T00:00:00+00:00", "canbo",
                                     state, None, {}, "officer"]]

    return forge(signer, base, out, edit)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps)
def test_forgeries_never_change_the_province(plan: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pcs = _setup(tmp)
        p, b, d = pcs["P"], pcs["B"], pcs["D"]
        made = 0
        try:
            for step in plan:
                if step[0] == "edit":
                    _, who, code, month, value = step
                    pcs[who].set(code, f"2026-{month:02d}", str(value))
                elif step[0] == "send":
                    _, who, delivered = step
                    bundle = pcs[who].export(p)
                    if delivered:
                        p.take(bundle)
                else:
                    made += 1
                    out = tmp / f"forged-{made}.kehoach"
                    kind = step[1]
                    before = _snapshot(p)
                    if kind == "approval":
                        forged = _own_change(d, d, d.export(p, full=True), out, "approved")
                        states = month_states(p)
                        try:
                            import_bundle(p.db, forged, actor="p")  # kept, held: the month does not change
                        except BundleRefused as exc:
                            assert exc.reason == "stale"  # the same forgery again: nothing new
                        assert month_states(p) == states
                        continue
                    if kind == "commune":
                        forged = _own_change(b, d, b.export(p, full=True), out)
                    else:  # A's commune, under B's id
                        forged = _own_change(b, d, d.export(p, full=True), out)
                    with pytest.raises(BundleRefused) as refused:
                        import_bundle(p.db, forged, actor="p")
                    assert refused.value.reason == ("scope" if kind == "commune" else "origin")
                    assert _snapshot(p) == before
            for who in "AB":
                p.take(pcs[who].export(p))
            held = figures(p)
            for who in "AB":
                mine = figures(pcs[who])
                assert {k: v for k, v in held.items() if k in mine} == mine
        finally:
            for pc in pcs.values():
                pc.db.close()
