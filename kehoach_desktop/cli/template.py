"""``kehoach province template export|sheet`` and ``kehoach plan template preview|adopt``.

The province writes its standard indicator list (and a year's targets per commune) as a signed
template bundle; a commune sees what would change in its plan and adopts it after review, with
``--map`` to pair indicators by hand and ``--skip`` / ``--only`` to choose changes. ``bundle import``
of a template says what it is and points here.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from . import output as out
from ..domain.access import Action
from ..domain.errors import UserError
from ..domain.numbers import format_number
from .common import EXIT_OK, Common, Parser, actor, open_db

KIND_WORDS = {"add": "thêm chỉ tiêu", "code": "đổi mã", "name": "đổi tên", "unit": "đổi đơn vị tính",
              "aggregation": "đổi cách cộng", "direction": "đổi chiều đánh giá", "target": "mục tiêu năm"}
MATCH_WORDS = {"code": "cùng mã", "name": "cùng tên", "user": "do người dùng chọn", "new": "thêm mới"}


def add_commands(sub: argparse._SubParsersAction, plan_sub: argparse._SubParsersAction, common: Common) -> None:  # type: ignore[type-arg]
    """Add ``template`` under ``kehoach province`` (after ``cli.province``) and under ``kehoach plan``."""
    parent = sub.choices["province"]
    psub = next(a for a in parent._actions if isinstance(a, argparse._SubParsersAction))
    p = psub.add_parser("template", help="danh mục chỉ tiêu và mục tiêu năm gửi các xã")
    tsub = p.add_subparsers(dest="template_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    tsub.required = True
    q = tsub.add_parser("export", help="ghi gói danh mục chỉ tiêu (và mục tiêu năm từng xã) của tỉnh, có chữ ký")
    common(q, plan=False)
    q.add_argument("--out", required=True, help="tệp gói sẽ ghi, ví dụ E:/danh-muc-2027.kehoach")
    _source_options(q)
    q.add_argument("--year", type=int, help="năm của mục tiêu giao các xã, ví dụ 2027")
    q.add_argument("--targets", help="bảng mục tiêu giao các xã (.xlsx: Mã xã, Mã chỉ tiêu, Mục tiêu năm); không ghi: "
                                     "lấy mục tiêu năm tỉnh đã nhập trên máy này")
    q.add_argument("--to", help="tệp khóa công khai của máy nhận (.khoa), để mã hoá cho máy đó")
    q.add_argument("--encrypt", action="store_true", help="mã hoá gói cho máy nhận (cần --to)")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_export)
    q = tsub.add_parser("sheet", help="ghi bảng Excel mục tiêu năm để tỉnh điền cho từng xã")
    common(q, plan=False)
    q.add_argument("--out", required=True, help="tệp .xlsx sẽ ghi")
    q.add_argument("--year", type=int, required=True, help="năm của mục tiêu, ví dụ 2027")
    _source_options(q)
    q.set_defaults(func=cmd_sheet)

    p = plan_sub.add_parser("template", help="xem và áp dụng danh mục chỉ tiêu, mục tiêu năm do tỉnh gửi")
    tsub = p.add_subparsers(dest="template_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    tsub.required = True
    for name, helptext in (("preview", "xem danh mục của tỉnh khác gì kế hoạch của xã (không ghi gì)"),
                           ("adopt", "áp dụng danh mục của tỉnh vào kế hoạch của xã")):
        q = tsub.add_parser(name, help=helptext)
        common(q, json=True)
        q.add_argument("file", metavar="TỆP", help="gói danh mục .kehoach do tỉnh gửi")
        q.add_argument("--map", action="append", default=[], metavar="MÃ_TỈNH=MÃ_XÃ",
                       help="ghép chỉ tiêu của tỉnh với chỉ tiêu của xã; MÃ_TỈNH= (để trống) để thêm mới")
        if name == "adopt":
            q.add_argument("--skip", action="append", default=[], metavar="THAY_ĐỔI",
                           help="bỏ qua một thay đổi, ví dụ name:2 hoặc target:4 (xem preview)")
            q.add_argument("--only", action="append", default=None, metavar="THAY_ĐỔI", help="chỉ áp dụng các thay đổi này")
            q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
        q.set_defaults(func=cmd_preview if name == "preview" else cmd_adopt)


def _source_options(q: argparse.ArgumentParser) -> None:
    q.add_argument("--from-commune", metavar="MÃ_XÃ", help="lấy danh mục từ kế hoạch của xã này trên máy tỉnh")
    q.add_argument("--plan-xlsx", metavar="TỆP", help="lấy danh mục từ mẫu Excel kế hoạch do tỉnh điền")


def parse_mapping(items: list[str]) -> dict[str, str | None]:
    """``--map A=B`` pairs: template code -> local code (None: add as new)."""
    mapping: dict[str, str | None] = {}
    for item in items:
        if "=" not in item:
            raise UserError(f"«{item}» không đúng dạng MÃ_TỈNH=MÃ_XÃ, ví dụ --map 2.1=5 (hoặc --map 2.1= để thêm mới).", "map")
        code, _, local = (part.strip() for part in item.partition("="))
        if not code:
            raise UserError(f"«{item}» thiếu mã chỉ tiêu của tỉnh.", "map")
        mapping[code] = local if local not in ("", "-") else None
    return mapping


def cmd_export(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write the province's template bundle."""
    from ..services.template import export_template

    db = open_db(args)
    written = export_template(
        db, Path(args.out), actor=actor(args, db, Action.EXPORT_BUNDLE), from_commune=args.from_commune,
        plan_xlsx=Path(args.plan_xlsx) if args.plan_xlsx else None, year=args.year,
        targets_xlsx=Path(args.targets) if args.targets else None, to_key=Path(args.to) if args.to else None,
        encrypt=args.encrypt,
    ).value
    targets = f", mục tiêu năm {written.year} cho {written.communes} xã ({written.targets} mục tiêu)" if written.year else ""
    stdout.write(f"Đã ghi gói danh mục {written.path} ({format_number(written.size)} byte"
                 f"{', mã hoá' if written.encrypted else ''}): {written.indicators} chỉ tiêu{targets}.\n")
    return EXIT_OK


