"""The words plan documents use: units, group headings, target phrases.

Kept apart from the parsing code so that a new unit or heading seen in a real document is a
one-line change here. Everything is matched on lower-cased NFC text.
"""

from __future__ import annotations

import re

from ..domain.text import fold

# Units as written → the product's canonical spelling. Longer spellings must come first in
# the matching order, which ``UNIT_RE`` guarantees by sorting on length.
UNITS: dict[str, str] = {
    "%": "%",
    "‰": "‰",
    "%0": "‰",  # per mille typed without the sign
    "%o": "‰",
    "tấn": "tấn",
    "tạ": "tạ",
    "tạ/ha": "tạ/ha",
    "tấn/ha": "tấn/ha",
    "ha": "ha",
    "ha/năm": "ha/năm",
    "héc ta": "ha",
    "hecta": "ha",
    "km": "km",
    "m": "m",
    "m2": "m²",
    "m²": "m²",
    "m3": "m³",
    "m³": "m³",
    "con": "con",
    "đàn": "đàn",
    "thôn": "thôn",
    "bản": "bản",
    "khu phố": "khu phố",
    "tổ dân phố": "tổ dân phố",
    "tổ": "tổ",
    "ấp": "ấp",
    "làng": "làng",
    "xóm": "xóm",
    "buôn": "buôn",
    "người/km2": "người/km²",
    "người/km²": "người/km²",
    "m2/người": "m²/người",
    "m²/người": "m²/người",
    "bác sĩ/vạn dân": "bác sĩ/vạn dân",
    "giường bệnh/vạn dân": "giường bệnh/vạn dân",
    "trường": "trường",
    "trường học": "trường",
    "người": "người",
    "lượt người": "lượt người",
    "lượt khách": "lượt khách",
    "lượt": "lượt",
    "khách": "khách",
    "doanh nghiệp": "doanh nghiệp",
    "hợp tác xã": "hợp tác xã",
    "htx": "hợp tác xã",
    "dn": "doanh nghiệp",
    "tổ hợp tác": "tổ hợp tác",
    "sản phẩm": "sản phẩm",
    "tỷ đồng": "tỷ đồng",
    "tỉ đồng": "tỷ đồng",
    "tỷ.đ": "tỷ đồng",
    "tỷ đ": "tỷ đồng",
    "tỷ.đồng": "tỷ đồng",
    "tỷđ": "tỷ đồng",
    "tỉ.đ": "tỷ đồng",
    "tỉđ": "tỷ đồng",
    "tỷ vnđ": "tỷ đồng",
    "triệu vnđ": "triệu đồng",
    "trđ/người": "triệu đồng/người",
    "tr.đ/người": "triệu đồng/người",
    "triệu đồng": "triệu đồng",
    "tr.đ": "triệu đồng",
    "trđ": "triệu đồng",
    "tr đồng": "triệu đồng",
    "triệu đồng/người/năm": "triệu đồng/người/năm",
    "triệu đồng/người": "triệu đồng/người",
    "trđ/người/năm": "triệu đồng/người/năm",
    "tr.đ/người/năm": "triệu đồng/người/năm",
    "nghìn đồng": "nghìn đồng",
    "đồng": "đồng",
    "usd": "USD",
    "triệu usd": "triệu USD",
    "triệu kwh": "triệu KWh",
    "kwh": "KWh",
    "căn": "căn",
    "căn nhà": "căn",
    "nhà": "nhà",
    "hộ": "hộ",
    "hộ gia đình": "hộ",
    "lao động": "lao động",
    "lần/người/năm": "lần/người/năm",
    "lần": "lần",
    "điểm": "điểm",
    "điểm %": "điểm %",
    "điểm phần trăm": "điểm %",
    "tiêu chí": "tiêu chí",
    "tuyến phố": "tuyến phố",
    "tuyến": "tuyến",
    "tuyến đường": "tuyến đường",
    "công trình": "công trình",
    "cơ sở": "cơ sở",
    "vụ": "vụ",
    "xã": "xã",
    "bác sĩ": "bác sĩ",
    "giường bệnh": "giường bệnh",
    "giường": "giường",
    "cháu": "cháu",
    "học sinh": "học sinh",
    "gia đình": "gia đình",
    "mô hình": "mô hình",
    "chợ": "chợ",
    "cái": "cái",
    "chiếc": "chiếc",
    "dự án": "dự án",
    "làng nghề": "làng nghề",
    "cụm": "cụm",
    "trang trại": "trang trại",
    "lít": "lít",
    "kg": "kg",
    "cây": "cây",
    "lễ hội": "lễ hội",
    "đảng viên": "đảng viên",
    "hội viên": "hội viên",
    "câu lạc bộ": "câu lạc bộ",
    "phiên": "phiên",
    "lớp": "lớp",
    "cuộc": "cuộc",
    "đợt": "đợt",
    "buổi": "buổi",
    "tổ chức cơ sở đảng": "tổ chức cơ sở đảng",
    "chi bộ": "chi bộ",
    "nhà văn hóa": "nhà văn hóa",
    "thửa": "thửa",
    "hồ sơ": "hồ sơ",
    "trạm": "trạm",
    "giấy chứng nhận": "giấy chứng nhận",
    "bệnh nhân": "bệnh nhân",
    "trẻ": "trẻ",
    "điểm trường": "điểm trường",
    "nhà ở": "nhà ở",
    "km2": "km²",
    "km²": "km²",
    "việc làm": "việc làm",
    "tin": "tin",
    "bài": "bài",
}

