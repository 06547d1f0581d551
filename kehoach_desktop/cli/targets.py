"""``kehoach plan annual|annual-review|annual-apply`` and ``kehoach target ...``: a year's targets.

``plan annual`` stores an annual resolution as a draft matched onto the 5-year plan,
``plan annual-review`` shows and changes the matches, ``plan annual-apply`` writes the year's
targets into the 5-year plan. ``target set|clear|list`` type a year's target by hand, and
``target export-xlsx|import-xlsx`` do it through an Excel sheet.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from . import output as out
from ..domain.access import Action
from ..domain.errors import UserError
from ..domain.model import TargetRule
from .common import Common, EXIT_OK, Parser, actor, open_db, xlsx_out

if TYPE_CHECKING:  # the store loads when a command runs, not with the parser
    from sqlalchemy.orm import Session

    from ..store.annual import MatchLine



def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_commands(sub: argparse._SubParsersAction[Parser], common: Common) -> None:
    """Register the annual-plan verbs on ``kehoach plan`` and the ``kehoach target`` group."""
    plan_sub = _subparsers(sub.choices["plan"])
    q = plan_sub.add_parser("annual", help="nhập kế hoạch/nghị quyết năm và ghép chỉ tiêu với kế hoạch 5 năm")
    q.add_argument("file", metavar="TỆP", help="văn bản kế hoạch năm (.txt, .docx, .pdf)")
    common(q, json=True)
    q.add_argument("--year", type=int, help="năm của kế hoạch (mặc định: năm ghi trong văn bản)")
    q.add_argument("--ref", help="số hiệu văn bản, ví dụ 41/NQ-HĐND (mặc định: đọc từ văn bản)")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_annual)

    q = plan_sub.add_parser("annual-review", help="xem và sửa việc ghép chỉ tiêu của kế hoạch năm")
    common(q, plan=False, json=True)
    q.add_argument("--draft", type=int, required=True, help="số kế hoạch năm (bản nháp) đã nhập")
    q.add_argument("--match", action="append", default=[], metavar="MÃ_NĂM=MÃ_5_NĂM",
                   help="ghép mục của kế hoạch năm với chỉ tiêu của kế hoạch 5 năm (ghi được nhiều lần)")
    q.add_argument("--confirm", action="append", default=[], metavar="MÃ_NĂM", help="xác nhận cách ghép đề xuất của một mục")
    q.add_argument("--confirm-all", action="store_true", help="xác nhận mọi cách ghép đề xuất")
    q.add_argument("--annual-only", action="append", default=[], metavar="MÃ_NĂM",
                   help="mục chỉ có trong kế hoạch năm: khi áp dụng sẽ thêm vào kế hoạch 5 năm")
    q.add_argument("--ignore", action="append", default=[], metavar="MÃ_NĂM", help="bỏ qua mục này khi áp dụng")
    q.add_argument("--confirm-flags", action="store_true", help="đã kiểm tra các điểm cần xem lại khi đọc văn bản")
    q.add_argument("--rematch", action="store_true", help="ghép lại tự động các mục chưa xác nhận")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_annual_review)

    q = plan_sub.add_parser("annual-apply", help="áp dụng mục tiêu của kế hoạch năm vào kế hoạch 5 năm")
    common(q, plan=False, json=True)
    q.add_argument("--draft", type=int, required=True, help="số kế hoạch năm (bản nháp) đã rà soát")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_annual_apply)

    p = sub.add_parser("target", help="mục tiêu của từng năm: nhập, xóa, xem, qua Excel")
    tsub = p.add_subparsers(dest="target_command", metavar="LỆNH", title="các lệnh")
    tsub.required = True
    q = tsub.add_parser("set", help="nhập mục tiêu của một năm cho một chỉ tiêu")
    common(q)
    q.add_argument("--indicator", required=True, help="mã chỉ tiêu, ví dụ 4 hoặc 5.1")
    q.add_argument("--year", type=int, required=True, help="năm, ví dụ 2026")
    q.add_argument("--value", required=True, help="mục tiêu, ví dụ «≥ 7.000 tấn», «9.450», «35 - 40%%», «dưới 3%%», «Đạt»")
    q.add_argument("--user", help="người nhập (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_target_set)
    q = tsub.add_parser("clear", help="xóa mục tiêu của một năm (mục tiêu cả giai đoạn giữ nguyên)")
    common(q)
    q.add_argument("--indicator", required=True, help="mã chỉ tiêu")
    q.add_argument("--year", type=int, required=True, help="năm, ví dụ 2026")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_target_clear)
    q = tsub.add_parser("list", help="mục tiêu của một năm cho mọi chỉ tiêu")
    common(q, json=True)
    q.add_argument("--year", type=int, required=True, help="năm, ví dụ 2026")
    q.set_defaults(func=cmd_target_list)
    q = tsub.add_parser("export-xlsx", help="xuất bảng Excel để nhập mục tiêu của một năm")
    common(q)
    q.add_argument("--year", type=int, required=True, help="năm, ví dụ 2026")
    q.add_argument("--out", required=True, help="tệp Excel sẽ tạo (.xlsx)")
    q.set_defaults(func=cmd_target_export_xlsx)
    q = tsub.add_parser("import-xlsx", help="nhập mục tiêu của một năm từ bảng Excel đã điền")
    q.add_argument("file", metavar="TỆP", help="tệp Excel xuất bằng «kehoach target export-xlsx»")
    common(q)
    q.add_argument("--year", type=int, required=True, help="năm, ví dụ 2026")
    q.add_argument("--user", help="người nhập (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_target_import_xlsx)


# ------------------------------------------------------------------------------ annual plans


def _line_json(line: MatchLine) -> dict[str, Any]:
    return {
        "annual_code": line.annual_code, "annual_name": line.annual_name, "unit": line.unit,
        "target": line.target, "plan_code": line.plan_code, "plan_name": line.plan_name,
        "confidence": line.confidence, "state": line.state, "reason": line.reason,
        "runner_up": line.runner_up, "flags": list(line.flags),
    }


def _print_matches(lines: Sequence[MatchLine], stdout: TextIO) -> None:
    from ..store.annual import STATE_LABELS

    rows = [
        [ln.annual_code, ln.annual_name, f"{ln.plan_code} — {ln.plan_name}" if ln.plan_code else "(không ghép)",
         f"{ln.confidence}%" if ln.plan_code else "", STATE_LABELS.get(ln.state, ln.state), ln.target or "",
         ", ".join(ln.flags)]
        for ln in lines
    ]
    out.table(["Mã năm", "Chỉ tiêu năm", "Chỉ tiêu 5 năm", "Độ tin", "Trạng thái", "Mục tiêu năm", "Cần xem lại"],
              rows, stdout, right=(3,), limit={1: 40, 2: 44, 5: 28})


def _next_steps(draft: int, lines: Sequence[MatchLine], stdout: TextIO) -> None:
    from ..planimport.annual import AUTO_ACCEPT

    weak = [ln.annual_code for ln in lines if ln.state == "suggested" and ln.plan_code and ln.confidence < AUTO_ACCEPT]
    unmatched = [ln.annual_code for ln in lines if ln.state == "suggested" and not ln.plan_code]
    flagged = [ln.annual_code for ln in lines if ln.flags and ln.state != "ignored"]
    if weak:
        stdout.write(f"Cần xác nhận (độ tin dưới {AUTO_ACCEPT}%): {', '.join(weak)} — "
                     f"kehoach plan annual-review --draft {draft} --confirm MÃ hoặc --match MÃ_NĂM=MÃ_5_NĂM\n")
    if unmatched:
        stdout.write(f"Chưa ghép được: {', '.join(unmatched)} — --match MÃ_NĂM=MÃ_5_NĂM, --annual-only MÃ "
                     "(thêm vào kế hoạch 5 năm) hoặc --ignore MÃ\n")
    if flagged:
        stdout.write(f"Còn điểm cần xem lại khi đọc văn bản: {', '.join(flagged)} — kiểm tra rồi dùng --confirm-flags\n")
    if not (weak or unmatched or flagged):
        stdout.write(f"Sẵn sàng áp dụng: kehoach plan annual-apply --draft {draft}\n")


def source_text(rule: TargetRule | None) -> str:
    """Where a target came from, in the sheet's words (imported lazily: openpyxl is heavy)."""
    from ..planimport.year_targets_xlsx import source_text as text

    return text(rule)


