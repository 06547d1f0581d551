"""The plan parser: both corpus documents in full, and every form DOMAIN.md lists."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from kehoach_desktop.domain.model import Direction, PlanKind
from kehoach_desktop.domain.numbers import to_plain
from kehoach_desktop.planimport.parser import ParsedIndicator, ParsedPlan, parse_text
from tests.plan_expectations import NA_DUONG, NA_DUONG_GROUPS, TAM_THANH, TAM_THANH_GROUPS, Row


def _row(ind: ParsedIndicator) -> Row:
    t = ind.target
    plain = lambda v: None if v is None else to_plain(v)  # noqa: E731
    if t is None:
        return (ind.code, ind.group, ind.unit, None, None, None, None, None, ind.name)
    low = None if t.kind.value == "ratio" else plain(t.low)
    return (ind.code, ind.group, ind.unit, t.kind.value, plain(t.value), low, plain(t.high), t.baseline_year, ind.name)


def _read(path: Path) -> str:
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def _assert_table(parsed: ParsedPlan, expected: list[Row]) -> None:
    got = [_row(ind) for ind in parsed.all_indicators()]
    assert [g[0] for g in got] == [e[0] for e in expected], "indicator codes differ"
    for g, e in zip(got, expected):
        assert g[:8] == e[:8], f"indicator {e[0]}"
        assert g[8].startswith(e[8]), f"indicator {e[0]} name {g[8]!r}"


def _assert_spans(parsed: ParsedPlan) -> None:
    """Every indicator points at the source text it came from."""
    source = parsed.source_text
    for ind in parsed.all_indicators():
        start, end = ind.span
        assert 0 <= start < end <= len(source)
        quoted = " ".join(source[start:end].split())
        if ind.target is not None and ind.target.kind.value != "qualitative":
            assert ind.target.text in quoted, f"{ind.code}: {ind.target.text!r} not in {quoted!r}"
        if "." not in ind.code:
            assert quoted.startswith(f"({ind.code})"), f"{ind.code}: span starts {quoted[:20]!r}"


def test_na_duong_reads_completely(corpus: Path) -> None:
    parsed = parse_text(_read(corpus / "na-duong-ke-hoach-2026-2030.txt"))
    assert (parsed.kind, parsed.info.start_year, parsed.info.end_year) == (PlanKind.FIVE_YEAR, 2026, 2030)
    assert parsed.info.commune == "Xã Na Dương"
    assert parsed.info.title == "Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026-2030"
    assert [(g.key, g.title) for g in parsed.groups] == NA_DUONG_GROUPS
    _assert_table(parsed, NA_DUONG)
    _assert_spans(parsed)
    # The document declares 17 indicators (08 + 06 + 03): the counts agree, so no warning.
    assert parsed.warnings == []
    flags = {ind.code: ind.flags for ind in parsed.all_indicators() if ind.flags}
    assert flags == {"12.1": ["unit_inferred"]}  # "≥76" with no unit, read as a rate in %
    by_code = {ind.code: ind for ind in parsed.all_indicators()}
    assert by_code["13"].direction is Direction.LOWER
    assert by_code["15.2"].target is not None and by_code["15.2"].target.per_year


def test_tam_thanh_reads_completely(corpus: Path) -> None:
    parsed = parse_text(_read(corpus / "tam-thanh-ke-hoach-2026-2030.txt"))
    # The document opens with the review of 2021-2025; the plan is the next period.
    assert (parsed.kind, parsed.info.start_year, parsed.info.end_year) == (PlanKind.FIVE_YEAR, 2026, 2030)
    assert parsed.info.commune == "Phường Tam Thanh"
    assert [(g.key, g.title) for g in parsed.groups] == TAM_THANH_GROUPS
    _assert_table(parsed, TAM_THANH)
    _assert_spans(parsed)
    flags = {ind.code: ind.flags for ind in parsed.all_indicators() if ind.flags}
    # "(đạt tỷ lệ 85% trở lên)" in brackets is a second figure the officer should look at.
    assert flags == {"7.4": ["multiple_targets"]}


def _one(text: str) -> ParsedIndicator:
    parsed = parse_text(text)
    assert len(parsed.indicators) == 1, [i.name for i in parsed.indicators]
    return parsed.indicators[0]


def _target(text: str) -> tuple[str | None, str, str | None, str | None, str | None]:
    ind = _one(text)
    t = ind.target
    assert t is not None
    plain = lambda v: None if v is None else to_plain(v)  # noqa: E731
    return ind.unit, t.kind.value, plain(t.value), plain(t.low), plain(t.high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(4) Sản lượng lương thực có hạt hằng năm ≥ 7.000 tấn.", ("tấn", "at_least", "7000", None, None)),
        ("(1) Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 96%.", ("%", "at_least", "96", None, None)),
        ("(1) Tỷ lệ lao động qua đào tạo đạt 90% trở lên.", ("%", "at_least", "90", None, None)),
        ("(1) Sản xuất điện hằng năm đạt từ 700 triệu KWh.", ("triệu KWh", "at_least", "700", None, None)),
        ("(1) Có ít nhất 02 doanh nghiệp khoa học công nghệ.", ("doanh nghiệp", "at_least", "2", None, None)),
        ("(1) Thu ngân sách tối thiểu 5 tỷ đồng.", ("tỷ đồng", "at_least", "5", None, None)),
        ("(1) Tỷ lệ lấp đầy > 10%", ("%", "more_than", "10", None, None)),
        ("(1) Tỷ lệ hộ nghèo dưới 3%", ("%", "at_most", "3", None, None)),
        ("(1) Tỷ lệ hộ nghèo không quá 2,5%", ("%", "at_most", "2.5", None, None)),
        ("(1) Tỷ lệ sinh con thứ ba ≤ 5%", ("%", "at_most", "5", None, None)),
        ("(1) Tỷ lệ lao động có chứng chỉ 35 - 40%.", ("%", "range", None, "35", "40")),
        ("(1) Thành lập 3-4 HTX.", ("hợp tác xã", "range", None, "3", "4")),
        ("(1) Số thôn đạt chuẩn nông thôn mới 18/22 thôn.", ("thôn", "ratio", "18", None, "22")),
        ("(1) Thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 42%.", ("%", "growth_vs_baseline", "42", None, None)),
        ("(1) Thu nội địa tăng bình quân hằng năm 10% trở lên.", ("%", "avg_annual_growth", "10", None, None)),
        ("(1) Tốc độ tăng trưởng kinh tế bình quân hằng năm 8,5 %.", ("%", "avg_annual_growth", "8.5", None, None)),
        ("(1) Giảm số vụ phạm tội về trật tự xã hội hằng năm ≥ 5%.", ("%", "reduction", "5", None, None)),
        ("(1) Tỷ lệ giảm hộ nghèo: 0,5- 1%.", ("%", "reduction", None, "0.5", "1")),
        ("(1) Duy trì tỷ lệ che phủ rừng 45,38%.", ("%", "maintain", "45.38", None, None)),
        ("(1) Thành lập mới 20 doanh nghiệp.", ("doanh nghiệp", "cumulative", "20", None, None)),
        ("(1) Xây dựng thêm 06 tuyến phố đạt chuẩn văn minh.", ("tuyến phố", "cumulative", "6", None, None)),
        ("(1) Tổng đàn gia súc 12 nghìn con.", ("con", "equal", "12000", None, None)),
        ("(1) Số trường đạt chuẩn khoảng 4 trường.", ("trường", "equal", "4", None, None)),
        ("(1) Giá trị sản xuất tăng 0,7 lần so với năm 2015.", ("lần", "multiple_of_baseline", "0.7", None, None)),
        ("(1) Tỷ lệ hộ nghèo giảm bình quân 1,5 điểm mỗi năm.", ("%", "reduction", "1.5", None, None)),
        ("(1) Trồng rừng hàng năm 100ha.", ("ha", "equal", "100", None, None)),
        ("(1) Năng suất lúa bình quân 50tạ/ha.", ("tạ/ha", "equal", "50", None, None)),
        ("(1) Tổng thu ngân sách trên địa bàn: 9.450 triệu đồng.", ("triệu đồng", "equal", "9450", None, None)),
        ("(1) Tổng thu ngân sách 2,528,008 triệu đồng.", ("triệu đồng", "equal", "2528008", None, None)),
        ("(1) Thu ngân sách 45 Trđ.", ("triệu đồng", "equal", "45", None, None)),
        ("(1) Tổng vốn đầu tư 120 tỷ.đ", ("tỷ đồng", "equal", "120", None, None)),
    ],
)
def test_target_forms(text: str, expected: tuple[str | None, ...]) -> None:
    assert _target(text) == expected


def test_a_multiple_of_the_baseline_keeps_its_year() -> None:
    ind = _one("(1) Giá trị sản xuất tăng 0,7 lần so với năm 2015.")
    assert ind.target is not None and ind.target.baseline_year == 2015


def test_percentage_points_are_marked() -> None:
    ind = _one("(1) Tỷ lệ hộ nghèo giảm bình quân 1,5 điểm mỗi năm.")
    assert ind.target is not None and ind.target.points and ind.target.per_year


def test_an_ambiguous_number_is_read_vietnamese_style_and_flagged() -> None:
    ind = _one("(1) Tổng thu ngân sách 19,655 tỷ đồng.")
    assert ind.target is not None and to_plain(ind.target.value) == "19.655"  # type: ignore[arg-type]
    assert "ambiguous_number" in ind.flags
    assert any("19.655 (hàng nghìn)" in note for note in ind.notes)


def test_a_rate_without_unit_is_percent_and_says_so() -> None:
    ind = _one("(1) Tỷ lệ lao động đã qua đào tạo đến năm 2030 ≥76.")
    assert (ind.unit, ind.flags) == ("%", ["unit_inferred"])


def test_a_figure_without_unit_is_flagged() -> None:
    ind = _one("(1) Chỉ số hài lòng của người dân: 15.")
    assert ind.unit is None and "unit_missing" in ind.flags
    # A count says what it counts: the unit is taken from the name, flagged to confirm (issue 20).
    ind = _one("(1) Số lượng mô hình kinh tế tập thể: 15.")
    assert ind.unit == "mô hình" and "unit_inferred" in ind.flags


def test_qualitative_targets_keep_their_text() -> None:
    ind = _one("Các chỉ tiêu chủ yếu:\n(1) Giữ vững xã đạt chuẩn an toàn về an ninh, trật tự.")
    assert ind.target is not None and ind.target.kind.value == "qualitative"
    assert ind.target.text == "Giữ vững xã đạt chuẩn an toàn về an ninh, trật tự"
    assert ind.flags == []


def test_an_unreadable_target_is_flagged_not_guessed() -> None:
    parsed = parse_text("Các chỉ tiêu chủ yếu:\n(1) Sản lượng 100 tấn.\n(2) Chương trình mục tiêu số 3 về nông thôn.\n")
    ind = parsed.indicators[1]
    assert ind.target is not None and ind.target.kind.value == "qualitative"
    assert "target_unparsed" in ind.flags


def test_items_run_together_in_one_paragraph() -> None:
    text = (
        "Các chỉ tiêu chủ yếu năm 2026:\n"
        "- Về Kinh tế: (1) Tổng giá trị sản xuất 1.874.300 triệu đồng. (2) Tổng thu ngân sách trên "
        "địa bàn: 9.450 triệu đồng. (3) Thu nhập bình quân đầu người 60 triệu đồng/người/năm. "
        "- Về Văn hóa - Xã hội: (4) Tỷ lệ hộ nghèo giảm còn 2%. (5) Tỷ lệ tham gia bảo hiểm y tế 95%.\n"
    )
    parsed = parse_text(text)
    assert (parsed.kind, parsed.info.start_year) == (PlanKind.ANNUAL, 2026)
    rows = [(i.code, i.group, i.unit, i.target.kind.value if i.target else None) for i in parsed.indicators]
    assert rows == [
        ("1", "economy", "triệu đồng", "equal"),
        ("2", "economy", "triệu đồng", "equal"),
        ("3", "economy", "triệu đồng/người/năm", "equal"),
        ("4", "society", "%", "at_most"),
        ("5", "society", "%", "equal"),
    ]
    assert parsed.indicators[3].direction is Direction.LOWER


def test_a_broken_marker_still_starts_an_item() -> None:
    text = "Các chỉ tiêu chủ yếu:\n(11) Tỷ lệ trường đạt chuẩn 80%.\n(12 Tỷ lệ thôn đạt chuẩn văn hóa: 90%.\n(13) Số hộ 500 hộ.\n"
    parsed = parse_text(text)
    assert [(i.code, i.target and to_plain(i.target.value)) for i in parsed.indicators] == [  # type: ignore[arg-type]
        ("11", "80"), ("12", "90"), ("13", "500"),
    ]


def test_plus_lines_are_sub_indicators() -> None:
    text = (
        "2. Các chỉ tiêu chủ yếu\n"
        "(2) Phấn đấu đến năm 2030, sản lượng một số cây trồng chủ lực:\n"
        "+ Sản lượng cây ăn quả: 2.300 tấn.\n"
        "+ Sản lượng chè búp tươi: 1.200 tấn.\n"
        "(3) Tỷ lệ che phủ rừng 50%.\n"
    )
    parsed = parse_text(text)
    first = parsed.indicators[0]
    assert (first.code, first.target) == ("2", None)
    assert [(c.code, c.name, c.unit, to_plain(c.target.value)) for c in first.children] == [  # type: ignore[union-attr,arg-type]
        ("2.1", "Sản lượng cây ăn quả", "tấn", "2300"),
        ("2.2", "Sản lượng chè búp tươi", "tấn", "1200"),
    ]
    assert parsed.indicators[1].code == "3"


def test_a_breakdown_after_trong_do_keeps_the_total() -> None:
    ind = _one("(5) Tổng đàn gia súc, gia cầm 52.400 con, trong đó: đàn lợn 9.000 con; đàn trâu duy trì 1.150 con; đàn bò 600 con.")
    assert ind.target is not None and to_plain(ind.target.value) == "52400"
    assert [(c.code, c.name, c.target.kind.value, to_plain(c.target.value)) for c in ind.children] == [  # type: ignore[union-attr,arg-type]
        ("5.1", "Đàn lợn", "equal", "9000"),
        ("5.2", "Đàn trâu", "maintain", "1150"),
        ("5.3", "Đàn bò", "equal", "600"),
    ]


def test_a_share_split_names_the_parent_by_its_heading() -> None:
    ind = _one("(1) Cơ cấu kinh tế: nông nghiệp 60%; dịch vụ 30%; công nghiệp 10%.")
    assert ind.name == "Cơ cấu kinh tế"
    assert [(c.name, to_plain(c.target.value)) for c in ind.children] == [  # type: ignore[union-attr,arg-type]
        ("Nông nghiệp", "60"), ("Dịch vụ", "30"), ("Công nghiệp", "10"),
    ]


def test_va_splits_only_between_two_targets() -> None:
    two = _one("(7) Thành lập mới 20 doanh nghiệp và 05 hợp tác xã.")
    assert [c.name for c in two.children] == ["Thành lập mới doanh nghiệp", "Thành lập mới hợp tác xã"]
    one = _one("(17) Tỷ lệ chất thải rắn được thu gom và xử lý 90%.")
    assert one.children == [] and one.target is not None


def test_numbered_dot_style_with_dash_sub_bullets_and_unknown_heading() -> None:
    text = (
        "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026\n"
        "Điều 1. Thông qua các chỉ tiêu chủ yếu năm 2026 như sau:\n"
        "1. Chỉ tiêu về kinh tế:\n"
        "1) Tổng sản lượng lương thực 7.200 tấn.\n"
        "2) Thu ngân sách trên địa bàn 12,5 tỷ đồng.\n"
        "2. Chỉ tiêu về xã hội:\n"
        "3) Tỷ lệ hộ nghèo giảm 1,5 điểm %.\n"
        "* Về xây dựng hệ thống chính trị\n"
        "4) Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 85%.\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này với 100% cán bộ.\n"
    )
    parsed = parse_text(text)
    assert (parsed.kind, parsed.info.start_year, parsed.info.end_year) == (PlanKind.ANNUAL, 2026, 2026)
    assert [(g.key, g.title) for g in parsed.groups] == [
        ("economy", "Chỉ tiêu về kinh tế"),
        ("society", "Chỉ tiêu về xã hội"),
        ("xay_dung_he_thong_chinh_tri", "Về xây dựng hệ thống chính trị"),
    ]
    rows = [(i.code, i.group, i.unit, i.target.kind.value if i.target else None) for i in parsed.indicators]
    assert rows == [
        ("1", "economy", "tấn", "equal"),
        ("2", "economy", "tỷ đồng", "equal"),
        ("3", "society", "%", "reduction"),
        ("4", "xay_dung_he_thong_chinh_tri", "%", "equal"),
    ]


def test_dash_bullets_with_plus_sub_bullets() -> None:
    text = (
        "* Về kinh tế\n"
        "- Tổng thu ngân sách 9.450 triệu đồng.\n"
        "- Sản lượng cây trồng chính:\n"
        "+ Lúa 1.200 tấn;\n"
        "+ Ngô 800 tấn.\n"
        "* Về môi trường\n"
        "- Tỷ lệ che phủ rừng duy trì 62%.\n"
    )
    parsed = parse_text(text)
    assert [(i.code, i.group) for i in parsed.indicators] == [("1", "economy"), ("2", "economy"), ("3", "environment")]
    assert [c.code for c in parsed.indicators[1].children] == ["2.1", "2.2"]


def test_pdf_hazards_page_numbers_and_broken_lines() -> None:
    text = (
        "2. Các chỉ tiêu chủ yếu\n\n"
        "(1) Thu ngân sách nhà nước trên địa bàn \n\n 12 \n\n tăng bình quân hằng năm 10%.\n\n"
        "(2) Sản lượng lương thực có hạt \n\n hằng năm ≥ 7.000 tấn.\n\n"
    )
    parsed = parse_text(text)
    first, second = parsed.indicators
    assert first.name == "Thu ngân sách nhà nước trên địa bàn tăng bình quân hằng năm"
    assert first.target is not None and first.target.kind.value == "avg_annual_growth"
    assert second.target is not None and to_plain(second.target.value) == "7000"  # type: ignore[arg-type]
    start, end = second.span
    assert text[start:end].startswith("(2) Sản lượng") and text[start:end].endswith("7.000 tấn.")


def test_declared_counts_that_disagree_are_reported() -> None:
    text = "2.1 Chỉ tiêu kinh tế (03 chỉ tiêu)\n(1) Sản lượng 100 tấn.\n(2) Thu ngân sách 5 tỷ đồng.\n"
    assert any("ghi 3 chỉ tiêu nhưng đọc được 2" in w for w in parse_text(text).warnings)


def test_text_without_indicators_says_so() -> None:
    parsed = parse_text("Biên bản họp thôn. Không có gì.")
    assert parsed.indicators == [] and parsed.warnings


def test_decomposed_text_reads_the_same_once_normalized() -> None:
    text = "2. Các chỉ tiêu chủ yếu\n(1) Tỷ lệ hộ nghèo dưới 3%.\n"
    nfd = unicodedata.normalize("NFD", text)
    assert _row(parse_text(unicodedata.normalize("NFC", nfd)).indicators[0]) == _row(parse_text(text).indicators[0])


def test_new_every_year_is_a_yearly_figure_not_a_period_total() -> None:
    ind = _one("(1) Trồng rừng mới 150 ha/năm.")
    assert ind.target is not None
    assert (ind.unit, ind.target.kind.value, ind.target.per_year) == ("ha", "equal", True)


def test_a_second_target_does_not_leak_into_the_name() -> None:
    ind = _one("(1) Tổng giá trị sản xuất đạt 1.874.300 triệu đồng, tăng 8,5% so với năm 2025.")
    assert ind.name == "Tổng giá trị sản xuất" and ind.flags == ["multiple_targets"]


def test_the_commune_from_a_header_in_capitals() -> None:
    text = "HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP\nKINH TẾ - XÃ HỘI NĂM 2026\nCác chỉ tiêu chủ yếu:\n(1) Sản lượng 100 tấn.\n"
    assert parse_text(text).info.commune == "Xã Tân Lập"


def test_a_table_flattened_by_pdf_extraction() -> None:
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\nTT Chỉ tiêu ĐVT Kế hoạch năm 2026\nI Chỉ tiêu kinh tế\n"
        "1 Tổng sản lượng lương thực Tấn 7.000\n2 Thu ngân sách trên địa bàn Triệu đồng 9.450\n"
        "II Chỉ tiêu xã hội\n3 Tỷ lệ hộ nghèo % < 3\n"
    )
    parsed = parse_text(text)
    rows = [(i.code, i.group, i.name, i.unit, _row(i)[3:5]) for i in parsed.indicators]
    assert rows == [
        ("1", "economy", "Tổng sản lượng lương thực", "tấn", ("equal", "7000")),
        ("2", "economy", "Thu ngân sách trên địa bàn", "triệu đồng", ("equal", "9450")),
        ("3", "society", "Tỷ lệ hộ nghèo", "%", ("less_than", "3")),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure that belongs to the name is not the target.
        ("(1) Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn dưới 12%.", ("%", "at_most", "12", None, None)),
        ("(1) Giá trị sản xuất trên 1 ha đất canh tác đạt 120 triệu đồng trở lên.", ("triệu đồng", "at_least", "120", None, None)),
        ("(1) Diện tích nhà ở bình quân không dưới 8 m2.", ("m²", "at_least", "8", None, None)),
        # "giảm còn dưới" is the level to reach, not the size of the cut.
        ("(1) Tỷ lệ hộ nghèo giảm còn dưới 2,5%.", ("%", "at_most", "2.5", None, None)),
        ("(1) Tỷ lệ hộ nghèo giảm xuống dưới 2,5%.", ("%", "at_most", "2.5", None, None)),
        # A count noun outside the lexicon, after a verb that counts.
        ("(1) Bảo tồn, duy trì 05 lễ hội truyền thống.", ("lễ hội", "maintain", "5", None, None)),
        ("(1) Kết nạp mới 40 đảng viên trong giai đoạn.", ("đảng viên", "cumulative", "40", None, None)),
        ("(1) Tổ chức 04 hội thi tuyên truyền.", ("hội thi", "equal", "4", None, None)),
    ],
)
def test_figures_in_names_and_unlisted_units(text: str, expected: tuple[str | None, ...]) -> None:
    assert _target(text) == expected


def test_a_figure_inside_a_qualitative_commitment_is_not_a_target() -> None:
    parsed = parse_text("Các chỉ tiêu chủ yếu:\n1) Sản lượng 100 tấn.\n2) Tai nạn giao thông giảm trên cả 3 tiêu chí.\n")
    ind = parsed.indicators[1]
    assert ind.target is not None and ind.target.kind.value == "qualitative" and ind.flags == []


def test_a_group_heading_about_administration_is_not_the_list_heading() -> None:
    text = (
        "Các chỉ tiêu chủ yếu năm 2026:\n1. Chỉ tiêu về kinh tế:\n1) Sản lượng 7.000 tấn.\n"
        "2. Chỉ tiêu về cải cách hành chính, chuyển đổi số:\n2) Tỷ lệ hồ sơ trực tuyến ≥ 98%.\n"
    )
    assert [(i.code, i.group) for i in parse_text(text).indicators] == [("1", "economy"), ("2", "admin_reform")]


def test_two_subjects_apart_by_a_comma_are_two_indicators() -> None:
    ind = _one("(10) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97%, bảo hiểm xã hội đạt 45%.")
    assert [(c.code, c.name, to_plain(c.target.value)) for c in ind.children] == [  # type: ignore[union-attr,arg-type]
        ("10.1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "97"), ("10.2", "Bảo hiểm xã hội", "45"),
    ]


def test_an_annual_plan_takes_its_own_year_figure() -> None:
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n"
        "Căn cứ Kế hoạch 5 năm 2026 - 2030, năm 2026 xác định 3 chỉ tiêu chủ yếu như sau:\n"
        "(1) Tỷ lệ che phủ rừng đến năm 2030 đạt 55%, năm 2026 đạt 52,3%.\n"
        "(2) Sản lượng lương thực ổn định trên 11.000 tấn/năm; năm 2026 đạt 11.400 tấn.\n"
        "(3) Tỷ lệ trẻ em 6 - 14 tuổi đến trường đạt 99,5%.\n"
    )
    parsed = parse_text(text)
    assert (parsed.kind, parsed.info.start_year) == (PlanKind.ANNUAL, 2026)
    rows = [(i.code, _row(i)[3:5], i.target.per_year if i.target else None) for i in parsed.indicators]
    assert rows == [("1", ("equal", "52.3"), False), ("2", ("equal", "11400"), False), ("3", ("equal", "99.5"), False)]


def test_counts_listed_with_commas_are_separate_indicators() -> None:
    ind = _one("(7) Phát triển thêm 15 doanh nghiệp, 04 hợp tác xã nông nghiệp hoạt động hiệu quả.")
    assert [(c.unit, to_plain(c.target.value), c.target.kind.value) for c in ind.children] == [  # type: ignore[union-attr,arg-type]
        ("doanh nghiệp", "15", "cumulative"), ("hợp tác xã", "4", "cumulative"),
    ]


def test_a_per_person_per_year_unit_is_not_a_yearly_target() -> None:
    ind = _one("(3) Thu nhập bình quân đầu người đến năm 2030 đạt trên 95 triệu đồng/người/năm.")
    assert ind.target is not None and not ind.target.per_year
    assert ind.aggregation.value == "stock"


def test_income_per_person_is_not_summed_over_months() -> None:
    ind = _one("(3) Thu nhập bình quân đầu người năm 2026 đạt 60 triệu đồng.")
    assert ind.aggregation.value == "stock"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Last year's result is not this year's target.
        ("Các chỉ tiêu chủ yếu năm 2026:\n(4) Trên cơ sở kết quả năm 2025 đạt 88,6%, phấn đấu năm 2026 tỷ lệ "
         "gia đình văn hóa đạt 92% trở lên.\n(5) Sản lượng 100 tấn.\n", ("%", "at_least", "92", None, None)),
        # The growth belongs to the second figure; the first is a level.
        ("Các chỉ tiêu chủ yếu năm 2026:\n(6) Tỷ lệ tham gia bảo hiểm y tế đạt 95,5%, tăng 1,2 điểm phần trăm so với "
         "năm 2025.\n(7) Sản lượng 100 tấn.\n", ("%", "equal", "95.5", None, None)),
        ("Các chỉ tiêu chủ yếu năm 2026:\n(5) Tỷ lệ hộ nghèo giảm còn dưới 1,5%, tương ứng giảm khoảng 25 hộ so với "
         "cuối năm 2025.\n(7) Sản lượng 100 tấn.\n", ("%", "at_most", "1.5", None, None)),
        # A tab-pasted table: the year in the name column and the unit column before the figure.
        ("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\nI\tCHỈ TIÊU XÃ HỘI\n18\tTỷ lệ giảm số vụ phạm pháp so với năm 2025\t%\t5\n"
         "19\tSản lượng\tTấn\t100\n", ("%", "reduction", "5", None, None)),
        ("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n1\tSố thôn đạt chuẩn văn hóa\tThôn\t14/16\n2\tTỷ lệ che phủ rừng\t%\tDuy trì 48,5\n",
         ("thôn", "ratio", "14", None, "16")),
    ],
)
def test_results_and_consequences_beside_the_target(text: str, expected: tuple[str | None, ...]) -> None:
    assert _row(parse_text(text).indicators[0])[2:7] == expected


def test_maintain_written_in_a_table_cell() -> None:
    text = "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n1\tSản lượng\tTấn\t100\n2\tTỷ lệ che phủ rừng\t%\tDuy trì 48,5\n"
    assert _row(parse_text(text).indicators[1])[2:5] == ("%", "maintain", "48.5")


def test_an_annual_item_with_its_2030_figure_is_not_flagged() -> None:
    parsed = parse_text(
        "Các chỉ tiêu chủ yếu năm 2026:\n"
        "(1) Tỷ lệ đô thị hóa đến năm 2030 đạt 35%; năm 2026 đạt 22%.\n"
        "(2) Xây dựng thêm 02 trường đạt chuẩn quốc gia, nâng tổng số lên 6/7 trường.\n"
        "(3) Tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm.\n"
    )
    first, second, third = parsed.indicators
    assert first.flags == [] and _row(first)[3:5] == ("equal", "22")
    assert second.name == "Xây dựng thêm trường đạt chuẩn quốc gia"
    assert third.target is not None and third.target.points  # a rate falls by percentage points


def test_times_and_equal_to_a_share_of_the_baseline() -> None:
    times = _one("Các chỉ tiêu chủ yếu:\n(4) Tổng vốn đầu tư gấp 1,5 lần so với năm 2025.")
    assert _row(times)[3:8] == ("multiple_of_baseline", "1.5", None, None, 2025)
    share = _one("Các chỉ tiêu chủ yếu:\n(5) Sản lượng lương thực có hạt bằng 110% so với năm 2025.")
    assert _row(share)[3:8] == ("growth_vs_baseline", "10", None, None, 2025) and share.notes


def test_a_report_title_and_annual_crops() -> None:
    text = (
        "BÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2025\nvà kế hoạch phát triển kinh tế - xã hội năm 2026\n"
        "Các chỉ tiêu chủ yếu năm 2026:\n(1) Diện tích gieo trồng cây hằng năm 1.850 ha.\n"
    )
    parsed = parse_text(text)
    assert parsed.info.title == "Báo cáo tình hình thực hiện nhiệm vụ năm 2025 và kế hoạch phát triển kinh tế - xã hội năm 2026"
    assert parsed.indicators[0].target is not None and not parsed.indicators[0].target.per_year


def test_a_five_year_plan_takes_2030_from_a_series_of_years() -> None:
    parsed = parse_text(
        "Các chỉ tiêu chủ yếu giai đoạn 2026-2030:\n"
        "(1) Tốc độ tăng trưởng GTSX hằng năm: 2026: 6%; 2027: 6,5%; 2028: 7%; 2029: 7,5%; 2030: 8%.\n"
        "(2) Tỷ lệ hộ sử dụng nước sạch: năm 2026 đạt 30%, năm 2030 đạt 50% trở lên.\n"
        "(3) Duy trì 5/6 trường đạt chuẩn quốc gia, đến năm 2030 có thêm 01 trường đạt chuẩn.\n"
        "(4) Thành lập mới 15 DN và 04 HTX (*).\n"
        "(*) DN: doanh nghiệp; HTX: hợp tác xã.\n"
    )
    first, second, third, fourth = parsed.indicators
    assert (first.children, _row(first)[4]) == ([], "8") and "từng năm" in first.notes[0]
    assert _row(second)[3:5] == ("at_least", "50")
    assert _row(third)[3:5] == ("ratio", "5")
    assert [(c.unit, _row(c)[4]) for c in fourth.children] == [("doanh nghiệp", "15"), ("hợp tác xã", "4")]


def test_dotted_and_bracketed_sub_items_belong_to_their_item() -> None:
    parsed = parse_text(
        "Các chỉ tiêu chủ yếu:\n(1) Phát triển nông nghiệp đến năm 2030:\n(1.1) Diện tích lúa ổn định 850 ha.\n"
        "(1.2) Tổng đàn gia súc 12 nghìn con.\n(2) Phát triển thương mại:\n2.1. Thành lập mới 5 HTX.\n"
        "3. Nhiệm vụ, giải pháp chủ yếu\nTập trung phát triển 3 vùng sản xuất hàng hóa.\n"
    )
    assert [(i.code, [c.code for c in i.children]) for i in parsed.indicators] == [("1", ["1.1", "1.2"]), ("2", ["2.1"])]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("(1) Thu nhập bình quân đầu người tăng từ 62,5 triệu đồng năm 2025 lên 95 triệu đồng năm 2030.", ("equal", "95", None)),
        ("(2) Tỷ lệ thôn đạt chuẩn tăng từ 18/22 thôn lên 22/22 thôn.", ("ratio", "22", None)),
        ("(3) Tỷ lệ hộ nghèo giảm từ 5,2% năm 2025 xuống dưới 2% năm 2030.", ("at_most", "2", None)),
        ("(4) Tỷ lệ bao phủ bảo hiểm y tế tăng từ 91,3% năm 2025 lên trên 97% năm 2030.", ("at_least", "97", None)),
        ("(5) Thu ngân sách đạt và vượt chỉ tiêu pháp lệnh giao: 15.200 triệu đồng.", ("at_least", "15200", None)),
    ],
)
def test_from_a_starting_level_to_the_target(item: str, expected: tuple[str | None, ...]) -> None:
    ind = _one("Các chỉ tiêu chủ yếu giai đoạn 2026-2030:\n" + item)
    assert _row(ind)[3:6] == expected


def test_assignment_lines_and_a_congress_term() -> None:
    parsed = parse_text(
        "NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ TÂN PHƯỚC LẦN THỨ I, NHIỆM KỲ 2025 - 2030\n"
        "3. Các chỉ tiêu chủ yếu đến năm 2030\n"
        "(1) Thành lập mới 15 doanh nghiệp và 02 hợp tác xã.\n- Giao: Phòng Kinh tế.\n(2) Sản lượng 100 tấn.\n"
    )
    assert (parsed.kind, parsed.info.start_year, parsed.info.end_year) == (PlanKind.FIVE_YEAR, 2026, 2030)
    assert [c.unit for c in parsed.indicators[0].children] == ["doanh nghiệp", "hợp tác xã"]


def test_messy_spacing_and_items_that_start_with_their_figure() -> None:
    parsed = parse_text(
        "1. Chỉ tiêu về cải cách hành chính:\n"
        "4.1. Tỷ lệ người dân có danh tính số đạt90%.\n"
        "4.2. 100% văn bản đi, đến được xử lý trên môi trường mạng.\n"
        "4.3. Tổng đàn gia súc 12 nghìn con trong đó đàn trâu 3.500 con ,đàn bò 2.000con, đàn dê 6.500 con.\n"
        "4.4. Tỷ lệ che phủ rừng: Duy trì %\n"
    )
    rows = [(i.code, _row(i)[2:5]) for i in parsed.indicators]
    assert rows == [
        ("4.1", ("%", "equal", "90")), ("4.2", ("%", "equal", "100")), ("4.3", ("con", "equal", "12000")),
        ("4.4", ("%", "maintain", None)),
    ]
    assert [_row(c)[4] for c in parsed.indicators[2].children] == ["3500", "2000", "6500"]


def test_the_crops_a_year_of_rice_are_no_target() -> None:
    assert _target("(2) Diện tích lúa nước 2 vụ ổn định 420 ha.") == ("ha", "maintain", "420", None, None)
    assert _target("(3) Số vụ cháy rừng giảm 10%.")[1] == "reduction"