def cmd_sheet(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write the targets sheet to fill."""
    from ..services.template import write_targets_sheet

    db = open_db(args)
    rows = write_targets_sheet(db, Path(args.out), args.year, from_commune=args.from_commune,
                               plan_xlsx=Path(args.plan_xlsx) if args.plan_xlsx else None)
    stdout.write(f"Đã ghi {args.out}: {rows} dòng (xã x chỉ tiêu). Điền cột «Mục tiêu năm {args.year}» rồi dùng "
                 f"«kehoach province template export --year {args.year} --targets {args.out}».\n")
    return EXIT_OK


def diff_json(diff: Any) -> dict[str, Any]:
    """The review as JSON: changes with their keys, the mapping, the commune's own indicators, notes."""
    return {
        "bundle_id": diff.bundle_id, "province": diff.province, "sender": diff.sender, "plan": diff.plan_id,
        "year": diff.year, "applied": diff.applied, "notes": list(diff.notes),
        "mapping": [{"template": k, "local": v, "by": diff.matched_by[k]} for k, v in diff.mapping.items()],
        "changes": [{"key": c.key, "kind": c.kind, "code": c.code, "local": c.local, "old": c.old, "new": c.new}
                    for c in diff.changes],
        "local_only": [{"code": c, "name": n} for c, n in diff.local_only],
    }


def print_diff(diff: Any, stdout: TextIO) -> None:
    """The review as a table, the way a person reads it."""
    stdout.write(f"Danh mục chỉ tiêu của {diff.province} (máy gửi «{diff.sender}»)"
                 f"{f', mục tiêu năm {diff.year}' if diff.year else ''}, so với kế hoạch số {diff.plan_id} "
                 f"({diff.plan_years[0]}-{diff.plan_years[1]}).\n")
    if diff.applied:
        stdout.write("Danh mục này đã được áp dụng trước đó: áp dụng lại không thay đổi gì.\n")
    for note in diff.notes:
        stdout.write(f"Lưu ý: {note}\n")
    rows = [[c.key, KIND_WORDS[c.kind], c.code, c.local or "—", c.old or "—", c.new] for c in diff.changes]
    if rows:
        out.table(["Thay đổi", "Loại", "Mã tỉnh", "Mã xã", "Hiện có", "Theo tỉnh"], rows, stdout)
    else:
        stdout.write("Kế hoạch của xã đã khớp với danh mục: không có gì thay đổi.\n")
    odd = [[k, v or "—", MATCH_WORDS[diff.matched_by[k]]] for k, v in diff.mapping.items() if diff.matched_by[k] != "code"]
    if odd:
        stdout.write("Ghép chỉ tiêu (không cùng mã):\n")
        out.table(["Mã tỉnh", "Mã xã", "Cách ghép"], odd, stdout)
    if diff.local_only:
        stdout.write("Chỉ tiêu riêng của xã, không có trong danh mục (giữ nguyên): "
                     + "; ".join(f"{c} {n}" for c, n in diff.local_only) + "\n")


def cmd_preview(args: argparse.Namespace, stdout: TextIO) -> int:
    """Show what adopting a template would change."""
    from ..services.template import preview_template

    diff = preview_template(open_db(args), Path(args.file), args.plan, parse_mapping(args.map))
    if args.json:
        out.dump_json(diff_json(diff), stdout)
    else:
        print_diff(diff, stdout)
        if diff.changes and not diff.applied:
            stdout.write(f"Áp dụng: kehoach plan template adopt --db ... {args.file} [--skip THAY_ĐỔI] [--map MÃ_TỈNH=MÃ_XÃ]\n")
    return EXIT_OK


def cmd_adopt(args: argparse.Namespace, stdout: TextIO) -> int:
    """Adopt a template's changes (all but ``--skip``, or ``--only`` those)."""
    from ..services.template import adopt_template, preview_template

    db = open_db(args)
    by = actor(args, db, Action.EDIT_PLAN)
    mapping = parse_mapping(args.map)
    selected = None
    if args.only is not None or args.skip:
        keys = [c.key for c in preview_template(db, Path(args.file), args.plan, mapping).changes]
        wanted = set(args.only) if args.only is not None else set(keys)
        unknown = sorted((wanted | set(args.skip)) - set(keys))
        if unknown:
            raise UserError(f"Không có thay đổi {', '.join(unknown)} trong danh mục này (xem «kehoach plan template "
                            "preview»).", "skip")
        selected = [k for k in keys if k in wanted and k not in args.skip]
    result = adopt_template(db, Path(args.file), by, args.plan, mapping, selected).value
    if args.json:
        out.dump_json({"status": result.status, "changes": [c.key for c in result.changes]}, stdout)
    elif result.status == "already":
        stdout.write("Danh mục này đã được áp dụng trước đó: không có gì thay đổi.\n")
    elif result.status == "unchanged":
        stdout.write("Kế hoạch đã khớp với danh mục (hoặc không chọn thay đổi nào): không có gì thay đổi.\n")
    else:
        stdout.write(f"Đã áp dụng {len(result.changes)} thay đổi từ danh mục của {result.diff.province}:\n")
        for c in result.changes:
            stdout.write(f"  {KIND_WORDS[c.kind]} {c.code}: {c.old or '—'} → {c.new}\n")
    return EXIT_OK
