"""The province's template bundle: export, review against a commune's plan, adoption, refusals."""

from __future__ import annotations

import io
import json
import zipfile
from contextlib import redirect_stderr
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kehoach_desktop.cli import main
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.services.template import adopt_template, export_template, preview_template
from kehoach_desktop.store.schema import AuditRow, BundleRow, CommuneRow, IndicatorRow, TargetRow
from kehoach_desktop.sync import container, manifest, template
from kehoach_desktop.sync.errors import BundleRefused
from kehoach_desktop.sync.export import own_public_key
from kehoach_desktop.sync.keys import write_key_file
from kehoach_desktop.sync.trust import trust_key
from sync_support import make_pc
from template_support import (
    PROVINCE,
    Offices,
    indicators,
    offices,
    resign,
    standard_xlsx,
    targets_xlsx,
    year_targets,
)

TARGETS = [["06253", "Xã Thử", "1", "≥ 7.000"], ["6253", "", "2", 9450], ["06254", "Xã Bên", "1", "5.000"],
           ["06253", "", "4", "12"]]


def _url(pc: object) -> str:
    return pc.db.url.render_as_string(hide_password=False)  # type: ignore[attr-defined]


def kehoach(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        code = main(list(args), out)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def two(tmp_path: Path, db_url: str) -> Offices:
    """The province (SQLite) and the commune (on each backend)."""
    o = offices(tmp_path, None if db_url.endswith(".db") else db_url)
    yield o
    o.province.db.close()
    o.commune.db.close()


def _export(o: Offices, name: str = "mau.kehoach", rows: list[list[object]] | None = None, **kw: object) -> Path:
    path = o.tmp / name
    given = targets_xlsx(o.tmp, TARGETS if rows is None else rows)
    export_template(o.province.db, path, actor="tinh", plan_xlsx=standard_xlsx(o.tmp), year=2027, targets_xlsx=given,
                    **kw)  # type: ignore[arg-type]
    return path


def _snapshot(o: Offices) -> tuple[object, ...]:
    with o.commune.db.read() as session:
        return (indicators(o.commune), year_targets(o.commune, 2027),
                session.scalar(select(func.count()).select_from(AuditRow)),
                session.scalar(select(func.count()).select_from(BundleRow)))


def test_the_diff_lists_added_renamed_unit_targets_and_own_indicators(two: Offices) -> None:
    diff = preview_template(two.commune.db, _export(two))
    found = {(c.kind, c.code): (c.local, c.old, c.new) for c in diff.changes}
    assert found == {
        ("add", "4"): (None, "", "Số hợp tác xã (HTX)"),
        ("code", "B9"): ("9", "9", "B9"),  # paired by name: diacritics, case and the full stop ignored
        ("name", "2"): ("2", "Chỉ tiêu 2", "Sản lượng lúa"),
        ("name", "B9"): ("9", "Tỷ lệ hộ nghèo", "TỶ LỆ HỘ NGHÈO."),
        ("unit", "3"): ("3", "tấn", "ha"),
        ("target", "1"): ("1", "", "≥ 7.000"),
        ("target", "2"): ("2", "", "9.450"),  # a number cell, in Vietnamese form
        ("target", "4"): (None, "", "12"),
    }
    assert diff.matched_by == {"1": "code", "2": "code", "3": "code", "4": "new", "B9": "name"}
    assert diff.local_only == (("8", "Chỉ tiêu riêng của xã"),)
    assert diff.year == 2027 and not diff.applied and diff.notes == ()
    assert diff.province == PROVINCE


def test_adopt_writes_every_change_once_audited_and_a_second_time_is_a_no_op(two: Offices) -> None:
    path = _export(two)
    result = adopt_template(two.commune.db, path, "quantri").value
    assert result.status == "applied" and len(result.changes) == 8
    assert indicators(two.commune) == {
        "1": ("Chỉ tiêu 1", "tấn"), "2": ("Sản lượng lúa", "tấn"), "3": ("Chỉ tiêu 3", "ha"),
        "8": ("Chỉ tiêu riêng của xã", "cái"), "B9": ("TỶ LỆ HỘ NGHÈO.", "%"), "4": ("Số hợp tác xã", "HTX"),
    }
    assert year_targets(two.commune, 2027) == {
        "1": ("≥ 7.000", "province", PROVINCE), "2": ("9.450", "province", PROVINCE), "4": ("12", "province", PROVINCE)}
    with two.commune.db.read() as session:
        audit = session.scalars(select(AuditRow).where(AuditRow.action == "template.adopt")).all()
        bundle = session.scalars(select(BundleRow).where(BundleRow.kind == "template")).one()
    assert len(audit) == 1 and audit[0].actor == "quantri"
    details = json.loads(audit[0].details)
    assert "name 2: Chỉ tiêu 2 -> Sản lượng lúa" in details["changes"] and details["province"] == PROVINCE
    assert bundle.direction == "in" and bundle.bundle_id == result.diff.bundle_id
    before = _snapshot(two)
    again = adopt_template(two.commune.db, path, "quantri").value
    assert again.status == "already" and _snapshot(two) == before
    assert preview_template(two.commune.db, path).applied


def test_a_revised_target_replaces_the_old_one_which_stays_in_the_audit(two: Offices) -> None:
    adopt_template(two.commune.db, _export(two), "quantri")
    revised = _export(two, "mau-2.kehoach", [["06253", "", "1", "≥ 7.500"], ["06253", "", "2", "9.450"]])
    diff = preview_template(two.commune.db, revised)
    assert [(c.kind, c.code, c.old, c.new) for c in diff.changes] == [("target", "1", "≥ 7.000", "≥ 7.500")]
    adopt_template(two.commune.db, revised, "quantri")
    assert year_targets(two.commune, 2027)["1"] == ("≥ 7.500", "province", PROVINCE)
    with two.commune.db.read() as session:
        last = session.scalars(select(AuditRow).where(AuditRow.action == "template.adopt").order_by(AuditRow.id.desc())).first()
    assert json.loads(last.details)["changes"] == ["target 1: ≥ 7.000 -> ≥ 7.500"]


def test_the_mapping_can_be_overridden_and_changes_skipped(two: Offices) -> None:
    path = _export(two)
    diff = preview_template(two.commune.db, path, mapping={"4": "8", "B9": None})
    kinds = {(c.kind, c.code) for c in diff.changes}
    assert ("add", "4") not in kinds and ("code", "4") in kinds and ("name", "4") in kinds
    assert ("add", "B9") in kinds and ("code", "B9") not in kinds
    assert diff.matched_by["4"] == "user" and diff.matched_by["B9"] == "new"
    assert dict(diff.local_only) == {"9": "Tỷ lệ hộ nghèo"}
    keep = [c.key for c in diff.changes if c.key != "name:4"]
    adopt_template(two.commune.db, path, "quantri", mapping={"4": "8", "B9": None}, selected=keep)
    found = indicators(two.commune)
    assert found["4"] == ("Chỉ tiêu riêng của xã", "HTX")  # code and unit taken, the name change skipped
    assert found["9"] == ("Tỷ lệ hộ nghèo", "%") and found["B9"] == ("TỶ LỆ HỘ NGHÈO.", "%")
    assert year_targets(two.commune, 2027)["4"][0] == "12"  # the target follows the pairing


def test_a_pairing_that_would_make_two_codes_equal_is_refused_and_nothing_changes(two: Offices) -> None:
    path = _export(two)
    before = _snapshot(two)
    with pytest.raises(UserError, match="trùng"):
        adopt_template(two.commune.db, path, "quantri", mapping={"1": "8"})  # the plan's own 1 keeps its code
    with pytest.raises(UserError, match="không có chỉ tiêu mã «77»"):
        preview_template(two.commune.db, path, mapping={"1": "77"})
    with pytest.raises(UserError, match="nhiều chỉ tiêu"):
        preview_template(two.commune.db, path, mapping={"1": "8", "2": "8"})
    assert _snapshot(two) == before


def test_cli_round_trip_export_bundle_import_preview_adopt(two: Offices, tmp_path: Path) -> None:
    out = tmp_path / "mau-cli.kehoach"
    given = targets_xlsx(tmp_path, TARGETS)
    code, text, err = kehoach("province", "template", "export", "--db", _url(two.province), "--out", str(out),
                              "--plan-xlsx", str(standard_xlsx(tmp_path)), "--year", "2027", "--targets", str(given))
    assert code == 0, err
    assert "5 chỉ tiêu" in text and "2 xã" in text
    url = _url(two.commune)
    code, text, err = kehoach("bundle", "import", "--db", url, str(out), "--json")
    assert code == 0, err
    row = json.loads(text)[0]
    assert row["status"] == "template" and row["changes"] == 8 and "plan template adopt" in row["message"]
    code, text, _ = kehoach("plan", "template", "preview", "--db", url, str(out))
    assert code == 0 and "Sản lượng lúa" in text and "Chỉ tiêu riêng của xã" in text and "cùng tên" in text
    code, text, err = kehoach("plan", "template", "adopt", "--db", url, str(out), "--skip", "unit:3", "--user", "qt")
    assert code == 0, err
    assert "Đã áp dụng 7 thay đổi" in text
    assert indicators(two.commune)["3"] == ("Chỉ tiêu 3", "tấn")
    code, text, _ = kehoach("plan", "template", "adopt", "--db", url, str(out), "--user", "qt")
    assert code == 0 and "đã được áp dụng trước đó" in text
    code, text, _ = kehoach("bundle", "import", "--db", url, str(out))
    assert code == 0 and "đã được áp dụng trước đó" in text
    code, _, err = kehoach("plan", "template", "adopt", "--db", url, str(out), "--map", "nothing")
    assert code == 2 and "MÃ_TỈNH=MÃ_XÃ" in err


def test_targets_can_come_from_the_province_pc_and_a_sheet_is_written(tmp_path: Path) -> None:
    o = offices(tmp_path)
    sheet = tmp_path / "to-fill.xlsx"
    # The province holds the commune's plan after its first bundle.
    o.province.take(o.commune.export(o.province, full=True))
    code, text, err = kehoach("province", "template", "sheet", "--db", _url(o.province), "--out", str(sheet),
                              "--year", "2027", "--from-commune", "06253")
    assert code == 0, err
    from openpyxl import load_workbook

    rows = list(load_workbook(sheet).active.iter_rows(min_row=4, values_only=True))
    assert len(rows) == 2 * 5 and rows[0][:3] == ("06253", "Xã Thử", "1")
    with pytest.raises(UserError, match="chưa có mục tiêu năm 2027"):
        export_template(o.province.db, tmp_path / "x.kehoach", actor="t", from_commune="06253", year=2027)
    code, _, err = kehoach("target", "set", "--db", _url(o.province), "--plan", str(_province_plan(o)),
                           "--indicator", "2", "--year", "2027", "--value", "9.000", "--user", "tinh")
    assert code == 0, err
    written = export_template(o.province.db, tmp_path / "y.kehoach", actor="t", from_commune="06253", year=2027).value
    assert (written.indicators, written.communes, written.targets) == (5, 1, 1)
    diff = preview_template(o.commune.db, written.path)
    assert [(c.kind, c.code, c.new) for c in diff.changes] == [("target", "2", "9.000")]


def _province_plan(o: Offices) -> int:
    from kehoach_desktop.store.schema import PlanRow

    with o.province.db.read() as session:
        return session.scalar(select(PlanRow.id).join(CommuneRow).where(CommuneRow.code == "06253"))


def test_export_refuses_bad_targets_unknown_communes_and_a_commune_pc(two: Offices, tmp_path: Path) -> None:
    rows = [["06253", "", "1", "1" * 20], ["99999", "", "1", "5"], ["06253", "", "ZZ", "5"], ["06253", "", "2", "abc xyz"]]
    with pytest.raises(UserError) as caught:
        _export(two, "bad.kehoach", rows)
    message = str(caught.value)
    assert "4 mục tiêu" in message and "99999" in message and "ZZ" in message and "quá lớn" in message
    assert not (two.tmp / "bad.kehoach").exists()
    with pytest.raises(UserError, match="Chỉ máy tổng hợp của tỉnh"):
        export_template(two.commune.db, tmp_path / "c.kehoach", actor="t", plan_xlsx=standard_xlsx(tmp_path))


def test_encrypted_for_one_commune_pc_only(two: Offices, tmp_path: Path) -> None:
    key = tmp_path / "xa.khoa"
    write_key_file(own_public_key(two.commune.db), key)
    path = _export(two, "sealed.kehoach", to_key=key, encrypt=True)
    with zipfile.ZipFile(path) as z:
        assert container.SEALED in z.namelist()
    assert len(preview_template(two.commune.db, path).changes) == 8
    other = offices(tmp_path / "other")
    with pytest.raises(BundleRefused) as caught:
        preview_template(other.commune.db, path)
    assert caught.value.reason == "recipient"


def test_only_a_trusted_province_key_may_send_a_template(two: Offices, tmp_path: Path) -> None:
    path = _export(two)
    neighbour = make_pc(tmp_path / "n", "Xa2")  # another PC of the commune, trusted for the commune only
    with two.commune.db.write() as session:
        trust_key(session, two.commune.db.installation_id, own_public_key(neighbour.db), "t", "06253")
    before = _snapshot(two)
    stranger = make_pc(tmp_path / "s", "TinhLa")
    with pytest.raises(BundleRefused) as caught:
        adopt_template(two.commune.db, resign(stranger, path, tmp_path / "la.kehoach", _body(path)), "qt")
    assert caught.value.reason == "unknown_key" and "chưa có trong danh sách tin cậy" in str(caught.value)
    with pytest.raises(BundleRefused) as caught:
        adopt_template(two.commune.db, resign(neighbour, path, tmp_path / "xa2.kehoach", _body(path)), "qt")
    assert caught.value.reason == "scope" and "không phải máy của tỉnh" in str(caught.value)
    assert _snapshot(two) == before


def _body(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(container.PAYLOAD)


def test_tampered_oversized_and_bad_numbers_are_refused_with_nothing_written(two: Offices, tmp_path: Path) -> None:
    path = _export(two)
    before = _snapshot(two)
    body = json.loads(_body(path))
    # Tampered: the payload edited without the province's key.
    with zipfile.ZipFile(path) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    entries[container.PAYLOAD] = entries[container.PAYLOAD].replace("Sản lượng lúa".encode(), "Sản lượng ngô".encode())
    tampered = tmp_path / "sua.kehoach"
    container.write_container(tampered, entries)
    with pytest.raises(BundleRefused) as caught:
        preview_template(two.commune.db, tampered)
    assert caught.value.reason == "hash"
    # A target no plan may store, signed by the province's own key.
    body["targets"]["communes"][0]["targets"]["1"] = "≥ 1" + "0" * 20
    bad = resign(two.province, path, tmp_path / "so.kehoach", json.dumps(body).encode())
    with pytest.raises(BundleRefused) as caught:
        adopt_template(two.commune.db, bad, "qt")
    assert caught.value.reason == "value" and "quá lớn" in str(caught.value)
    # Too many indicators for a province's list.
    body["indicators"] = [dict(body["indicators"][0], code=f"X{i}") for i in range(template.MAX_INDICATORS + 1)]
    big = resign(two.province, path, tmp_path / "to.kehoach", json.dumps(body).encode())
    with pytest.raises(BundleRefused) as caught:
        preview_template(two.commune.db, big)
    assert caught.value.reason == "payload" and "tối đa" in str(caught.value)
    assert _snapshot(two) == before


def test_another_province_and_a_commune_without_targets_are_told(tmp_path: Path) -> None:
    o = offices(tmp_path, commune_province="Tỉnh Khác")
    with pytest.raises(BundleRefused) as caught:
        preview_template(o.commune.db, _export(o))
    assert caught.value.reason == "province" and "tỉnh khác" in str(caught.value)
    p = offices(tmp_path / "b", commune_province="tinh thu nghiem")  # the same province, typed otherwise
    diff = preview_template(p.commune.db, _export(p, rows=[["06254", "", "1", "5.000"]]))
    assert "không có Xã Thử" in diff.notes[0] and all(c.kind != "target" for c in diff.changes)


def test_an_older_reader_refuses_the_new_kind_as_newer(two: Offices, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _export(two)
    with zipfile.ZipFile(path) as z:
        data = z.read(container.MANIFEST)
    monkeypatch.setattr(manifest, "MAJORS", {})  # a 1.x reader knows no kind of major 2
    with pytest.raises(BundleRefused) as caught:
        manifest.parse(data)
    assert caught.value.reason == "version" and "mới hơn" in str(caught.value)
    monkeypatch.setattr(manifest, "MAJORS", {"template": 2})
    monkeypatch.setattr(manifest, "KINDS", ("data", "ack"))  # a reader with the major but not the kind
    with pytest.raises(BundleRefused) as caught:
        manifest.parse(data)
    assert caught.value.reason == "version" and "cập nhật" in str(caught.value)


def test_the_data_importer_routes_a_template_away_and_the_province_pc_refuses_it(two: Offices) -> None:
    path = _export(two)
    from kehoach_desktop.sync.importer import import_bundle

    with pytest.raises(BundleRefused) as caught:
        import_bundle(two.commune.db, path, actor="qt")
    assert caught.value.reason == "template"
    with pytest.raises(BundleRefused) as caught:
        preview_template(two.province.db, path)
    assert caught.value.reason == "own"
    with two.commune.db.read() as session:
        assert session.scalar(select(func.count()).select_from(IndicatorRow)) == 5
        assert session.scalar(select(func.count()).select_from(TargetRow)) == 0


def test_a_target_needs_its_added_indicator_and_a_plan_year(two: Offices) -> None:
    path = _export(two)
    keys = [c.key for c in preview_template(two.commune.db, path).changes if c.key != "add:4"]
    before = _snapshot(two)
    with pytest.raises(UserError, match="thêm 4"):
        adopt_template(two.commune.db, path, "qt", selected=keys)
    assert _snapshot(two) == before
    late = two.tmp / "late.kehoach"
    export_template(two.province.db, late, actor="t", plan_xlsx=standard_xlsx(two.tmp), year=2031,
                    targets_xlsx=targets_xlsx(two.tmp, [["06253", "", "1", "5"]], 2031))
    diff = preview_template(two.commune.db, late)
    assert "ngoài kế hoạch 2026-2030" in diff.notes[0] and all(c.kind != "target" for c in diff.changes)


def test_the_targets_sheet_reader_is_bounded_and_names_every_bad_row(tmp_path: Path) -> None:
    from datetime import date

    from kehoach_desktop.planimport import province_targets_xlsx as sheet

    good = targets_xlsx(tmp_path, [[6253, "", "1", 7000], ["06253", "", 5.1, "≥ 35,5%"], ["06254", "", "1", None]])
    assert sheet.read_province_targets_xlsx(good, 2027) == {"06253": {"1": "7.000", "5.1": "≥ 35,5%"}}
    bad = targets_xlsx(tmp_path, [["", "", "1", "5"], ["06253", "", "1", date(2027, 1, 5)], ["06253", "", "2", "x" * 301],
                                  ["06253", "", "3", "1"], ["06253", "", "3", "2"]])
    with pytest.raises(UserError) as caught:
        sheet.read_province_targets_xlsx(bad, 2027)
    text = str(caught.value)
    assert "4 lỗi" in text and "dòng 3" in text and "ngày tháng" in text and "301 ký tự" in text and "dòng 6" in text
    other_year = targets_xlsx(tmp_path, [["06253", "", "1", "5"]], 2026)  # a sheet of another year
    with pytest.raises(UserError, match="Mục tiêu năm 2027"):
        sheet.read_province_targets_xlsx(other_year, 2027)
    huge = tmp_path / "huge.xlsx"
    huge.write_bytes(b"PK" + b"\0" * (sheet.MAX_BYTES + 1))
    with pytest.raises(UserError, match="quá lớn"):
        sheet.read_province_targets_xlsx(huge, 2027)


def test_two_officers_adopting_at_once_neither_duplicates_nor_fails(two: Offices) -> None:
    import threading

    path = _export(two)
    results: list[str] = []
    errors: list[BaseException] = []

    def officer(name: str) -> None:
        try:
            results.append(adopt_template(two.commune.db, path, name).value.status)
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=officer, args=(f"qt{i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert sorted(results) == ["already", "applied"]
    with two.commune.db.read() as session:
        assert session.scalar(select(func.count()).select_from(IndicatorRow)) == 6
        assert session.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.action == "template.adopt")) == 1


def test_two_indicators_can_swap_codes_and_a_stock_is_told_apart(two: Offices, tmp_path: Path) -> None:
    from dataclasses import replace as copy

    from kehoach_desktop.domain.model import Aggregation, Direction
    from kehoach_desktop.planimport.xlsx import write_plan_xlsx
    from template_support import draft_of

    draft = draft_of((("1", "Chỉ tiêu 2", "tấn"), ("2", "Chỉ tiêu 1", "tấn"), ("3", "Chỉ tiêu 3", "tấn")))
    rows = [copy(i, aggregation=Aggregation.STOCK, direction=Direction.LOWER) if i.code == "3" else i
            for i in draft.indicators]
    standard = tmp_path / "swap.xlsx"
    write_plan_xlsx(copy(draft, indicators=rows), standard, PROVINCE)
    out = tmp_path / "swap.kehoach"
    export_template(two.province.db, out, actor="t", plan_xlsx=standard)
    by_name = preview_template(two.commune.db, out, mapping={"1": "2", "2": "1"})
    kinds = {(c.kind, c.code): (c.old, c.new) for c in by_name.changes}
    assert kinds[("code", "1")] == ("2", "1") and kinds[("code", "2")] == ("1", "2")
    assert kinds[("aggregation", "3")] == ("cộng dồn các tháng", "lấy số tháng gần nhất")
    assert kinds[("direction", "3")] == ("càng cao càng tốt", "càng thấp càng tốt")
    assert by_name.year is None and not any(k == "target" for k, _ in kinds)
    with two.commune.db.read() as session:
        uids = {r.code: r.uid for r in session.scalars(select(IndicatorRow))}
    adopt_template(two.commune.db, out, "qt", mapping={"1": "2", "2": "1"})
    with two.commune.db.read() as session:
        after = {r.code: (r.uid, r.name, r.aggregation.value) for r in session.scalars(select(IndicatorRow))}
    assert after["1"] == (uids["2"], "Chỉ tiêu 2", "flow") and after["2"] == (uids["1"], "Chỉ tiêu 1", "flow")
    assert after["3"][2] == "stock"
