"""The basic ``kehoach`` commands: init, demo, plan list, indicator list, value set/get/history/export-xlsx/import-xlsx,
status."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from . import output as out
from ..domain.access import Action
from ..domain.errors import UserError
from ..domain.model import ValueKind
from ..domain.numbers import format_number
from ..domain.validation import parse_entry
from .common import (
    EXIT_OK, Parser, account, actor, cell_options, checked_note, common_options, open_db, parse_period, xlsx_out,
)


def add_commands(sub: argparse._SubParsersAction[Parser]) -> argparse._SubParsersAction[Parser]:
    """Register init, demo, plan list, indicator, value and status; return ``kehoach plan``'s subparsers."""
    p = sub.add_parser("init", help="tạo cơ sở dữ liệu cho một xã")
    common_options(p, plan=False)
    p.add_argument("--commune-code", required=True, help="mã đơn vị hành chính của xã, ví dụ 06253")
    p.add_argument("--commune-name", required=True, help="tên xã, ví dụ «Xã Na Dương»")
    p.add_argument("--province", help="tên tỉnh")
    p.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="tạo xã mẫu với kế hoạch 2026-2030 và số liệu mẫu")
    common_options(p, plan=False)
    p.add_argument("--commune-code", help="mã xã của một xã mẫu sinh ra (số liệu khác nhau theo từng xã)")
    p.add_argument("--commune-name", help="tên xã mẫu sinh ra, ví dụ «Xã Mẫu Một»")
    p.add_argument("--province", help="tên tỉnh của xã mẫu sinh ra")
    p.add_argument("--seed", type=int, default=1, help="hạt giống: cùng hạt giống và mã xã cho cùng số liệu (mặc định 1)")
    p.add_argument("--denominators", action="store_true",
                   help="xã mẫu sinh ra có cả mẫu số (tổng số hộ, dân số) của các chỉ tiêu tỷ lệ, theo quy mô của xã")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("plan", help="các kế hoạch trong cơ sở dữ liệu")
    plan_sub = p.add_subparsers(dest="plan_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    plan_sub.required = True
    q = plan_sub.add_parser("list", help="liệt kê các kế hoạch")
    common_options(q, plan=False, json=True)
    q.set_defaults(func=cmd_plan_list)

    p = sub.add_parser("indicator", help="các chỉ tiêu của kế hoạch")
    ind_sub = p.add_subparsers(dest="indicator_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    ind_sub.required = True
    q = ind_sub.add_parser("list", help="liệt kê các chỉ tiêu và mục tiêu")
    common_options(q, json=True)
    q.set_defaults(func=cmd_indicator_list)

    p = sub.add_parser("value", help="số liệu hằng tháng")
    val_sub = p.add_subparsers(dest="value_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    val_sub.required = True
    q = val_sub.add_parser("set", help="nhập số liệu một tháng cho một chỉ tiêu")
    common_options(q)
    cell_options(q)
    value = q.add_mutually_exclusive_group(required=True)
    value.add_argument("--value", help="giá trị, kiểu Việt Nam (1.234,5) hoặc số thường (1234.5)")
    value.add_argument("--clear", action="store_true", help="xóa giá trị của tháng")
    kind = q.add_mutually_exclusive_group()
    kind.add_argument("--estimate", dest="kind", action="store_const", const=ValueKind.ESTIMATE, help="số ước thực hiện (mặc định cho số mới)")
    kind.add_argument("--official", dest="kind", action="store_const", const=ValueKind.OFFICIAL, help="số chính thức")
    q.add_argument("--note", help="ghi chú, giải trình")
    q.add_argument("--user", help="người nhập (mặc định: tên đăng nhập máy)")
    q.add_argument("--force", action="store_true", help="vẫn lưu khi giá trị bất thường (đã kiểm tra lại)")
    q.set_defaults(func=cmd_value_set)
    q = val_sub.add_parser("get", help="xem số liệu một tháng")
    common_options(q, json=True)
    cell_options(q)
    q.set_defaults(func=cmd_value_get)
    q = val_sub.add_parser("history", help="lịch sử sửa đổi số liệu một tháng")
    common_options(q, json=True)
    cell_options(q)
    q.set_defaults(func=cmd_value_history)
    q = val_sub.add_parser("export-xlsx", help="xuất số liệu các tháng của một năm ra Excel")
    common_options(q)
    q.add_argument("--year", type=int, required=True, help="năm, ví dụ 2026")
    q.add_argument("--out", required=True, help="tệp .xlsx sẽ ghi")
    q.set_defaults(func=cmd_value_export_xlsx)
    q = val_sub.add_parser("import-xlsx", help="nhập số liệu các tháng từ bảng Excel (tất cả hoặc không gì)")
    common_options(q, json=True)
    q.add_argument("file", metavar="TỆP", help="bảng Excel xuất bằng «kehoach value export-xlsx», hoặc cùng mẫu")
    q.add_argument("--year", type=int, help="năm của số liệu, khi bảng không ghi (bảng tự lập)")
    q.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và cho biết sẽ ghi gì, không ghi")
    q.add_argument("--force", action="store_true", help="vẫn ghi các số liệu bất thường (đã kiểm tra lại)")
    q.add_argument("--user", help="người nhập (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_value_import_xlsx)

    p = sub.add_parser("status", help="đánh giá mọi chỉ tiêu cho một kỳ: tháng, quý, 6 tháng, 9 tháng hoặc năm")
    common_options(p, json=True)
    p.add_argument("--period", required=True, help="kỳ: tháng 2026-09, quý 2026-Q3, 6 tháng 2026-H1, 9 tháng 2026-M9, năm 2026")
    p.set_defaults(func=cmd_status)

    return plan_sub


def cmd_init(args: argparse.Namespace, stdout: TextIO) -> int:
    """Create the database and register the commune."""
    from ..store.operations import init_commune

    db = open_db(args, create=True)
    by = actor(args, db, Action.SETTINGS)
    with db.write() as session:
        row = init_commune(session, db.installation_id, args.commune_code, args.commune_name, args.province, by)
        stdout.write(f"Đã tạo cơ sở dữ liệu cho {row.name} (mã {row.code}) tại {db.display_name}\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, stdout: TextIO) -> int:
    """Fill an empty database with the demo commune."""
    from ..demo import DEMO_COMMUNE, install_demo

    if args.commune_code or args.commune_name:
        return _generated_demo(args, stdout)
    db = open_db(args, create=True)
    plan_id = install_demo(db)
    stdout.write(f"Đã tạo dữ liệu mẫu: {DEMO_COMMUNE.name}, kế hoạch số {plan_id}, tại {db.display_name}\n")
    return EXIT_OK


def _generated_demo(args: argparse.Namespace, stdout: TextIO) -> int:
    """A generated commune: the demo plan with this commune's own figures (``--seed``)."""
    from ..demo_commune import install_generated

    if not args.commune_code or not args.commune_name:
        missing = "--commune-name" if args.commune_code else "--commune-code"
        raise UserError(f"Xã mẫu sinh ra cần cả mã và tên xã: thiếu {missing}.", missing.lstrip("-"))
    db = open_db(args, create=True)  # a demo makes its database, as init does
    plan_id = install_generated(db, args.commune_code, args.commune_name, args.seed, args.province,
                                denominators=args.denominators)
    stdout.write(
        f"Đã tạo xã mẫu {args.commune_name.strip()} (mã {args.commune_code.strip()}, hạt giống {args.seed}), "
        f"kế hoạch số {plan_id}, tại {db.display_name}\n"
    )
    return EXIT_OK


def cmd_plan_list(args: argparse.Namespace, stdout: TextIO) -> int:
    """List the plans."""
    from sqlalchemy import select

    from ..store.schema import IndicatorRow, PlanRow

    db = open_db(args)
    with db.read() as session:
        plans = session.scalars(select(PlanRow).order_by(PlanRow.id)).all()
        counts = {p.id: session.query(IndicatorRow).filter_by(plan_id=p.id).count() for p in plans}
        data: list[dict[str, Any]] = [
            {"id": p.id, "kind": p.kind.value, "status": p.status.value, "start_year": p.start_year,
             "end_year": p.end_year, "title": p.title, "commune": p.commune.code, "indicators": counts[p.id]}
            for p in plans
        ]
    if args.json:
        out.dump_json(data, stdout)
        return EXIT_OK
    status = {"draft": "bản nháp", "adopted": "đã thông qua"}
    rows = [[str(d["id"]), f'{d["start_year"]}-{d["end_year"]}', status[d["status"]], str(d["indicators"]), d["title"] or ""] for d in data]
    out.table(["Số", "Giai đoạn", "Trạng thái", "Chỉ tiêu", "Tên"], rows, stdout, right=(0, 3))
    return EXIT_OK


def cmd_indicator_list(args: argparse.Namespace, stdout: TextIO) -> int:
    """List the plan's indicators and their targets."""
    from ..store.queries import current_plan, groups, load_plan_data

    db = open_db(args)
    with db.read() as session:
        plan = current_plan(session, args.plan)
        data = load_plan_data(session, plan.id)
        titles = {g.key: g.title for g in groups(session, plan.id)}
    if args.json:
        out.dump_json([out.indicator_json(d.indicator, d.rules) for d in data], stdout)
        return EXIT_OK
    rows = []
    for d in data:
        rule = next((r for r in d.rules if r.year is None), d.rules[0] if d.rules else None)
        rows.append([d.indicator.code, d.indicator.name, d.indicator.unit, titles.get(d.indicator.group, ""), rule.text if rule else ""])
    out.table(["Mã", "Chỉ tiêu", "ĐVT", "Nhóm", "Mục tiêu"], rows, stdout, limit={1: 60, 3: 28, 4: 40})
    return EXIT_OK


def cmd_value_set(args: argparse.Namespace, stdout: TextIO) -> int:
    """Record one month's figure."""
    from ..store.values import ValidationFailed, ValueEntry, save_values, save_values_as
    from ..store.queries import current_plan, find_indicator, get_value

    period = parse_period(args.period)
    checked_note(args.note)
    value = None
    if not args.clear:
        value, problems = parse_entry(args.value)
        if problems:
            raise UserError(problems[0].message, "value")
        if value is None:
            raise UserError("Chưa có giá trị. Để xóa số liệu của tháng, dùng --clear.", "value")
    db = open_db(args)
    user = account(args, db)  # where there are accounts: the same role and assignment checks as the app
    by = user.username if user is not None else actor(args)
    with db.write() as session:
        plan = current_plan(session, args.plan)
        indicator = find_indicator(session, plan.id, args.indicator)
        existing = get_value(session, indicator.id, period)
        kind = args.kind or (existing.kind if existing else ValueKind.ESTIMATE)
        entry = ValueEntry(indicator.code, period, value, kind, args.note, set_note=args.note is not None)
        try:
            if user is not None:
                changes = save_values_as(session, db.installation_id, plan.id, [entry], user, accept_warnings=args.force)
            else:
                changes = save_values(session, db.installation_id, plan.id, [entry], by, accept_warnings=args.force)
        except ValidationFailed as exc:
            hint = " Nếu giá trị đúng, chạy lại với --force." if exc.only_warnings else ""
            raise UserError(f"{exc}{hint}", "value") from exc
    if not changes:
        stdout.write("Không có thay đổi: số liệu đã như vậy.\n")
        return EXIT_OK
    new = changes[0].new
    shown = format_number(new.value) if new.value is not None else "(trống)"
    stdout.write(
        f"Đã lưu chỉ tiêu {indicator.code}, {period.label}: {shown} {indicator.unit} "
        f"({out.KIND_LABELS[new.kind]}).\n"
    )
    return EXIT_OK


def cmd_value_get(args: argparse.Namespace, stdout: TextIO) -> int:
    """Show one month's figure."""
    from ..store.queries import current_plan, find_indicator, get_value

    period = parse_period(args.period)
    db = open_db(args)
    with db.read() as session:
        plan = current_plan(session, args.plan)
        indicator = find_indicator(session, plan.id, args.indicator)
        value = get_value(session, indicator.id, period)
    if args.json:
        out.dump_json(out.value_json(indicator.code, value, str(period)), stdout)
        return EXIT_OK
    if value is None:
        stdout.write(f"Chỉ tiêu {indicator.code}, {period.label}: chưa có số liệu.\n")
        return EXIT_OK
    shown = format_number(value.value) if value.value is not None else "(trống)"
    stdout.write(f"Chỉ tiêu {indicator.code} – {out.printable(indicator.name)}\n{period.label}: {shown} {out.printable(indicator.unit)} ({out.KIND_LABELS[value.kind]})\n")
    if value.note:
        stdout.write(f"Ghi chú: {out.printable(value.note)}\n")
    if value.updated_at:
        stdout.write(f"Cập nhật: {out.printable(value.updated_by or '')}, {value.updated_at.astimezone():%d/%m/%Y %H:%M}\n")
    return EXIT_OK


def cmd_value_history(args: argparse.Namespace, stdout: TextIO) -> int:
    """Show every change to one month's figure."""
    from ..store.queries import current_plan, find_indicator, history

    period = parse_period(args.period)
    db = open_db(args)
    with db.read() as session:
        plan = current_plan(session, args.plan)
        indicator = find_indicator(session, plan.id, args.indicator)
        revisions = history(session, indicator.id, period)
    if args.json:
        out.dump_json([out.revision_json(r) for r in revisions], stdout)
        return EXIT_OK
    if not revisions:
        stdout.write(f"Chỉ tiêu {indicator.code}, {period.label}: chưa có thay đổi nào.\n")
        return EXIT_OK
    rows = [
        [f"{r.at.astimezone():%d/%m/%Y %H:%M:%S}", r.actor, format_number(r.old_value, empty="-"),
         format_number(r.new_value, empty="-"), out.KIND_LABELS[r.new_kind], r.new_note or ""]
        for r in revisions
    ]
    out.table(["Thời điểm", "Người sửa", "Giá trị cũ", "Giá trị mới", "Loại số", "Ghi chú"], rows, stdout, right=(2, 3), limit={5: 50})
    return EXIT_OK


def cmd_status(args: argparse.Namespace, stdout: TextIO) -> int:
    """Judge every indicator for the month."""
    from ..store.queries import current_plan, evaluate_month

    period = parse_period(args.period, month_only=False)
    db = open_db(args)
    with db.read() as session:
        plan = current_plan(session, args.plan)
        evaluations = evaluate_month(session, plan.id, period)
    if args.json:
        out.dump_json([out.evaluation_json(ev) for ev in evaluations], stdout)
        return EXIT_OK
    stdout.write(f"Đánh giá thực hiện kế hoạch: {period.label}\n")
    if not plan.start_year <= period.year <= plan.end_year:
        stdout.write(
            f"Năm {period.year} nằm ngoài kế hoạch {plan.start_year}-{plan.end_year}: chỉ xem số liệu, không đánh giá.\n"
        )
    last = max((ev.last_month_reported or 0 for ev in evaluations), default=0)
    if last and last < period.month:
        stdout.write(f"Số liệu mới có đến hết tháng {last:02d}/{period.year}.\n")
    stdout.write("\n")
    out.table(out.status_headers(period), out.status_rows(evaluations), stdout, right=(3, 4, 5, 6, 7, 8), limit={1: 44})
    notes = []
    if any(ev.target is not None and ev.target.derived for ev in evaluations):
        notes.append("* mục tiêu của năm suy ra từ mục tiêu cả giai đoạn của kế hoạch")
    if any(ev.target is None and ev.target_note and ev.in_plan for ev in evaluations):
        notes.append(
            "chưa có KH năm: chưa có chỉ tiêu kế hoạch của năm (nhập nghị quyết năm bằng «kehoach plan annual» "
            "hoặc gõ bằng «kehoach target set»); chỉ tiêu được đánh giá theo lộ trình đến mục tiêu cuối kỳ"
        )
    if any(not ev.judged for ev in evaluations):
        notes.append("Ô đánh giá để trống: chưa đánh giá được (lý do ở trường «reason» của --json)")
    if any(ev.estimated for ev in evaluations):
        notes.append("† đánh giá theo ước thực hiện cả năm (năm chưa hết hoặc chưa đủ số liệu)")
    notes.append("% KH: 100% là đạt kế hoạch năm, trên 100% là tốt hơn kế hoạch (kể cả chỉ tiêu càng thấp càng tốt)")
    notes.append("So cùng kỳ: thực hiện kỳ so với cùng các tháng năm trước (lũy kế so cùng kỳ: --json)")
    stdout.write("\n" + "\n".join(notes) + "\n")
    return EXIT_OK


def cmd_value_export_xlsx(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write a year's monthly figures to an Excel sheet."""
    from ..planimport.figures_xlsx import write_figures_xlsx
    from ..store.figures import year_figures
    from ..store.queries import commune, current_plan

    path = xlsx_out(args.out)
    db = open_db(args)
    with db.read() as session:
        plan = current_plan(session, args.plan)
        lines = year_figures(session, plan.id, args.year)
        title, row = plan.title or "", commune(session)
        name = row.name if row else None
    write_figures_xlsx(lines, path, args.year, title, name)
    stdout.write(f"Đã xuất {len(lines)} số liệu tháng năm {args.year} ra {path}.\n")
    return EXIT_OK


def cmd_value_import_xlsx(args: argparse.Namespace, stdout: TextIO) -> int:
    """Store the figures of an Excel sheet in one transaction (or, --dry-run, say what would change)."""
    from pathlib import Path

    from ..store.figures import import_figures_file
    from ..store.queries import current_plan
    from ..store.values import ValidationFailed

    db = open_db(args)
    user = account(args, db)  # where there are accounts: the same role and assignment checks as the app
    with db.read() as session:
        plan_id = current_plan(session, args.plan).id
    by = user if user is not None else actor(args)
    try:
        result = import_figures_file(db, Path(args.file), plan_id, by, args.year, args.force, args.dry_run)
    except ValidationFailed as exc:
        hint = "\nNếu các số liệu đúng, chạy lại với --force." if exc.only_warnings else ""
        raise UserError(f"{exc}{hint}\nChưa có số liệu nào được ghi.", "value") from exc
    if args.json:
        out.dump_json({
            "year": result.year, "rows": result.rows, "changed": len(result.changes), "unchanged": result.unchanged,
            "dry_run": result.dry_run, "warnings": result.warnings,
            "changes": [{"indicator": c.code, "period": str(c.period),
                         "old": str(c.old.value) if c.old and c.old.value is not None else None,
                         "new": str(c.new.value) if c.new.value is not None else None,
                         "kind": c.new.kind.value} for c in result.changes],
        }, stdout)
        return EXIT_OK
    verb = "Sẽ ghi" if result.dry_run else "Đã ghi"
    stdout.write(f"{verb} {len(result.changes)} số liệu năm {result.year}; {result.unchanged} dòng đã có sẵn, "
                 f"không đổi (đọc {result.rows} dòng có số liệu).\n")
    for line in result.warnings:
        stdout.write(f"Cần kiểm tra: {line}\n")
    if result.dry_run:
        stdout.write("Chưa ghi gì (--dry-run).\n")
    return EXIT_OK
