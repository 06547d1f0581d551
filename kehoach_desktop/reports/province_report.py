"""What the province's report says, before it is written as .docx or .xlsx: plain data and its text.

The province finance department (Sở Tài chính) reports upward on its communes: who has reported
the period and on time (completeness), each indicator across the communes with the province total
and how it was made (DOMAIN.md, "Adding up communes": ``province.province_total``), and how many
indicators each commune has at each status. ``province.report.build_province_report`` fills a
``ProvinceReport`` from the database (the completeness matrix and every commune's own
``build_report``); ``province_docx`` and ``province_xlsx`` only lay it out, so the two files and
the commune's own report can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.model import Group, Status
from ..domain.periods import Period
from .content import STATUS_ORDER, StatusCounts, date_line, period_phrase
from .province import CommuneLine, ProvinceTotal
from .prose import Section, figure, percent

__all__ = [
    "CommuneStanding", "IndicatorSummary", "MonthReporting", "ProvinceReport", "province_body",
    "STATUS_SHORT",
]

#: Short column headings of the statuses (the tables are wide).
STATUS_SHORT = {
    Status.EXCEEDED: "Vượt", Status.MET: "Đạt", Status.ON_TRACK: "Đúng tiến độ", Status.BEHIND: "Chậm tiến độ",
    Status.AT_RISK: "Nguy cơ không đạt", Status.MISSED: "Chưa đạt", Status.NO_DATA: "Chưa có số liệu",
}
ISSUING_BODY = "SỞ TÀI CHÍNH"
NUMBER_BLANK = "      /BC-STC"


@dataclass(frozen=True)
class MonthReporting:
    """One month of the period across the communes: how many reported, on time, approved."""

    year: int
    month: int
    expected: int
    received: int
    on_time: int
    approved: int

    @property
    def rate(self) -> Decimal:
        """Communes that reported, in % of those expected (one decimal)."""
        if not self.expected:
            return Decimal(0)
        return (Decimal(self.received) * 100 / Decimal(self.expected)).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class CommuneStanding:
    """One commune: its status counts over its plan for the period, and how it reported."""

    code: str
    name: str
    #: None when no figures of the commune have arrived (listed only).
    counts: StatusCounts | None
    #: The period's last month: "Đã duyệt, đúng hạn", "Chưa nhận, quá hạn"...
    reporting: str
    #: Months of the period it reported late or not at all after the deadline.
    late_months: int


@dataclass(frozen=True)
class IndicatorSummary:
    """One indicator (matched by code across the communes' plans) with its province total."""

    stt: str
    code: str
    name: str
    unit: str
    level: int
    group_key: str
    total: ProvinceTotal
    #: Communes whose plan has the indicator, and those with a figure this year to date.
    communes: int
    with_figures: int
    by_status: Mapping[Status, int]
    lines: tuple[CommuneLine, ...]

    @property
    def met_or_exceeded(self) -> int:
        return self.by_status.get(Status.EXCEEDED, 0) + self.by_status.get(Status.MET, 0)


@dataclass(frozen=True)
class ProvinceReport:
    """Everything the province's report on one period says."""

    province: str
    period: Period
    issued_on: date
    deadline_day: int
    number_text: str
    reporting: tuple[MonthReporting, ...]
    communes: tuple[CommuneStanding, ...]
    indicators: tuple[IndicatorSummary, ...]
    groups: tuple[Group, ...]
    #: Names of communes with nothing for the period's last month, and of those late for it.
    missing: tuple[str, ...] = ()
    late: tuple[str, ...] = ()

    @property
    def phrase(self) -> str:
        return period_phrase(self.period)

    @property
    def subject(self) -> str:
        return f"Tình hình thực hiện các chỉ tiêu kinh tế - xã hội của các xã, phường {self.phrase}"

    @property
    def parent_body(self) -> str:
        return f"ỦY BAN NHÂN DÂN {self.province.upper()}" if self.province else "ỦY BAN NHÂN DÂN TỈNH"

    @property
    def issuing_body(self) -> str:
        return ISSUING_BODY

    @property
    def addressee(self) -> str:
        return f"Ủy ban nhân dân {_lower_unit(self.province)}" if self.province else "Ủy ban nhân dân tỉnh"

    @property
    def place(self) -> str:
        """The date line's place: the province's name without ``Tỉnh`` (a city keeps ``Thành phố``)."""
        return re.sub(r"^tỉnh\s+", "", " ".join(self.province.split()), flags=re.IGNORECASE) or "……"

    @property
    def date_line(self) -> str:
        return date_line(self.place, self.issued_on)

    @property
    def judged(self) -> StatusCounts:
        """Every commune's counts added: ``1.234/2.000 lượt chỉ tiêu đạt và vượt``."""
        by_status = {s: 0 for s in STATUS_ORDER}
        judged = 0
        for commune in self.communes:
            if commune.counts is None:
                continue
            judged += commune.counts.judged
            for status, n in commune.counts.by_status.items():
                by_status[status] = by_status.get(status, 0) + n
        return StatusCounts(by_status, judged)


def _lower_unit(province: str) -> str:
    name = " ".join(province.split())
    for prefix in ("Tỉnh ", "Thành phố "):
        if name.startswith(prefix):
            return prefix.lower() + name[len(prefix):]
    return name


def _month_label(m: MonthReporting) -> str:
    return f"tháng {m.month}/{m.year}"


def _names(names: tuple[str, ...], limit: int = 15) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" và {len(names) - limit} xã khác (xem Phụ lục II)" if len(names) > limit else "")


