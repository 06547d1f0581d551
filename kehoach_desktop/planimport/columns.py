"""Which figure column of a flattened table is the plan's target, read from the header row.

A table flattened to text gives each row as ``1 Sản lượng lúa Tấn 6.500 7.000 107,7`` under a
header such as ``STT Chỉ tiêu ĐVT TH năm 2025 KH năm 2026 So sánh (%)``. Without a header the
last figure is taken; with one, the plan's column (``Kế hoạch``/``KH``/``Mục tiêu`` for the
plan's year) is, so a comparison or an estimate column after it is never the target.
"""

from __future__ import annotations

import re

_UNIT_COLUMN_RE = re.compile(r"(?<![^\W\d_])(?:đvt|đơn\s+vị(?:\s+tính)?)(?![^\W\d_])", re.IGNORECASE)
# Words that open a column's label; a label runs to the next one.
_LABEL_START_RE = re.compile(
    r"(?<![^\W\d_])(?:ước(?:\s+(?:thực\s+hiện|th|tính))?|thực\s+hiện|th|kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu"
    r"|so\s+sánh|ss|tỷ\s+lệ|tăng\s*[,/]\s*giảm|ghi\s+chú|năm\s+(?:19|20)\d\d|giai\s+đoạn)(?![^\W\d_])",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _labels(header: str) -> list[str]:
    """The figure columns' labels after the unit column, notes left out."""
    unit = _UNIT_COLUMN_RE.search(header)
    if unit is None:
        return []
    rest = header[unit.end():]
    # "KH 2026 so với TH 2025 (%)" is one label: what follows "so với" is no column of its own.
    starts = [m.start() for m in _LABEL_START_RE.finditer(rest)
              if not re.search(r"so\s+(?:với|sánh)\s*$", rest[:m.start()], re.IGNORECASE)]
    # "Ước TH năm 2025", "Mục tiêu đến năm 2030": a year right after a label's words is that label's.
    merged = [s for k, s in enumerate(starts) if k == 0 or not re.fullmatch(
        r"[\s(]*(?:(?:ước|thực\s+hiện|th|tính|kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu|đến)[\s:]*)+",
        rest[starts[k - 1]:s], re.IGNORECASE)]
    labels = [rest[a:b].strip() for a, b in zip(merged, [*merged[1:], len(rest)])]
    return [label for label in labels if not label.lower().startswith("ghi chú")]


def plan_column(headers: list[str], year: int | None) -> int | None:
    """The index of the plan's figure column in the first header row that names one."""
    for header in headers:
        labels = _labels(header)
        if len(labels) < 2:
            continue
        plans = [k for k, label in enumerate(labels)
                 if re.match(r"(?:kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu)(?![^\W\d_])", label, re.IGNORECASE)
                 and not re.search(r"so\s+(?:với|sánh)|%", label, re.IGNORECASE)]
        if not plans:
            years = [k for k, label in enumerate(labels) if year is not None and str(year) in _YEAR_RE.findall(label)]
            plans = years[-1:]
        if plans:
            own = [k for k in plans if year is not None and str(year) in _YEAR_RE.findall(labels[k])]
            return (own or plans)[0]
    return None