def cmd_annual(args: argparse.Namespace, stdout: TextIO) -> int:
    """Read an annual plan, store it as a draft and print the suggested matches."""
    from ..planimport.annual import document_number
    from ..planimport.output import parse_plan_file, to_draft
    from ..store.annual import import_annual
    from ..store.queries import current_plan

    doc, parsed = parse_plan_file(args.file)
    draft = to_draft(parsed, doc.name)
    year = args.year if args.year is not None else parsed.info.start_year
    ref = (args.ref or "").strip() or document_number(doc.text) or parsed.info.title or doc.name
    db = open_db(args)
    by = actor(args, db, Action.EDIT_PLAN)
    with db.write() as session:
        plan = current_plan(session, args.plan)
        result = import_annual(session, db.installation_id, plan.id, draft, year, by, ref)
    warnings = list(parsed.warnings) + result.warnings
    if args.json:
        out.dump_json({"draft": result.annual_plan_id, "plan_id": result.plan_id, "year": year, "source_ref": ref,
                       "matches": [_line_json(ln) for ln in result.lines], "warnings": warnings}, stdout)
        return EXIT_OK
    stdout.write(f"Đã lưu kế hoạch năm {year} thành bản nháp số {result.annual_plan_id} ({ref}), "
                 f"ghép với kế hoạch 5 năm số {result.plan_id}:\n")
    _print_matches(result.lines, stdout)
    for line in warnings:
        stdout.write(f"Lưu ý: {line}\n")
    _next_steps(result.annual_plan_id, result.lines, stdout)
    return EXIT_OK


