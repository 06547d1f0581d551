"""Sync at a province's scale: thousands of installations (issue 17, defect 2).

A province holds 168 communes with several PCs each (the country 3,321 communes); the synthetic
origins here stand for them: 10,000 installations, each with one change of another commune.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from kehoach_desktop.demo import demo_draft, install_demo
from kehoach_desktop.domain.model import ValueKind
from kehoach_desktop.store.bulk import bulk_insert
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.operations import create_plan
from kehoach_desktop.store.schema import CommuneRow, IndicatorRow, Installation, PeerKnowledgeRow, RevisionRow
from kehoach_desktop.sync.collect import collect
from kehoach_desktop.sync.verify import open_bundle
from sync_support import PC, make_pc, trust_all

N = 10_000


def _province_with_many_installations(tmp: Path) -> tuple[PC, list[str], int]:
    """A province PC holding commune 06999 with one change from each of N installations."""
    p = make_pc(tmp, "P")
    origins = [str(uuid.uuid4()) for _ in range(N)]
    with p.db.write() as session:
        make_province(session, p.db.installation_id, "p", "Tỉnh Thử")
        other = CommuneRow(code="06999", name="Xã Khác", province="Tỉnh Thử")
        session.add(other)
        session.flush()
        plan = create_plan(session, p.db.installation_id, other.id, demo_draft(), "p")
        cells = [
            (ind, year, month)
            for ind in session.scalars(select(IndicatorRow.id).where(IndicatorRow.plan_id == plan.id))
            for year in range(2026, 2031) for month in range(1, 13)
        ]
        bulk_insert(session, Installation.__table__, [
            {"id": o, "name": f"Máy {i}", "is_local": False, "last_seq": 0, "scope": "commune",
             "created_at": datetime(2026, 1, 1, tzinfo=UTC)}
            for i, o in enumerate(origins)
        ])
        bulk_insert(session, RevisionRow.__table__, [
            {"indicator_id": cells[i % len(cells)][0], "year": cells[i % len(cells)][1], "month": cells[i % len(cells)][2],
             "old_value": None, "new_value": Decimal(i), "old_kind": None, "new_kind": ValueKind.ESTIMATE,
             "old_note": None, "new_note": None, "actor": "x", "at": datetime(2026, 2, 1, tzinfo=UTC),
             "installation_id": o, "seq": 1, "vv": f'{{"{o}":1}}'}
            for i, o in enumerate(origins)
        ])
        other_id = other.id
    return p, origins, other_id


def test_incremental_bundles_with_ten_thousand_installations(tmp_path: Path) -> None:
    p, origins, other_id = _province_with_many_installations(tmp_path)
    a = make_pc(tmp_path, "A")
    install_demo(a.db)
    trust_all(a, p)
    assert p.take(a.export(p, full=True)) == "imported"
    back = p.export(a)  # the province's bundle to A says what the province holds
    assert open_bundle(back).manifest.ranges == {}  # nothing of A's commune A lacks
    assert a.take(back) == "imported"
    a.set("1", "2026-05", "77")
    bundle = a.export(p)  # was "Expression tree is too large (maximum depth 1000)"
    assert open_bundle(bundle).manifest.counts["revisions"] == 1
    assert p.take(bundle) == "imported"
    assert open_bundle(p.export(a)).manifest.counts["revisions"] == 0

    # A PC of commune 06999 that holds every origin but one: exactly that one change goes to it.
    with p.db.write() as session:
        bulk_insert(session, PeerKnowledgeRow.__table__, [
            {"peer_id": "c", "origin_id": o, "seq": 1, "as_of": datetime(2026, 3, 1, tzinfo=UTC)} for o in origins[1:]
        ])
    with p.db.read() as session:
        from kehoach_desktop.sync.state import peer_knowledge

        since = peer_knowledge(session)["c"]
        got = collect(session, other_id, since)
        assert got.counts["revisions"] == 1 and got.payload["installations"][0]["id"] == origins[0]
        assert len(collect(session, other_id, None).payload["revisions"]) == N


def test_knowledge_sent_to_a_commune_names_only_its_origins(tmp_path: Path) -> None:
    """A province's bundle to one commune does not list the other communes' installations."""
    p, origins, _ = _province_with_many_installations(tmp_path)
    a = make_pc(tmp_path, "A")
    install_demo(a.db)
    trust_all(a, p)
    p.take(a.export(p, full=True))
    knowledge = open_bundle(p.export(a)).manifest.knowledge
    assert set(knowledge) == {a.db.installation_id} and len(origins) == N


def test_a_bundle_from_ten_thousand_installations_imports(tmp_path: Path) -> None:
    """A new PC of the big commune takes the province's full bundle, then an incremental one."""
    from sync_support import figures

    p, origins, _ = _province_with_many_installations(tmp_path)
    c = make_pc(tmp_path, "C")
    trust_all(c, p)
    full = p.export(c, full=True, commune_code="06999")
    assert open_bundle(full).manifest.counts["revisions"] == N
    assert c.take(full) == "imported"
    assert len(figures(c)) > 0
    assert open_bundle(c.export(p)).manifest.counts["revisions"] == 0  # nothing the province lacks
    with c.db.read() as session:
        from kehoach_desktop.sync.state import holdings

        assert len(holdings(session)) == N


