"""The report's text, written from a ``Report`` the way commune officers write it.

``body(report)`` gives the sections of the document between its title and its signature: the
opening line, I. KẾT QUẢ THỰC HIỆN by sector (one sentence per indicator, then the notes of those
behind), II. ĐÁNH GIÁ CHUNG (the status counts, what lags, the officer's own words),
III. NHIỆM VỤ TRỌNG TÂM of the next period (led, in a report ending in December, by next year's
targets: ``next_year_plan``), IV. ĐỀ XUẤT, KIẾN NGHỊ and the closing line.

Every figure in the text is one the report's table carries (``ReportRow``, its evaluation and the
period's monthly figures), written the same way as in the table (``figure``, ``percent``,
``forecast_figure``), so the text and the appendix can never disagree.

Sectors follow real commune reports: Kinh tế; Văn hóa - Xã hội; Quốc phòng - An ninh; Xây dựng
chính quyền, cải cách hành chính, chuyển đổi số. The plan's environment indicators are reported
inside Kinh tế under their own lead-in ("Về tài nguyên và môi trường:"): commune reports keep land,
forests and sanitation with the economy (the land and environment officer sits with the economy
officer), and the four headings stay the ones a reader expects. A group of the plan that fits no
sector (``Về xây dựng hệ thống chính trị``) keeps its own heading after them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..domain.model import COUNT_UNITS, Direction, Status, ValueKind
from ..domain.numbers import format_number
from ..domain.periods import Period, PeriodKind
from .content import Report, ReportRow, period_phrase

#: The four sectors of I. KẾT QUẢ THỰC HIỆN and the plan groups each takes, in order.
SECTORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Kinh tế", ("economy", "environment")),
    ("Văn hóa - Xã hội", ("society",)),
    ("Quốc phòng - An ninh", ("defence_security",)),
    ("Xây dựng chính quyền, cải cách hành chính, chuyển đổi số", ("admin_reform",)),
)
#: Groups reported under a lead-in paragraph inside their sector.
LEAD_INS = {"environment": "Về tài nguyên và môi trường:"}
#: A plan read without group headings ("general"): one heading for all its indicators.
GENERAL_TITLE = "Các chỉ tiêu chủ yếu"
BEHIND = (Status.BEHIND, Status.AT_RISK, Status.MISSED)
TASKS_PLACEHOLDER = "(Cán bộ bổ sung nhiệm vụ trọng tâm {next} trước khi trình ký.)"
NO_PROPOSAL = "Không."
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Section:
    """A headed part of the report's body; ``level`` 0 is text without a heading (opening, closing)."""

    heading: str
    paragraphs: tuple[str, ...]
    level: int


# ------------------------------------------------------------------------------ figures


def figure(value: Decimal | None, unit: str = "") -> str:
    """A recorded figure as the report writes it: its own digits, Vietnamese style, with its unit."""
    if value is None or not value.is_finite():
        return ""
    return _with_unit(format_number(value), unit)


def forecast_figure(value: Decimal | None, unit: str = "", with_unit: bool = True) -> str:
    """A year-end estimate, rounded as officers round one: whole things and figures from 100 up
    to the unit, a rate to 2 decimals (50,03%), others to 1-2 decimals."""
    if value is None or not value.is_finite():
        return ""
    magnitude = abs(value)
    if unit.strip().lower() in COUNT_UNITS or magnitude >= 100:
        places = 0
    elif unit.strip() == "%" or magnitude < 10:
        places = 2
    else:
        places = 1
    text = format_number(value, places)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return _with_unit(text, unit) if with_unit else text


def percent(value: Decimal | None) -> str:
    """A per cent to one decimal, ``,0`` dropped: ``71,1%``, ``100%``; "" for None."""
    if value is None or not value.is_finite():
        return ""
    text = format_number(value, 1)
    if text.endswith(",0"):
        text = text[:-2]
    return text + "%"


