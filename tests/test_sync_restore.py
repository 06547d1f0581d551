"""Issue 17, defect 9: after a restore from a backup, a PC's new edit must not silently replace
the edit the restore made it forget (the two are concurrent: a conflict for the leader)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kehoach_desktop.domain.model import ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store.backup import make_backup, restore
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.values import ValueEntry, save_values
from kehoach_desktop.sync.conflicts import list_conflicts, resolve_conflict
from sync_support import PC, commune_of_pcs, figures, leader, plan_id


def _save(pc: PC, value: str, kind: ValueKind, note: str | None) -> None:
    with pc.db.write() as session:
        save_values(
            session, pc.db.installation_id, plan_id(pc.db),
            [ValueEntry("1", Period(2026, 1), Decimal(value), kind, note, set_note=True)], pc.name, accept_warnings=True,
        )


def _restore(pc: PC, backup: Path) -> None:
    """``kehoach backup restore`` on ``pc``: the program is closed while the file is replaced."""
    path = Path(str(pc.db.url.database))
    pc.db.close()
    restore(path, backup, path.parent / "backups")
    pc.db = open_database(str(path))


def _versions(pc: PC) -> set[tuple[Decimal | None, ValueKind, str | None]]:
    with pc.db.read() as session:
        (conflict,) = list_conflicts(session)
    return {(v.value, v.kind, v.note) for v in conflict.versions}


def test_an_edit_after_a_restore_and_the_edit_the_restore_lost_are_a_conflict_on_both_pcs(tmp_path: Path) -> None:
    a, b = commune_of_pcs(tmp_path, 2, ("1", "2"))
    a.set("2", "2026-01", "3")  # A has numbered changes before its backup
    b.take(a.export(b))
    backup = make_backup(Path(str(a.db.url.database)), "daily", tmp_path / "A" / "backups")
    _save(a, "10", ValueKind.OFFICIAL, "Số chính thức của Chi cục Thống kê")  # lost by the restore below
    assert b.take(a.export(b)) == "imported"
    _restore(a, backup.path)
    _save(a, "20", ValueKind.ESTIMATE, None)
    assert b.take(a.export(b)) == "imported"

    lost = (Decimal("10"), ValueKind.OFFICIAL, "Số chính thức của Chi cục Thống kê")
    typed = (Decimal("20"), ValueKind.ESTIMATE, None)
    at_b = {k: v for k, v in figures(b).items() if k[1:] == (2026, 1) and v[0] != 3}
    assert [v[3] for v in at_b.values()] == [True]  # in conflict, not silently replaced
    assert _versions(b) == {lost, typed}

    assert a.take(b.export(a)) == "imported"  # the lost edit comes back to A
    assert _versions(a) == {lost, typed}
    assert figures(a) == figures(b)

    boss = leader(b)
    with b.db.write() as session:
        (conflict,) = list_conflicts(session)
        kept = next(v for v in conflict.versions if v.kind is ValueKind.OFFICIAL)
        resolve_conflict(session, b.db.installation_id, conflict.indicator_id, 2026, 1,
                         choice=(kept.installation_id, kept.seq), user=boss)
    a.take(b.export(a))
    b.take(a.export(b))
    assert figures(a) == figures(b)
    assert sorted((v[0], v[1], v[2], v[3]) for v in figures(a).values()) == [
        (Decimal("3"), ValueKind.ESTIMATE, None, False), (*lost, False),
    ]
    with a.db.read() as session:
        assert list_conflicts(session) == []


def test_a_second_restore_to_the_same_backup_never_reuses_a_number(tmp_path: Path) -> None:
    """Each restore detected gives the PC's new changes a fresh origin: two restores to one backup
    must not hand out the same (origin, number) twice for different figures."""
    a, b = commune_of_pcs(tmp_path, 2, ("1", "2"))
    backup = make_backup(Path(str(a.db.url.database)), "daily", tmp_path / "A" / "backups")
    _save(a, "10", ValueKind.OFFICIAL, None)
    b.take(a.export(b))
    _restore(a, backup.path)
    _save(a, "20", ValueKind.ESTIMATE, None)
    b.take(a.export(b))
    _restore(a, backup.path)
    _save(a, "30", ValueKind.ESTIMATE, None)
    assert b.take(a.export(b)) == "imported"
    assert _versions(b) == {(Decimal("10"), ValueKind.OFFICIAL, None), (Decimal("20"), ValueKind.ESTIMATE, None),
                            (Decimal("30"), ValueKind.ESTIMATE, None)}
    a.take(b.export(a))
    assert figures(a) == figures(b)