def test_a_province_of_168_communes_with_three_pcs_each_and_10000_installations(tmp_path: Path) -> None:
    """The issue's "done when": 168 communes x 3 PCs, synthetic installations up to 10,000, and a commune
    PC's incremental bundles both ways."""
    from kehoach_desktop.sync.state import holdings

    p = make_pc(tmp_path, "P")
    communes, origins = 168, []
    with p.db.write() as session:
        make_province(session, p.db.installation_id, "p", "Tỉnh Thử")
        rows = []
        for n in range(communes):
            commune = CommuneRow(code=f"{10000 + n}", name=f"Xã {n}", province="Tỉnh Thử")
            session.add(commune)
            session.flush()
            plan = create_plan(session, p.db.installation_id, commune.id, demo_draft(), "p")
            indicators = list(session.scalars(select(IndicatorRow.id).where(IndicatorRow.plan_id == plan.id)))
            per_commune = (N - 3 * communes) // communes + 3  # three real PCs, then synthetic ones
            for k in range(per_commune):
                origin = str(uuid.uuid4())
                origins.append(origin)
                for seq in (1, 2):  # two edits of one cell each
                    rows.append({
                        "indicator_id": indicators[k % len(indicators)], "year": 2026, "month": 1 + k % 12,
                        "old_value": None, "new_value": Decimal(seq), "old_kind": None, "new_kind": ValueKind.ESTIMATE,
                        "old_note": None, "new_note": None, "actor": "x", "at": datetime(2026, 2, seq, tzinfo=UTC),
                        "installation_id": origin, "seq": seq, "vv": f'{{"{origin}":{seq}}}'})
        bulk_insert(session, Installation.__table__, [
            {"id": o, "name": "", "is_local": False, "last_seq": 2, "scope": "commune", "created_at": datetime(2026, 1, 1, tzinfo=UTC)}
            for o in origins
        ])
        bulk_insert(session, RevisionRow.__table__, rows)
    assert len(origins) >= N - communes
    a = make_pc(tmp_path, "A")
    install_demo(a.db)
    trust_all(a, p)
    assert p.take(a.export(p, full=True)) == "imported"
    assert a.take(p.export(a)) == "imported"
    for value in ("71", "72"):
        a.set("1", "2026-06", value)
        bundle = a.export(p)
        assert open_bundle(bundle).manifest.counts["revisions"] == 1
        assert p.take(bundle) == "imported"
        back = p.export(a)
        assert open_bundle(back).manifest.counts["revisions"] == 0
        assert a.take(back) == "imported"
    with p.db.read() as session:
        assert len(holdings(session)) == len(origins) + 1