def _with_unit(number: str, unit: str) -> str:
    unit = unit.strip()
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def _threshold(row: ReportRow) -> str:
    """The year's target with its unit for a sentence: ``≤ 6,4%``, ``31 - 32%`` (no ``*`` mark)."""
    text = row.target_text.rstrip("*").strip()
    return _with_unit(text, row.unit) if text else ""


def _change(row: ReportRow) -> Decimal | None:
    change = row.evaluation.change_vs_last_year
    if change is None and row.percent_of_last_year is not None:
        change = row.percent_of_last_year - _HUNDRED
    return change


def _rounded(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------------------ one indicator


def _estimated_months(report: Report, code: str, months: Sequence[int]) -> bool:
    wanted = set(months)
    return any(
        m.code == code and m.year == report.period.year and m.month in wanted and m.value is not None
        and m.kind is ValueKind.ESTIMATE
        for m in report.months
    )


def _comparison(row: ReportRow) -> str:
    """``bằng 110,5% cùng kỳ (tăng 10,5%)``; for a rate, last year's level: ``cùng kỳ năm trước 8,5%``."""
    if row.same_period is None or row.qualitative:
        return ""
    if row.unit.strip() == "%" or row.percent_of_last_year is None:
        return f"cùng kỳ năm trước {figure(row.same_period, row.unit)}"
    change = _change(row)
    if change is None or _rounded(change) == 0:
        return "bằng cùng kỳ năm trước"
    word = "tăng" if change > 0 else "giảm"
    return f"bằng {percent(row.percent_of_last_year)} cùng kỳ ({word} {percent(abs(change))})"


def _status_words(row: ReportRow) -> str:
    ev = row.evaluation
    if not row.status or ev.status is Status.NO_DATA:
        return ""
    if ev.status is Status.EXCEEDED:
        return "vượt kế hoạch"
    if ev.status is Status.MET:
        return "đạt kế hoạch"
    return row.status[0].lower() + row.status[1:]


def _target_words(report: Report, row: ReportRow, lower: bool) -> str:
    """What the result is against the year's target: ``đạt 71,1% kế hoạch năm`` or the threshold."""
    if row.target_text == "chưa có KH năm":
        return (f"chưa có kế hoạch năm (đánh giá theo lộ trình đến mục tiêu năm {report.plan.end_year})")
    threshold = _threshold(row)
    if not threshold:
        return ""
    if lower or row.unit.strip() == "%" or row.percent_of_target is None:
        return f"kế hoạch năm {threshold}"
    return f"đạt {percent(row.percent_of_target)} kế hoạch năm"


def indicator_sentence(report: Report, row: ReportRow) -> str:
    """One indicator's sentence (without the leading ``-``): figures, target, last year, status."""
    ev = row.evaluation
    name = " ".join(row.name.split()) or f"Chỉ tiêu {row.code}"
    period = report.period
    lower = ev.indicator.direction is Direction.LOWER
    flow = ev.indicator.aggregation.value == "flow"
    in_period = _estimated_months(report, row.code, list(period.months))
    ytd = _estimated_months(report, row.code, range(1, period.month + 1))

    if row.qualitative:
        value = row.actual
        if value is None:
            return f"{name}: chưa có số liệu {period_phrase(period)}."
        word = "đạt" if value > 0 else "chưa đạt"
        return f"{name}: {'ước ' if ytd else ''}{word}."

    if row.actual is None and row.period_value is None:
        threshold = _target_words(report, row, lower)
        return f"{name}: chưa có số liệu {period_phrase(period)}" + (f" ({threshold})" if threshold else "") + "."

    def verb(estimated: bool) -> str:
        if lower:
            base = "còn" if row.unit.strip() == "%" and not flow else ""
        else:
            base = "đạt"
        if estimated:
            return f"ước {base}".strip()
        return base

    def stated(estimated: bool, value: Decimal) -> str:
        v = "" if value == 0 else verb(estimated)
        return f"{v} {figure(value, row.unit)}" if v else f"{figure(value, row.unit)}"

    parts: list[str] = []
    if flow and period.first_month != 1:
        # The period's own figure, then the year to date (a month, a quarter, the last six months).
        if row.period_value is None:
            head = f"{name} {period.words} chưa có số liệu"
        else:
            sep = " " if verb(in_period) and row.period_value != 0 else ": "
            head = f"{name} {period.words}{sep}{stated(in_period, row.period_value)}"
        parts.append(head)
        if row.actual is not None:
            sep = " " if verb(ytd) and row.actual != 0 else ": "
            parts.append(f"lũy kế từ đầu năm{sep}{stated(ytd, row.actual)}")
        first, rest = "; ".join(parts), list[str]()
    elif flow:
        assert row.actual is not None
        sep = " " if verb(ytd) and row.actual != 0 else ": "
        last = ev.last_month_reported
        words = (f"lũy kế đến hết tháng {last}" if last and last < period.month else period.words)
        first, rest = f"{name} {words}{sep}{stated(ytd, row.actual)}", []
    else:
        # A stock or a rate: its latest level.
        value = row.period_value if row.period_value is not None else row.actual
        assert value is not None
        sep = " " if verb(in_period or ytd) and value != 0 else ": "
        first = f"{name}{sep}{stated(in_period if row.period_value is not None else ytd, value)}"
        rest = []
        if row.period_value is None and ev.last_month_reported:
            first = (f"{name}: chưa có số liệu {period.words}; số liệu gần nhất "
                     f"(tháng {ev.last_month_reported}){sep}{stated(ytd, value)}")
    target = _target_words(report, row, lower)
    comparison = _comparison(row)
    clauses = [first] + [c for c in (target, comparison) if c] + rest
    sentence = ", ".join(clauses)
    if report.show_forecast and row.forecast is not None and not ev.complete:
        sentence += f"; ước cả năm {'đạt ' if not lower else ''}{forecast_figure(row.forecast, row.unit)}"
    status = _status_words(row)
    if status:
        sentence += f"; đánh giá: {status}"
    return sentence + "."


def _notes(report: Report, row: ReportRow) -> str:
    """The period's notes of one indicator, newest first, each once."""
    seen: list[str] = []
    lines = sorted(
        (m for m in report.months
         if m.code == row.code and m.year == report.period.year and m.month in report.period.months and m.note.strip()),
        key=lambda m: -m.month,
    )
    for line in lines:
        text = " ".join(line.note.split()).rstrip(".;")
        if text and text not in seen:
            seen.append(text)
    return ". ".join(seen)


def _is_heading_row(row: ReportRow, rows: Sequence[ReportRow]) -> bool:
    """A heading over sub-indicators that has no target and no figure of its own."""
    has_children = any(r.code.startswith(row.code + ".") and r.level > row.level for r in rows)
    return has_children and row.target is None and not row.target_text and row.actual is None and not row.qualitative


# ------------------------------------------------------------------------------ sections


def _lower_name(name: str) -> str:
    """``Xã Na Dương`` -> ``xã Na Dương``; a bare name gets ``xã``."""
    name = " ".join(name.split())
    for prefix in ("Xã ", "Phường ", "Thị trấn ", "Đặc khu "):
        if name.startswith(prefix):
            return prefix.lower() + name[len(prefix):]
    if name.lower().startswith(("xã ", "phường ", "thị trấn ", "đặc khu ")):
        return name
    return f"xã {name}"


def committee_name(report: Report) -> str:
    """``UBND xã Đồng Tâm`` as the body text names the issuer."""
    return f"UBND {_lower_name(report.commune.name)}"


def next_period_phrase(period: Period) -> str:
    """The period whose tasks section III lists: the next month, quarter, half-year or year."""
    if period.kind is PeriodKind.NINE_MONTHS:  # after nine months comes the year's last quarter
        return Period.quarter(period.year, 4).phrase
    return period.next().phrase


def _next_target(row: ReportRow) -> str:
    """One indicator's target for next year in a sentence: ``Tổng thu ... ≥ 10.430,2 triệu đồng*``."""
    name = " ".join(row.name.split())
    if row.qualitative or row.next_target_text == "Đạt":
        return name
    text = row.next_target_text
    star = "*" if text.endswith("*") else ""
    return f"{name} {_with_unit(text.rstrip('*').strip(), row.unit)}{star}"


def next_year_plan(report: Report) -> str:
    """Section III's line on next year's plan (the December, Q4, H2 and year reports): the
    targets next year has (the table's ``KH năm`` column), or that it has none yet."""
    year, plan = report.next_year, report.plan
    rows = [r for r in report.rows if not _is_heading_row(r, report.rows)]
    with_target = [r for r in rows if r.next_target_text]
    if not with_target:
        if year > plan.end_year:
            return (f"Kế hoạch năm {year} chưa có chỉ tiêu; kế hoạch {plan.start_year}-{plan.end_year} "
                    f"kết thúc năm {plan.end_year}.")
        return f"Kế hoạch năm {year} chưa có chỉ tiêu; bổ sung khi có kế hoạch năm {year}."
    text = f"Thực hiện các chỉ tiêu kế hoạch năm {year}: " + "; ".join(_next_target(r) for r in with_target)
    missing = len(rows) - len(with_target)
    if missing:
        text += f"; {missing} chỉ tiêu chưa có kế hoạch năm {year}"
    if any(r.next_target_text.endswith("*") for r in with_target):
        text += " (*: suy ra từ mục tiêu cả giai đoạn của kế hoạch 5 năm)"
    return text + "."


def _opening(report: Report) -> str:
    plan = report.plan
    title = " ".join((plan.title or "Kế hoạch phát triển kinh tế - xã hội").split())
    ref = " ".join((plan.resolution_ref or "").split())
    basis = f"{title} ({ref})" if ref else title
    year_plan = f" và nhiệm vụ năm {report.period.year}" if plan.start_year <= report.period.year <= plan.end_year else ""
    text = (f"Thực hiện {basis}{year_plan}, {committee_name(report)} báo cáo tình hình thực hiện kế hoạch "
            f"phát triển kinh tế - xã hội {period_phrase(report.period)} như sau:")
    return text


def _data_note(report: Report) -> str:
    """How far the figures go and what the report covers, when that needs saying."""
    notes = []
    if report.settings.cutoff_day:
        start, end = report.covered
        notes.append(f"Số liệu báo cáo tính từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}.")
    last = max((r.evaluation.last_month_reported or 0 for r in report.rows), default=0)
    if last and last < report.period.month:
        notes.append(f"Số liệu mới có đến hết tháng {last:02d}/{report.period.year}; "
                     "kết quả cả năm là số ước.")
    if any(r.estimated for r in report.rows):
        notes.append("Số liệu ghi «ước» là số ước thực hiện; số chính thức được cập nhật ở kỳ báo cáo sau.")
    return " ".join(notes)


def _sector_of(key: str) -> str | None:
    for title, keys in SECTORS:
        if key in keys:
            return title
    return None


def _results(report: Report) -> list[Section]:
    """I. KẾT QUẢ THỰC HIỆN: a level-2 section per sector that has indicators."""
    titles = {g.key: g.title for g in report.groups}
    by_sector: dict[str, list[ReportRow]] = {}
    order: list[str] = []
    for row in report.rows:
        key = row.group_key or ""
        sector = _sector_of(key)
        if sector is None:
            if key in ("", "general"):
                sector = GENERAL_TITLE if key == "general" or not titles.get(key) else titles[key]
            else:
                sector = _own_heading(titles.get(key) or key)
        if sector not in by_sector:
            by_sector[sector] = []
            order.append(sector)
        by_sector[sector].append(row)
    known = [title for title, _ in SECTORS if title in by_sector]
    others = [s for s in order if s not in known]
    sections = []
    for number, sector in enumerate(known + others, start=1):
        rows = by_sector[sector]
        keys_in: list[str | None] = [k for _, ks in SECTORS if _ == sector for k in ks] or [None]
        paragraphs: list[str] = []
        for group in keys_in:
            chosen = [r for r in rows if group is None or r.group_key == group]
            if not chosen:
                continue
            if group in LEAD_INS and len(chosen) < len(rows):
                paragraphs.append(LEAD_INS[group])
            paragraphs.extend(_indicator_paragraphs(report, chosen))
        behind = [r for r in rows if r.status and r.evaluation.status in BEHIND and _notes(report, r)]
        if behind:
            paragraphs.append("Giải trình các chỉ tiêu chưa đạt tiến độ:")
            for row in behind:
                paragraphs.append(f"+ {' '.join(row.name.split())} ({row.status.lower()}): {_notes(report, row)}.")
        sections.append(Section(f"{number}. {sector}", tuple(paragraphs), 2))
    return sections


def _own_heading(title: str) -> str:
    """An unknown group's title as a sector heading: ``Chỉ tiêu về xây dựng ...`` -> ``Xây dựng ...``."""
    text = " ".join(title.split()).strip(" :.-*")
    lowered = text.lower()
    for prefix in ("các chỉ tiêu về ", "chỉ tiêu về ", "các chỉ tiêu ", "chỉ tiêu ", "về "):
        if lowered.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix):]
            break
    return (text[:1].upper() + text[1:]) if text else "Các chỉ tiêu khác"