#: Every written unit, longest first, so that matching prefers "triệu đồng/người/năm" to "triệu đồng".
UNITS_BY_LENGTH = sorted(UNITS, key=len, reverse=True)
# A unit made of letters must end at a word boundary (``ha`` is not the start of ``hành``).
UNIT_PATTERN = "|".join(re.escape(u) + (r"(?![\w])" if u[-1].isalnum() else "") for u in UNITS_BY_LENGTH)
UNIT_RE = re.compile(r"\s*(?P<unit>" + UNIT_PATTERN + ")", re.IGNORECASE)

# Units that count things: in a name such as "Thành lập mới 20 doanh nghiệp" the unit word is
# also the object, so it stays in the indicator's name.
NOUN_UNITS = frozenset(
    {
        "thôn", "bản", "khu phố", "tổ dân phố", "trường", "doanh nghiệp", "hợp tác xã",
        "tổ hợp tác", "sản phẩm", "căn", "nhà", "hộ", "lao động", "tiêu chí", "tuyến phố",
        "tuyến", "tuyến đường", "công trình", "cơ sở", "xã", "khách", "bác sĩ", "giường bệnh",
        "giường", "học sinh", "gia đình", "mô hình", "chợ", "dự án", "làng nghề", "cụm",
        "trang trại", "đàn", "lễ hội", "đảng viên", "hội viên", "câu lạc bộ", "phiên", "lớp",
        "cuộc", "đợt", "buổi", "tổ chức cơ sở đảng", "chi bộ", "nhà văn hóa", "thửa", "hồ sơ",
        "trạm", "giấy chứng nhận", "bệnh nhân", "điểm trường", "việc làm", "ấp", "làng", "xóm", "buôn",
    }
)

# Words after a figure that qualify a name rather than state a target: "dưới 5 tuổi".
NAME_QUALIFIERS = frozenset({"tuổi", "sao", "tầng", "cấp", "tiêu chuẩn"})

# Units whose totals add up month by month (a harvest, revenue, visitors).
FLOW_UNITS = frozenset(
    {"tấn", "tạ", "tỷ đồng", "triệu đồng", "nghìn đồng", "đồng", "USD", "triệu USD",
     "triệu KWh", "KWh", "lượt người", "lượt khách", "lượt", "khách", "m³", "lít", "kg"}
)

