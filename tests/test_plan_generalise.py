"""Plan import on shapes real resolutions use that no earlier fixture had (issue 20).

Each test is built from sentences written for it, in the style of commune and ward resolutions,
with figures, units, punctuation and markers varied; one category of the issue per section.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from kehoach_desktop.planimport.output import plan_json
from kehoach_desktop.planimport.parser import parse_text


def _parse(body: str, head: str = "Các chỉ tiêu chủ yếu năm 2026:\n") -> dict[str, Any]:
    return plan_json(parse_text(head + body))


def _flat(parsed: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for i in items:
            out[i["code"]] = i
            walk(i["children"])

    walk(parsed["indicators"])
    return out


def _target(ind: dict[str, Any]) -> tuple[str, Decimal | None, str | None]:
    t = ind["target"]
    return t["kind"], None if t["value"] is None else Decimal(t["value"]), ind["unit"]


# 3. Heading abbreviations ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("* Về KT:", "economy"),
        ("* KT-XH", "economy"),
        ("b) Về VHXH:", "society"),
        ("- VH - XH:", "society"),
        ("3. Lĩnh vực TN&MT:", "environment"),
        ("* TN và MT", "environment"),
        ("d) QP-AN:", "defence_security"),
        ("* QP, AN", "defence_security"),
        ("đ) Về CCHC - CĐS:", "admin_reform"),
        ("5. Chỉ tiêu về CCHC", "admin_reform"),
    ],
)
def test_abbreviated_headings_map_to_known_groups(heading: str, key: str) -> None:
    parsed = _parse(f"{heading}\n(1) Tỷ lệ hộ được phục vụ đạt 92%.\n(2) Số mô hình mới 04 mô hình.\n")
    assert [g["key"] for g in parsed["groups"]] == [key]
    assert {i["group"] for i in _flat(parsed).values()} == {key}


def test_an_abbreviated_list_heading_is_not_a_group() -> None:
    parsed = _parse("(1) Sản lượng cà phê 9.300 tấn.\n(2) Tỷ lệ hộ nghèo dưới 2%.\n",
                    head="2. Các chỉ tiêu KT-XH năm 2026\n")
    assert [g["key"] for g in parsed["groups"]] == ["general"]
    assert len(parsed["indicators"]) == 2


# 1. A marker straight after a figure ---------------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "(6) Tỷ lệ trẻ em đi học đúng độ tuổi đạt 98,7% (7) Số nhà văn hóa thôn đạt chuẩn: 12 nhà văn hóa (8) Tỷ lệ hộ dùng điện 100%.",
        "(6) Tỷ lệ trẻ em đi học đúng độ tuổi đạt 98,7 %  (7)  Số nhà văn hóa thôn đạt chuẩn: 12 nhà văn hóa\n(8) Tỷ lệ hộ dùng điện 100%",
        "(6) Tỷ lệ trẻ em đi học đúng độ tuổi đạt 98,7% (7 Số nhà văn hóa thôn đạt chuẩn 12 nhà văn hóa (8) Tỷ lệ hộ dùng điện 100%.",
        "(6) Tỷ lệ trẻ em đi học đúng độ tuổi đạt 98,7%(7)Số nhà văn hóa thôn đạt chuẩn: 12 nhà văn hóa(8) Tỷ lệ hộ dùng điện 100%",
    ],
)
def test_a_marker_after_a_figure_opens_the_next_item(body: str) -> None:
    flat = _flat(_parse(body))
    assert sorted(flat) == ["6", "7", "8"]
    assert _target(flat["6"]) == ("equal", Decimal("98.7"), "%")
    assert _target(flat["7"]) == ("equal", Decimal("12"), "nhà văn hóa")
    assert _target(flat["8"]) == ("equal", Decimal("100"), "%")


def test_a_bracketed_number_that_is_not_the_next_item_stays_in_the_text() -> None:
    flat = _flat(_parse("(3) Xây dựng cụm công nghiệp (2) Đông Sơn đạt tỷ lệ lấp đầy 60%.\n(4) Sản lượng 500 tấn.\n"))
    assert sorted(flat) == ["3", "4"]
    assert _target(flat["3"]) == ("equal", Decimal("60"), "%")


# 2. Brackets in breakdowns, closed or not -----------------------------------------------------

@pytest.mark.parametrize("close", ["", ")", ")."])
def test_a_bracketed_breakdown_keeps_the_total_and_every_part(close: str) -> None:
    body = (
        "(4) Diện tích gieo trồng cây hằng năm 2.640 ha (trong đó: lúa 1.150 ha; ngô 420 ha; "
        f"sắn (mì) 310 ha; rau, đậu các loại 760 ha{close}\n(5) Tổng đàn gia súc 8.200 con.\n"
    )
    flat = _flat(_parse(body))
    assert sorted(flat) == ["4", "4.1", "4.2", "4.3", "4.4", "5"]
    assert _target(flat["4"]) == ("equal", Decimal("2640"), "ha")
    assert [_target(flat[f"4.{k}"])[1] for k in range(1, 5)] == [Decimal(v) for v in ("1150", "420", "310", "760")]
    assert flat["4"]["name"] == "Diện tích gieo trồng cây hằng năm"
    assert _target(flat["5"]) == ("equal", Decimal("8200"), "con")


def test_a_breakdown_in_brackets_split_by_commas() -> None:
    flat = _flat(_parse("(2) Sản lượng thủy sản 1.320 tấn (trong đó, khai thác 900 tấn, nuôi trồng 420 tấn).\n"))
    assert sorted(flat) == ["2", "2.1", "2.2"]
    assert _target(flat["2.2"]) == ("equal", Decimal("420"), "tấn")


def test_an_unclosed_bracket_does_not_hide_the_next_figures() -> None:
    flat = _flat(_parse("(1) Thu ngân sách 14,5 tỷ đồng (tăng 6% so với ước thực hiện năm 2025; "
                        "thu nhập bình quân đầu người đạt 68 triệu đồng.\n"))
    assert _target(flat["1.1"])[1:] == (Decimal("14.5"), "tỷ đồng")
    assert _target(flat["1.2"])[1:] == (Decimal("68"), "triệu đồng")


def test_one_figure_in_brackets_explains_the_total() -> None:
    flat = _flat(_parse("(9) Số trường đạt chuẩn quốc gia: 06/07 trường (trong đó 02 trường đạt chuẩn mức độ 2).\n"))
    assert sorted(flat) == ["9"]
    assert "multiple_targets" in flat["9"]["flags"]


# 8. Units -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [
        ("Tổng thu ngân sách trên địa bàn 23,6 tỷđ", "23.6", "tỷ đồng"),
        ("Giá trị sản xuất ngành dịch vụ đạt 540 tỉ.đ", "540", "tỷ đồng"),
        ("Thu nhập bình quân đầu người 68,5 trđ", "68.5", "triệu đồng"),
        ("Thu nhập bình quân đầu người đạt 81 Tr.đ", "81", "triệu đồng"),
        ("Thu nhập bình quân đầu người đạt 64 triệu", "64", "triệu đồng"),
        ("GRDP bình quân đầu người đạt 97 triệu", "97", "triệu đồng"),
        ("Tổng vốn đầu tư toàn xã hội 1.200 tỷ", "1200", "tỷ đồng"),
        ("Sản lượng lúa cả năm 2,4 vạn tấn", "24000", "tấn"),
        ("Tổng đàn gia cầm 45 nghìn con", "45000", "con"),
        ("Số lượt khách tham quan 1,2 triệu lượt khách", "1200000", "lượt khách"),
        ("Tỷ suất sinh thô 14,2‰", "14.2", "‰"),
        ("Tỷ suất sinh thô 13,8%0", "13.8", "‰"),
        ("Tỷ suất sinh thô 15%o", "15", "‰"),
    ],
)
def test_units_as_written(clause: str, value: str, unit: str) -> None:
    ind = _flat(_parse(f"(1) {clause}.\n(2) Sản lượng ngô 700 tấn.\n"))["1"]
    assert (Decimal(ind["target"]["value"]), ind["unit"]) == (Decimal(value), unit)


def test_a_range_with_its_unit_after_it() -> None:
    ind = _flat(_parse("(7) Cứng hóa từ 05 đến 07 tuyến đường trục thôn.\n"))["7"]
    assert (ind["target"]["kind"], ind["target"]["low"], ind["target"]["high"], ind["unit"]) == ("range", "5", "7", "tuyến đường")


def test_a_per_mille_reduction_is_a_reduction() -> None:
    ind = _flat(_parse("(11) Tỷ suất sinh thô giảm bình quân 0,3%o/năm.\n"))["11"]
    assert (ind["target"]["kind"], ind["target"]["value"], ind["unit"], ind["target"]["per_year"]) == (
        "reduction", "0.3", "‰", True)


def test_a_count_multiplier_is_no_money() -> None:
    ind = _flat(_parse("(3) Đón 2,5 triệu lượt người.\n"))["3"]
    assert (ind["target"]["value"], ind["unit"]) == ("2500000", "lượt người")


# 9. Rule kinds --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("clause", "kind", "value", "direction"),
    [
        ("Tỷ lệ hộ nghèo đa chiều giảm xuống dưới 1,2%", "at_most", "1.2", "lower"),
        ("Tỷ lệ hộ cận nghèo giảm còn dưới 3%", "at_most", "3", "lower"),
        ("Tỷ lệ hộ nghèo giảm xuống còn 0,8% trở xuống", "at_most", "0.8", "lower"),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt và vượt 97%", "at_least", "97", "higher"),
        ("Thu ngân sách trên địa bàn đạt và vượt 15,2 tỷ đồng", "at_least", "15.2", "higher"),
        ("Tỷ lệ lao động qua đào tạo đạt 72% trở lên", "at_least", "72", "higher"),
        ("Số lao động được giải quyết việc làm đạt 450 lao động trở lên", "at_least", "450", "higher"),
        ("Hoàn thành 100% chỉ tiêu giao quân", "equal", "100", "higher"),
    ],
)
def test_rule_kinds(clause: str, kind: str, value: str, direction: str) -> None:
    ind = _flat(_parse(f"(1) {clause}.\n(2) Sản lượng ngô 700 tấn.\n"))["1"]
    assert (ind["target"]["kind"], ind["target"]["value"], ind["direction"]) == (kind, value, direction)


@pytest.mark.parametrize(
    "clause",
    [
        "Giảm tỷ lệ hộ nghèo đạt 100% chỉ tiêu được giao",
        "Giảm số hộ cận nghèo đạt 100% kế hoạch huyện giao hằng năm",
        "Tăng tỷ lệ bao phủ bảo hiểm xã hội đạt 100% chỉ tiêu cấp trên giao",
    ],
)
def test_a_share_of_the_assigned_figure_is_no_reduction(clause: str) -> None:
    ind = _flat(_parse(f"(1) {clause}.\n(2) Sản lượng ngô 700 tấn.\n"))["1"]
    assert ind["target"]["kind"] == "qualitative" and ind["target"]["value"] is None
    assert ind["flags"] == ["target_unparsed"]
    assert any("cấp trên giao" in n for n in ind["notes"])


# 5. The total, not its breakdown or its multiple ----------------------------------------------

@pytest.mark.parametrize(
    ("clause", "total", "unit", "part", "part_unit"),
    [
        ("Số cơ sở sản xuất kinh doanh đến năm 2030: 350, trong đó: 12 doanh nghiệp", "350", "cơ sở", "12", "doanh nghiệp"),
        ("Số hộ kinh doanh cá thể đạt 610 hộ, trong đó: 45 hộ kinh doanh thương mại điện tử", "610", "hộ", "45", "hộ"),
        ("Tổng thu ngân sách trên địa bàn 27,4 tỷ đồng; trong đó thu cân đối 19 tỷ đồng", "27.4", "tỷ đồng", "19", "tỷ đồng"),
        ("Tổng thu ngân sách 31.500 triệu đồng, trong đó, thu tiền sử dụng đất 8.000 triệu đồng", "31500", "triệu đồng", "8000", "triệu đồng"),
    ],
)
def test_a_total_keeps_its_figure_and_its_part_is_a_child(clause: str, total: str, unit: str, part: str, part_unit: str) -> None:
    flat = _flat(_parse(f"(6) {clause}.\n(7) Sản lượng ngô 700 tấn.\n"))
    assert _target(flat["6"]) == ("equal", Decimal(total), unit)
    assert _target(flat["6.1"]) == ("equal", Decimal(part), part_unit)
    assert "6.2" not in flat


def test_a_multiple_of_the_baseline_is_not_the_unit_of_the_total() -> None:
    ind = _flat(_parse("(5) Vốn đầu tư toàn xã hội đạt 2.300 tỷ đồng, gấp 1,6 lần so với năm 2020.\n"))["5"]
    assert _target(ind) == ("equal", Decimal("2300"), "tỷ đồng")
    assert "multiple_targets" in ind["flags"]  # the multiple is a second target to add, if wanted


def test_a_breakdown_belongs_to_the_last_of_several_targets() -> None:
    flat = _flat(_parse("(10) Tỷ lệ tham gia BHYT đạt 96% trở lên; tỷ lệ lao động qua đào tạo đạt 78%, "
                        "trong đó có bằng cấp, chứng chỉ đạt 42%.\n"))
    assert flat["10"]["target"] is None
    assert [_target(flat[c]) for c in ("10.1", "10.2", "10.3")] == [
        ("at_least", Decimal("96"), "%"), ("equal", Decimal("78"), "%"), ("equal", Decimal("42"), "%")]
    assert flat["10.3"]["name"] == "Có bằng cấp, chứng chỉ"


# 7. Plan kind and years -----------------------------------------------------------------------

_LIST = "\n2. Các chỉ tiêu chủ yếu\n(1) Sản lượng lương thực 6.400 tấn.\n(2) Tỷ lệ hộ nghèo dưới 2%.\n"


def _plan(text: str) -> tuple[str, int, int, list[str]]:
    plan = plan_json(parse_text(text))["plan"]
    return plan["kind"], plan["start_year"], plan["end_year"], plan["flags"]


def test_a_council_term_is_no_plan_period() -> None:
    text = ("NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2027\n"
            "HỘI ĐỒNG NHÂN DÂN XÃ HƯNG LỘC\nKHÓA I, NHIỆM KỲ 2021 - 2026, KỲ HỌP THỨ TÁM\n" + _LIST)
    assert _plan(text) == ("annual", 2027, 2027, [])
    # With nothing else to go on, the council's term is not taken for a five-year plan either.
    kind, start, _end, flags = _plan("HĐND xã Hưng Lộc khóa I, nhiệm kỳ 2021 - 2026." + _LIST)
    assert (kind, start) != ("five_year", 2022)


def test_a_baseline_year_or_a_signing_date_is_not_the_plan_year() -> None:
    text = ("KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2026\nTân Hòa, ngày 28 tháng 12 năm 2025\n"
            "Thu nhập tăng 2,1 lần so với năm 2015." + _LIST)
    assert _plan(text)[:3] == ("annual", 2026, 2026)
    head = "Các chỉ tiêu chủ yếu đến năm 2030 (so với năm 2020):\n"
    text = "NGHỊ QUYẾT\nĐẠI HỘI ĐẢNG BỘ XÃ HƯNG LỘC LẦN THỨ I,\nNHIỆM KỲ 2025 - 2030\n" + head + _LIST[24:]
    assert _plan(text)[:3] == ("five_year", 2026, 2030)


def test_a_congress_term_governs_the_plan_that_follows_it() -> None:
    text = "NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG AN BÌNH\nLẦN THỨ I, NHIỆM KỲ 2025-2030\n" + _LIST
    assert _plan(text) == ("five_year", 2026, 2030, [])


def test_the_last_six_months_of_a_year_are_an_annual_plan() -> None:
    text = "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025\n" + _LIST
    assert _plan(text) == ("annual", 2025, 2025, [])


def test_uncertain_years_are_flagged_and_said() -> None:
    text = "Báo cáo tình hình 5 năm 2021 - 2025 và phương hướng 5 năm 2026 - 2030." + "x " * 900 + _LIST
    parsed = plan_json(parse_text(text))["plan"]
    assert (parsed["kind"], parsed["start_year"], parsed["flags"]) == ("five_year", 2026, ["plan_years_uncertain"])
    assert parsed["confidence"]["kind_years"] == "low" and "hãy kiểm tra" in parsed["warnings"][-1]
    bare = plan_json(parse_text(_LIST))["plan"]
    assert bare["flags"] == ["plan_years_uncertain"] and bare["confidence"]["commune"] == "low"


def test_a_title_and_a_list_heading_that_disagree_are_flagged() -> None:
    text = "KẾ HOẠCH\nPhát triển kinh tế - xã hội 5 năm 2026 - 2030\n2. Các chỉ tiêu chủ yếu năm 2026\n" + _LIST[24:]
    parsed = plan_json(parse_text(text))["plan"]
    assert parsed["flags"] == ["plan_years_uncertain"]


# 6. Lists written as prose --------------------------------------------------------------------

def test_a_prose_list_after_the_list_heading_is_one_item_per_part() -> None:
    text = ("KẾ HOẠCH phát triển kinh tế - xã hội năm 2026\n"
            "Năm 2026, phấn đấu đạt các chỉ tiêu chủ yếu: tổng thu ngân sách trên địa bàn đạt 36,5 tỷ đồng; "
            "thu nhập bình quân đầu người đạt 58 triệu đồng; tỷ lệ hộ nghèo còn dưới 1,8%; "
            "tỷ lệ che phủ rừng trên 61%.\nII. NHIỆM VỤ, GIẢI PHÁP\n")
    parsed = plan_json(parse_text(text))
    flat = _flat(parsed)
    assert sorted(flat, key=int) == ["1", "2", "3", "4"]
    assert [_target(flat[c]) for c in "1234"] == [
        ("equal", Decimal("36.5"), "tỷ đồng"), ("equal", Decimal("58"), "triệu đồng"),
        ("at_most", Decimal("1.8"), "%"), ("at_least", Decimal("61"), "%")]


def test_prose_lists_under_group_headings() -> None:
    body = (
        "a) Về kinh tế: giá trị sản xuất tăng bình quân hằng năm 8% trở lên; sản lượng lương thực 12.500 tấn; "
        "có thêm 04 sản phẩm OCOP.\n"
        "b) Về VH-XH: tỷ lệ lao động qua đào tạo 70%; 100% thôn có nhà văn hóa đạt chuẩn.\n"
        "c) Về môi trường: tỷ lệ thu gom rác thải 95%; giữ vững tỷ lệ che phủ rừng 48,2%.\n"
    )
    parsed = _parse(body, head="2. Chỉ tiêu chủ yếu đến năm 2030\n")
    flat = _flat(parsed)
    assert [g["key"] for g in parsed["groups"]] == ["economy", "society", "environment"]
    assert sorted(flat, key=int) == [str(k) for k in range(1, 8)]
    assert [flat[c]["group"] for c in sorted(flat, key=int)] == ["economy"] * 3 + ["society"] * 2 + ["environment"] * 2
    assert _target(flat["3"]) == ("cumulative", Decimal("4"), "sản phẩm")
    assert _target(flat["7"]) == ("maintain", Decimal("48.2"), "%")


def test_a_numbered_item_split_by_semicolons_stays_one_item() -> None:
    flat = _flat(_parse("(12) Cơ cấu kinh tế: nông nghiệp 41%; thương mại - dịch vụ 38%; công nghiệp 21%.\n"
                        "(13) Tỷ lệ che phủ rừng 52%; trồng rừng mới 80 ha/năm.\n"))
    assert sorted(flat) == ["12", "12.1", "12.2", "12.3", "13", "13.1", "13.2"]
    assert flat["12"]["name"] == "Cơ cấu kinh tế"


# 10. Nothing invented -------------------------------------------------------------------------

_NEWS = (
    "TIN HOẠT ĐỘNG\n"
    "Ngày 14-6, Thường trực HĐND phường Quang Trung tổ chức tiếp xúc cử tri tại 5 tổ dân phố, có 230 cử tri dự.\n"
    "- Sáng 20/6 khai mạc kỳ họp thứ 9, HĐND phường khóa I, nhiệm kỳ 2021 - 2026; 27/29 đại biểu có mặt.\n"
    "- 6 tháng đầu năm, phường đã tiếp nhận 412 hồ sơ, giải quyết đúng hạn 409 hồ sơ (đạt 99,3%).\n"
    "- Thu ngân sách 6 tháng ước đạt 7,9 tỷ đồng, bằng 61% dự toán, tăng 12% so với cùng kỳ.\n"
    "1. Đã tổ chức 3 lớp tập huấn chuyển đổi số cho 150 lượt người.\n"
    "2. Kết quả bầu cử: 99,6% cử tri đi bầu.\n"
)


def test_news_and_reviews_give_no_indicator_list() -> None:
    parsed = plan_json(parse_text(_NEWS))
    assert parsed["indicators"] == []
    assert any("Không tìm thấy danh sách chỉ tiêu" in w for w in parsed["plan"]["warnings"])


def test_a_review_under_an_indicator_heading_is_not_the_list() -> None:
    text = ("2. Các chỉ tiêu chủ yếu\n"
            "(1) Thu ngân sách năm 2025 ước đạt 14,2 tỷ đồng, bằng 118% dự toán.\n"
            "(2) Đã giải quyết việc làm cho 380 lao động, vượt 8% so với cùng kỳ.\n"
            "(3) Kết quả thực hiện tỷ lệ hộ nghèo còn 1,9%.\n")
    assert plan_json(parse_text(text))["indicators"] == []


def test_dates_and_periods_are_no_figures() -> None:
    flat = _flat(_parse("(3) Sản lượng lúa 6 tháng cuối năm đạt 5.400 tấn.\n"
                        "(4) Hoàn thành cấp giấy chứng nhận trước ngày 30-11 cho 95% số hộ.\n"
                        "(5) Tỷ lệ tiêm chủng đạt 98% trong quý 3.\n"))
    assert _target(flat["3"]) == ("equal", Decimal("5400"), "tấn")
    assert _target(flat["4"]) == ("equal", Decimal("95"), "%")
    assert _target(flat["5"]) == ("equal", Decimal("98"), "%")
    assert all(not ind["flags"] for ind in flat.values())


def test_an_event_inside_a_list_is_flagged() -> None:
    flat = _flat(_parse("- Tỷ lệ hộ nghèo giảm còn dưới 1,5%.\n"
                        "- Ngày 02-9 tổ chức lễ kỷ niệm với trên 2.000 lượt người tham gia.\n"
                        "- Tỷ lệ che phủ rừng duy trì 58%.\n"))
    assert "low_confidence" in flat["2"]["flags"] and flat["2"]["confidence"] == "low"
    assert not flat["1"]["flags"] and flat["1"]["confidence"] == "high" and not flat["3"]["flags"]


def test_items_read_without_a_list_heading_are_flagged_on_the_plan() -> None:
    parsed = plan_json(parse_text("(1) Sản lượng lương thực 4.800 tấn.\n(2) Tỷ lệ hộ nghèo dưới 2%.\n"))
    assert len(parsed["indicators"]) == 2
    assert "list_heading_missing" in parsed["plan"]["flags"]


# 4. Shares split in one item ------------------------------------------------------------------

@pytest.mark.parametrize(
    "clause",
    [
        "Cơ cấu kinh tế: thương mại - dịch vụ 51%, công nghiệp - xây dựng 31%, nông nghiệp 18%",
        "Cơ cấu kinh tế: thương mại - dịch vụ chiếm 51%; công nghiệp - xây dựng chiếm 31%; nông nghiệp chiếm 18%",
        "Cơ cấu kinh tế: thương mại, dịch vụ 51% – công nghiệp, xây dựng 31% – nông nghiệp 18%",
        "Cơ cấu kinh tế: thương mại - dịch vụ 51 %, công nghiệp - xây dựng 31 % và nông nghiệp 18 %",
    ],
)
def test_every_share_is_a_target(clause: str) -> None:
    flat = _flat(_parse(f"(2) {clause}.\n(3) Sản lượng ngô 700 tấn.\n"))
    assert flat["2"]["target"] is None and flat["2"]["name"] == "Cơ cấu kinh tế"
    assert [_target(flat[f"2.{k}"]) for k in (1, 2, 3)] == [("equal", Decimal(v), "%") for v in ("51", "31", "18")]
    assert [flat[f"2.{k}"]["name"].split()[0] for k in (1, 2, 3)] == ["Thương", "Công", "Nông"]
    assert not any(flat[f"2.{k}"]["name"].endswith("chiếm") for k in (1, 2, 3))


def test_money_with_its_balanced_part() -> None:
    flat = _flat(_parse("(1) Phấn đấu thu ngân sách trên địa bàn 18,4 tỷ đồng, trong đó thu cân đối 11,2 tỷ đồng.\n"))
    assert _target(flat["1"]) == ("equal", Decimal("18.4"), "tỷ đồng")
    assert _target(flat["1.1"]) == ("equal", Decimal("11.2"), "tỷ đồng") and sorted(flat) == ["1", "1.1"]


# Tables flattened to text ----------------------------------------------------------------------

def test_a_table_row_with_several_figure_columns_takes_the_last() -> None:
    text = ("Biểu 01: CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027\n"
            "STT Chỉ tiêu ĐVT TH năm 2025 Ước TH năm 2026 KH năm 2027\n"
            "I Về KT\n"
            "1 Tổng sản lượng lương thực Tấn 10.450 10.800 11.000\n"
            "2 Thu ngân sách trên địa bàn Triệu đồng 9.870 10.200\n"
            "II Về VH-XH\n"
            "3 Tỷ lệ hộ nghèo % 4,1 3,2 2,6\n"
            "4 Số thôn đạt chuẩn văn hóa Thôn 9/12 10/12 11/12\n"
            "Ghi chú: số liệu năm 2026 là số ước thực hiện đến ngày 30/11/2026.\n")
    parsed = plan_json(parse_text(text))
    flat = _flat(parsed)
    assert [g["key"] for g in parsed["groups"]] == ["economy", "society"]
    assert sorted(flat) == ["1", "2", "3", "4"]
    assert _target(flat["1"]) == ("equal", Decimal("11000"), "tấn")
    assert _target(flat["2"]) == ("equal", Decimal("10200"), "triệu đồng")
    assert _target(flat["3"]) == ("equal", Decimal("2.6"), "%")
    assert (flat["4"]["target"]["kind"], flat["4"]["target"]["value"], flat["4"]["target"]["high"]) == ("ratio", "11", "12")
    assert all("multiple_targets" in i["flags"] for i in flat.values())  # the other columns are said
    assert flat["4"]["name"] == "Số thôn đạt chuẩn văn hóa"


def test_the_population_a_rate_is_counted_per_is_no_target() -> None:
    flat = _flat(_parse("(7) Số bác sĩ trên 10.000 dân đạt 16 bác sĩ.\n(8) Số giường bệnh trên 1.000 dân số đạt 3,5 giường.\n"))
    assert _target(flat["7"]) == ("equal", Decimal("16"), "bác sĩ")
    assert _target(flat["8"])[1:] == (Decimal("3.5"), "giường")


def test_an_annual_title_that_names_its_five_year_plan_is_annual() -> None:
    for title in ("KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027 (năm thứ hai thực hiện Kế hoạch 5 năm 2026 - 2030)\n",
                  "NGHỊ QUYẾT\nVề nhiệm vụ năm 2027, năm thứ hai thực hiện Nghị quyết Đại hội nhiệm kỳ 2025 - 2030\n"):
        assert _plan(title + _LIST)[:3] == ("annual", 2027, 2027)
    assert _plan("KẾ HOẠCH\nPhát triển kinh tế - xã hội 5 năm 2026 - 2030 và năm 2026\n" + _LIST)[:3] == (
        "five_year", 2026, 2030)


def test_numbered_items_run_together_after_full_stops() -> None:
    flat = _flat(_parse("1. Tổng thu ngân sách 11,5 tỷ đồng. 2. Thu nhập bình quân đầu người 62 triệu đồng; "
                        "3. Tỷ lệ hộ nghèo dưới 2,5%.\n"))
    assert sorted(flat) == ["1", "2", "3"]
    assert _target(flat["2"]) == ("equal", Decimal("62"), "triệu đồng")


def test_items_numbered_as_chi_tieu_n() -> None:
    flat = _flat(_parse("Chỉ tiêu 1: Sản lượng lúa 8.200 tấn.\nChỉ tiêu 2. Tỷ lệ hộ nghèo dưới 3%.\n"
                        "CHỈ TIÊU 3: Tỷ lệ che phủ rừng 45%.\n"))
    assert sorted(flat) == ["1", "2", "3"]
    assert flat["1"]["name"] == "Sản lượng lúa" and _target(flat["3"]) == ("equal", Decimal("45"), "%")


def test_prose_lists_under_inline_headings_in_one_paragraph() -> None:
    text = ("NGHỊ QUYẾT về nhiệm vụ năm 2026\n2. Chỉ tiêu chủ yếu năm 2026\n"
            "Về kinh tế: tổng thu ngân sách 12 tỷ đồng; sản lượng lương thực 5.600 tấn. Về văn hóa - xã hội: "
            "tỷ lệ hộ nghèo giảm 1,5%; tỷ lệ tham gia BHYT đạt 95%. Về môi trường: tỷ lệ che phủ rừng 62%; "
            "100% hộ sử dụng nước hợp vệ sinh. Đồng thời, tập trung chỉ đạo xây dựng nông thôn mới.\n"
            "3. Nhiệm vụ, giải pháp\n")
    parsed = plan_json(parse_text(text))
    flat = _flat(parsed)
    assert [g["key"] for g in parsed["groups"]] == ["economy", "society", "environment"]
    assert [flat[str(k)]["group"] for k in range(1, 7)] == ["economy"] * 2 + ["society"] * 2 + ["environment"] * 2
    assert sorted(flat, key=int) == [str(k) for k in range(1, 7)]
    assert "Đồng thời" not in flat["6"]["name"]


@pytest.mark.parametrize(
    ("header", "row", "value"),
    [
        ("STT Chỉ tiêu ĐVT TH năm 2025 KH năm 2026 So sánh (%)", "1 Sản lượng lúa Tấn 6.500 7.000 107,7", "7000"),
        ("STT Chỉ tiêu ĐVT KH năm 2026 Ước TH năm 2025 Ghi chú", "1 Sản lượng lúa Tấn 7.000 6.500", "7000"),
        ("TT Chỉ tiêu Đơn vị tính Thực hiện 2025 Kế hoạch 2026 Tăng/giảm (%)", "1 Sản lượng lúa Tấn 6.500 7.000 7,7", "7000"),
        ("STT Chỉ tiêu ĐVT Năm 2025 Năm 2026", "1 Sản lượng lúa Tấn 6.500 7.000", "7000"),
    ],
)
def test_the_header_names_the_plan_column(header: str, row: str, value: str) -> None:
    text = f"CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n{header}\n{row}\n2 Tỷ lệ hộ nghèo % 3,1 2,6 83,9\n"
    ind = _flat(plan_json(parse_text(text)))["1"]
    assert (ind["target"]["value"], ind["unit"]) == (value, "tấn")
    assert "multiple_targets" in ind["flags"]


def test_bare_abbreviated_headings_on_their_own_lines() -> None:
    parsed = _parse("KT\n(1) Sản lượng lúa 7.300 tấn\nVH-XH\n(2) Tỷ lệ hộ nghèo dưới 2%\nTN&MT\n(3) Tỷ lệ che phủ rừng 47%\n"
                    "QP-AN\n(4) Hoàn thành 100% chỉ tiêu giao quân\nCCHC - CĐS\n(5) Tỷ lệ hồ sơ trực tuyến 80% trở lên\n")
    assert [g["key"] for g in parsed["groups"]] == ["economy", "society", "environment", "defence_security", "admin_reform"]
    flat = _flat(parsed)
    assert [flat[str(k)]["group"] for k in range(1, 6)] == [g["key"] for g in parsed["groups"]]
    assert flat["4"]["name"] == "Hoàn thành chỉ tiêu giao quân"


def test_lettered_group_rows_of_a_flattened_table() -> None:
    text = ("CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026\nSTT Chỉ tiêu ĐVT TH năm 2025 KH năm 2026\n"
            "A CHỈ TIÊU KINH TẾ\n1 Sản lượng lúa Tấn 5.100 5.300\n2 Tỷ lệ đô thị hóa % 61 63\n"
            "B CHỈ TIÊU XÃ HỘI\n3 Tỷ lệ hộ nghèo % 2,1 1,6\nC CHỈ TIÊU QUỐC PHÒNG - AN NINH\n"
            "4 Tỷ lệ thôn đạt chuẩn an toàn về ANTT % 80 85\n")
    parsed = plan_json(parse_text(text))
    flat = _flat(parsed)
    assert [g["key"] for g in parsed["groups"]] == ["economy", "society", "defence_security"]
    assert [(flat[c]["group"], flat[c]["target"]["value"]) for c in "1234"] == [
        ("economy", "5300"), ("economy", "63"), ("society", "1.6"), ("defence_security", "85")]


def test_the_note_column_after_a_tab_is_no_target() -> None:
    text = ("BIỂU CHỈ TIÊU CHỦ YẾU NĂM 2026\nTT\tChỉ tiêu\tĐVT\tƯớc TH 2025\tKế hoạch 2026\tGhi chú\n"
            "1\tDoanh thu dịch vụ\tTỷ đồng\t1.640\t1.800\tTăng 9,8%\n2\tTỷ lệ hộ nghèo\t%\t0,5\t0,4\t\n")
    flat = _flat(plan_json(parse_text(text)))
    assert _target(flat["1"]) == ("equal", Decimal("1800"), "tỷ đồng")
    assert _target(flat["2"]) == ("equal", Decimal("0.4"), "%")


def test_last_years_figures_beside_a_target_invent_nothing() -> None:
    parsed = plan_json(parse_text(
        "Các chỉ tiêu chủ yếu đến năm 2030:\n(5) Tỷ lệ hộ nghèo dưới 2%. Năm 2025 tỷ lệ hộ nghèo là 2,8%.\n"
        "(6) Sản lượng lúa đạt 9.000 tấn; năm 2025 ước đạt 8.600 tấn.\n"
        "(8) Thu ngân sách 20 tỷ đồng, năm 2025 thực hiện được 16,4 tỷ đồng.\n"))
    assert (parsed["plan"]["kind"], parsed["plan"]["start_year"], parsed["plan"]["flags"]) == ("five_year", 2026, [])
    flat = _flat(parsed)
    assert sorted(flat, key=int) == ["5", "6", "8"]
    assert [flat[c]["target"]["value"] for c in ("5", "6", "8")] == ["2", "9000", "20"]
    assert not any("low_confidence" in i["flags"] for i in flat.values())


_MONTHLY_REPORT = """ỦY BAN NHÂN DÂN
XÃ ĐỒNG TIẾN
Số: 88/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tiến, ngày 14 tháng 5 năm 2026

