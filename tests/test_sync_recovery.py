"""Sync in harder situations: a plan edit racing figures, a PC restored from a backup, two leaders
resolving one locked month, and correctly signed but malformed bundles from a trusted PC."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from kehoach_desktop.domain.access import Role
from kehoach_desktop.domain.model import Group, Indicator, Plan, PlanKind, PlanStatus
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.months import approve_month
from kehoach_desktop.domain.draft import PlanDraft
from kehoach_desktop.store.operations import create_plan, init_commune
from kehoach_desktop.store.plan_edit import save_plan_draft
from kehoach_desktop.store.queries import plan_draft
from kehoach_desktop.store.users import create_user
from kehoach_desktop.sync import container, manifest
from kehoach_desktop.sync.conflicts import list_conflicts, resolve_conflict
from kehoach_desktop.sync.errors import BundleRefused
from kehoach_desktop.sync.importer import import_bundle
from kehoach_desktop.sync.keys import local_keys
from sync_support import PC, figures, make_pc, month_states, plan_id, trust_all


@pytest.fixture
def pair(tmp_path: Path) -> tuple[PC, PC]:
    """A and B of one commune, sharing a three-indicator plan."""
    a, b = make_pc(tmp_path, "A"), make_pc(tmp_path, "B")
    trust_all(a, b)
    draft = PlanDraft(Plan(PlanKind.FIVE_YEAR, 2026, 2030, status=PlanStatus.ADOPTED), [Group("e", "Kinh tế")],
                      [Indicator(c, f"Chỉ tiêu {c}", "tấn", "e") for c in ("1", "2", "3")])
    with a.db.write() as s:
        commune = init_commune(s, a.db.installation_id, "06253", "Xã Thử", None, "t")
        create_plan(s, a.db.installation_id, commune.id, draft, "t")
    assert b.take(a.export(b)) == "imported"
    return a, b


def test_an_indicator_dropped_on_one_pc_while_the_other_enters_it_does_not_block_sync(pair: tuple[PC, PC]) -> None:
    a, b = pair
    b.set("3", "2026-01", "5")
    with a.db.write() as s:  # A has no figure for 3 yet, so its plan edit may drop it
        draft = plan_draft(s, plan_id(a.db))
        save_plan_draft(s, a.db.installation_id, plan_id(a.db),
                        replace(draft, indicators=[i for i in draft.indicators if i.code != "3"]), "a")
    assert b.take(a.export(b)) == "imported"
    assert a.take(b.export(a)) == "imported"  # the figure comes back with its indicator, retired
    b.set("1", "2026-01", "9")
    assert a.take(b.export(a)) == "imported"
    assert figures(a) == figures(b) and len(figures(a)) == 2


def _restore(pc: PC, backup: Path) -> None:
    path = Path(pc.db.url.database)
    pc.db.close()
    shutil.copy(backup, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    pc.db = open_database(str(path))


def _backup(pc: PC, to: Path) -> Path:
    with sqlite3.connect(pc.db.url.database) as source, sqlite3.connect(to) as target:
        source.backup(target)
    return to


def test_a_pc_restored_from_a_backup_gets_back_what_it_lost_and_keeps_saving(pair: tuple[PC, PC], tmp_path: Path) -> None:
    a, b = pair
    backup = _backup(b, tmp_path / "backup.db")
    b.set("1", "2026-01", "10")  # B's change #1, then the disk dies
    a.take(b.export(a))
    a.set("2", "2026-01", "7")
    b.take(a.export(b))
    a.take(b.export(a, kind="ack"))  # A now believes B holds everything
    _restore(b, backup)
    b.set("3", "2026-01", "1")  # its own numbers are never handed out twice, even after a restore
    a.take(b.export(a))  # B's newest bundle says it holds less: A believes it
    assert b.take(a.export(b)) == "imported"
    b.set("2", "2026-01", "8")
    a.take(b.export(a))
    assert figures(a) == figures(b) and len(figures(b)) == 3


def _leader(pc: PC):  # type: ignore[no-untyped-def]
    with pc.db.write() as s:
        return create_user(s, pc.db.installation_id, "t", "lanhdao", "Lãnh đạo", Role.LEADER, "mat-khau-dai-1")


def test_two_leaders_resolving_different_figures_of_a_locked_month_both_keep_their_choice(pair: tuple[PC, PC]) -> None:
    a, b = pair
    for code in ("1", "2"):
        a.set(code, "2026-01", "1")
        b.set(code, "2026-01", "2")
    a.take(b.export(a))
    b.take(a.export(b))
    leaders = {pc.name: _leader(pc) for pc in (a, b)}
    with a.db.write() as s:
        approve_month(s, a.db.installation_id, plan_id(a.db), Period(2026, 1), leaders["A"])
    b.take(a.export(b))
    for pc, code, keep in ((a, "1", 1), (b, "2", 2)):
        with pc.db.write() as s:
            conflict = next(c for c in list_conflicts(s) if c.indicator_code == code)
            version = next(v for v in conflict.versions if v.value == keep)
            resolve_conflict(s, pc.db.installation_id, conflict.indicator_id, 2026, 1,
                             choice=(version.installation_id, version.seq), user=leaders[pc.name])
    a.take(b.export(a))
    b.take(a.export(b))
    assert figures(a) == figures(b) and month_states(a) == month_states(b)
    shown = sorted((value, conflict) for value, _k, _n, conflict in figures(a).values())
    assert shown == [(1, False), (2, False)]


def _signed(a: PC, b: PC, tmp: Path, edit: Callable[[dict, dict], None]) -> Path:
    """A's real bundle to B, with its payload and manifest edited and signed again by A's own key."""
    with zipfile.ZipFile(a.export(b, full=True)) as z:
        entries = {i.filename: z.read(i) for i in z.infolist()}
    raw = json.loads(entries[container.MANIFEST])
    payload = json.loads(entries[container.PAYLOAD])
    edit(raw, payload)
    body = json.dumps(payload).encode()
    raw["payload"].update(sha256=manifest.digest(body), size=len(body))
    data = manifest.encode(raw)
    entries.update({container.PAYLOAD: body, container.MANIFEST: data,
                    container.SIGNATURE: local_keys(a.db.installation_id).sign.sign(data)})
    path = tmp / "signed.kehoach"
    with zipfile.ZipFile(path, "w") as z:
        for name, content in entries.items():
            z.writestr(name, content)
    return path


def _parent_cycle(raw: dict, payload: dict) -> None:
    first, second = payload["plans"][0]["indicators"][:2]
    first["parent"], second["parent"] = second["uid"], first["uid"]


def _huge_figure(raw: dict, payload: dict) -> None:
    payload["revisions"][0][8] = "1E+400"


def _number_shared_by_two_changes(raw: dict, payload: dict) -> None:
    r = payload["revisions"][0]
    payload["month_events"].append([payload["plans"][0]["uid"], r[1], r[2], r[3], r[4], r[5], r[6], "x", "approved", None, {}])
    raw["counts"]["month_events"] = 1


def _knowledge_overflow(raw: dict, payload: dict) -> None:
    raw["knowledge"] = {k: 2**70 for k in raw["knowledge"]}


def _two_targets_one_year(raw: dict, payload: dict) -> None:
    ind = payload["plans"][0]["indicators"][0]
    rule = {"year": 2027, "kind": "at_least", "value": "5", "low": None, "high": None, "baseline_year": None,
            "per_year": False, "points": False, "measures_change": False, "text": ""}
    ind["targets"] = [rule, dict(rule)]


@pytest.mark.parametrize("edit", [_parent_cycle, _huge_figure, _number_shared_by_two_changes, _knowledge_overflow, _two_targets_one_year])
def test_a_trusted_pcs_signed_but_malformed_bundle_is_refused(pair: tuple[PC, PC], tmp_path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    a.set("1", "2026-02", "4")
    before = figures(b)
    with pytest.raises(BundleRefused) as refused:
        import_bundle(b.db, _signed(a, b, tmp_path, edit), actor="b")
    assert refused.value.reason in ("payload", "manifest")
    assert figures(b) == before


def test_numbers_of_a_rolled_back_write_are_handed_out_again(pair: tuple[PC, PC]) -> None:
    """No holes in an installation's numbers: peers count what they hold by them."""
    from kehoach_desktop.store.operations import next_seqs

    a, _b = pair
    with a.db.write() as s:
        _origin, (first,) = next_seqs(s, a.db.installation_id, 1)
    with pytest.raises(RuntimeError), a.db.write() as s:
        next_seqs(s, a.db.installation_id, 5)
        raise RuntimeError("the write fails after taking numbers")
    with a.db.write() as s:
        assert list(next_seqs(s, a.db.installation_id, 1).seqs) == [first + 1]


def test_a_bundle_dated_2099_does_not_stop_learning_what_the_peer_holds(tmp_path: Path) -> None:
    """Issue 17, defect 10: a sender's clock (or a forger) saying 2099 must not freeze what is known of it."""
    from datetime import UTC, datetime

    from kehoach_desktop.store.database import open_database
    from kehoach_desktop.sync.state import learn, peer_knowledge

    db = open_database(str(tmp_path / "k.db"))
    try:
        with db.write() as session:
            learn(session, "peer", {"o": 1}, datetime(2099, 1, 1, tzinfo=UTC))
        with db.write() as session:
            assert learn(session, "peer", {"o": 5}, datetime.now(UTC))
        with db.read() as session:
            assert peer_knowledge(session)["peer"] == {"o": 5}
    finally:
        db.close()