def _indicator_paragraphs(report: Report, rows: Sequence[ReportRow]) -> list[str]:
    out = []
    for row in rows:
        bullet = "+" if row.level > 0 else "-"
        if _is_heading_row(row, report.rows):
            out.append(f"{bullet} {' '.join(row.name.split())}, trong đó:")
            continue
        out.append(f"{bullet} {indicator_sentence(report, row)}")
    return out


def _assessment(report: Report) -> Section:
    counts = report.counts
    paragraphs = []
    if counts.judged:
        paragraphs.append(f"Kết quả đánh giá {period_phrase(report.period)}: {counts.sentence()}.")
    else:
        paragraphs.append(f"Chưa đánh giá được chỉ tiêu nào trong {period_phrase(report.period)} "
                          "(chưa có số liệu hoặc chưa có kế hoạch năm).")
    lagging = []
    for status in BEHIND:
        names = [" ".join(r.name.split()) for r in report.rows if r.status and r.evaluation.status is status]
        if names:
            lagging.append(f"{len(names)} chỉ tiêu {status.label.lower()} ({'; '.join(names)})")
    if lagging:
        paragraphs.append("Tồn tại, hạn chế: còn " + "; ".join(lagging) + ".")
    paragraphs.extend(_officer_text(report.texts.get("assessment", "")))
    return Section("II. ĐÁNH GIÁ CHUNG", tuple(paragraphs), 1)


