"""Sync bundles end to end through the core: export, import, merge, conflicts, approvals, keys."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.months import approve_month, reopen_month
from kehoach_desktop.sync.conflicts import list_conflicts, resolve_conflict
from kehoach_desktop.sync.errors import BundleRefused
from kehoach_desktop.sync.export import own_public_key
from kehoach_desktop.sync.importer import import_bundle, preview_bundle
from kehoach_desktop.sync.verify import open_bundle
from sync_support import PC, figures, make_pc, month_states, plan_id, trust_all


@pytest.fixture
def office(tmp_path: Path, plan_db) -> tuple[PC, PC]:  # type: ignore[no-untyped-def]
    """Two PCs of one commune (the first on each backend), sharing the plan through a bundle."""
    db, _plan = plan_db
    a = PC("A", db, tmp_path / "A")
    a.folder.mkdir()
    b = make_pc(tmp_path, "B")
    trust_all(a, b)
    assert b.take(a.export(b)) == "imported"
    return a, b


def test_full_bundle_carries_plan_and_figures(office: tuple[PC, PC]) -> None:
    a, b = office
    a.set("1", "2026-03", "1234.5", note="ước")
    assert b.take(a.export(b)) == "imported"
    assert figures(a) == figures(b)
    (value, _kind, note, conflict), = figures(b).values()
    assert value == Decimal("1234.5") and note == "ước" and not conflict


def test_same_bundle_twice_is_a_no_op(office: tuple[PC, PC]) -> None:
    a, b = office
    a.set("1", "2026-03", "7")
    bundle = a.export(b)
    assert b.take(bundle) == "imported"
    assert b.take(bundle) == "duplicate"
    assert figures(a) == figures(b)


def test_incremental_export_starts_after_what_the_peer_acknowledged(office: tuple[PC, PC]) -> None:
    a, b = office
    a.set("1", "2026-03", "7")
    b.take(a.export(b))
    assert open_bundle(b.export(a, kind="ack")).manifest.kind == "ack"
    a.take(b.folder / f"B-{b.made}.kehoach")
    a.set("2", "2026-03", "3")
    counts = open_bundle(a.export(b)).manifest.counts
    assert counts["revisions"] == 1  # only the new figure: the first was acknowledged
    full = open_bundle(a.export(b, full=True)).manifest.counts
    assert full["revisions"] == 2


def test_concurrent_edits_are_kept_listed_once_and_resolved_by_a_revision_that_syncs(office: tuple[PC, PC]) -> None:
    a, b = office
    a.set("1", "2026-04", "10")
    b.set("1", "2026-04", "20")
    b.take(a.export(b))
    a.take(b.export(a))
    assert figures(a) == figures(b)
    with a.db.read() as session:
        conflicts = list_conflicts(session)
    assert len(conflicts) == 1
    (conflict,) = conflicts
    assert sorted(v.value for v in conflict.versions) == [10, 20]
    assert sum(v.shown for v in conflict.versions) == 1
    keep = next(v for v in conflict.versions if v.value == 10)
    with a.db.write() as session:
        resolve_conflict(session, a.db.installation_id, conflict.indicator_id, 2026, 4,
                         choice=(keep.installation_id, keep.seq), user=LEADER_A(a))
    b.take(a.export(b))
    assert figures(a) == figures(b)
    (value, _k, _n, flag), = figures(b).values()
    assert value == 10 and not flag
    with b.db.read() as session:
        assert list_conflicts(session) == []


def LEADER_A(pc: PC):  # type: ignore[no-untyped-def]
    """A leader account on ``pc`` (resolution checks the stored role)."""
    from kehoach_desktop.domain.access import Role
    from kehoach_desktop.store.users import create_user

    with pc.db.write() as session:
        return create_user(session, pc.db.installation_id, "test", "lanhdao", "Lãnh Đạo", Role.LEADER, "matkhau-dai-123")


def test_an_approved_month_survives_an_older_conflicting_bundle(office: tuple[PC, PC]) -> None:
    a, b = office
    a.set("1", "2026-05", "50")
    b.take(a.export(b))
    b.set("1", "2026-05", "99")  # the officer on B edits, not knowing A is approving
    leader = LEADER_A(a)
    with a.db.write() as session:
        approve_month(session, a.db.installation_id, plan_id(a.db), Period(2026, 5), leader)
    preview = preview_bundle(a.db, b.export(a))
    assert preview.status == "new" and len(preview.summary.conflicts) == 1
    a.take(b.folder / f"B-{b.made}.kehoach")
    (value, _k, _n, flag), = figures(a).values()
    assert value == 50 and flag  # the approved figure stays; the late one waits for the leader
    b.take(a.export(b))
    assert figures(a) == figures(b) and month_states(a) == month_states(b)
    with a.db.read() as session:
        (conflict,) = list_conflicts(session)
    assert conflict.locked
    late = next(v for v in conflict.versions if v.value == 99)
    with a.db.write() as session:
        resolve_conflict(session, a.db.installation_id, conflict.indicator_id, 2026, 5,
                         choice=(late.installation_id, late.seq), user=leader)
    b.take(a.export(b))
    assert figures(a) == figures(b) and month_states(a)[next(iter(month_states(a)))] == "approved"
    (value, _k, _n, flag), = figures(b).values()
    assert value == 99 and not flag


def test_reopening_brings_a_late_figure_back_into_play(office: tuple[PC, PC]) -> None:
    a, b = office
    a.set("2", "2026-06", "4")
    b.take(a.export(b))
    leader = LEADER_A(a)
    with a.db.write() as session:
        approve_month(session, a.db.installation_id, plan_id(a.db), Period(2026, 6), leader)
    b.set("2", "2026-06", "3.5")  # knows the 4, not the approval: it replaces it once reopened
    a.take(b.export(a))
    assert next(iter(figures(a).values()))[0] == 4
    with a.db.write() as session:
        reopen_month(session, a.db.installation_id, plan_id(a.db), Period(2026, 6), leader, "Sửa số liệu chính thức")
    value, _k, _n, flag = next(iter(figures(a).values()))
    assert value == Decimal("3.5") and not flag


def test_encrypted_bundle_opens_only_on_its_recipient(tmp_path: Path, office: tuple[PC, PC]) -> None:
    a, b = office
    c = make_pc(tmp_path, "C")
    trust_all(a, b, c)
    a.set("1", "2026-03", "7")
    sealed = a.export(b, encrypt=True)
    assert b"1234" not in sealed.read_bytes() and open_bundle(sealed).encrypted
    with pytest.raises(BundleRefused) as refused:
        c.take(sealed)
    assert refused.value.reason == "recipient"
    assert b.take(sealed) == "imported"


def test_unknown_key_is_trusted_only_with_its_fingerprint(tmp_path: Path, office: tuple[PC, PC]) -> None:
    a, _b = office
    c = make_pc(tmp_path, "C")
    bundle = a.export()
    with pytest.raises(BundleRefused) as refused:
        c.take(bundle)
    assert refused.value.reason == "unknown_key" and refused.value.sender.fingerprint in str(refused.value)
    with pytest.raises(BundleRefused):
        import_bundle(c.db, bundle, actor="c", accept_fingerprint="0000 0000")
    fingerprint = own_public_key(a.db).fingerprint
    result = import_bundle(c.db, bundle, actor="c", accept_fingerprint=fingerprint.replace(" ", "").lower())
    assert result.status == "imported" and figures(c) == figures(a)


def test_two_pcs_and_a_province_end_with_the_same_figures_in_any_order(tmp_path: Path, office: tuple[PC, PC]) -> None:
    from kehoach_desktop.store.commune_edit import make_province

    a, b = office
    p = make_pc(tmp_path, "P")
    with p.db.write() as session:
        make_province(session, p.db.installation_id, "test")
    trust_all(a, b, p)
    a.set("1", "2026-01", "100")
    b.set("2", "2026-01", "4.2")
    to_p = [a.export(p), b.export(p)]
    b.take(a.export(b))
    a.take(b.export(a))
    a.set("3", "2026-02", "52100")
    to_p.append(a.export(p))
    for bundle in reversed(to_p):  # the province gets the files out of order, one twice
        p.take(bundle)
    p.take(to_p[0])
    b.take(a.export(b))
    assert figures(a) == figures(b) == figures(p)
    assert len(figures(p)) == 3
