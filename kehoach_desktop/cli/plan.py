"""``kehoach plan ...``: read a plan from its document or Excel, store, adopt, export.

``plan parse`` touches no database. ``plan import`` and ``plan import-xlsx`` store a draft;
``plan adopt`` makes a reviewed draft the plan in force.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import output as out
from ..domain.access import Action
from ..domain.errors import UserError
from .common import EXIT_OK, Parser, actor, open_db, xlsx_out

if TYPE_CHECKING:  # the store and the parser load when a command runs
    from sqlalchemy.orm import Session

    from ..domain.draft import PlanDraft
    from ..planimport.parser import ParsedIndicator
    from ..store.database import Database
    from ..store.schema import CommuneRow

_PLACEHOLDER_CODE = "00000"  # a commune created by an import before anyone gave its code


def add_commands(plan_sub: argparse._SubParsersAction[Parser], common: Callable[..., None]) -> None:
    """Register the plan subcommands on ``kehoach plan``."""
    q = plan_sub.add_parser("parse", help="đọc kế hoạch từ văn bản (.txt, .docx, .pdf) và in ra, không ghi gì")
    q.add_argument("file", metavar="TỆP", help="văn bản kế hoạch hoặc nghị quyết")
    q.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    q.set_defaults(func=cmd_plan_parse)

    q = plan_sub.add_parser("import", help="đọc kế hoạch từ văn bản và lưu thành bản nháp để rà soát")
    q.add_argument("file", metavar="TỆP", help="văn bản kế hoạch hoặc nghị quyết")
    common(q, plan=False, json=True)
    _commune_options(q)
    q.set_defaults(func=cmd_plan_import)

    q = plan_sub.add_parser("adopt", help="thông qua một kế hoạch nháp đã rà soát")
    q.add_argument("plan_id", metavar="SỐ_KẾ_HOẠCH", type=int, help="số kế hoạch (xem «kehoach plan list»)")
    common(q, plan=False)
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_plan_adopt)

    q = plan_sub.add_parser("confirm", help="xác nhận chương trình đọc đúng các chỉ tiêu cần rà soát (sau khi đối chiếu văn bản)")
    q.add_argument("plan_id", metavar="SỐ_KẾ_HOẠCH", type=int, help="số kế hoạch (xem «kehoach plan list»)")
    which = q.add_mutually_exclusive_group(required=True)
    which.add_argument("--indicator", action="append", metavar="MÃ", help="mã chỉ tiêu (có thể ghi nhiều lần)")
    which.add_argument("--all", action="store_true", help="mọi chỉ tiêu còn cần rà soát")
    common(q, plan=False, json=True)
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_plan_confirm)

    q = plan_sub.add_parser("export-xlsx", help="xuất kế hoạch ra mẫu Excel")
    common(q)
    q.add_argument("--out", required=True, help="tệp Excel sẽ tạo (.xlsx)")
    q.set_defaults(func=cmd_plan_export_xlsx)

    q = plan_sub.add_parser("import-xlsx", help="nhập kế hoạch từ mẫu Excel (bản nháp)")
    q.add_argument("file", metavar="TỆP", help="tệp Excel theo mẫu của KếHoạch")
    common(q, plan=False, json=True)
    _commune_options(q)
    q.set_defaults(func=cmd_plan_import_xlsx)


    q = plan_sub.add_parser(
        "denominator", help="mẫu số của một chỉ tiêu tỷ lệ (tổng số hộ, dân số...) và số của nó theo năm, "
                            "để tỉnh tính lại tỷ lệ toàn tỉnh từ tử số và mẫu số")
    common(q, json=True)
    q.add_argument("--indicator", required=True, metavar="MÃ", help="mã chỉ tiêu tỷ lệ, ví dụ 11")
    q.add_argument("--label", help="tên mẫu số, ví dụ \"Tổng số hộ\"")
    q.add_argument("--unit", help="đơn vị của mẫu số, ví dụ hộ")
    q.add_argument("--year", type=int, help="năm của số mẫu số, ví dụ 2026")
    q.add_argument("--value", help="số của mẫu số năm đó, ví dụ 1.234")
    q.add_argument("--clear", action="store_true",
                   help="xoá mẫu số (cùng --year: chỉ xoá số của năm đó)")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_plan_denominator)


def cmd_plan_denominator(args: argparse.Namespace, stdout: TextIO) -> int:
    """Name a rate's denominator, store its figure for a year, show or clear it."""
    from ..domain.numbers import parse_decimal
    from ..services.denominators import clear_denominator, load_denominator, save_denominator
    from ..store.denominators import describe
    from ..store.queries import current_plan

    value = parse_decimal(args.value) if args.value is not None else None
    db = open_db(args)
    with db.read() as session:
        plan_id = current_plan(session, args.plan).id
    asks = any(x is not None for x in (args.label, args.unit, args.year, args.value)) or args.clear
    if not asks:
        info = load_denominator(db, plan_id, args.indicator)
        if args.json:
            out.dump_json(_denominator_json(info.code, info.denominator), stdout)
        else:
            stdout.write(f"Chỉ tiêu {info.code} ({info.unit or 'không có đơn vị'}): mẫu số {describe(info.denominator)}.\n")
        return EXIT_OK
    by = actor(args, db, Action.EDIT_PLAN)
    if args.clear:
        if any(x is not None for x in (args.label, args.unit, args.value)):
            raise UserError("--clear chỉ đi cùng --year (xoá số của một năm) hoặc đứng một mình (xoá cả mẫu số).", "clear")
        change = clear_denominator(db, plan_id, args.indicator, by, args.year).value
    else:
        change = save_denominator(db, plan_id, args.indicator, by, label=args.label, unit=args.unit,
                                  year=args.year, value=value).value
    if args.json:
        out.dump_json(_denominator_json(change.code, change.new), stdout)
    elif not change.changed:
        stdout.write(f"Không có thay đổi: mẫu số của chỉ tiêu {change.code} đã như vậy.\n")
    elif change.new is None:
        stdout.write(f"Đã xoá mẫu số của chỉ tiêu {change.code} (trước: {describe(change.old)}).\n")
    else:
        stdout.write(f"Đã lưu mẫu số của chỉ tiêu {change.code}: {describe(change.new)} (trước: {describe(change.old)}).\n")
    return EXIT_OK


