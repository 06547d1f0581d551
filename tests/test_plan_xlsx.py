"""The Excel plan template: lossless round trips, officers' edits, clear errors, drop-downs."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kehoach_desktop.demo import demo_draft
from kehoach_desktop.domain.errors import UserError
from kehoach_desktop.domain.model import (
    Aggregation,
    Direction,
    Group,
    Indicator,
    Plan,
    PlanKind,
    PlanStatus,
    RuleKind,
    TargetRule,
)
from kehoach_desktop.planimport.xlsx import (
    INDICATOR_SHEET,
    LIST_SHEET,
    PLAN_SHEET,
    RULE_LABELS,
    SOURCE_CHUNK,
    SOURCE_SHEET,
    YEAR_SHEET,
    number_text,
    read_plan_xlsx,
    write_plan_xlsx,
)
from kehoach_desktop.store import queries
from kehoach_desktop.domain.draft import PlanDraft
from kehoach_desktop.store.operations import create_plan, init_commune


def assert_same(got: PlanDraft, want: PlanDraft, status: PlanStatus = PlanStatus.DRAFT) -> None:
    """Every part of two drafts equal; ``got`` must have ``status`` and no database ids."""
    assert got.plan == replace(want.plan, status=status, id=None)
    assert list(got.groups) == list(want.groups)
    assert list(got.indicators) == [replace(i, id=None) for i in want.indicators]
    assert {k: list(v) for k, v in got.rules.items()} == {k: list(v) for k, v in want.rules.items() if v}
    assert dict(got.spans) == dict(want.spans)
    assert {k: list(v) for k, v in got.flags.items()} == {k: list(v) for k, v in want.flags.items() if v}
    assert got.source_name == want.source_name


def rich_draft() -> PlanDraft:
    """The demo plan plus every hazard: awkward figures and texts, spans, flags, a long source."""
    base = demo_draft()
    source = (
        "NGHỊ QUYẾT về kế hoạch 5 năm\r\n(19) Tỷ lệ che phủ rừng 50,03%;\x0ctrang 2\n"
        "chữ _x000D_ giữ nguyên, = không phải công thức\n" + "Tổng giá trị sản xuất ≥ 1.874.300 triệu đồng. " * 1600
    )
    groups = [*base.groups, Group("politics", "Về xây dựng hệ thống chính trị"), Group("economy_2", "Chỉ tiêu kinh tế")]
    extra = [
        Indicator("29", "Tỷ lệ che phủ rừng\n(điều chỉnh)", "%", "environment", baseline_value=D("50.03"),
                  baseline_year=2025, responsible_office="Địa chính - Nông nghiệp"),
        Indicator("29.1", "Diện tích rừng trồng mới", "ha", "environment", parent_code="29",
                  aggregation=Aggregation.FLOW, baseline_value=D("-1.5")),
        Indicator("30", "Chỉ tiêu chưa có mục tiêu", "", "politics"),
        Indicator("31", "Giá trị sản xuất", "triệu đồng", "economy_2", direction=Direction.LOWER,
                  baseline_value=D(1874300), baseline_year=2025),
        Indicator("32", "Không thuộc nhóm nào", "tỷ đồng", ""),
    ]
    rules = dict(base.rules)
    rules["29"] = (
        TargetRule(RuleKind.RANGE, None, D("-1.5"), D("0.5"), text="=35 - 40%\r\nhoặc ≥ 41/41 thôn"),
        TargetRule(RuleKind.EQUAL, D("1.234"), year=2026, text="năm 2026: 1,234 nghìn ha"),
        TargetRule(RuleKind.AT_LEAST, D("0.000001"), year=2027, per_year=True, points=True, measures_change=True),
    )
    rules["29.1"] = (TargetRule(RuleKind.MULTIPLE_OF_BASELINE, D("123456789.123456"), baseline_year=2015,
                                text="tăng 0,7 lần so với năm 2015 / \"cả\" giai đoạn"),)
    rules["31"] = (TargetRule(RuleKind.EQUAL, D(1874300), year=2030, text="1.874.300 triệu đồng"),)
    rules["32"] = (TargetRule(RuleKind.QUALITATIVE, per_year=True, text="Giữ vững\t_x0041_ an toàn"),)
    return replace(
        base,
        plan=replace(base.plan, source_text=source, title="= Kế hoạch 5 năm"),
        groups=groups, indicators=[*base.indicators, *extra], rules=rules,
        spans={"1": (0, 57), "19": (29, 63), "29": (100, 40_180)},
        flags={"19": ("ambiguous_number",), "29": ("ambiguous_number", "unit_missing")},
        source_name="NQ 05-2025 (bản chụp).pdf",
    )


def round_trip(draft: PlanDraft, folder: Path, name: str = "plan.xlsx") -> PlanDraft:
    path = folder / name
    write_plan_xlsx(draft, path, "Xã Đồng Tâm")
    return read_plan_xlsx(path)


def column(ws: Any, title: str) -> int:
    return next(c.column for c in ws[1] if c.value == title)


def row_of(ws: Any, code: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == code)


def set_cell(path: Path, sheet: str, code: str, title: str, value: Any) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    ws.cell(row_of(ws, code), column(ws, title)).value = value
    wb.save(path)


def error_of(path: Path) -> str:
    with pytest.raises(UserError) as caught:
        read_plan_xlsx(path)
    return str(caught.value)


# ------------------------------------------------------------------------------ round trips


def test_demo_plan_round_trips_losslessly(tmp_path: Path) -> None:
    draft = demo_draft()
    got = round_trip(draft, tmp_path)
    assert_same(got, draft)
    assert got.plan.status is PlanStatus.DRAFT and draft.plan.status is PlanStatus.ADOPTED
    assert got.rules["2"][0].year is None and got.rules["2"][1].year == 2026
    assert got.rules["19"][0].value == D("50.03") and got.rules["8"][0].value == D("0.5")


def test_awkward_figures_texts_and_source_round_trip(tmp_path: Path) -> None:
    draft = rich_draft()
    got = round_trip(draft, tmp_path)
    assert_same(got, draft)
    assert got.plan.source_text == draft.plan.source_text  # \r, \x0c and literal _x000D_ kept
    assert got.rules["29"][0].text == "=35 - 40%\r\nhoặc ≥ 41/41 thôn"
    wb = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    chunks = [c for (c,) in wb[SOURCE_SHEET].iter_rows(values_only=True)]
    assert len(chunks) >= 3 and all(len(c) <= SOURCE_CHUNK for c in chunks)
    assert wb[SOURCE_SHEET].sheet_state == "hidden"


def test_round_trip_through_the_database(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = rich_draft()
    with db.write() as session:
        commune = init_commune(session, db.installation_id, "99001", "Xã Đồng Tâm", "Tỉnh Mẫu", "tester")
        plan_id = create_plan(session, db.installation_id, commune.id, draft, "tester").id
    with db.read() as session:
        stored = queries.plan_draft(session, plan_id)
    assert_same(stored, draft, status=PlanStatus.ADOPTED)
    assert stored.plan.source_text == draft.plan.source_text
    assert_same(round_trip(stored, tmp_path), draft)
    with db.read() as session, pytest.raises(UserError) as caught:
        queries.plan_draft(session, plan_id + 1000)
    assert caught.value.field == "plan" and str(plan_id + 1000) in str(caught.value)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40).map(
    lambda t: unicodedata.normalize("NFC", t).strip()
)
_VERBATIM = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_DECIMAL = st.one_of(  # any figure within the one set of bounds (domain.bounds: 15 + 6 digits)
    st.none(),
    st.integers(0, 6).flatmap(
        lambda places: st.decimals(D("-999999999999999"), D("999999999999999"), places=places)
    ),
    st.integers(0, 6).flatmap(lambda places: st.decimals(-10**6, 10**6, places=places)),
)


@pytest.mark.slow
@settings(max_examples=120, deadline=None)
@given(
    value=_DECIMAL, low=_DECIMAL, high=_DECIMAL, baseline=_DECIMAL,
    name=_TEXT.filter(bool), unit=_TEXT, text=_VERBATIM, office=_TEXT,
    kind=st.sampled_from(RuleKind), flags=st.lists(st.from_regex(r"[a-z_]{1,12}", fullmatch=True), unique=True, max_size=3),
)
@example(value=D("50.03"), low=D("1.234"), high=D("-0.001"), baseline=D(1874300), name="≥ 7.000 tấn",
         unit="tạ/ha", text=" =SUM(A1)\r\n41/41 _x0009_\x0c ", office="", kind=RuleKind.RATIO, flags=[])
def test_any_figures_and_texts_round_trip(
    tmp_path_factory: pytest.TempPathFactory, value: D | None, low: D | None, high: D | None,
    baseline: D | None, name: str, unit: str, text: str, office: str, kind: RuleKind, flags: list[str],
) -> None:
    rule = TargetRule(kind, value, low, high, 2025, per_year=True, text=text)
    draft = PlanDraft(
        plan=Plan(PlanKind.ANNUAL, 2026, 2026, title=office or None),
        groups=[Group("g", name)],
        indicators=[Indicator("1", name, unit, "g", baseline_value=baseline, responsible_office=office or None)],
        rules={"1": [rule, replace(rule, year=2026, value=low)]},
        flags={"1": flags} if flags else {},
    )
    assert_same(round_trip(draft, tmp_path_factory.mktemp("prop")), draft)


@pytest.mark.parametrize(
    ("value", "text"),
    [("1874300", "1.874.300"), ("50.03", "50,03"), ("0.5", "0,5"), ("-1.5", "-1,5"), ("1.234", "1,2340"),
     ("-12.345", "-12,3450"), ("0.125", "0,125"), ("1234.5", "1.234,5"), ("7000", "7.000")],
)
def test_figures_are_written_vietnamese_style_and_never_ambiguous(value: str, text: str) -> None:
    assert number_text(D(value)) == text


# ------------------------------------------------------------------------------ officers' edits


def test_a_file_edited_by_an_officer_reads_as_meant(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    write_plan_xlsx(demo_draft(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb[INDICATOR_SHEET]
    value, per_year, base = column(ws, "Giá trị"), column(ws, "Hằng năm"), column(ws, "Giá trị năm gốc")
    ws.cell(row_of(ws, "4"), value).value = 12.5  # typed as a number
    ws.cell(row_of(ws, "19"), value).value = 50.03  # a float cell, read without binary noise
    ws.cell(row_of(ws, "5"), value).value = "  7.000 "  # Vietnamese thousands, stray spaces
    ws.cell(row_of(ws, "12"), column(ws, "Cận trên")).value = "40,5"
    ws.cell(row_of(ws, "4"), per_year).value = "KHÔNG"
    ws.cell(row_of(ws, "5"), per_year).value = "có"
    ws.cell(row_of(ws, "2"), base).value = 8620
    ws.cell(row_of(ws, "6"), column(ws, "Tên chỉ tiêu")).value = "Số doanh nghiệp   thành lập mới  "
    last = ws.max_row
    for col, cell in zip(
        ("Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Loại mục tiêu", "Giá trị"),
        (29, " Số hộ dùng điện lưới ", "hộ", "tối thiểu (≥)", "1.250"),
    ):
        ws.cell(last + 3, column(ws, col)).value = cell  # after two blank rows
    ws.insert_rows(3, 2)  # blank rows in the middle
    years = wb[YEAR_SHEET]
    years.insert_rows(2)
    years.cell(row_of(years, "10"), column(years, "Giá trị")).value = 17
    wb.save(path)

    got = read_plan_xlsx(path)
    rules = {code: list(r) for code, r in got.rules.items()}
    assert rules["4"][0].value == D("12.5") and rules["4"][0].per_year is False
    assert rules["19"][0].value == D("50.03") and str(rules["19"][0].value) == "50.03"
    assert rules["5"][0].value == D(7000) and rules["5"][0].per_year is True
    assert rules["12"][0].high == D("40.5")
    assert rules["10"][1] == replace(demo_draft().rules["10"][1], value=D(17))
    by_code = {i.code: i for i in got.indicators}
    assert by_code["6"].name == "Số doanh nghiệp   thành lập mới"
    assert by_code["2"].baseline_value == D(8620)
    assert got.indicators[-1] == Indicator("29", "Số hộ dùng điện lưới", "hộ")
    assert rules["29"] == [TargetRule(RuleKind.AT_LEAST, D(1250))]
    assert [i.code for i in got.indicators][:3] == ["1", "2", "3"]
    assert len(got.indicators) == len(demo_draft().indicators) + 1
    assert got.plan.status is PlanStatus.DRAFT


def test_a_hand_row_with_a_lower_kind_gets_lower_is_better(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    write_plan_xlsx(demo_draft(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb[INDICATOR_SHEET]
    r = ws.max_row + 1
    for title, value in (("Mã chỉ tiêu", "40"), ("Tên chỉ tiêu", "Tỷ lệ hộ cận nghèo"), ("Đơn vị tính", "%"),
                         ("Loại mục tiêu", "Nhỏ hơn (<)"), ("Giá trị", "3"), ("Hằng năm", True),
                         ("Nhóm", "Chỉ tiêu văn hóa - xã hội")):
        ws.cell(r, column(ws, title)).value = value
    wb.save(path)
    got = read_plan_xlsx(path)
    assert got.indicators[-1] == Indicator("40", "Tỷ lệ hộ cận nghèo", "%", "society", direction=Direction.LOWER)
    assert list(got.rules["40"]) == [TargetRule(RuleKind.LESS_THAN, D(3), per_year=True)]


# ------------------------------------------------------------------------------ bad input


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    write_plan_xlsx(demo_draft(), path)
    return path


def test_unknown_rule_kind_names_sheet_row_and_column(demo_file: Path) -> None:
    set_cell(demo_file, INDICATOR_SHEET, "5.1", "Loại mục tiêu", "abc")
    assert error_of(demo_file) == (
        'Sheet "Chỉ tiêu", dòng 7, cột "Loại mục tiêu": "abc" không phải loại mục tiêu hợp lệ; '
        "hãy chọn trong danh sách."
    )


def test_a_value_that_is_not_a_number(demo_file: Path) -> None:
    set_cell(demo_file, INDICATOR_SHEET, "4", "Giá trị", "khoảng bảy nghìn")
    message = error_of(demo_file)
    assert message.startswith('Sheet "Chỉ tiêu", dòng 5, cột "Giá trị": ') and "khoảng bảy nghìn" in message


def test_an_ambiguous_number_is_refused_not_guessed(demo_file: Path) -> None:
    set_cell(demo_file, INDICATOR_SHEET, "2", "Giá trị năm gốc", "19,655")
    message = error_of(demo_file)
    assert 'dòng 3, cột "Giá trị năm gốc"' in message and "không rõ nghĩa" in message


def test_duplicate_code(demo_file: Path) -> None:
    set_cell(demo_file, INDICATOR_SHEET, "7", "Mã chỉ tiêu", "6")
    message = error_of(demo_file)
    assert 'Sheet "Chỉ tiêu", dòng 10, cột "Mã chỉ tiêu": mã "6" đã dùng ở dòng 9' in message


def test_problems_are_reported_together(demo_file: Path) -> None:
    wb = openpyxl.load_workbook(demo_file)
    ws = wb[INDICATOR_SHEET]
    ws.cell(row_of(ws, "3"), column(ws, "Hằng năm")).value = "có lẽ"
    ws.cell(row_of(ws, "5.1"), column(ws, "Thuộc chỉ tiêu")).value = "99"
    ws.cell(row_of(ws, "8"), column(ws, "Nhóm")).value = "Nhóm lạ"
    ws.cell(row_of(ws, "9"), column(ws, "Chiều tốt")).value = "lên"
    ws.cell(row_of(ws, "1"), column(ws, "Vị trí trong văn bản")).value = "abc"
    years = wb[YEAR_SHEET]
    years.cell(row_of(years, "2"), column(years, "Năm")).value = 2035
    years.cell(row_of(years, "10"), 1).value = "77"
    wb.save(demo_file)
    message = error_of(demo_file)
    assert message.startswith("Tệp Excel có 7 lỗi")
    for part in (
        'Sheet "Chỉ tiêu", dòng 4, cột "Hằng năm": "có lẽ" không hợp lệ; hãy chọn "Có" hoặc "Không".',
        'Sheet "Chỉ tiêu", dòng 7, cột "Thuộc chỉ tiêu": không có chỉ tiêu mã "99"',
        'Sheet "Chỉ tiêu", dòng 11, cột "Nhóm": nhóm "Nhóm lạ" không có trong bảng nhóm',
        'Sheet "Chỉ tiêu", dòng 12, cột "Chiều tốt": "lên" không phải chiều tốt hợp lệ',
        'Sheet "Chỉ tiêu", dòng 2, cột "Vị trí trong văn bản"',
        'Sheet "Mục tiêu từng năm", dòng 2, cột "Năm": năm 2035 nằm ngoài kế hoạch 2026-2030',
        'Sheet "Mục tiêu từng năm", dòng 3, cột "Mã chỉ tiêu": không có chỉ tiêu mã "77"',
    ):
        assert part in message


def test_at_most_ten_problems_are_listed(demo_file: Path) -> None:
    wb = openpyxl.load_workbook(demo_file)
    ws = wb[INDICATOR_SHEET]
    for r in range(2, 16):
        ws.cell(r, column(ws, "Giá trị")).value = "x"
    wb.save(demo_file)
    message = error_of(demo_file)
    assert message.startswith("Tệp Excel có 14 lỗi") and message.count("\n- Sheet") == 10
    assert "và 4 lỗi khác" in message


def test_parent_below_child_and_bad_plan_years(demo_file: Path) -> None:
    wb = openpyxl.load_workbook(demo_file)
    ws = wb[INDICATOR_SHEET]
    ws.cell(row_of(ws, "4"), column(ws, "Thuộc chỉ tiêu")).value = "5"
    plan = wb[PLAN_SHEET]
    plan["B4"] = 2020
    wb.save(demo_file)
    message = error_of(demo_file)
    assert 'Sheet "Chỉ tiêu", dòng 5, cột "Thuộc chỉ tiêu": chỉ tiêu "5" phải nằm ở một dòng phía trên' in message
    assert 'Sheet "Kế hoạch", dòng 4, cột "Nội dung": Đến năm 2020 trước Từ năm 2026' in message


def test_a_year_target_without_kind_and_a_rule_without_kind(demo_file: Path) -> None:
    set_cell(demo_file, YEAR_SHEET, "2", "Loại mục tiêu", None)
    set_cell(demo_file, INDICATOR_SHEET, "3", "Loại mục tiêu", "")
    message = error_of(demo_file)
    assert 'Sheet "Chỉ tiêu", dòng 4, cột "Loại mục tiêu": chưa chọn loại mục tiêu' in message
    assert 'Sheet "Mục tiêu từng năm", dòng 2, cột "Loại mục tiêu": chưa chọn loại mục tiêu' in message


def test_missing_sheet(demo_file: Path) -> None:
    wb = openpyxl.load_workbook(demo_file)
    del wb[PLAN_SHEET]
    wb.save(demo_file)
    message = error_of(demo_file)
    assert 'thiếu sheet "Kế hoạch"' in message and "không phải mẫu kế hoạch" in message


def test_missing_column(demo_file: Path) -> None:
    wb = openpyxl.load_workbook(demo_file)
    ws = wb[INDICATOR_SHEET]
    ws.delete_cols(column(ws, "Năm gốc"))
    wb.save(demo_file)
    assert error_of(demo_file).startswith('Sheet "Chỉ tiêu", dòng 1: thiếu cột "Năm gốc"')


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.txt", "missing.xlsx"])
def test_not_an_xlsx_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name != "missing.xlsx":
        path.write_text("Mã chỉ tiêu;Tên chỉ tiêu\n1;Sản lượng", encoding="utf-8")
    message = error_of(path)
    assert name in message and ("không phải tệp Excel .xlsx" in message or "Không tìm thấy" in message)


# ------------------------------------------------------------------------------ the template


def test_drop_down_lists_and_layout(demo_file: Path) -> None:
    wb = openpyxl.load_workbook(demo_file)
    assert wb[LIST_SHEET].sheet_state == "hidden"
    lists = {c.value: [r[c.column - 1] for r in wb[LIST_SHEET].iter_rows(min_row=2, values_only=True)]
             for c in wb[LIST_SHEET][1]}
    assert [v for v in lists["Loại mục tiêu"] if v] == list(RULE_LABELS.values())

    def validations(ws: Any) -> dict[str, Any]:
        found = {}
        for dv in ws.data_validations.dataValidation:
            for rng in str(dv.sqref).split():
                found[ws.cell(1, openpyxl.utils.cell.range_boundaries(rng)[0]).value] = dv
        return found

    main = validations(wb[INDICATOR_SHEET])
    for title in ("Loại mục tiêu", "Đơn vị tính", "Hằng năm", "Tính theo điểm %", "Số liệu là tốc độ thay đổi",
                  "Chiều tốt", "Cách cộng các tháng", "Nhóm"):
        dv = main[title]
        assert dv.type == "list" and dv.formula1.startswith("'Danh mục'!"), title
    assert main["Loại mục tiêu"].showErrorMessage and main["Loại mục tiêu"].errorStyle == "stop"
    assert main["Đơn vị tính"].errorStyle == "warning" or not main["Đơn vị tính"].showErrorMessage
    assert set(validations(wb[YEAR_SHEET])) >= {"Loại mục tiêu", "Hằng năm", "Tính theo điểm %"}
    ws = wb[INDICATOR_SHEET]
    assert ws.freeze_panes == "B2" and ws["A1"].font.b
    assert ws.cell(2, column(ws, "Tên chỉ tiêu")).alignment.wrap_text
    assert ws.cell(2, column(ws, "Giá trị")).data_type == "s"  # figures are exact text
    plan = {r[0]: r[1] for r in wb[PLAN_SHEET].iter_rows(values_only=True) if r[0]}
    assert plan["Loại kế hoạch"] == "5 năm" and plan["Trạng thái"] == "Đã thông qua"
    assert plan["economy"] == "Chỉ tiêu kinh tế"