def _pairs(items: list[str]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in items:
        left, sep, right = item.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise UserError(f"«{item}» không đúng dạng MÃ_NĂM=MÃ_5_NĂM, ví dụ --match 7=5.", "match")
        pairs[left.strip()] = right.strip()
    return pairs


def cmd_annual_review(args: argparse.Namespace, stdout: TextIO) -> int:
    """Change the matches of an annual draft (all in one transaction), then print them."""
    from ..store import annual

    pairs: dict[str, str | None] = {**dict.fromkeys(args.confirm), **_pairs(args.match)}
    db = open_db(args)
    by = actor(args, db, Action.EDIT_PLAN)
    with db.write() as session:
        iid, draft = db.installation_id, args.draft
        if args.rematch:
            annual.rematch(session, iid, draft, by)
        if args.annual_only:
            annual.mark_annual_only(session, iid, draft, args.annual_only, by)
        if args.ignore:
            annual.ignore(session, iid, draft, args.ignore, by)
        if pairs or args.confirm_all:
            annual.confirm(session, iid, draft, by, pairs, all_suggested=args.confirm_all)
        if args.confirm_flags:
            annual.confirm_review_flags(session, iid, draft, by)
        lines = annual.match_lines(session, draft)
        applied = _applied(session, draft)
    if args.json:
        out.dump_json({"draft": args.draft, "applied": applied, "matches": [_line_json(ln) for ln in lines]}, stdout)
        return EXIT_OK
    _print_matches(lines, stdout)
    if applied:
        stdout.write("Kế hoạch năm này đã được áp dụng vào kế hoạch 5 năm; xem mục tiêu bằng «kehoach target list».\n")
    else:
        _next_steps(args.draft, lines, stdout)
    return EXIT_OK


def _applied(session: Session, draft: int) -> bool:
    from ..domain.model import PlanStatus
    from ..store.schema import PlanRow

    row = session.get(PlanRow, draft)
    return row is not None and row.status is PlanStatus.ADOPTED


def cmd_annual_apply(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write the reviewed annual targets into the 5-year plan."""
    from ..services.annual import apply_annual

    db = open_db(args)
    s = apply_annual(db, args.draft, actor(args, db, Action.EDIT_PLAN)).value
    if args.json:
        change = lambda c: {"code": c.code, "name": c.name, "old": c.old, "old_source": c.old_source, "new": c.new}  # noqa: E731
        out.dump_json({"plan_id": s.plan_id, "year": s.year, "changed": [change(c) for c in s.changed],
                       "added": [change(c) for c in s.added], "unchanged": s.unchanged,
                       "without_target": s.without_target, "ignored": s.ignored}, stdout)
        return EXIT_OK
    stdout.write(f"Đã áp dụng kế hoạch năm {s.year} vào kế hoạch 5 năm số {s.plan_id}: "
                 f"{len(s.changed)} mục tiêu năm thay đổi, {len(s.added)} chỉ tiêu mới, {len(s.unchanged)} giữ nguyên.\n")
    if s.changed:
        rows = [[c.code, c.name, c.old or "(chưa có)", c.new] for c in s.changed]
        out.table(["Mã", "Chỉ tiêu", f"Mục tiêu {s.year} cũ", f"Mục tiêu {s.year} mới"], rows, stdout, limit={1: 48})
    for c in s.added:
        stdout.write(f"Thêm chỉ tiêu {c.code} — {c.name}: {c.new or '(không có mục tiêu)'}\n")
    if s.without_target:
        stdout.write(f"Mục không ghi mục tiêu (không đổi gì): {', '.join(s.without_target)}\n")
    if s.ignored:
        stdout.write(f"Đã bỏ qua: {', '.join(s.ignored)}\n")
    return EXIT_OK


# ------------------------------------------------------------------------------ year targets


def cmd_target_set(args: argparse.Namespace, stdout: TextIO) -> int:
    """Type one indicator's target for a year."""
    from ..store.queries import current_plan
    from ..store.year_targets import set_year_target

    db = open_db(args)
    by = actor(args, db, Action.EDIT_PLAN)
    with db.write() as session:
        plan = current_plan(session, args.plan)
        change = set_year_target(session, db.installation_id, plan.id, args.indicator, args.year, args.value, by)
    if change is None:
        stdout.write("Không có thay đổi: mục tiêu đã như vậy.\n")
        return EXIT_OK
    old, new = change
    stdout.write(f"Đã lưu mục tiêu năm {args.year} của chỉ tiêu {args.indicator.strip()}: {new}"
                 + (f" (trước: {old})" if old else "") + ".\n")
    return EXIT_OK


def cmd_target_clear(args: argparse.Namespace, stdout: TextIO) -> int:
    """Remove one indicator's target for a year."""
    from ..store.queries import current_plan
    from ..store.year_targets import clear_year_target

    db = open_db(args)
    by = actor(args, db, Action.EDIT_PLAN)
    with db.write() as session:
        plan = current_plan(session, args.plan)
        old = clear_year_target(session, db.installation_id, plan.id, args.indicator, args.year, by)
    if old is None:
        stdout.write(f"Chỉ tiêu {args.indicator.strip()} chưa có mục tiêu riêng cho năm {args.year}; không đổi gì.\n")
    else:
        stdout.write(f"Đã xóa mục tiêu năm {args.year} của chỉ tiêu {args.indicator.strip()} ({old.text}).\n")
    return EXIT_OK


def cmd_target_list(args: argparse.Namespace, stdout: TextIO) -> int:
    """Every indicator's target for a year, with where it came from."""
    from ..store.queries import current_plan
    from ..store.year_targets import list_year_targets

    db = open_db(args)
    with db.read() as session:
        plan = current_plan(session, args.plan)
        lines = list_year_targets(session, plan.id, args.year)
    if args.json:
        out.dump_json([{"code": ln.code, "name": ln.name, "unit": ln.unit, "target": ln.rule and out.rule_json(ln.rule),
                        "plan_target": ln.plan_rule and out.rule_json(ln.plan_rule)} for ln in lines], stdout)
        return EXIT_OK
    rows = [[ln.code, ln.name, ln.unit, ln.plan_rule.text if ln.plan_rule else "",
             ln.rule.text if ln.rule else "(chưa có)", source_text(ln.rule)] for ln in lines]
    out.table(["Mã", "Chỉ tiêu", "ĐVT", "Mục tiêu 5 năm", f"Mục tiêu năm {args.year}", "Nguồn"], rows, stdout,
              limit={1: 48, 3: 28, 4: 28})
    return EXIT_OK


def cmd_target_export_xlsx(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write the sheet for typing a year's targets."""
    from ..services.year_targets import export_year_targets

    path = xlsx_out(args.out)
    written = export_year_targets(open_db(args), args.plan, args.year, path)
    stdout.write(f"Đã xuất {written.count} chỉ tiêu ra {path}; điền cột «Mục tiêu năm {args.year}» rồi nhập lại bằng "
                 f"«kehoach target import-xlsx {path.name} --year {args.year}».\n")
    return EXIT_OK


def cmd_target_import_xlsx(args: argparse.Namespace, stdout: TextIO) -> int:
    """Store the year's targets typed in the sheet (all or nothing)."""
    from ..services.year_targets import import_year_targets

    db = open_db(args)
    changes = import_year_targets(db, args.plan, args.year, Path(args.file), actor(args, db, Action.EDIT_PLAN)).value
    stdout.write(f"Đã nhập mục tiêu năm {args.year}: {len(changes)} thay đổi.\n")
    for code, old, new in changes:
        stdout.write(f"  {code}: {old or '(chưa có)'} → {new}\n")
    return EXIT_OK
