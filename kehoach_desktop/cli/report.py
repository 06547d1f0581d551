"""``kehoach report``: the official report on a period as a Word document or an Excel workbook.

``kehoach report --db D --period 2026-09 --format docx --out bao-cao.docx`` writes the report of
the plan to work on (or ``--plan``), dated today (or ``--date``). The number is the settings' next
one, not used up; ``--issue`` takes it and counts it as used (the next report gets the one after),
``--number`` writes a number of one's own. A refused command leaves the database and the file
as they were.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from ..domain.errors import UserError
from .common import Common, EXIT_OK, Parser, actor, open_db, parse_period

FORMATS = ("docx", "xlsx")


def add_commands(sub: argparse._SubParsersAction[Parser], common: Common) -> None:
    """Register ``kehoach report``."""
    p = sub.add_parser(
        "report", help="xuất báo cáo tình hình thực hiện kế hoạch của một kỳ (Word .docx hoặc Excel .xlsx)",
        description="Xuất báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội của một kỳ theo "
                    "thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP): lời văn, bảng chỉ tiêu và biểu đồ.",
    )
    common(p)
    p.add_argument("--period", required=True,
                   help="kỳ báo cáo: tháng 2026-09, quý 2026-Q3, 6 tháng 2026-H1, 9 tháng 2026-M9, năm 2026")
    p.add_argument("--format", choices=FORMATS, help="định dạng: docx (Word) hoặc xlsx (Excel); mặc định theo đuôi tệp --out")
    p.add_argument("--out", required=True, help="tệp sẽ tạo, ví dụ bao-cao-thang-9.docx (thư mục phải có sẵn)")
    p.add_argument("--date", help="ngày ban hành, dạng YYYY-MM-DD (mặc định: hôm nay)")
    number = p.add_mutually_exclusive_group()
    number.add_argument("--number", type=int, help="số báo cáo tự ghi (mặc định: số tiếp theo trong cài đặt báo cáo)")
    number.add_argument("--issue", action="store_true",
                        help="lấy số tiếp theo trong cài đặt báo cáo và tính là đã dùng (báo cáo ban hành chính thức)")
    p.add_argument("--user", help="người thực hiện, khi dùng --issue (mặc định: tên đăng nhập máy)")
    p.add_argument("--province", action="store_true",
                   help="báo cáo toàn tỉnh (chỉ trên máy tổng hợp của tỉnh): tình hình báo cáo của các xã, tổng "
                        "toàn tỉnh từng chỉ tiêu, đánh giá từng xã")
    p.add_argument("--deadline-day", type=int, default=None,
                   help="với --province: hạn gửi số liệu, ngày của tháng báo cáo (mặc định: hạn tỉnh đã lưu bằng «province deadline», chưa lưu thì 25)")
    p.add_argument("--appendix", choices=("totals", "all", "none"), default="totals",
                   help="với --province và docx: phụ lục số liệu từng xã cho các chỉ tiêu có tổng toàn tỉnh "
                        "(totals, mặc định), mọi chỉ tiêu (all) hoặc không (none); tệp Excel luôn có đủ")
    p.set_defaults(func=cmd_report)


def _issued_on(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise UserError(f"Ngày «{text}» không đúng dạng YYYY-MM-DD, ví dụ 2026-10-05.", "date") from exc


def _target(text: str, fmt: str | None) -> tuple[Path, str]:
    """The output file and its format, refused before anything is read or written."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise UserError(f"«{path}» là một thư mục; hãy ghi tên tệp, ví dụ {path / 'bao-cao.docx'}.", "out")
    suffix = path.suffix.lower().lstrip(".")
    fmt = fmt or (suffix if suffix in FORMATS else None)
    if fmt is None:
        raise UserError(f"Không biết xuất «{path.name}» dạng gì: hãy ghi --format docx hoặc xlsx, "
                        "hoặc đặt tên tệp có đuôi .docx/.xlsx.", "out")
    if suffix != fmt:
        raise UserError(f"Tệp «{path.name}» phải có đuôi .{fmt} cho định dạng {fmt}.", "out")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Thư mục «{folder}» không tồn tại.", "out")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"Không ghi được vào thư mục «{folder}» (không có quyền ghi).", "out")
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(f"Không ghi đè được tệp «{path}» (tệp chỉ đọc).", "out")
    return path, fmt


def _writer(fmt: str) -> Callable[..., None]:
    if fmt == "docx":
        from ..reports.docx_writer import write_docx

        return write_docx
    try:
        from ..reports.xlsx_writer import write_xlsx
    except ImportError as exc:  # the Excel writer is not installed in this build
        raise UserError("Phiên bản này chưa xuất được báo cáo Excel; hãy dùng --format docx.", "format") from exc
    return write_xlsx


def cmd_province_report(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write the province's report on ``--period`` to ``--out`` (a province's computer only)."""
    from ..province.matrix import check_deadline_day
    from ..services.province import export_province_report

    if args.issue:
        raise UserError("--issue chỉ dùng cho báo cáo của xã; báo cáo toàn tỉnh ghi số bằng --number.", "issue")
    period = parse_period(args.period, month_only=False)
    issued_on = _issued_on(args.date)
    # No --deadline-day: the province's stored deadline (kehoach province deadline), as the matrix uses.
    day = None if args.deadline_day is None else check_deadline_day(args.deadline_day)
    path, fmt = _target(args.out, args.format)
    if args.number is not None and not 1 <= args.number <= 9999:
        raise UserError("Số báo cáo phải từ 1 đến 9999.", "number")
    report = export_province_report(open_db(args), period, path, fmt, issued_on, day, args.number, args.appendix)
    stdout.write(f"Đã xuất báo cáo toàn tỉnh {period.label} ({len(report.communes)} xã, "
                 f"{len(report.indicators)} chỉ tiêu): {path}\n")
    if report.reporting:
        last = report.reporting[-1]
        stdout.write(f"Tháng {last.month}/{last.year}: {last.received}/{last.expected} xã đã gửi số liệu, "
                     f"{last.on_time} xã đúng hạn, {last.approved} xã đã phê duyệt.\n")
    return EXIT_OK


def cmd_report(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write the report on ``--period`` to ``--out``."""
    if args.province:
        return cmd_province_report(args, stdout)
    from ..reports.load import load_report
    from ..store.queries import current_plan
    from ..store.report_settings import report_settings, take_report_number

    period = parse_period(args.period, month_only=False)
    issued_on = _issued_on(args.date)
    path, fmt = _target(args.out, args.format)
    if args.number is not None and not 1 <= args.number <= 9999:
        raise UserError("Số báo cáo phải từ 1 đến 9999.", "number")
    write = _writer(fmt)
    db = open_db(args)
    by = actor(args, db) if args.issue else ""  # issuing uses up a number: a known user does it
    session_of = db.write if args.issue else db.read
    with session_of() as session:
        plan = current_plan(session, args.plan)
        number_text = None
        if args.issue:
            number_text = take_report_number(session, db.installation_id, plan.commune_id, by)
        elif args.number is not None:
            number_text = report_settings(session, plan.commune_id).number_text(args.number)
        report = load_report(session, period, issued_on, plan_id=plan.id, number_text=number_text)
        # Written inside the transaction: when the file cannot be written (a UserError saying why),
        # the number is not used.
        write(report, path)
    used = " (đã tính là số đã dùng)" if args.issue else ""
    stdout.write(f"Đã xuất báo cáo số {report.number_text}{used}, {period.label}: {path}\n")
    stdout.write(f"{report.counts.sentence()}.\n" if report.counts.judged else "")
    return EXIT_OK
