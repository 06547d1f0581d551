"""A rate's denominator: stored with its checks, carried to the province, and the rate recomputed there."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import inspect, select

from kehoach_desktop.cli import main
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import (
    Aggregation, Commune, Denominator, Direction, Indicator, IndicatorData, MonthlyValue, Plan, PlanKind,
    PlanStatus, RuleKind, TargetRule, ValueKind,
)
from kehoach_desktop.domain.periods import Period
from kehoach_desktop.reports.content import report_row
from kehoach_desktop.reports.province import NOT_SUMMABLE, CommuneLine, province_total
from kehoach_desktop.services import denominators as dsvc
from kehoach_desktop.services import province as psvc
from kehoach_desktop.store.commune_edit import make_province
from kehoach_desktop.store.migrations import _pragma, alembic_config, current_revision, head_revision
from kehoach_desktop.store.database import open_database
from kehoach_desktop.store.queries import load_plan_data
from kehoach_desktop.store.schema import AuditRow, DenominatorRow, PlanRow
from kehoach_desktop.sync.errors import BundleRefused

SEPTEMBER = Period.parse("2026-09")
PLAN = Plan(PlanKind.FIVE_YEAR, 2026, 2030, status=PlanStatus.ADOPTED)


# --- the province total, by hand ---------------------------------------------------------------


def _line(name: str, rate: str | None, households: int | None, unit: str = "%", target: str | None = None,
          label: str = "Tổng số hộ", den_unit: str = "hộ", den_year: int = 2026,
          ind_name: str = "Tỷ lệ hộ nghèo") -> CommuneLine:
    den = Denominator(label, den_unit, ((den_year, Decimal(households)),)) if households is not None else None
    indicator = Indicator("11", ind_name, unit, direction=Direction.LOWER, aggregation=Aggregation.STOCK,
                          denominator=den)
    values = (MonthlyValue(2026, 9, Decimal(rate), ValueKind.OFFICIAL),) if rate is not None else ()
    rules = (TargetRule(RuleKind.AT_MOST, Decimal(target), year=2026),) if target is not None else ()
    item = IndicatorData(indicator, PLAN, rules, values)
    months = {9: Decimal(rate)} if rate is not None else {}
    return CommuneLine(Commune(name[-1], name), 1, report_row(item, SEPTEMBER), months)


def test_a_rate_is_recomputed_from_numerators_and_denominators_not_averaged() -> None:
    # 10% of 1.000 households and 20% of 3.000: 700 poor households of 4.000 = 17,5% (the average would be 15%).
    total = province_total([_line("Xã A", "10", 1000, target="9"), _line("Xã B", "20", 3000, target="18")], SEPTEMBER)
    assert total.summable and total.actual == Decimal("17.50") and total.period_value == Decimal("17.50")
    assert total.month == 9
    assert "tử số và mẫu số" in total.method and "700 hộ / 4.000 hộ" in total.method and "2 xã" in total.method
    assert "Tổng số hộ" in total.method and "17,50%" in total.method
    # The target recomputed the same way: (9% x 1.000 + 18% x 3.000) / 4.000 = 15,75%; lower is better.
    assert total.target == Decimal("15.75")
    assert total.percent_of_target == Decimal("90.00")  # 15,75 / 17,5


def test_without_any_denominator_there_is_no_total_and_the_reason_says_so() -> None:
    total = province_total([_line("Xã A", "10", None), _line("Xã B", "20", None)], SEPTEMBER)
    assert not total.summable and total.actual is None and total.period_value is None
    assert total.method.startswith(NOT_SUMMABLE) and "chưa xã nào có mẫu số năm 2026" in total.method
    assert "không lấy trung bình" in total.method


def test_communes_without_a_denominator_are_left_out_and_named() -> None:
    lines = [_line("Xã A", "10", 1000), _line("Xã B", "20", 3000), _line("Xã C", "50", None)]
    total = province_total(lines, SEPTEMBER)
    assert total.actual == Decimal("17.50")  # Xã C's 50% is not in it
    assert "thiếu mẫu số năm 2026" in total.method and "Xã C" in total.method
    assert "chưa đủ kế hoạch năm" in total.method  # no targets given


def test_an_earlier_years_denominator_is_used_and_said() -> None:
    lines = [_line("Xã A", "10", 1000, den_year=2025), _line("Xã B", "20", 3000)]
    total = province_total(lines, SEPTEMBER)
    assert total.actual == Decimal("17.50") and "dùng mẫu số năm trước: Xã A (năm 2025)" in total.method


def test_a_later_years_denominator_does_not_count_and_other_units_do_not_mix() -> None:
    later = province_total([_line("Xã A", "10", 1000, den_year=2027)], SEPTEMBER)
    assert not later.summable and "chưa xã nào có mẫu số" in later.method
    mixed = province_total([_line("Xã A", "10", 1000), _line("Xã B", "20", 3000, den_unit="người")], SEPTEMBER)
    assert not mixed.summable and "đơn vị khác nhau" in mixed.method


def test_an_average_per_person_is_recomputed_too() -> None:
    # 50 triệu/người for 2.000 people and 80 for 1.000: 180.000 / 3.000 = 60 (not 65).
    lines = [_line("Xã A", "50", 2000, unit="triệu đồng/người", label="Dân số", den_unit="người",
                   ind_name="Thu nhập bình quân đầu người"),
             _line("Xã B", "80", 1000, unit="triệu đồng/người", label="Dân số", den_unit="người",
                   ind_name="Thu nhập bình quân đầu người")]
    total = province_total(lines, SEPTEMBER)
    assert total.actual == Decimal("60.00") and "180.000 / 3.000 người (Dân số)" in total.method


def test_a_repeating_rate_is_rounded_half_up_to_the_cent() -> None:
    # 1 + 1 + 0 poor of 3 households each... 2 / 3 = 66,666...% -> 66,67%.
    lines = [_line("Xã A", "100", 1), _line("Xã B", "100", 1), _line("Xã C", "0", 1)]
    assert province_total(lines, SEPTEMBER).actual == Decimal("66.67")


# --- stored on the commune's PC ------------------------------------------------------------------


def test_a_plan_saved_again_keeps_its_denominators(demo_db) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.services.plan import load_plan, store_plan

    db, plan_id = demo_db
    dsvc.save_denominator(db, plan_id, "11", "an", label="Tổng số hộ", unit="hộ", year=2026, value=Decimal("1234"))
    from dataclasses import replace

    draft = load_plan(db, plan_id).draft
    edited = replace(draft, plan=replace(draft.plan, title="Kế hoạch đã sửa tên"), indicators=[
        replace(i, name=i.name + " (sửa)") if i.code == "11" else i for i in draft.indicators])
    store_plan(db, plan_id, edited, "an")
    item = next(d for d in _data(db, plan_id) if d.indicator.code == "11")
    assert item.indicator.name.endswith("(sửa)")
    assert item.indicator.denominator == Denominator("Tổng số hộ", "hộ", ((2026, Decimal("1234")),))


def _rev(db: Any, plan_id: int) -> Any:
    with db.read() as session:
        row = session.get(PlanRow, plan_id)
        return row.rev_at


def test_a_denominator_is_stored_checked_and_audited(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    before = _rev(db, plan_id)
    change = dsvc.save_denominator(db, plan_id, "11", "an", label="  Tổng   số hộ ", unit="hộ", year=2026,
                                   value=Decimal("1234")).value
    assert change.old is None and change.new == Denominator("Tổng số hộ", "hộ", ((2026, Decimal("1234")),))
    assert _rev(db, plan_id) != before  # the plan travels again
    dsvc.save_denominator(db, plan_id, "11", "an", year=2027, value=Decimal("1250"))
    item = next(d for d in _data(db, plan_id) if d.indicator.code == "11")
    assert item.indicator.denominator == Denominator("Tổng số hộ", "hộ", ((2026, Decimal("1234")), (2027, Decimal("1250"))))
    assert item.indicator.denominator.for_year(2028) == (2027, Decimal("1250"))
    with db.read() as session:
        events = session.scalars(select(AuditRow).where(AuditRow.action == "denominator.set")).all()
        assert len(events) == 2 and events[0].actor == "an" and "1.234" in events[0].details
    # Unchanged: nothing written, nothing audited.
    assert not dsvc.save_denominator(db, plan_id, "11", "an", year=2026, value=Decimal("1234")).value.changed
    dsvc.clear_denominator(db, plan_id, "11", "an", year=2026)
    item = next(d for d in _data(db, plan_id) if d.indicator.code == "11")
    assert item.indicator.denominator is not None and item.indicator.denominator.values == ((2027, Decimal("1250")),)
    dsvc.clear_denominator(db, plan_id, "11", "an")
    with db.read() as session:
        assert session.scalars(select(DenominatorRow)).first() is None
        assert session.scalars(select(AuditRow).where(AuditRow.action == "denominator.clear")).all()


def _data(db: Any, plan_id: int) -> Any:
    with db.read() as session:
        return load_plan_data(session, plan_id)


@pytest.mark.parametrize(("kwargs", "words"), [
    ({"year": 2026, "value": Decimal("1000")}, "chưa có mẫu số"),  # a first one needs its label
    ({"label": "Tổng số hộ", "unit": "hộ", "year": 2026, "value": Decimal("0")}, "lớn hơn 0"),
    ({"label": "Tổng số hộ", "unit": "hộ", "year": 2026, "value": Decimal("-5")}, "lớn hơn 0"),
    ({"label": "Tổng số hộ", "unit": "hộ", "year": 2026, "value": Decimal("12.5")}, "số nguyên"),
    ({"label": "Tổng số hộ", "unit": "hộ", "year": 2026, "value": Decimal("1E+16")}, "quá lớn"),
    ({"label": "Tổng số hộ", "unit": "người", "year": 2026, "value": Decimal("1.1234567")}, "chữ số thập phân"),
    ({"label": "Tổng số hộ", "unit": "hộ", "year": 2041, "value": Decimal("10")}, "ngoài kế hoạch"),
    ({"label": "Tổng\u202e số hộ", "unit": "hộ"}, "ký tự điều khiển"),
    ({"label": "x" * 201, "unit": "hộ"}, "tối đa 200"),
    ({"label": "   ", "unit": "hộ"}, "để trống"),
    ({"label": "Tổng số hộ", "unit": "hộ", "year": 2026}, "cả năm"),
])
def test_bad_denominators_are_refused_and_change_nothing(demo_db, kwargs, words) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    before = _rev(db, plan_id)
    with pytest.raises(UserError) as caught:
        dsvc.save_denominator(db, plan_id, "11", "an", **kwargs)
    assert words in str(caught.value)
    assert _rev(db, plan_id) == before
    with db.read() as session:
        assert session.scalars(select(DenominatorRow)).first() is None
        assert session.scalars(select(AuditRow).where(AuditRow.action.like("denominator%"))).first() is None


def test_only_rates_and_averages_have_a_denominator_and_only_a_commune_writes_one(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    with pytest.raises(UserError, match="không phải tỷ lệ"):
        dsvc.save_denominator(db, plan_id, "4", "an", label="Diện tích", unit="ha")  # tấn: summed as it is
    dsvc.save_denominator(db, plan_id, "3", "an", label="Dân số", unit="người", year=2026, value=Decimal("4500"))
    with db.write() as session:
        make_province(session, db.installation_id, "test")
    with pytest.raises(UserError, match="máy tổng hợp của tỉnh"):
        dsvc.save_denominator(db, plan_id, "11", "an", label="Tổng số hộ", unit="hộ")


def test_the_cli_names_sets_shows_and_clears_a_denominator(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "xa.db")
    assert main(["demo", "--db", db]) == 0
    capsys.readouterr()
    assert main(["plan", "denominator", "--db", db, "--indicator", "11", "--label", "Tổng số hộ", "--unit", "hộ",
                 "--year", "2026", "--value", "1.234"]) == 0
    assert "Tổng số hộ (hộ): 2026 = 1.234" in capsys.readouterr().out
    assert main(["plan", "denominator", "--db", db, "--indicator", "11", "--json"]) == 0
    assert '"2026": "1234"' in capsys.readouterr().out
    assert main(["plan", "denominator", "--db", db, "--indicator", "11", "--year", "2027", "--value", "0"]) == 2
    assert "lớn hơn 0" in capsys.readouterr().err
    assert main(["plan", "denominator", "--db", db, "--indicator", "11", "--year", "2027", "--value", "19,655"]) == 2
    assert "không rõ nghĩa" in capsys.readouterr().err
    assert main(["plan", "denominator", "--db", db, "--indicator", "11", "--clear"]) == 0
    assert "Đã xoá mẫu số" in capsys.readouterr().out


# --- carried to the province in bundles ---------------------------------------------------------


def _communes(tmp_path: Path, province_url: str | None = None) -> tuple[Any, Any, Any]:
    from kehoach_desktop.demo_commune import install_generated
    from sync_support import make_pc, trust_all

    a, b = make_pc(tmp_path, "xa-a"), make_pc(tmp_path, "xa-b")
    province = make_pc(tmp_path, "tinh", url=province_url)
    install_generated(a.db, "26734", "Xã Tân Lập", 3)
    install_generated(b.db, "26737", "Xã Hòa Bình", 4)
    with province.db.write() as session:
        make_province(session, province.db.installation_id, "test", "Tỉnh Mẫu")
    trust_all(a, b, province)
    for pc, rate, households in ((a, "10", 1000), (b, "20", 3000)):
        pc.set("11", "2026-09", rate)
        dsvc.save_denominator(pc.db, _plan(pc.db), "11", pc.name, label="Tổng số hộ", unit="hộ", year=2026,
                              value=Decimal(households))
    return a, b, province


def _plan(db: Any) -> int:
    from sync_support import plan_id

    return plan_id(db)


def test_the_denominator_reaches_the_province_and_the_rate_is_recomputed(tmp_path: Path, db_url: str) -> None:
    from kehoach_desktop.reports.province import province_table

    a, b, province = _communes(tmp_path, db_url)  # the province on SQLite and on PostgreSQL
    for pc in (a, b):
        assert province.take(pc.export(full=True)) != "stale"
    comparison = psvc.load_comparison(province.db, "11", SEPTEMBER)
    assert comparison.total.actual == Decimal("17.50") and "700 hộ / 4.000 hộ" in comparison.total.method
    with province.db.read() as session:  # the province report's table reads the same total
        table = province_table(session, "11", SEPTEMBER, with_counts=False)
    assert table.total.actual == Decimal("17.50") and table.total.method == comparison.total.method
    # A later figure of the commune travels the same way, and so does a corrected denominator.
    dsvc.save_denominator(b.db, _plan(b.db), "11", "b", year=2026, value=Decimal("1000"))
    assert province.take(b.export(full=True)) != "stale"
    assert psvc.load_comparison(province.db, "11", SEPTEMBER).total.actual == Decimal("15.00")


def test_an_older_bundle_without_the_field_imports_and_keeps_what_is_held(tmp_path: Path) -> None:
    from sync_support import forge

    a, _b, province = _communes(tmp_path)
    assert province.take(a.export(full=True)) != "stale"

    def as_older(body: dict[str, Any]) -> None:
        for plan in body["plans"]:
            for ind in plan["indicators"]:
                ind.pop("denominator", None)

    def older_manifest(raw: dict[str, Any]) -> None:
        raw["version"] = "1.2"

    # The commune edits its plan on a PC with the older program: the plan is newer, carries no key.
    with a.db.write() as session:
        session.get(PlanRow, _plan(a.db)).title = "Kế hoạch sửa trên máy cũ"
        from kehoach_desktop.store.operations import touch_plan

        touch_plan(session.get(PlanRow, _plan(a.db)), a.db.installation_id)
    a.set("11", "2026-10", "9")
    older = forge(a, a.export(full=True), tmp_path / "older.kehoach", as_older, older_manifest)
    assert province.take(older) != "stale"
    with province.db.read() as session:
        assert session.scalars(select(PlanRow.title).where(PlanRow.title == "Kế hoạch sửa trên máy cũ")).first()
        assert [d.value for d in session.scalars(select(DenominatorRow))] == [Decimal("1000")]
    # A plan the province never saw, from an older program: no denominator, imported all the same.
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    from kehoach_desktop.demo_commune import install_generated
    from sync_support import make_pc, trust_all

    c = make_pc(fresh, "xa-c")
    install_generated(c.db, "26740", "Phường Đông Hải", 5)
    trust_all(c, province)
    assert province.take(forge(c, c.export(full=True), tmp_path / "c-old.kehoach", as_older, older_manifest)) != "stale"
    total = psvc.load_comparison(province.db, "11", SEPTEMBER).total
    assert "Phường Đông Hải" in total.method and "thiếu mẫu số" in total.method


@pytest.mark.parametrize("bad", [
    {"label": "Tổng số hộ", "unit": "hộ", "values": [[2026, "0"]]},
    {"label": "Tổng số hộ", "unit": "hộ", "values": [[2026, "-4"]]},
    {"label": "Tổng số hộ", "unit": "hộ", "values": [[2026, "1e5"]]},
    {"label": "Tổng số hộ", "unit": "hộ", "values": [[2026, "10000000000000000"]]},
    {"label": "Tổng số hộ", "unit": "hộ", "values": [[2026, "5"], [2026, "6"]]},
    {"label": "Tổng số hộ", "unit": "hộ", "values": [[1800, "5"]]},
    {"label": "", "unit": "hộ", "values": []},
    {"label": "x" * 201, "unit": "hộ", "values": []},
    {"label": "Tổng\u202e số hộ", "unit": "hộ", "values": []},
    {"label": "Tổng số hộ", "unit": "", "values": []},
    "Tổng số hộ",
])
def test_a_bad_denominator_in_a_bundle_is_refused(tmp_path: Path, bad: Any) -> None:
    from sync_support import forge

    a, _b, province = _communes(tmp_path)

    def edit(body: dict[str, Any]) -> None:
        for plan in body["plans"]:
            for ind in plan["indicators"]:
                if ind["code"] == "11":
                    ind["denominator"] = bad

    with pytest.raises(BundleRefused) as caught:
        province.take(forge(a, a.export(full=True), tmp_path / "bad.kehoach", edit))
    assert caught.value.reason == "payload"
    with province.db.read() as session:
        assert session.scalars(select(DenominatorRow)).first() is None


# --- the migration ------------------------------------------------------------------------------


def test_migration_0010_goes_down_and_up(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, plan_id = demo_db
    dsvc.save_denominator(db, plan_id, "11", "an", label="Tổng số hộ", unit="hộ", year=2026, value=Decimal("1234"))
    config = alembic_config()
    sqlite = db.engine.dialect.name == "sqlite"
    with db.engine.connect() as conn:
        if sqlite:  # as the program's own upgrade does: a batch rebuild must not cascade-delete figures
            _pragma(conn, "PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
        conn.commit()
        if sqlite:
            _pragma(conn, "PRAGMA foreign_keys=ON")
    insp = inspect(db.engine)
    assert "denominators" not in insp.get_table_names() and "province_settings" not in insp.get_table_names()
    assert "denominator_label" not in {c["name"] for c in insp.get_columns("indicators")}
    assert current_revision(db.engine) == "0009"
    again = open_database(db.url.render_as_string(hide_password=False))
    try:
        assert current_revision(again.engine) == head_revision()
        item = next(d for d in _data(again, plan_id) if d.indicator.code == "11")
        assert item.indicator.denominator is None and item.values  # the figures kept, the denominator gone
        assert psvc.load_deadline(again) == 25
    finally:
        again.close()


def test_generated_communes_may_carry_denominators_and_the_province_adds_them_up(db) -> None:  # type: ignore[no-untyped-def]
    from decimal import ROUND_HALF_UP

    from kehoach_desktop.demo_commune import DENOMINATORS, install_generated, profile

    with db.write() as session:
        make_province(session, db.installation_id, "test", "Tỉnh Mẫu")
    communes = (("26734", "Xã Tân Lập"), ("26737", "Xã Hòa Bình"))
    for code, name in communes:
        install_generated(db, code, name, 7, denominators=True)
    install_generated(db, "26740", "Xã Không Mẫu Số", 7)  # without: named, left out
    period = Period.parse("2026-08")
    comparison = psvc.load_comparison(db, "11", period)
    households = {code: (Decimal(DENOMINATORS["11"][2]) * profile(7, code).scale).to_integral_value(ROUND_HALF_UP)
                  for code, _ in communes}
    figures = {r.commune.code: r.row.period_value for r in comparison.rows if r.row is not None}
    expected = (sum(figures[c] * households[c] for c in households) / sum(households.values())).quantize(
        Decimal("0.01"), ROUND_HALF_UP)
    assert comparison.total.actual == expected and comparison.total.month == 8
    assert "Xã Không Mẫu Số" in comparison.total.method and "2 xã" in comparison.total.method


def test_kehoach_demo_denominators(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "xa.db")
    assert main(["demo", "--db", db, "--commune-code", "26734", "--commune-name", "Xã Tân Lập", "--denominators"]) == 0
    capsys.readouterr()
    assert main(["plan", "denominator", "--db", db, "--indicator", "11"]) == 0
    assert "Tổng số hộ (hộ): 2026 = " in capsys.readouterr().out
