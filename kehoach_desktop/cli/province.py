"""``kehoach province communes import|list``, ``province matrix``, ``province compare``.

``kehoach province --db D --name N`` (make this the province's computer) is declared in
``cli.bundles``; this module adds the subcommands to that same parser, so the command keeps
working as before and the province's work lives in its own group.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from . import output as out
from ..domain.access import Action
from ..domain.errors import UserError
from ..domain.numbers import format_number, format_percent
from .common import EXIT_FAILURE, EXIT_OK, Common, Parser, actor, open_db, parse_period, xlsx_out


def add_commands(sub: argparse._SubParsersAction, common: Common) -> None:  # type: ignore[type-arg]
    """Add the province's subcommands under the existing ``kehoach province`` parser."""
    parent = sub.choices["province"]
    psub = parent.add_subparsers(dest="province_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    psub.required = False  # ``kehoach province --db D --name N`` alone still makes the province's computer

    p = psub.add_parser("communes", help="danh sách xã của tỉnh")
    csub = p.add_subparsers(dest="communes_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    csub.required = True
    q = csub.add_parser("import", help="nhập danh sách xã (mã, tên) từ tệp .xlsx hoặc .csv")
    common(q, plan=False)
    q.add_argument("file", metavar="TỆP", help="tệp .xlsx hoặc .csv có cột «Mã xã» và «Tên xã»")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_communes_import)
    q = csub.add_parser("list", help="liệt kê các xã của tỉnh")
    common(q, plan=False, json=True)
    q.set_defaults(func=cmd_communes_list)

    p = psub.add_parser("matrix", help="xã nào đã báo cáo tháng nào, đến đâu, đúng hạn hay trễ")
    common(p, plan=False, json=True)
    p.add_argument("--year", type=int, required=True, action="append", help="năm, ví dụ 2026 (ghi nhiều lần cho nhiều năm)")
    p.add_argument("--deadline-day", type=int, default=None,
                   help="hạn nộp: ngày của tháng báo cáo (mặc định: hạn đã đặt bằng «province deadline», chưa đặt thì 25)")
    p.add_argument("--xlsx", help="ghi bảng ra tệp Excel .xlsx")
    p.add_argument("--sort", choices=("code", "late", "missing"), default="code",
                   help="xếp theo mã xã (mặc định), nhiều tháng trễ nhất trước, hoặc ít tháng đã nhận nhất trước")
    p.add_argument("--only-late", action="store_true", help="chỉ liệt kê các xã có tháng trễ hoặc quá hạn")
    p.set_defaults(func=cmd_matrix)

    p = psub.add_parser("deadline", help="xem hoặc đặt hạn nộp báo cáo của tỉnh (ngày của tháng, mặc định 25)")
    common(p, plan=False, json=True)
    p.add_argument("--day", type=int, help="ngày của tháng báo cáo mà số liệu của tháng đó phải đến trước hoặc đúng ngày ấy, 1-31 (quản trị viên)")
    p.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    p.set_defaults(func=cmd_deadline)

    p = psub.add_parser("compare", help="một chỉ tiêu của các xã trong một kỳ và tổng toàn tỉnh")
    common(p, plan=False, json=True)
    p.add_argument("--indicator", required=True, help="mã chỉ tiêu, ví dụ 4 hoặc 5.1")
    p.add_argument("--period", required=True, help="kỳ: tháng 2026-09, quý 2026-Q3, 6 tháng 2026-H1, 9 tháng 2026-M9, năm 2026")
    p.add_argument("--sort", choices=("code", "percent", "value"), default="code",
                   help="xếp theo mã xã (mặc định), % kế hoạch hoặc số thực hiện")
    p.set_defaults(func=cmd_compare)

    p = psub.add_parser("profile", help="hồ sơ một xã: các chỉ tiêu qua các tháng của một năm")
    common(p, plan=False, json=True)
    p.add_argument("--commune", required=True, help="mã xã, ví dụ 26734")
    p.add_argument("--year", type=int, required=True, help="năm, ví dụ 2026")
    p.set_defaults(func=cmd_profile)
    p = psub.add_parser("summaries", help="kiểm tra (hoặc dựng lại) bảng tóm tắt từng tháng mà bảng tình hình báo cáo đọc")
    common(p, plan=False)
    p.add_argument("--rebuild", action="store_true", help="tính lại toàn bộ từ số liệu và lịch sử sửa đổi")
    p.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    p.set_defaults(func=cmd_summaries)


def cmd_summaries(args: argparse.Namespace, stdout: TextIO) -> int:
    """Check the month summaries against the figures, or rebuild them."""
    from ..services.province import check_summaries, rebuild_summaries

    db = open_db(args)
    if args.rebuild:
        wrong, months = rebuild_summaries(db, actor(args, db, Action.SETTINGS)).value
        stdout.write(f"Đã dựng lại bảng tóm tắt: {months} tháng có số liệu; trước đó {wrong} tháng sai lệch.\n")
        return EXIT_OK
    wrong = check_summaries(db)
    if wrong:
        stdout.write(f"Bảng tóm tắt lệch với số liệu ở {wrong} tháng. Hãy chạy: kehoach province summaries "
                     "--db ... --rebuild\n")
        return EXIT_FAILURE
    stdout.write("Bảng tóm tắt khớp với số liệu.\n")
    return EXIT_OK


def cmd_communes_import(args: argparse.Namespace, stdout: TextIO) -> int:
    """Import the province's commune list."""
    from ..services.province import import_communes

    db = open_db(args)
    result = import_communes(db, Path(args.file), actor(args, db, Action.SETTINGS)).value
    stdout.write(
        f"Đã nhập danh sách xã: thêm {len(result.added)}, đổi tên {len(result.renamed)}, "
        f"giữ nguyên {result.unchanged}.\n"
    )
    for code, old, new in result.renamed:
        stdout.write(f"  {code}: «{old}» → «{new}»\n")
    if result.not_listed:
        stdout.write(f"Có {len(result.not_listed)} xã đang có trong máy nhưng không có trong danh sách: "
                     f"{', '.join(result.not_listed[:20])}{' ...' if len(result.not_listed) > 20 else ''}\n")
    return EXIT_OK


def cmd_deadline(args: argparse.Namespace, stdout: TextIO) -> int:
    """Show the province's deadline day, or store a new one (administrators)."""
    from ..services.province import load_deadline, save_deadline

    db = open_db(args)
    if args.day is None:
        day = load_deadline(db)
        if args.json:
            out.dump_json({"deadline_day": day}, stdout)
        else:
            stdout.write(f"Hạn nộp báo cáo: ngày {day} của tháng báo cáo.\n")
        return EXIT_OK
    day = save_deadline(db, args.day, actor(args, db, Action.SETTINGS)).value
    if args.json:
        out.dump_json({"deadline_day": day}, stdout)
    else:
        stdout.write(f"Đã đặt hạn nộp báo cáo: ngày {day} của tháng báo cáo (tháng ngắn hơn: ngày cuối tháng).\n")
    return EXIT_OK


def cmd_communes_list(args: argparse.Namespace, stdout: TextIO) -> int:
    """List the province's communes."""
    from ..services.province import list_communes

    communes = list_communes(open_db(args))
    if args.json:
        out.dump_json([{"code": c.code, "name": c.name, "province": c.province, "plan": c.plan_id} for c in communes], stdout)
        return EXIT_OK
    out.table(["Mã xã", "Tên xã", "Kế hoạch"],
              [[c.code, c.name, str(c.plan_id) if c.plan_id else "chưa nhận số liệu"] for c in communes], stdout)
    stdout.write(f"{len(communes)} xã\n")
    return EXIT_OK


def cmd_matrix(args: argparse.Namespace, stdout: TextIO) -> int:
    """The completeness matrix."""
    from ..province.json_out import matrix_json
    from ..province.matrix_xlsx import cell_text
    from ..services.province import export_matrix, load_matrix

    years = sorted(set(args.year))
    if any(not 2000 <= y <= 2100 for y in years):
        raise UserError("Năm phải trong khoảng 2000-2100, ví dụ --year 2026.", "year")
    day = args.deadline_day  # None: the province's stored deadline
    db = open_db(args)
    if args.xlsx:
        matrix = export_matrix(db, years, xlsx_out(args.xlsx), day, sort=args.sort)
        if args.only_late:  # the workbook keeps every commune; the listing here only the late ones
            matrix = replace(matrix, rows=tuple(row for row in matrix.rows if row.late))
    else:
        matrix = load_matrix(db, years, day, sort=args.sort, only_late=args.only_late)
    if args.json:
        out.dump_json(matrix_json(matrix), stdout)
        return EXIT_OK
    headers = ["Mã xã", "Tên xã", *(f"{m:02d}/{y}" for y, m in matrix.months)]
    rows = [
        [row.commune.code, row.commune.name,
         *(cell_text(c.state, c.timing, c.received).replace("\n", " ") for c in row.cells)]
        for row in matrix.rows
    ]
    out.table(headers, rows, stdout, limit={1: 24})
    stdout.write(f"\nHạn nộp: ngày {matrix.deadline_day} của tháng báo cáo.\n")
    out.table(
        ["Tháng", "Đã nhận", "Đúng hạn", "Đã duyệt", "Tỷ lệ báo cáo"],
        [[f"{r.month:02d}/{r.year}", f"{r.received}/{r.expected}", f"{r.on_time}/{r.expected}",
          f"{r.approved}/{r.expected}", f"{r.rate:.0%}"] for r in matrix.rates],
        stdout, right=(1, 2, 3, 4),
    )
    if args.xlsx:
        stdout.write(f"Đã ghi {args.xlsx}\n")
    return EXIT_OK


def _num(value: Any) -> str:
    return "" if value is None else format_number(value)


def cmd_compare(args: argparse.Namespace, stdout: TextIO) -> int:
    """One indicator across the communes."""
    from ..province.compare import SortKey
    from ..province.json_out import comparison_json
    from ..services.province import load_comparison

    period = parse_period(args.period, month_only=False)
    comparison = load_comparison(open_db(args), args.indicator, period, SortKey(args.sort))
    if args.json:
        out.dump_json(comparison_json(comparison), stdout)
        return EXIT_OK
    stdout.write(f"Chỉ tiêu {comparison.code}: {comparison.name} ({comparison.unit or 'không có đơn vị'}) — {period.label}\n\n")
    rows = []
    for r in comparison.rows:
        row = r.row
        if row is None:
            rows.append([r.commune.code, r.commune.name, "", "", "", "", r.missing])
            continue
        rows.append([r.commune.code, r.commune.name, row.target_text, _num(row.period_value), _num(row.actual),
                     "" if row.percent_of_target is None else format_percent(row.percent_of_target),
                     row.status or "Chưa có số liệu"])
    t = comparison.total
    rows.append(["", "Toàn tỉnh", _num(t.target), _num(t.period_value), _num(t.actual),
                 "" if t.percent_of_target is None else format_percent(t.percent_of_target),
                 "" if t.summable else "không cộng được"])
    out.table(["Mã xã", "Tên xã", "KH năm", "TH kỳ", "Lũy kế", "% KH", "Đánh giá"], rows, stdout,
              right=(2, 3, 4, 5), limit={1: 28})
    stdout.write(f"\nCách tính tổng toàn tỉnh: {t.method}\n")
    return EXIT_OK


def cmd_profile(args: argparse.Namespace, stdout: TextIO) -> int:
    """One commune's indicators over the months of a year."""
    from ..province.profile import profile_json
    from ..services.province import commune_profile

    profile = commune_profile(open_db(args), args.commune, args.year)
    if args.json:
        out.dump_json(profile_json(profile), stdout)
        return EXIT_OK
    as_of = profile.as_of
    stdout.write(f"{profile.commune.name} (mã {profile.commune.code}) — năm {profile.year}"
                 + (f", số liệu đến tháng {as_of}\n\n" if as_of else ": chưa có số liệu tháng nào\n\n"))
    rows = []
    for row in profile.rows:
        latest = row.at(as_of)
        months = [_num(m.value) if not row.qualitative else ("" if m.value is None else ("Đạt" if m.value > 0 else "Không đạt"))
                  for m in row.months]
        rows.append([row.stt, row.name, row.unit, row.target_text, *months,
                     _num(latest.actual) if latest and not row.qualitative else "",
                     format_percent(latest.percent_of_target) if latest and latest.percent_of_target is not None else "",
                     latest.status_label if latest else ""])
    out.table(["STT", "Chỉ tiêu", "ĐVT", "KH năm", *(f"T{m}" for m in range(1, 13)), "Lũy kế", "% KH", "Đánh giá"],
              rows, stdout, right=tuple(range(3, 17)), limit={1: 32})
    return EXIT_OK
