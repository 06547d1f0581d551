"""Is a sentence a target, or news? Past results, events and meetings are no indicators.

A resolution's indicator list states what is to be reached (``phấn đấu``, ``đến năm 2030``,
``trở lên``, ``duy trì``...). The same document also tells what happened: ``Ngày 22-5 tổ chức
Hội nghị tiếp xúc cử tri``, ``đã tổ chức 18 kỳ họp``, ``kết quả năm 2025 đạt ...``. Those
sentences carry figures too; these rules keep a text made of them from being read as a list,
and flag such a sentence ``low_confidence`` when it sits inside a list.
"""

from __future__ import annotations

import re

from .figures import figures, mask_brackets

# Words that tell what happened, not what is to be reached: flagged wherever they stand.
_NEWS_RE = re.compile(
    r"^\W*(?:vào\s+)?(?:ngày|hôm)\s+\d{1,2}\s*[-/.]\s*\d{1,2}|(?<![^\W\d_])vào\s+ngày\s+\d"  # "Ngày 22-5, ..."
    r"|(?<![^\W\d_])(?:kết quả (?:thực hiện|đạt được)|(?<!so với )ước (?:đạt|thực hiện)|thực hiện được|đạt được"
    r"|đã tổ chức|đã tiếp nhận|đã giải quyết)(?![^\W\d_])",
    re.IGNORECASE,
)
# Words of events and of a review of results ("đã tiếp nhận 320 hồ sơ", not "đã qua đào tạo";
# "hội nghị", "kỳ họp"; "bằng 115% dự toán", "so với cùng kỳ"): a list is not taken from
# text where these outnumber the targets. They are not flagged one by one, since a plan may well
# say "Tổ chức thành công cuộc bầu cử ...", "Tỷ lệ cử tri đi bầu đạt 99%", "các tuyến phố đã đạt
# tiêu chí" or "105% so với kế hoạch giao".
_REVIEW_RE = re.compile(
    r"(?<![^\W\d_])(?:đã(?!\s+qua)|vừa|dự toán|cùng kỳ|kết quả|trong tháng|năm qua|tháng qua|kỳ họp"
    r"|hội nghị|lễ kỷ niệm|lễ hội|tiếp xúc|khai mạc|bế mạc|tổ chức thành công|tham dự|có mặt)(?![^\W\d_])",
    re.IGNORECASE,
)


def is_news(text: str) -> bool:
    """The sentence tells an event or a result ("Ngày 22-5 tổ chức ...", "đã tổ chức ...");
    what is said in brackets (``năm 2025 ước đạt 61,8``) is an aside and does not count."""
    return _NEWS_RE.search(mask_brackets(text)) is not None


def is_target_like(text: str) -> bool:
    """The sentence may state a target: no sign of news or of a review of results."""
    masked = mask_brackets(text)
    return _NEWS_RE.search(masked) is None and _REVIEW_RE.search(masked) is None


def subject(text: str) -> str:
    """What a sentence says before its first figure: the part that tells a target from news (an
    aside after the target, "năm 2025 ước đạt 8.600 tấn", does not make the item news)."""
    found = figures(mask_brackets(text))
    return text[:found[0].start] if found else text
