"""The month summaries the province's matrix reads stay what the figures and revisions say.

``tests/test_write_paths_properties.py`` checks them after every step of random typing, bundles,
approvals, reopenings and choices on two PCs; these check the other ways in (generated
communes, a bundle reaching the province, a cleared figure, a refused save), the migration that
fills the table, and the maintenance command that finds and repairs a summary gone wrong.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, func, select, update

from kehoach_desktop.demo import install_demo
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import ValueKind
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.services import province as svc
from kehoach_desktop.store.database import Database, open_database
from kehoach_desktop.store.migrations import alembic_config
from kehoach_desktop.store.month_summary import differences, recomputed, stored
from kehoach_desktop.store.months import approve_month
from kehoach_desktop.store.schema import AuditRow, MonthSummaryRow
from kehoach_desktop.store.values import ValidationFailed, ValueEntry, save_values
from cli_support import run
from province_support import make_province_db


def _summary(db: Database) -> dict:  # type: ignore[type-arg]
    with db.read() as session:
        assert differences(session) == {}
        return stored(session)


def test_generated_communes_have_exact_summaries(db) -> None:  # type: ignore[no-untyped-def]
    make_province_db(db)  # four communes, each written in one transaction and re-dated in it
    held = _summary(db)
    assert len({p for p, _y, _m in held}) == 4
    assert all(f >= e >= 0 for f, e, _at in held.values())
    assert any(at is not None for _f, _e, at in held.values())


def test_typing_clearing_and_refusals(db) -> None:  # type: ignore[no-untyped-def]
    plan_id = install_demo(db)
    july = Period(2030, 7)  # the demo has no figures there
    with db.read() as session:
        assert not any((p, y, m) == (plan_id, 2030, 7) for p, y, m in stored(session))

    def save(*entries: ValueEntry) -> None:
        with db.write() as session:
            save_values(session, db.installation_id, plan_id, list(entries), "test", accept_warnings=True)

    save(ValueEntry("1", july, Decimal(5)), ValueEntry("2", july, Decimal(7), ValueKind.OFFICIAL))
    figures, estimates, first = _summary(db)[(plan_id, 2030, 7)]
    assert (figures, estimates) == (2, 1) and first is not None
    save(ValueEntry("1", july, Decimal(6), ValueKind.OFFICIAL))
    assert _summary(db)[(plan_id, 2030, 7)] == (2, 0, first)  # a later revision keeps the first time
    save(ValueEntry("1", july, None), ValueEntry("2", july, None))
    assert _summary(db)[(plan_id, 2030, 7)] == (0, 0, first)  # cleared: no figure, but recorded once

    before = _summary(db)
    with pytest.raises(ValidationFailed):  # an error in the batch: nothing written, summary as it was
        save(ValueEntry("1", july, Decimal(1)), ValueEntry("2", Period(2040, 1), Decimal(1)))
    assert _summary(db) == before
    from kehoach_desktop.domain.access import Role
    from kehoach_desktop.store.users import create_user

    with db.write() as session:
        boss = create_user(session, db.installation_id, "t", "lanhdao", "Lãnh đạo", Role.LEADER, "mat-khau-dai-1")
        approve_month(session, db.installation_id, plan_id, july, boss)
    with pytest.raises(UserError):  # an approved month is locked
        save(ValueEntry("1", july, Decimal(9)))
    assert _summary(db) == before


def test_a_bundle_reaching_the_province_updates_its_summary(tmp_path: Path) -> None:
    from kehoach_desktop.demo_commune import install_generated
    from kehoach_desktop.store.commune_edit import make_province
    from sync_support import make_pc, trust_all

    commune, province = make_pc(tmp_path, "xa"), make_pc(tmp_path, "tinh")
    try:
        install_generated(commune.db, "26734", "Xã Tân Lập", 11)
        with province.db.write() as session:
            make_province(session, province.db.installation_id, "test", "Tỉnh Mẫu")
        trust_all(commune, province)
        province.take(commune.export(full=True))
        at_province, at_commune = _summary(province.db), _summary(commune.db)
        # The same months with the same counts and first times (plan ids differ between the PCs).
        assert sorted(at_province.values(), key=repr) == sorted(at_commune.values(), key=repr)
        commune.set("1", "2026-12", "123")
        province.take(commune.export(to=province))
        assert len(_summary(province.db)) == len(_summary(commune.db))
    finally:
        commune.db.close()
        province.db.close()


def test_the_migration_fills_the_summaries(db) -> None:  # type: ignore[no-untyped-def]
    install_demo(db)
    with db.read() as session:
        wanted = recomputed(session)
    assert wanted
    config = alembic_config()
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0010")  # the migration before this one
        conn.commit()
    again = open_database(db.url.render_as_string(hide_password=False))  # upgrades to the head
    try:
        with again.read() as session:
            assert stored(session) == wanted
    finally:
        again.close()


def test_a_summary_gone_wrong_is_found_and_rebuilt(db) -> None:  # type: ignore[no-untyped-def]
    install_demo(db)
    url = db.url.render_as_string(hide_password=False)
    assert run("province", "summaries", "--db", url) == (0, "Bảng tóm tắt khớp với số liệu.\n")
    with db.write() as session:  # behind the store's back, as a tool editing the file would
        first = session.execute(select(MonthSummaryRow.plan_id, MonthSummaryRow.year, MonthSummaryRow.month)).first()
        assert first is not None
        session.execute(update(MonthSummaryRow).where(MonthSummaryRow.year == first.year,
                                                      MonthSummaryRow.month == first.month).values(figures=99))
        session.execute(delete(MonthSummaryRow).where(MonthSummaryRow.year == first.year,
                                                      MonthSummaryRow.month != first.month))
    assert svc.check_summaries(db) > 1
    code, text = run("province", "summaries", "--db", url)
    assert code == 1 and "--rebuild" in text
    code, text = run("province", "summaries", "--db", url, "--rebuild", "--user", "quan_tri")
    assert code == 0 and "Đã dựng lại bảng tóm tắt" in text
    assert svc.check_summaries(db) == 0
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.action == "summary.rebuild")) == 1
        # and the matrix reads the rebuilt months
        assert stored(session) == recomputed(session)


def test_first_time_is_the_earliest_revision_whatever_order_they_arrive(db) -> None:  # type: ignore[no-untyped-def]
    """A revision dated before the month's first (a late bundle of an earlier edit) moves it back."""
    from kehoach_desktop.store.revisions import NewRevision, add_revisions
    from kehoach_desktop.store.schema import IndicatorRow

    plan_id = install_demo(db)
    july = Period(2030, 7)
    with db.write() as session:
        save_values(session, db.installation_id, plan_id, [ValueEntry("1", july, Decimal(5))], "test")
    before = _summary(db)[(plan_id, 2030, 7)]
    early = datetime(2026, 1, 2, 1, 0, tzinfo=timezone.utc)  # before the one typed now
    with db.write() as session:
        ind = session.scalar(select(IndicatorRow.id).where(IndicatorRow.plan_id == plan_id, IndicatorRow.code == "2"))
        assert ind is not None
        add_revisions(session, [NewRevision(
            indicator_id=ind, year=2030, month=7, old_value=None, new_value=None, old_kind=None,
            new_kind=ValueKind.ESTIMATE, old_note=None, new_note=None, actor="x", at=early,
            installation_id="elsewhere", seq=1, vv='{"elsewhere":1}',
        )])
    assert _summary(db)[(plan_id, 2030, 7)] == (before[0], before[1], early)
