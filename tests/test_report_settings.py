"""Report settings and the officers' report texts: defaults, checks, numbering, per period (both backends)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.domain.report_settings import ReportSettings
from kehoach_desktop.store.operations import init_commune
from kehoach_desktop.store.report_settings import (
    report_settings, report_texts, save_report_settings, save_report_text, take_report_number,
)


@pytest.fixture
def commune_db(db):  # type: ignore[no-untyped-def]
    with db.write() as s:
        commune_id = init_commune(s, db.installation_id, "06253", "Xã Na Dương", "Tỉnh Lạng Sơn", "t").id
    return db, commune_id


def test_defaults_then_saved_settings_and_numbers(commune_db) -> None:
    db, commune_id = commune_db
    with db.read() as s:
        assert report_settings(s, commune_id) == ReportSettings()
    wanted = ReportSettings(parent_body="UBND TỈNH LẠNG SƠN", issuing_body="XÃ NA DƯƠNG", place="Na Dương",
                            next_number=5, signer_name="Nguyễn Văn A", recipients=("Sở Tài chính;", "  "))
    with db.write() as s:
        stored = save_report_settings(s, db.installation_id, commune_id, wanted, "t")
    assert stored.recipients == ("Sở Tài chính;",)
    with db.write() as s:
        assert take_report_number(s, db.installation_id, commune_id, "t") == "05/BC-UBND"
        assert take_report_number(s, db.installation_id, commune_id, "t") == "06/BC-UBND"
    with db.read() as s:
        assert report_settings(s, commune_id) == replace(stored, next_number=7)


@pytest.mark.parametrize(
    ("change", "field"),
    [(dict(number_pattern="BC-UBND"), "number_pattern"), (dict(next_number=0), "next_number"),
     (dict(cutoff_day=10), "cutoff_day"), (dict(place="x" * 201), "place"),
     (dict(recipients=tuple(f"{i};" for i in range(21))), "recipients")],
)
def test_bad_settings_are_refused_and_nothing_changes(commune_db, change, field) -> None:
    db, commune_id = commune_db
    with pytest.raises(UserError) as refused:
        with db.write() as s:
            save_report_settings(s, db.installation_id, commune_id, replace(ReportSettings(), **change), "t")
    assert refused.value.field == field
    with db.read() as s:
        assert report_settings(s, commune_id) == ReportSettings()


def test_texts_are_kept_per_period_and_section(commune_db) -> None:
    from kehoach_desktop.demo import demo_draft
    from kehoach_desktop.store.operations import create_plan

    db, commune_id = commune_db
    with db.write() as s:
        plan_id = create_plan(s, db.installation_id, commune_id, demo_draft(), "t").id
        save_report_text(s, db.installation_id, plan_id, Period(2026, 9), "tasks", "  Thu hoạch vụ mùa.  ", "t")
    with db.read() as s:
        assert report_texts(s, plan_id, Period(2026, 9))["tasks"] == "Thu hoạch vụ mùa."
        assert report_texts(s, plan_id, Period.quarter(2026, 3)) == {"tasks": "", "proposals": "", "assessment": ""}
    with pytest.raises(UserError):
        with db.write() as s:
            save_report_text(s, db.installation_id, plan_id, Period(2026, 9), "other", "x", "t")


@pytest.mark.parametrize(
    ("cutoff", "period", "first", "last"),
    [(0, Period(2026, 2), date(2026, 2, 1), date(2026, 2, 28)), (15, Period(2026, 9), date(2026, 8, 15), date(2026, 9, 14)),
     (15, Period.half(2026, 1), date(2025, 12, 15), date(2026, 6, 14)),
     (15, Period.whole_year(2026), date(2025, 12, 15), date(2026, 12, 14)),
     (0, Period.quarter(2026, 4), date(2026, 10, 1), date(2026, 12, 31))],
)
def test_covered_dates_follow_the_cut_off(cutoff, period, first, last) -> None:
    assert ReportSettings(cutoff_day=cutoff).covered_dates(period) == (first, last)
