"""The store on SQLite and PostgreSQL: exact values, revisions, audit, refusals that change nothing."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import Status, ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.store import queries
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.values import ValidationFailed, ValueEntry, save_values
from kehoach_desktop.store.schema import AuditRow, RevisionRow, ValueRow

SEP = Period(2026, 9)


def counts(db) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (ValueRow, RevisionRow, AuditRow))


def save(db, plan_id, entries, **kw):  # type: ignore[no-untyped-def]
    with db.write() as s:
        return save_values(s, db.installation_id, plan_id, entries, "can_bo", **kw)


def test_sqlite_is_durable_and_checks_foreign_keys(tmp_path) -> None:
    db = open_database(str(tmp_path / "x.db"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.close()


def test_installation_id_is_stable(db_url: str) -> None:
    first = open_database(db_url)
    second = open_database(db_url)
    assert first.installation_id == second.installation_id
    first.close(), second.close()


@pytest.mark.parametrize("figure", ["0.1", "123456789012345.123456", "19.655", "-2.5", "0", "7000"])
def test_values_are_exact(plan_db, figure: str) -> None:
    db, plan_id = plan_db
    save(db, plan_id, [ValueEntry("3", SEP, D(figure))], accept_warnings=True)
    with db.read() as s:
        got = queries.get_value(s, queries.find_indicator(s, plan_id, "3").id, SEP)
    assert got.value == D(figure) and str(got.value) == str(D(figure))


def test_every_change_keeps_a_revision_and_an_audit_event(plan_db) -> None:
    db, plan_id = plan_db
    before = counts(db)
    first = save(db, plan_id, [ValueEntry("1", SEP, D(600), note="Ước tính", set_note=True)])
    second = save(db, plan_id, [ValueEntry("1", SEP, D("612.5"), ValueKind.OFFICIAL)])
    assert counts(db) == (before[0] + 1, before[1] + 2, before[2] + 2)
    assert second[0].seq == first[0].seq + 1
    with db.read() as s:
        ind = queries.find_indicator(s, plan_id, "1")
        revisions = queries.history(s, ind.id, SEP)
        current = queries.get_value(s, ind.id, SEP)
        audit = s.scalars(select(AuditRow).where(AuditRow.action == "value.set")).all()
    assert [(r.old_value, r.new_value) for r in revisions] == [(None, D(600)), (D(600), D("612.5"))]
    assert [(r.old_kind, r.new_kind) for r in revisions] == [(None, ValueKind.ESTIMATE), (ValueKind.ESTIMATE, ValueKind.OFFICIAL)]
    assert all(r.actor == "can_bo" and r.installation_id == db.installation_id for r in revisions)
    assert current.note == "Ước tính"  # a correction without a note keeps the explanation
    assert current.kind is ValueKind.OFFICIAL and current.updated_by == "can_bo"
    assert [a.entity_key for a in audit] == ["1@2026-09", "1@2026-09"]
    assert '"new": "612.5"' in audit[-1].details


def test_saving_the_same_figure_again_changes_nothing(plan_db) -> None:
    db, plan_id = plan_db
    save(db, plan_id, [ValueEntry("1", SEP, D(600))])
    before = counts(db)
    assert save(db, plan_id, [ValueEntry("1", SEP, D("600.0"))]) == []
    assert counts(db) == before


def test_a_refused_batch_writes_nothing(plan_db) -> None:
    db, plan_id = plan_db
    before = counts(db)
    entries = [ValueEntry("1", SEP, D(600)), ValueEntry("2", SEP, D(150))]  # 150% is questioned
    with pytest.raises(ValidationFailed) as info:
        save(db, plan_id, entries)
    assert info.value.only_warnings and "100%" in str(info.value)
    assert counts(db) == before
    with pytest.raises(UserError, match='mã "9"'):
        save(db, plan_id, [ValueEntry("1", SEP, D(600)), ValueEntry("9", SEP, D(1))])
    assert counts(db) == before
    with pytest.raises(ValidationFailed, match="ngoài kế hoạch"):
        save(db, plan_id, [ValueEntry("1", Period(2035, 1), D(600))])
    assert counts(db) == before
    with pytest.raises(UserError, match="hai lần"):
        save(db, plan_id, [ValueEntry("1", SEP, D(1)), ValueEntry("1", SEP, D(2))])
    assert counts(db) == before


def test_warnings_can_be_confirmed(plan_db) -> None:
    db, plan_id = plan_db
    changes = save(db, plan_id, [ValueEntry("3.1", SEP, D(-5))], accept_warnings=True)
    assert changes[0].new.value == D(-5)


def test_an_error_inside_the_transaction_rolls_everything_back(plan_db) -> None:
    db, plan_id = plan_db
    before = counts(db)
    with pytest.raises(RuntimeError):
        with db.write() as s:
            save_values(s, db.installation_id, plan_id, [ValueEntry("1", SEP, D(600))], "x")
            raise RuntimeError("power cut")
    assert counts(db) == before


def test_clearing_a_figure_is_a_revision_too(plan_db) -> None:
    db, plan_id = plan_db
    save(db, plan_id, [ValueEntry("1", SEP, D(600))])
    change = save(db, plan_id, [ValueEntry("1", SEP, None)])
    assert change[0].old.value == D(600) and change[0].new.value is None


def test_status_from_the_database(plan_db) -> None:
    db, plan_id = plan_db
    entries = [ValueEntry("1", Period(2026, m), D(600)) for m in range(1, 10)]
    entries += [ValueEntry("2", Period(2026, 6), D("3.2")), ValueEntry("3.1", Period(2026, 9), D(1150))]
    save(db, plan_id, entries)
    with db.read() as s:
        evs = {ev.indicator.code: ev for ev in queries.evaluate_month(s, plan_id, SEP)}
    assert list(evs) == ["1", "2", "3", "3.1"]
    assert evs["1"].actual == D(5400) and evs["1"].status is Status.ON_TRACK
    assert evs["2"].target.meet == D("3.0") and evs["2"].status is Status.ON_TRACK
    assert evs["3"].status is Status.NO_DATA
    assert evs["3.1"].status is Status.MET and evs["3.1"].indicator.parent_code == "3"


def test_one_rule_per_indicator_and_year(plan_db) -> None:
    from sqlalchemy.exc import IntegrityError

    from kehoach_desktop.domain.model import RuleKind
    from kehoach_desktop.store.schema import TargetRow

    db, plan_id = plan_db
    with pytest.raises(IntegrityError):
        with db.write() as s:
            ind = queries.find_indicator(s, plan_id, "1")
            s.add(TargetRow(indicator_id=ind.id, year=None, kind=RuleKind.AT_LEAST, value=D(1), text=""))
            s.flush()


def test_concurrent_writers_get_distinct_sequence_numbers(plan_db) -> None:
    import threading

    db, plan_id = plan_db
    errors: list[BaseException] = []

    def writer(code: str) -> None:
        try:
            for month in range(1, 7):
                save(db, plan_id, [ValueEntry(code, Period(2026, month), D(month))])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(c,)) for c in ("1", "3")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with db.read() as s:
        seqs = s.scalars(select(RevisionRow.seq)).all()
    assert sorted(seqs) == list(range(1, 13))


def test_a_garbage_file_is_refused_clearly(tmp_path) -> None:
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    with pytest.raises(UserError, match="không phải cơ sở dữ liệu"):
        open_database(str(bad))
    assert bad.read_bytes().startswith(b"PK")


def test_a_foreign_sqlite_database_is_refused(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(UserError, match="không phải của KếHoạch"):
        open_database(str(path))