def _officer_text(text: str) -> list[str]:
    """The officer's own text, one paragraph per non-empty line."""
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def closing(report: Report) -> str:
    """``Trên đây là báo cáo ... /.``"""
    return (f"Trên đây là báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội "
            f"{period_phrase(report.period)} của {committee_name(report)}./.")


def body(report: Report) -> list[Section]:
    """The report's text between the title (and ``Kính gửi``) and the signature (see the module doc)."""
    opening = [_opening(report)]
    note = _data_note(report)
    if note:
        opening.append(note)
    sections = [Section("", tuple(opening), 0), Section("I. KẾT QUẢ THỰC HIỆN", (), 1)]
    sections.extend(_results(report))
    sections.append(_assessment(report))
    nxt = next_period_phrase(report.period)
    tasks = _officer_text(report.texts.get("tasks", "")) or [TASKS_PLACEHOLDER.format(next=nxt)]
    if report.period.month == 12:  # the year's last report: next year's plan leads its tasks
        tasks = [next_year_plan(report), *tasks]
    sections.append(Section(f"III. NHIỆM VỤ TRỌNG TÂM {nxt.upper()}", tuple(tasks), 1))
    proposals = _officer_text(report.texts.get("proposals", "")) or [NO_PROPOSAL]
    sections.append(Section("IV. ĐỀ XUẤT, KIẾN NGHỊ", tuple(proposals), 1))
    sections.append(Section("", (closing(report),), 0))
    return sections