# ``1,5 triệu khách`` is 1.500.000 khách, but ``700 triệu KWh`` is a unit: the multiplier
# only applies when what follows is not a unit spelled with it.
MULTIPLIERS: dict[str, int] = {"nghìn": 1000, "ngàn": 1000, "vạn": 10**4, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
# "thu nhập đạt 72 triệu": a money multiplier with nothing after it is the money unit itself.
MONEY_MULTIPLIERS: dict[str, str] = {"triệu": "triệu đồng", "tỷ": "tỷ đồng", "tỉ": "tỷ đồng", "nghìn": "nghìn đồng"}

# Group headings: the first keyword found (by position) decides the known group.
GROUP_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("quốc phòng", "defence_security"),
    ("an ninh", "defence_security"),
    ("quân sự", "defence_security"),
    ("cải cách hành chính", "admin_reform"),
    ("chuyển đổi số", "admin_reform"),
    ("hành chính", "admin_reform"),
    ("môi trường", "environment"),
    ("tài nguyên", "environment"),
    ("văn hóa", "society"),
    ("văn hoá", "society"),
    ("xã hội", "society"),
    ("giáo dục", "society"),
    ("y tế", "society"),
    ("kinh tế", "economy"),
)
# Abbreviations headings use ("* KT-XH", "Về VHXH", "QP-AN", "TN&MT", "CCHC - CĐS"), spelled out
# before a heading is matched against the keywords above. Matched on lower-cased text, as whole
# words (a letter on either side means it is part of another word).
_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"kt\s*[-–&,]?\s*xh", "kinh tế - xã hội"),
    (r"vh\s*[-–&,]?\s*xh", "văn hóa - xã hội"),
    (r"tn\s*(?:&|và|[-–,])?\s*mt", "tài nguyên và môi trường"),
    (r"qp\s*(?:&|và|[-–,])?\s*an", "quốc phòng - an ninh"),
    (r"an\s*(?:&|và|[-–,])?\s*qp", "an ninh - quốc phòng"),
    (r"cchc", "cải cách hành chính"),
    (r"cđs", "chuyển đổi số"),
    (r"antt", "an ninh trật tự"),
    (r"qs\s*(?:&|và|[-–,])?\s*qp", "quân sự - quốc phòng"),
    (r"gd\s*(?:&|và|[-–,])?\s*đt", "giáo dục - đào tạo"),
    (r"kt", "kinh tế"),
    (r"vh", "văn hóa"),
    (r"xh", "xã hội"),
    (r"mt", "môi trường"),
    (r"qp", "quốc phòng"),
)
_ABBREVIATION_RE = re.compile(
    "|".join(f"(?<![^\\W\\d_])(?:{pattern})(?![^\\W\\d_])" for pattern, _ in _ABBREVIATIONS), re.IGNORECASE
)
_ABBREVIATION_PATTERNS = tuple((re.compile(f"(?:{p})$", re.IGNORECASE), full) for p, full in _ABBREVIATIONS)


# A heading made only of abbreviations, on a line of its own ("QP-AN", "TN&MT", "CCHC - CĐS").
_ACRONYM = r"(?:KT|VH|XH|TN|MT|QP|QS|AN|CCHC|CĐS|ANTT|GD|ĐT)"
ABBREVIATED_HEADING_RE = re.compile(
    r"(?:[-–•*+]\s*)?(?:(?:Về|Lĩnh vực|Chỉ tiêu|Nhóm)\s+)?" + _ACRONYM + r"(?:\s*(?:[-–&,]|và)?\s*" + _ACRONYM + r")*\s*:?"
)


def spell_out(text: str) -> str:
    """``text`` lower-cased with heading abbreviations spelled out (``qp-an`` → ``quốc phòng - an ninh``)."""
    def full(match: re.Match[str]) -> str:
        return next(f for pattern, f in _ABBREVIATION_PATTERNS if pattern.match(match.group()))
    return _ABBREVIATION_RE.sub(full, text.lower())


GROUP_TITLES: dict[str, str] = {
    "economy": "Kinh tế",
    "society": "Văn hóa - Xã hội",
    "environment": "Môi trường",
    "defence_security": "Quốc phòng - An ninh",
    "admin_reform": "Cải cách hành chính - Chuyển đổi số",
    "general": "Các chỉ tiêu chủ yếu",
}

# Words that end the indicator list when they open a heading.
SECTION_END_WORDS = (
    "nhiệm vụ", "giải pháp", "tổ chức thực hiện", "quan điểm", "định hướng", "đột phá",
    "phương hướng", "mục tiêu tổng quát", "mục tiêu chung", "nơi nhận", "kinh phí",
    "các nhiệm vụ", "một số nhiệm vụ", "những nhiệm vụ", "điều khoản thi hành", "hiệu lực",
    "ghi chú", "chú thích", "chú giải", "nguồn số liệu",
)

# A clause with no figure that still states a commitment the officer can judge met or not.
QUALITATIVE_WORDS = (
    "giữ vững", "duy trì", "không còn", "không để", "không có", "đạt chuẩn", "đạt tiêu chuẩn", "hoàn thành",
    "xây dựng", "bảo đảm", "đảm bảo", "ổn định", "công nhận", "đạt danh hiệu", "kiện toàn",
    "triển khai", "phấn đấu", "giảm", "tăng", "nâng cao", "kiềm chế", "tổ chức thành công", "tổ chức tốt",
)


def slug(text: str) -> str:
    """A stable ASCII key for an unknown group heading (``xay_dung_he_thong_chinh_tri``)."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "_".join(words)[:60] or "group"
