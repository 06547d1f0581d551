"""A new PC of a commune office set up from another PC's full bundle (issue 15, gap 2), without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kehoach_desktop.demo import install_demo
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.services.setup import join_office, needs_setup, office_bundle
from kehoach_desktop.store.database import Database
from kehoach_desktop.store.plan_join import plan_twins
from kehoach_desktop.store.schema import CommuneRow, PlanRow, TrustedKeyRow, UserRow
from kehoach_desktop.sync.errors import BundleRefused
from kehoach_desktop.sync.export import own_public_key
from sync_support import PC, figures, make_pc, trust_all


def _rows(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(t)) for t in (UserRow, CommuneRow, PlanRow, TrustedKeyRow)
        )


def _join(pc: PC, path: Path, accept: str | None) -> None:
    join_office(pc.db, path, accept, "NguyenVanBinh", "Nguyễn Văn Bình", "mat-khau-binh")


@pytest.fixture
def office(tmp_path: Path, db_url: str) -> tuple[PC, PC, Path]:
    """PC A with the demo commune and figures, its full bundle, and a new empty PC B (on each backend)."""
    a, b = make_pc(tmp_path, "A"), make_pc(tmp_path, "B", db_url)
    install_demo(a.db)
    return a, b, a.export(full=True)


def test_a_new_pc_takes_the_plan_and_figures_and_syncs_back_without_a_twin(office: tuple[PC, PC, Path]) -> None:
    a, b, bundle = office
    fingerprint = own_public_key(a.db).fingerprint
    with pytest.raises(BundleRefused) as refused:  # the sender must be confirmed by a person first
        office_bundle(b.db, bundle, None)
    assert refused.value.reason == "unknown_key" and refused.value.sender.fingerprint == fingerprint
    seen = office_bundle(b.db, bundle, fingerprint)
    assert (seen.sender_name, seen.fingerprint, seen.commune_code) == ("A", fingerprint, "99001")
    assert len(seen.plans) == 1 and seen.figures == sum(1 for v in figures(a).values() if v[0] is not None) > 0
    assert _rows(b.db) == (0, 0, 0, 0)  # looking wrote nothing

    result = join_office(b.db, bundle, fingerprint, "NguyenVanBinh", "Nguyễn Văn Bình", "mat-khau-binh").value
    assert result.admin.username == "nguyenvanbinh" and result.commune is not None
    assert result.commune.code == "99001" and result.plan_id is not None
    assert not needs_setup(b.db)
    assert figures(b) == figures(a)
    assert b.db.installation_id != a.db.installation_id
    with b.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PlanRow)) == 1
        key = s.get(TrustedKeyRow, a.db.installation_id)
        assert key is not None and key.commune_code == "99001" and key.revoked_at is None

    # B's figure goes back to A (trusting B's key as an admin does), and A still has one plan.
    b.set("1", "2026-11", "777")
    with a.db.write() as s:
        from kehoach_desktop.sync.trust import trust_key

        trust_key(s, a.db.installation_id, own_public_key(b.db), "a")
    assert a.take(b.export(a)) == "imported"
    with a.db.read() as s:
        assert plan_twins(s) == [] and s.scalar(select(func.count()).select_from(PlanRow)) == 1
    assert figures(a) == figures(b)


def test_an_incremental_bundle_is_refused_with_how_to_make_a_full_one(tmp_path: Path) -> None:
    a, b = make_pc(tmp_path, "A"), make_pc(tmp_path, "B")
    install_demo(a.db)
    trust_all(a, b)
    assert b.take(a.export(b)) == "imported"
    assert a.take(b.export(a)) == "imported"  # A learns what B holds
    a.set("1", "2026-11", "5")
    incremental = a.export(b)
    new = make_pc(tmp_path, "C")
    fingerprint = own_public_key(a.db).fingerprint
    for call in (lambda: office_bundle(new.db, incremental, fingerprint), lambda: _join(new, incremental, fingerprint)):
        with pytest.raises(BundleRefused) as refused:
            call()
        assert refused.value.reason == "not_full" and "--full" in str(refused.value)
    assert _rows(new.db) == (0, 0, 0, 0)


def test_a_file_that_is_not_a_bundle_and_a_declined_fingerprint_leave_the_database_empty(
    office: tuple[PC, PC, Path], tmp_path: Path,
) -> None:
    _a, b, bundle = office
    text = tmp_path / "ke-hoach.kehoach"
    text.write_text("không phải gói", encoding="utf-8")
    with pytest.raises(UserError):
        _join(b, text, None)
    with pytest.raises(BundleRefused) as refused:  # the fingerprint not confirmed
        _join(b, bundle, None)
    assert refused.value.reason == "unknown_key"
    with pytest.raises(BundleRefused):  # a fingerprint that is not the sender's
        _join(b, bundle, "0" * 40)
    assert _rows(b.db) == (0, 0, 0, 0)
    assert needs_setup(b.db)


def test_a_weak_password_or_a_pc_already_set_up_refuses_everything(office: tuple[PC, PC, Path]) -> None:
    a, b, bundle = office
    fingerprint = own_public_key(a.db).fingerprint
    with pytest.raises(UserError):
        join_office(b.db, bundle, fingerprint, "binh", "Bình", "123")
    assert _rows(b.db) == (0, 0, 0, 0)  # the key was not trusted either: one transaction
    install_demo(b.db)
    with pytest.raises(UserError, match="Đồng bộ"):
        office_bundle(b.db, bundle, fingerprint)