def _denominator_json(code: str, denominator: object) -> dict[str, object]:
    from ..domain.model import Denominator
    from ..domain.numbers import to_plain

    if not isinstance(denominator, Denominator):
        return {"indicator": code, "denominator": None}
    return {"indicator": code, "denominator": {
        "label": denominator.label, "unit": denominator.unit,
        "values": {str(y): to_plain(v) for y, v in denominator.values},
    }}


def _commune_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--commune-code", help="mã xã, khi cơ sở dữ liệu chưa có xã")
    parser.add_argument("--commune-name", help="tên xã, khi văn bản không ghi")
    parser.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")


def _target_text(ind: ParsedIndicator) -> str:
    return ind.target.text if ind.target is not None else "(xem các chỉ tiêu con)"


def cmd_plan_parse(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print what the importer reads from a document; no database is touched."""
    from ..planimport.output import parse_plan_file, plan_json

    doc, parsed = parse_plan_file(args.file)
    if args.json:
        out.dump_json(plan_json(parsed, doc), stdout)
        return EXIT_OK
    info = parsed.info
    kind = "5 năm" if info.kind.value == "five_year" else "năm"
    years = f"{info.start_year}-{info.end_year}" if info.start_year != info.end_year else str(info.start_year)
    stdout.write(f"Kế hoạch {kind} {years}; {info.commune or 'chưa rõ xã'}; {info.title or 'chưa rõ tên'}\n")
    titles = {g.key: g.title for g in parsed.groups}
    rows = [
        [ind.code, ind.name, ind.unit or "", titles.get(ind.group, ind.group), _target_text(ind), ", ".join(ind.flags)]
        for ind in parsed.all_indicators()
    ]
    out.table(["Mã", "Chỉ tiêu", "ĐVT", "Nhóm", "Mục tiêu", "Cần xem lại"], rows, stdout, limit={1: 55, 3: 24, 4: 30})
    for warning in parsed.warnings:
        stdout.write(f"Lưu ý: {warning}\n")
    return EXIT_OK


def _ensure_commune(
    session: Session, db: Database, args: argparse.Namespace, name: str | None, actor: str
) -> tuple[CommuneRow, str | None]:
    from ..store.operations import init_commune
    from ..store.queries import commune

    row = commune(session)
    if row is not None:
        return row, None
    code = (args.commune_code or _PLACEHOLDER_CODE).strip()
    name = (args.commune_name or name or "Chưa rõ tên xã").strip()
    row = init_commune(session, db.installation_id, code, name, None, actor)
    notice = None if args.commune_code else (
        f"Đã tạo xã «{name}» với mã tạm {code}; hãy cập nhật mã xã đúng trước khi gửi số liệu."
    )
    return row, notice


def _store(args: argparse.Namespace, stdout: TextIO, draft: PlanDraft, commune_name: str | None, warnings: list[str]) -> int:
    from ..store.operations import create_plan

    db = open_db(args, create=True)  # like init: importing a plan may start a new commune's database
    by = actor(args, db, Action.EDIT_PLAN)
    with db.write() as session:
        commune, notice = _ensure_commune(session, db, args, commune_name, by)
        earlier = _same_source(session, draft)
        row = create_plan(session, db.installation_id, commune.id, draft, by)
        plan_id, count = row.id, len(draft.indicators)
    if earlier:
        warnings = warnings + [
            f"Văn bản này đã được nhập trước đó (kế hoạch số {', '.join(map(str, earlier))}); "
            "kế hoạch mới vẫn được lưu, hãy xóa bản thừa sau khi rà soát."
        ]
    flagged = sum(1 for code in draft.flags if draft.flags[code])
    if args.json:
        out.dump_json({"plan_id": plan_id, "status": "draft", "indicators": count, "flagged": flagged,
                       "warnings": warnings + ([notice] if notice else [])}, stdout)
        return EXIT_OK
    stdout.write(
        f"Đã lưu kế hoạch số {plan_id} (bản nháp) với {count} chỉ tiêu, {flagged} chỉ tiêu cần xem lại.\n"
        + (f"Đối chiếu từng chỉ tiêu cần xem lại với văn bản, sửa trên màn hình Chỉ tiêu hoặc xác nhận bằng "
           f"«kehoach plan confirm {plan_id} --indicator MÃ» (hoặc --all); " if flagged else "Rà soát xong, ")
        + f"thông qua bằng: kehoach plan adopt {plan_id}\n"
    )
    for line in warnings + ([notice] if notice else []):
        stdout.write(f"Lưu ý: {line}\n")
    return EXIT_OK


def _same_source(session: Session, draft: PlanDraft) -> list[int]:
    """Plans already imported from the same text (a file copied twice, imported twice)."""
    from sqlalchemy import select

    from ..store.schema import PlanRow

    if not draft.plan.source_text:
        return []
    rows = session.scalars(select(PlanRow.id).where(PlanRow.source_text == draft.plan.source_text))
    return list(rows)


def cmd_plan_import(args: argparse.Namespace, stdout: TextIO) -> int:
    """Read a document and store it as a draft plan."""
    from ..planimport.output import parse_plan_file, to_draft

    doc, parsed = parse_plan_file(args.file)
    if not parsed.indicators:
        raise UserError(
            f"Không tìm thấy chỉ tiêu nào trong {doc.name}; không lưu gì. " + " ".join(parsed.warnings), "file"
        )
    return _store(args, stdout, to_draft(parsed, doc.name), parsed.info.commune, parsed.warnings)


def cmd_plan_adopt(args: argparse.Namespace, stdout: TextIO) -> int:
    """Adopt a reviewed draft."""
    from ..store.operations import adopt_plan

    db = open_db(args)
    by = actor(args, db, Action.EDIT_PLAN)
    with db.write() as session:
        row = adopt_plan(session, db.installation_id, args.plan_id, by)
        years = f"{row.start_year}-{row.end_year}"
    stdout.write(f"Đã thông qua kế hoạch số {args.plan_id} ({years}).\n")
    return EXIT_OK


def cmd_plan_confirm(args: argparse.Namespace, stdout: TextIO) -> int:
    """Clear the review flags of the named indicators (or all): their reading was checked."""
    from sqlalchemy import select
    from ..store.plan_edit import confirm_flags
    from ..store.queries import find_indicator
    from ..store.schema import IndicatorRow, PlanRow

    db = open_db(args)
    by = actor(args, db, Action.EDIT_PLAN)
    with db.write() as session:
        if session.get(PlanRow, args.plan_id) is None:
            raise UserError(f"Không có kế hoạch số {args.plan_id}. Dùng «kehoach plan list» để xem các kế hoạch.", "plan")
        if args.all:
            codes = list(session.scalars(
                select(IndicatorRow.code).where(IndicatorRow.plan_id == args.plan_id, IndicatorRow.review_flags != "")
                .order_by(IndicatorRow.position, IndicatorRow.id)))
        else:
            codes = list(dict.fromkeys(c.strip() for c in args.indicator))
        # Every code is checked before the first write: one unknown code changes nothing.
        confirmed = {code: find_indicator(session, args.plan_id, code).review_flags for code in codes}
        for code in codes:
            confirm_flags(session, db.installation_id, args.plan_id, code, by)
        left = session.scalars(select(IndicatorRow.code).where(
            IndicatorRow.plan_id == args.plan_id, IndicatorRow.review_flags != "")).all()
    if args.json:
        out.dump_json({"confirmed": {c: [f for f in flags.split(",") if f] for c, flags in confirmed.items()},
                       "still_flagged": list(left)}, stdout)
        return EXIT_OK
    done = [c for c, flags in confirmed.items() if flags]
    stdout.write(f"Đã xác nhận {len(done)} chỉ tiêu" + (f": {', '.join(done)}" if done else "") + ".\n")
    stdout.write(f"Còn {len(left)} chỉ tiêu cần rà soát: {', '.join(left)}.\n" if left else
                 f"Không còn chỉ tiêu nào cần rà soát; có thể «kehoach plan adopt {args.plan_id}».\n")
    return EXIT_OK


def cmd_plan_export_xlsx(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write a plan to the Excel template."""
    from ..planimport.xlsx import write_plan_xlsx
    from ..store.queries import commune, current_plan, plan_draft

    path = xlsx_out(args.out)
    db = open_db(args)
    with db.read() as session:
        plan = current_plan(session, args.plan)
        draft = plan_draft(session, plan.id)
        row = commune(session)
        name = row.name if row else None
    write_plan_xlsx(draft, path, name)
    stdout.write(f"Đã xuất {len(draft.indicators)} chỉ tiêu ra {path}\n")
    return EXIT_OK


def cmd_plan_import_xlsx(args: argparse.Namespace, stdout: TextIO) -> int:
    """Store a plan from the Excel template as a draft."""
    from ..planimport.xlsx import read_plan_xlsx

    draft = read_plan_xlsx(Path(args.file))
    return _store(args, stdout, draft, None, [])
