"""The province's reporting deadline: stored, audited, used by the matrix unless a day is asked for."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kehoach_desktop.cli import main
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.province.matrix import Timing
from kehoach_desktop.services import province as svc
from kehoach_desktop.store.schema import AuditRow, ProvinceSettingsRow
from province_support import make_province_db

TODAY = date(2026, 12, 5)


def kehoach(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out), out.getvalue()


def _timings(matrix) -> list[Timing]:  # type: ignore[no-untyped-def]
    return [c.timing for row in matrix.rows for c in row.cells]


def test_the_deadline_is_stored_audited_and_used_by_the_matrix(db) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db)
    assert svc.load_deadline(db) == 25
    default = svc.load_matrix(db, [2026], today=TODAY)
    assert default.deadline_day == 25
    assert svc.save_deadline(db, 3, "admin").value == 3
    assert svc.load_deadline(db) == 3
    stored = svc.load_matrix(db, [2026], today=TODAY)
    assert stored.deadline_day == 3
    # An earlier deadline can only make cells later: the stored day is really the one judged.
    assert _timings(stored) != _timings(default)
    assert _timings(svc.load_matrix(db, [2026], deadline_day=25, today=TODAY)) == _timings(default)  # a day asked for wins
    with db.read() as session:
        events = session.scalars(select(AuditRow).where(AuditRow.action == "province.deadline")).all()
        assert [(e.actor, json.loads(e.details)) for e in events] == [("admin", {"old": 25, "new": 3})]
    svc.save_deadline(db, 3, "admin")  # unchanged: not audited again
    with db.read() as session:
        assert len(session.scalars(select(AuditRow).where(AuditRow.action == "province.deadline")).all()) == 1
        assert len(session.scalars(select(ProvinceSettingsRow)).all()) == 1


@pytest.mark.parametrize("day", [0, 32, -1])
def test_a_bad_deadline_is_refused_and_nothing_changes(db, day: int) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db)
    svc.save_deadline(db, 20, "admin")
    with pytest.raises(UserError, match="từ 1 đến 31"):
        svc.save_deadline(db, day, "admin")
    assert svc.load_deadline(db) == 20


def test_a_communes_computer_has_no_province_deadline(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, _plan = demo_db
    with pytest.raises(UserError, match="máy của xã"):
        svc.save_deadline(db, 20, "admin")
    with db.read() as session:
        assert session.scalars(select(ProvinceSettingsRow)).first() is None


def test_the_cli_sets_shows_and_uses_the_deadline(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "tinh.db")
    assert kehoach("province", "--db", db, "--name", "Tỉnh Mẫu")[0] == 0
    assert kehoach("demo", "--db", db, "--commune-code", "26734", "--commune-name", "Xã Tân Lập")[0] == 0
    code, out = kehoach("province", "deadline", "--db", db)
    assert code == 0 and "ngày 25" in out
    code, out = kehoach("province", "deadline", "--db", db, "--day", "10", "--user", "an")
    assert code == 0 and "ngày 10" in out
    code, out = kehoach("province", "matrix", "--db", db, "--year", "2026", "--json")
    assert code == 0 and json.loads(out)["deadline_day"] == 10
    code, out = kehoach("province", "matrix", "--db", db, "--year", "2026", "--deadline-day", "28", "--json")
    assert code == 0 and json.loads(out)["deadline_day"] == 28
    assert json.loads(kehoach("province", "deadline", "--db", db, "--json")[1]) == {"deadline_day": 10}
    assert kehoach("province", "deadline", "--db", db, "--day", "0")[0] == 2
    assert "từ 1 đến 31" in capsys.readouterr().err
    assert kehoach("province", "deadline", "--db", db)[1].strip().endswith("ngày 10 của tháng báo cáo.")


def test_only_late_keeps_the_rates_of_every_commune(db) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db)
    every = svc.load_matrix(db, [2026], deadline_day=1, today=TODAY)
    late = svc.load_matrix(db, [2026], deadline_day=1, today=TODAY, only_late=True)
    assert all(row.late for row in late.rows) and len(late.rows) == sum(1 for r in every.rows if r.late)
    assert late.rates == every.rates


def test_the_province_report_judges_against_the_stored_deadline(db) -> None:  # type: ignore[no-untyped-def]
    """The report, like the matrix, uses the stored day unless one is asked for."""
    from kehoach_desktop.domain.periods import Period

    make_province_db(db)
    period = Period.parse("2026-09")
    assert svc.province_report(db, period, TODAY).deadline_day == 25
    svc.save_deadline(db, 3, "admin")
    report = svc.province_report(db, period, TODAY)
    assert report.deadline_day == 3
    assert svc.province_report(db, period, TODAY, deadline_day=20).deadline_day == 20
    # The report's completeness is the matrix's against the same day.
    on_time = sum(c.on_time for c in report.reporting)
    earlier = svc.province_report(db, period, TODAY, deadline_day=28)
    assert on_time <= sum(c.on_time for c in earlier.reporting)
