"""A dishonest PC (issue 17): trust scoped to communes, revocation, forged origins.

Two communes at one province: A works for the demo commune 99001, B for 06999. The province
trusts both; A is dishonest and signs bundles with its own, trusted key.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kehoach_desktop.demo import demo_draft, install_demo
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.sync.errors import BundleRefused
from kehoach_desktop.sync.importer import import_bundle
from sync_support import PC, figures, forge, make_pc, trust_all


@pytest.fixture
def province(tmp_path: Path) -> tuple[PC, PC, PC]:
    """Province P, A (commune 99001), B (commune 06999); P trusts both, each trusts P."""
    p, a, b = make_pc(tmp_path, "P"), make_pc(tmp_path, "A"), make_pc(tmp_path, "B")
    with p.db.write() as session:
        make_province(session, p.db.installation_id, "p", "Tỉnh Thử")
    install_demo(a.db)
    with b.db.write() as session:
        commune = init_commune(session, b.db.installation_id, "06999", "Xã Khác", "Tỉnh Thử", "b")
        create_plan(session, b.db.installation_id, commune.id, demo_draft(), "b")
    b.set("1", "2026-01", "10")
    trust_all(p, a)
    trust_all(p, b)
    assert p.take(a.export(p, full=True)) == "imported"
    assert p.take(b.export(p, full=True)) == "imported"
    return p, a, b


def _next_change_of(origin: str, body: dict[str, Any]) -> None:
    """Keep B's last revision only, renumbered as B's next change, with another figure."""
    index = [i["id"] for i in body["installations"]].index(origin)
    last = max((r for r in body["revisions"] if r[3] == index), key=lambda r: r[4])
    seq = last[4] + 1
    last[4], last[5], last[8] = seq, [[index, seq]], "999"
    body["revisions"] = [last]
    body["month_events"] = []


def test_a_commune_pc_cannot_speak_for_another_commune(province: tuple[PC, PC, PC], tmp_path: Path) -> None:
    p, a, b = province
    before = figures(p)
    forged = forge(a, b.export(p, full=True), tmp_path / "forged.kehoach", lambda body: _next_change_of(b.db.installation_id, body))
    with pytest.raises(BundleRefused) as refused:
        import_bundle(p.db, forged, actor="p")
    assert refused.value.reason == "scope" and "06999" in str(refused.value)
    assert figures(p) == before
    # B's real next change is not taken for stale: the province still converges with B.
    b.set("1", "2026-01", "12")
    assert p.take(b.export(p)) == "imported"
    assert {k: v for k, v in figures(p).items() if k in figures(b)} == figures(b)


def test_a_pc_cannot_write_under_another_communes_pc(province: tuple[PC, PC, PC], tmp_path: Path) -> None:
    """A's own commune, but a change claiming B's installation as its origin."""
    p, a, b = province
    base = a.export(p, full=True)
    b_id = b.db.installation_id

    def edit(body: dict[str, Any]) -> None:
        body["installations"].append({"id": b_id, "name": "B"})
        rev = list(body["revisions"][0])
        rev[3], rev[4], rev[5], rev[8] = len(body["installations"]) - 1, 2, [[len(body["installations"]) - 1, 2]], "5"
        body["revisions"] = [rev]
        body["month_events"] = []

    before = figures(p)
    with pytest.raises(BundleRefused) as refused:
        import_bundle(p.db, forge(a, base, tmp_path / "origin.kehoach", edit), actor="p")
    assert refused.value.reason == "origin" and "B" in str(refused.value)
    assert figures(p) == before
    b.set("1", "2026-01", "12")
    assert p.take(b.export(p)) == "imported"
    assert figures(p)[next(k for k in figures(b) if k[1:] == (2026, 1) and figures(b)[k][0] == Decimal("12"))][0] == Decimal("12")


def test_a_new_origin_belongs_to_the_commune_it_first_wrote(province: tuple[PC, PC, PC], tmp_path: Path) -> None:
    """An installation the province has no key for (a commune office's second PC) is accepted through its
    commune's PC; the same id in another commune's bundle is then refused."""
    p, a, b = province
    stranger = "0d5a4c2e-0000-4000-8000-00000000abcd"

    def claim(body: dict[str, Any]) -> None:
        body["installations"].append({"id": stranger, "name": "Máy thứ hai"})
        rev = list(body["revisions"][0])
        at = len(body["installations"]) - 1
        rev[3], rev[4], rev[5], rev[8] = at, 1, [[at, 1]], "5"
        body["revisions"] = [rev]
        body["month_events"] = []

    assert p.take(forge(a, a.export(p, full=True), tmp_path / "a2.kehoach", claim)) == "imported"
    with pytest.raises(BundleRefused) as refused:
        import_bundle(p.db, forge(b, b.export(p, full=True), tmp_path / "b2.kehoach", claim), actor="p")
    assert refused.value.reason == "origin"


def test_revoked_key_is_not_trusted_again_by_a_fingerprint(province: tuple[PC, PC, PC]) -> None:
    """Issue 17, defect 5: --accept-key (or «Có») never undoes a revocation; key trust does."""
    from kehoach_desktop.sync.export import own_public_key
    from kehoach_desktop.sync.trust import revoke_key, trust_key

    p, a, _b = province
    with p.db.write() as session:
        revoke_key(session, p.db.installation_id, a.db.installation_id, "admin")
    a.set("1", "2026-02", "4")
    bundle = a.export(p)
    key = own_public_key(a.db)
    with pytest.raises(BundleRefused) as refused:
        import_bundle(p.db, bundle, actor="p", accept_fingerprint=key.fingerprint)
    assert refused.value.reason == "revoked_key" and "quản trị viên" in str(refused.value)
    with p.db.write() as session:
        trust_key(session, p.db.installation_id, key, "admin")
    assert p.take(bundle) == "imported"


def test_a_key_without_a_commune_is_trusted_for_one_by_an_admin(tmp_path: Path) -> None:
    """A key file written before its PC had a commune speaks for no commune until an admin names one."""
    import io

    from kehoach_desktop.cli import main

    p, a = make_pc(tmp_path, "P"), make_pc(tmp_path, "A")
    with p.db.write() as session:
        make_province(session, p.db.installation_id, "p", "Tỉnh Thử")
    assert main(["key", "export", "--db", str(a.db.url.database), "--out", str(tmp_path / "a.khoa")], io.StringIO()) == 0
    install_demo(a.db)
    trust_all(a, p)  # A trusts P; P trusts the key A wrote before it had a commune:
    out = io.StringIO()
    assert main(["key", "trust", "--db", str(p.db.url.database), str(tmp_path / "a.khoa")], out) == 0
    assert "--commune" in out.getvalue()
    with pytest.raises(BundleRefused) as refused:
        import_bundle(p.db, a.export(p, full=True), actor="p")
    assert refused.value.reason == "scope"
    out = io.StringIO()
    assert main(["key", "trust", "--db", str(p.db.url.database), str(tmp_path / "a.khoa"), "--commune", "99001"], out) == 0
    assert "xã 99001" in out.getvalue()
    assert p.take(a.export(p, full=True)) == "imported"
