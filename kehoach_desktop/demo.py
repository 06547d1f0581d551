"""Sample data: a fictional commune with a 5-year plan 2026-2030 and its monthly figures.

The demo lets an officer (or a tester) see every screen filled without typing a plan first. The
commune "Xã Đồng Tâm (dữ liệu mẫu)" of "Tỉnh Mẫu" does not exist; its 30 indicators are worded
like real resolutions and cover every target form the program understands. Figures run from
January 2025 (the baseline year) to October 2026 and are chosen so that at September 2026 the
status words spread the way a real commune's would: most indicators on track or met, a few
behind or at risk, one with no data yet. Everything is fixed tables: two installs are identical.
"""

from __future__ import annotations

from decimal import Decimal

from .domain.errors import UserError
from .domain.model import (
    Aggregation,
    Commune,
    Direction,
    Group,
    Indicator,
    Plan,
    PlanKind,
    PlanStatus,
    RuleKind,
    TargetRule,
    ValueKind,
)
from .domain.periods import Period
from .store.database import Database
from .domain.draft import PlanDraft
from .store.operations import create_plan, init_commune
from .store.values import ValueEntry, save_values
from .store.queries import commune

DEMO_COMMUNE = Commune(code="99001", name="Xã Đồng Tâm (dữ liệu mẫu)", province="Tỉnh Mẫu")

BASELINE_YEAR = 2025
DEMO_YEAR = 2026
#: The last month of 2026 with figures, and the last whose figures are already official.
LAST_MONTH, LAST_OFFICIAL_MONTH = 10, 8

_GROUPS = (
    Group("economy", "Chỉ tiêu kinh tế"),
    Group("society", "Chỉ tiêu văn hóa - xã hội"),
    Group("environment", "Chỉ tiêu môi trường"),
    Group("defence_security", "Chỉ tiêu quốc phòng - an ninh"),
    Group("admin_reform", "Chỉ tiêu cải cách hành chính - chuyển đổi số"),
)

_F, _S = Aggregation.FLOW, Aggregation.STOCK
_KT, _VX, _YT = "Kinh tế", "Văn hóa - Xã hội", "Trạm Y tế xã"
_CA, _QS, _VP = "Công an xã", "Ban Chỉ huy Quân sự xã", "Văn phòng HĐND-UBND"