def _completeness(report: ProvinceReport) -> Section:
    n = len(report.communes)
    paragraphs = []
    if not report.reporting or not n:
        paragraphs.append("Máy tổng hợp của tỉnh chưa có xã nào trong danh sách.")
        return Section("I. TÌNH HÌNH BÁO CÁO CỦA CÁC XÃ", tuple(paragraphs), 1)
    last = report.reporting[-1]
    paragraphs.append(
        f"Toàn tỉnh có {n} xã, phường phải báo cáo; hạn gửi số liệu là ngày {report.deadline_day} của tháng báo cáo. "
        f"Số liệu {_month_label(last)}: {last.received}/{last.expected} xã đã gửi (đạt {percent(last.rate)}), "
        f"trong đó {last.on_time} xã gửi đúng hạn; {last.approved} xã đã được lãnh đạo Ủy ban nhân dân xã phê duyệt."
    )
    if len(report.reporting) > 1:  # the months before: the table under this section (the workbook's sheet)
        paragraphs.append(f"Tình hình gửi số liệu từng tháng trong {report.phrase} như bảng dưới đây.")
    if report.missing:
        paragraphs.append(f"Chưa gửi số liệu {_month_label(last)} ({len(report.missing)} xã): {_names(report.missing)}.")
    if report.late:
        paragraphs.append(f"Gửi trễ hạn {_month_label(last)} ({len(report.late)} xã): {_names(report.late)}.")
    if not report.missing and not report.late:
        paragraphs.append("Tất cả các xã đã gửi số liệu đúng hạn.")
    return Section("I. TÌNH HÌNH BÁO CÁO CỦA CÁC XÃ", tuple(paragraphs), 1)


def indicator_sentence(item: IndicatorSummary) -> str:
    """One indicator across the province in a sentence, the total stated only when it is made."""
    name = " ".join(item.name.split())
    total = item.total
    judged = sum(item.by_status.get(s, 0) for s in STATUS_ORDER if s is not Status.NO_DATA)
    counted = f"{item.met_or_exceeded}/{judged} xã đạt và vượt kế hoạch" if judged else "chưa xã nào đánh giá được"
    if total.summable and total.actual is not None:
        text = f"{name}: toàn tỉnh lũy kế {figure(total.actual, item.unit)}"
        if total.percent_of_target is not None:
            text += f", bằng {percent(total.percent_of_target)} kế hoạch năm của các xã ({figure(total.target, item.unit)})"
        return text + f"; {item.with_figures}/{item.communes} xã có số liệu; {counted}."
    if total.summable:
        return f"{name}: chưa có số liệu của xã nào."
    return f"{name}: không tính tổng toàn tỉnh (xem cách tính tại Phụ lục I); {counted}."


def _results(report: ProvinceReport) -> list[Section]:
    sections = [Section("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", (), 1)]
    titles = {g.key: g.title for g in report.groups}
    current: str | None = None
    paragraphs: list[str] = []
    number = 0
    for item in report.indicators:
        if item.level:
            continue
        if item.group_key != current:
            if paragraphs:
                sections.append(Section(f"{number}. {titles.get(current or '', current) or 'Các chỉ tiêu khác'}",
                                        tuple(paragraphs), 2))
            current, paragraphs, number = item.group_key, [], number + 1
        paragraphs.append("- " + indicator_sentence(item))
    if paragraphs:
        sections.append(Section(f"{number}. {titles.get(current or '', current) or 'Các chỉ tiêu khác'}",
                                tuple(paragraphs), 2))
    return sections


def _assessment(report: ProvinceReport) -> Section:
    counts = report.judged
    paragraphs = []
    reporting = sum(1 for c in report.communes if c.counts is not None)
    if counts.judged:
        paragraphs.append(
            f"Tổng hợp đánh giá của {reporting} xã có số liệu: {counts.sentence().replace('chỉ tiêu', 'lượt chỉ tiêu')}."
        )
    behind = sorted(
        (c for c in report.communes if c.counts is not None and c.counts.judged),
        key=lambda c: (-(c.counts.judged - c.counts.met_or_exceeded) / c.counts.judged, c.code),  # type: ignore[union-attr]
    )[:5]
    if behind:
        paragraphs.append("Các xã còn nhiều chỉ tiêu chưa đạt: " + "; ".join(
            f"{c.name} ({c.counts.met_or_exceeded}/{c.counts.judged} chỉ tiêu đạt và vượt)" for c in behind  # type: ignore[union-attr]
        ) + ".")
    paragraphs.append("Cách tính tổng toàn tỉnh: chỉ tiêu cộng dồn theo tháng thì cộng số các xã; chỉ tiêu lấy số "
                      "thời điểm thì cộng số các xã tại cùng một tháng; tỷ lệ (%) và số bình quân không cộng, không "
                      "lấy trung bình mà xem từng xã (Phụ lục III và tệp Excel kèm theo).")
    return Section("III. ĐÁNH GIÁ CHUNG", tuple(paragraphs), 1)


def province_body(report: ProvinceReport) -> list[Section]:
    """The report's text between the title (and ``Kính gửi``) and the signature."""
    opening = (f"Căn cứ số liệu các xã, phường trên địa bàn gửi về đến ngày {report.issued_on:%d/%m/%Y}, "
               f"Sở Tài chính tổng hợp tình hình thực hiện các chỉ tiêu kinh tế - xã hội {report.phrase} như sau:")
    sections = [Section("", (opening,), 0), _completeness(report), *_results(report), _assessment(report)]
    sections.append(Section("IV. ĐỀ XUẤT, KIẾN NGHỊ",
                            ("(Cán bộ bổ sung đề xuất, kiến nghị trước khi trình ký.)",), 1))
    sections.append(Section("", (f"Trên đây là báo cáo tình hình thực hiện các chỉ tiêu kinh tế - xã hội của các xã, "
                                 f"phường {report.phrase} của Sở Tài chính./.",), 0))
    return sections