BÁO CÁO
Tình hình kinh tế - xã hội tháng 5, nhiệm vụ trọng tâm tháng 6 năm 2026

I. KẾT QUẢ THỰC HIỆN
1. Kinh tế
- Sản xuất nông nghiệp: toàn xã gieo cấy được 1.250 ha lúa vụ xuân, đạt 100% kế hoạch; năng suất ước đạt 62 tạ/ha.
- Thu ngân sách trong tháng đạt 1,2 tỷ đồng; lũy kế 5 tháng đạt 5,8 tỷ đồng, bằng 42% dự toán, tăng 11% so với cùng kỳ.
- Ngày 08-5, UBND xã tổ chức hội nghị triển khai thu thuế với 60 hộ kinh doanh tham dự.
2. Văn hóa - Xã hội
- Tổ chức thành công Lễ hội truyền thống, thu hút trên 3.000 lượt người.
- Chi trả trợ cấp cho 412 đối tượng bảo trợ xã hội, số tiền 285 triệu đồng.
- Tỷ lệ tham gia BHYT đến nay đạt 93,1%.
3. Quốc phòng - an ninh
- Tình hình an ninh chính trị ổn định; trong tháng xảy ra 02 vụ trộm cắp tài sản, đã điều tra làm rõ 01 vụ.
II. NHIỆM VỤ TRỌNG TÂM THÁNG 6
1. Chỉ đạo thu hoạch lúa vụ xuân đảm bảo tiến độ.
2. Tổ chức kỳ họp thứ 8 HĐND xã khóa I.
"""


def test_a_monthly_report_is_no_plan() -> None:
    parsed = plan_json(parse_text(_MONTHLY_REPORT))
    assert parsed["indicators"] == []
    assert any("Không tìm thấy danh sách chỉ tiêu" in w for w in parsed["plan"]["warnings"])


def test_election_year_targets_are_targets_not_news() -> None:
    flat = _flat(_parse("(1) Tổ chức thành công cuộc bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026 - 2031.\n"
                        "(2) Tỷ lệ cử tri đi bầu đạt 99% trở lên.\n(3) Tổ chức tốt Hội nghị tiếp xúc cử tri hằng năm.\n"))
    assert sorted(flat) == ["1", "2", "3"]
    assert flat["1"]["target"]["kind"] == "qualitative" and flat["1"]["flags"] == []
    assert _target(flat["2"]) == ("at_least", Decimal("99"), "%") and flat["2"]["flags"] == []
    assert flat["3"]["flags"] == []