# code, group, name, unit, aggregation, lower is better, baseline 2025 (None: qualitative), office.
# A code "5.1" is a sub-indicator of "5".
_INDICATORS: tuple[tuple[str, str, str, str, Aggregation, bool, str | None, str], ...] = (
    ("1", "economy", "Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm", "%", _S, False, "7.6", _KT),
    ("2", "economy", "Tổng thu ngân sách nhà nước trên địa bàn", "triệu đồng", _F, False, "8620", _KT),
    ("3", "economy", "Thu nhập bình quân đầu người", "triệu đồng/người/năm", _S, False, "52", _KT),
    ("4", "economy", "Sản lượng lương thực có hạt", "tấn", _F, False, "7180", _KT),
    ("5", "economy", "Tổng đàn gia súc, gia cầm", "con", _S, False, "21700", _KT),
    ("5.1", "economy", "Đàn lợn", "con", _S, False, "8650", _KT),
    ("5.2", "economy", "Đàn trâu, bò", "con", _S, False, "1152", _KT),
    ("6", "economy", "Số doanh nghiệp thành lập mới", "doanh nghiệp", _F, False, "3", _KT),
    ("7", "economy", "Số hợp tác xã thành lập mới", "hợp tác xã", _F, False, "1", _KT),
    ("8", "economy", "Số lượt khách du lịch", "lượt người", _F, False, "7400", _VX),
    ("9", "economy", "Số sản phẩm OCOP đạt 3 sao trở lên", "sản phẩm", _S, False, "4", _KT),
    ("10", "economy", "Số tiêu chí xã nông thôn mới nâng cao đạt được", "tiêu chí", _S, False, "15", _KT),
    ("11", "society", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", _S, True, "7.9", _VX),
    ("12", "society", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", _S, False, "30", _VX),
    ("13", "society", "Số lao động được giải quyết việc làm mới", "lao động", _F, False, "262", _VX),
    ("14", "society", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", _S, False, "94.2", _VX),
    ("15", "society", "Duy trì xã đạt Bộ tiêu chí quốc gia về y tế xã", "", _S, False, None, _YT),
    ("16", "society", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", _S, True, "14.5", _YT),
    ("17", "society", "Số thôn đạt danh hiệu Thôn văn hóa", "thôn", _S, False, "16", _VX),
    ("18", "society", "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", "%", _S, False, "93.6", _VX),
    ("19", "environment", "Tỷ lệ che phủ rừng", "%", _S, False, "50.03", _KT),
    ("20", "environment", "Diện tích trồng rừng tập trung", "ha", _F, False, "104.5", _KT),
    ("21", "environment", "Tỷ lệ dân số nông thôn sử dụng nước sạch đáp ứng quy chuẩn", "%", _S, False, "62", _KT),
    ("22", "environment", "Tỷ lệ chất thải rắn sinh hoạt ở khu dân cư được thu gom, xử lý", "%", _S, False, "78", _KT),
    ("23", "defence_security", "Giữ vững xã đạt chuẩn an toàn về an ninh, trật tự", "", _S, False, None, _CA),
    ("24", "defence_security", "Số vụ phạm tội về trật tự xã hội", "vụ", _F, True, "20", _CA),
    ("25", "defence_security", "Số vụ tai nạn giao thông", "vụ", _F, True, "5", _CA),
    ("26", "defence_security", "Tỷ lệ hoàn thành chỉ tiêu giao quân", "%", _S, False, "100", _QS),
    ("27", "admin_reform", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", "%", _S, False, "68", _VP),
    ("28", "admin_reform", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", "%", _S, False, "90", _VP),
)


def _rule(
    kind: RuleKind,
    text: str,
    value: str | None = None,
    low: str | None = None,
    high: str | None = None,
    *,
    year: int | None = None,
    per_year: bool = False,
    points: bool = False,
    change: bool = False,
    base: int | None = None,
) -> TargetRule:
    """A target rule from compact arguments (figures as plain decimal strings)."""

    def num(text: str | None) -> Decimal | None:
        return None if text is None else Decimal(text)

    return TargetRule(
        kind=kind, value=num(value), low=num(low), high=num(high), baseline_year=base,
        per_year=per_year, points=points, measures_change=change, year=year, text=text,
    )


_K = RuleKind
# The resolution's wording of each target; year=2026 rules are what the 2026 annual plan adds.
_RULES: dict[str, tuple[TargetRule, ...]] = {
    "1": (_rule(_K.AVG_ANNUAL_GROWTH, "bình quân hằng năm 8,5%", "8.5", per_year=True, change=True),),
    "2": (
        _rule(_K.AVG_ANNUAL_GROWTH, "tăng bình quân hằng năm 10% trở lên", "10", per_year=True, base=2025),
        _rule(_K.EQUAL, "năm 2026: 9.450 triệu đồng", "9450", year=2026),
    ),
    "3": (_rule(_K.GROWTH_VS_BASELINE, "đến năm 2030 so với năm 2025 tăng 42%", "42", base=2025),),
    "4": (_rule(_K.AT_LEAST, "hằng năm ≥ 7.000 tấn", "7000", per_year=True),),
    "5": (_rule(_K.EQUAL, "đến năm 2030 đạt 24.000 con", "24000"),),
    "5.1": (_rule(_K.AT_LEAST, "trong đó: đàn lợn 9.000 con trở lên", "9000"),),
    "5.2": (_rule(_K.MAINTAIN, "đàn trâu, bò duy trì 1.150 con", "1150"),),
    "6": (_rule(_K.CUMULATIVE, "thành lập mới 20 doanh nghiệp", "20"),),
    "7": (_rule(_K.CUMULATIVE, "và 05 hợp tác xã", "5"),),
    "8": (_rule(_K.MULTIPLE_OF_BASELINE, "đến năm 2030 tăng 0,5 lần so với năm 2025", "0.5", base=2025),),
    "9": (_rule(_K.CUMULATIVE, "có thêm 05 sản phẩm OCOP đạt 3 sao trở lên", "5"),),
    "10": (
        _rule(_K.RATIO, "đến năm 2030 đạt chuẩn nông thôn mới nâng cao (19/19 tiêu chí)", "19", "19", "19"),
        _rule(_K.RATIO, "năm 2026 đạt 16/19 tiêu chí", "16", "16", "19", year=2026),
    ),
    "11": (_rule(_K.REDUCTION, "giảm bình quân hằng năm 1,5 điểm %", "1.5", per_year=True, points=True, base=2025),),
    "12": (_rule(_K.RANGE, "đến năm 2030 đạt 35 - 40%", None, "35", "40"),),
    "13": (
        _rule(_K.AT_LEAST, "hằng năm giải quyết việc làm cho 250 lao động trở lên", "250", per_year=True),
        _rule(_K.EQUAL, "năm 2026: 260 lao động", "260", year=2026),
    ),
    "14": (_rule(_K.MORE_THAN, "hằng năm > 95%", "95", per_year=True),),
    "15": (_rule(_K.QUALITATIVE, "Duy trì xã đạt Bộ tiêu chí quốc gia về y tế xã", per_year=True),),
    "16": (_rule(_K.LESS_THAN, "đến năm 2030 dưới 12%", "12"),),
    "17": (_rule(_K.RATIO, "hằng năm 16/18 thôn", "16", "16", "18", per_year=True),),
    "18": (_rule(_K.AT_LEAST, "hằng năm đạt 95% trở lên", "95", per_year=True),),
    "19": (_rule(_K.MAINTAIN, "duy trì tỷ lệ che phủ rừng 50,03%", "50.03"),),
    "20": (_rule(_K.EQUAL, "trồng rừng hằng năm 100 ha", "100", per_year=True),),
    "21": (_rule(_K.AT_LEAST, "đến năm 2030 đạt 80% trở lên", "80"),),
    "22": (_rule(_K.EQUAL, "đến năm 2030: 90%", "90"),),
    "23": (_rule(_K.QUALITATIVE, "Giữ vững xã đạt chuẩn an toàn về an ninh, trật tự", per_year=True),),
    "24": (_rule(_K.REDUCTION, "giảm số vụ phạm tội về trật tự xã hội hằng năm ≥ 5%", "5", per_year=True, base=2025),),
    "25": (_rule(_K.AT_MOST, "hằng năm không quá 04 vụ", "4", per_year=True),),
    "26": (_rule(_K.EQUAL, "hoàn thành 100% chỉ tiêu giao quân hằng năm", "100", per_year=True),),
    "27": (_rule(_K.AT_LEAST, "đến năm 2030 đạt 90% trở lên", "90"),),
    "28": (_rule(_K.EQUAL, "đến năm 2030: 100%", "100"),),
}

# Monthly figures: the 12 months of 2025, then January-October 2026. "x*n" repeats x n times.
# Flows of 2025 add up to the baseline; stocks of 2025 end at it. Qualitative: 1 met, 0 not.
# Indicator 18 has no 2026 figure: families are only assessed at the December review.
_SERIES: dict[str, tuple[str, str]] = {
    "1": ("7.0*2 7.1*2 7.2 7.3*2 7.4 7.5*2 7.6*2", "7.4*2 7.5 7.6 7.7 7.8*2 7.9 8.0*2"),
    "2": ("520 610 980 860 590 640 700 560 620 730 690 1120", "580 660 1060 930 650 710 790 620 720 790"),
    "3": ("48.5*3 49.6*3 50.8*3 52*3", "52*2 52.8*3 54.2*3 55*2"),
    "4": ("0*3 120 1650 1480 90 160 1720 1810 150 0", "0*3 110 1700 1520 80 150 1640 1760"),
    "5": ("21200 20650 20900 21050 21150 21250 21300 21380 21450 21520 21600 21700",
          "21850 21300 21500 21650 21720 21800 21900 21980 22080 22150"),
    "5.1": ("8400 8250 8300 8350 8420 8480 8520 8560 8600 8620 8640 8650",
            "8680 8560 8590 8620 8640 8660 8680 8695 8710 8725"),
    "5.2": ("1180 1178 1175 1172 1170 1168 1165 1162 1160 1158 1155 1152",
            "1150 1149 1147 1146 1144 1143 1141 1140 1138 1137"),
    "6": ("0*2 1 0*2 1 0*4 1 0", "0 1 0*2 1 0*2 1 0*2"),
    "7": ("0*10 1 0", "0*6 1 0 1 0"),
    "8": ("1150 980 720 520 430 560 620 580 400 450 420 570", "1380 1250 860 640 520 710 820 760 540 590"),
    "9": ("3*6 4*6", "4*7 5*3"),
    "10": ("14*6 15*6", "15*7 16*3"),
    "11": ("9.3*2 9.2 9.1 9.0 8.9 8.8 8.6 8.5 8.3 8.1 7.9", "7.8 7.7 7.6 7.5 7.4 7.2 7.0 6.9 6.7 6.6"),
    "12": ("28.6 28.7 28.8 28.9 29.0 29.2 29.3 29.4 29.6 29.7 29.9 30",
           "30.1 30.2 30.4 30.5 30.7 30.9 31.0 31.2 31.4 31.5"),
    "13": ("12 8 25 30 22 20 18 24 28 30 22 23", "10 15 28 32 24 22 20 25 26 29"),
    "14": ("93.1 93.2 93.4 93.5 93.6 93.8 93.9 94.0 94.1 94.1 94.2 94.2",
           "94.0 93.8 93.9 94.0 94.1 94.1 94.0 93.9 93.8 93.9"),
    "15": ("1*12", "1*10"),
    "16": ("15.2*5 14.9*6 14.5", "14.5*5 13.8*5"),
    "17": ("15*11 16", "16*10"),
    "18": ("91.8*11 93.6", ""),
    "19": ("49.86*11 50.03", "50.03*10"),
    "20": ("0 18.5 32 21 6 3 8 9.5 5.5 1 0*2", "0 22 38.5 24 7 4 9 8.5 4.5 1.5"),
    "21": ("58.0 58.3 58.6 59.0 59.3 59.7 60.1 60.5 60.9 61.3 61.6 62.0",
           "62.3 62.6 62.9 63.2 63.6 63.9 64.3 64.6 65.0 65.3"),
    "22": ("74.0 74.3 74.7 75.0 75.4 75.8 76.2 76.6 77.0 77.3 77.7 78.0",
           "78.2 78.5 78.8 79.0 79.3 79.5 72.4 71.8 71.5 71.6"),
    "23": ("1*12", "1*10"),
    "24": ("2 1 2 1 2 2 1 2 2 1 2 2", "1 2 1 1 2 1 2 1 2 1"),
    "25": ("1 0*2 1 0*2 1 0 1 0*2 1", "1 0*3 1 0*2 2 0*2"),
    "26": ("0 100*11", "0 100*9"),
    "27": ("55 56.5 58 59.5 61 62 63 64 65 66 67 68", "68.5 69.2 70.0 70.8 71.5 72.3 73.0 73.8 74.5 75.1"),
    "28": ("84.0 84.6 85.1 85.7 86.2 86.8 87.3 87.8 88.4 88.9 89.5 90",
           "90.2 90.4 90.5 90.7 90.9 91.1 91.2 91.4 91.6 91.8"),
}

# Officers' explanations, by (code, month of 2026).
_NOTES: dict[tuple[str, int], str] = {
    ("1", 9): "Tăng trưởng 9 tháng ước đạt 8%, thấp hơn mục tiêu 8,5% do giá nông sản giảm, "
    "sản xuất gạch, vật liệu xây dựng chững lại.",
    ("5.2", 9): "Đàn trâu, bò giảm do diện tích chăn thả thu hẹp, một số hộ bán trâu, bò "
    "chuyển sang nuôi lợn, nuôi dê.",
    ("7", 7): "Thành lập HTX Nông nghiệp Đồng Tiến (trồng và chế biến hồi).",
    ("9", 8): "Sản phẩm Miến dong Khuổi Nọi được công nhận OCOP 3 sao.",
    ("14", 9): "Một số hộ cận nghèo, học sinh hết thời hạn được hỗ trợ thẻ BHYT nhưng chưa tự "
    "mua nối tiếp; đang phối hợp BHXH vận động tham gia.",
    ("22", 7): "Từ tháng 7, đơn vị thu gom dừng hợp đồng tại 03 thôn Nà Pàn, Khuổi Nọi, Bản Chắt; "
    "rác chưa được thu gom thường xuyên.",
    ("22", 9): "Đang lựa chọn đơn vị thu gom mới cho 03 thôn, dự kiến ký hợp đồng trong quý IV.",
    ("25", 8): "Xảy ra 02 vụ tai nạn giao thông trên tuyến đường tỉnh qua thôn Đồng Chằm, "
    "nguyên nhân do người điều khiển xe mô tô sử dụng rượu bia.",
    ("26", 1): "Chưa đến đợt giao quân; lễ giao nhận quân năm 2026 tổ chức trong tháng 02.",
}


def _expand(series: str) -> list[Decimal]:
    """The figures of a series string ("7.0*2 7.1" gives 7.0, 7.0, 7.1)."""
    result: list[Decimal] = []
    for token in series.split():
        figure, _, times = token.partition("*")
        result.extend([Decimal(figure)] * int(times or 1))
    return result


def demo_draft() -> PlanDraft:
    """The demo commune's adopted 5-year plan 2026-2030 with its 30 indicators and targets."""
    indicators: list[Indicator] = []
    for code, group, name, unit, aggregation, lower, base, office in _INDICATORS:
        parent = code.rpartition(".")[0] or None
        indicators.append(
            Indicator(
                code=code, name=name, unit=unit, group=group, parent_code=parent,
                direction=Direction.LOWER if lower else Direction.HIGHER, aggregation=aggregation,
                baseline_value=None if base is None else Decimal(base),
                baseline_year=None if base is None else BASELINE_YEAR, responsible_office=office,
            )
        )
    plan = Plan(
        kind=PlanKind.FIVE_YEAR, start_year=2026, end_year=2030,
        title="Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030",
        resolution_ref="Nghị quyết số 05/NQ-HĐND ngày 20/12/2025 của HĐND xã Đồng Tâm",
        status=PlanStatus.ADOPTED,
    )
    return PlanDraft(plan=plan, groups=_GROUPS, indicators=indicators, rules=dict(_RULES))


def demo_entries() -> list[ValueEntry]:
    """Every demo figure: 2025 official; 2026 official to August, estimated after."""
    entries: list[ValueEntry] = []
    for code, *_ in _INDICATORS:
        last_year, this_year = (_expand(s) for s in _SERIES[code])
        assert len(last_year) == 12 and len(this_year) in (0, LAST_MONTH), code
        for month, value in enumerate(last_year, start=1):
            entries.append(ValueEntry(code, Period(BASELINE_YEAR, month), value, ValueKind.OFFICIAL))
        for month, value in enumerate(this_year, start=1):
            kind = ValueKind.OFFICIAL if month <= LAST_OFFICIAL_MONTH else ValueKind.ESTIMATE
            note = _NOTES.get((code, month))
            entries.append(
                ValueEntry(code, Period(DEMO_YEAR, month), value, kind, note, set_note=note is not None)
            )
    return entries


def install_demo(db: Database, actor: str = "demo") -> int:
    """Fill an empty database with the demo commune, plan and figures; return the plan's id.

    Everything goes in one transaction: on any error the database is left as it was.
    """
    with db.write() as session:
        if commune(session) is not None:
            raise UserError(
                "Cơ sở dữ liệu này đã có dữ liệu nên không cài được dữ liệu mẫu. "
                "Hãy chọn một tệp cơ sở dữ liệu mới (trống) cho dữ liệu mẫu.",
                "db",
            )
        installation = db.installation_id
        row = init_commune(
            session, installation, DEMO_COMMUNE.code, DEMO_COMMUNE.name, DEMO_COMMUNE.province, actor
        )
        plan = create_plan(session, installation, row.id, demo_draft(), actor)
        save_values(session, installation, plan.id, demo_entries(), actor, accept_warnings=True)
        plan_id = plan.id
    return plan_id
