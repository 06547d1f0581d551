"""``kehoach bundle ...`` and ``kehoach key ...``: sync bundles and keys from a terminal.

``bundle import`` gives each file its own result (imported, already imported, nothing new, refused
and why) and prints what changed and any conflicts; it exits with 2 when any file was refused (the
others are still imported); ``bundle verify`` and ``bundle inspect`` read a file
without a database.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from . import output as out
from ..domain.access import Action
from ..domain.errors import UserError
from ..domain.numbers import format_number
from .common import EXIT_FAILURE, EXIT_OK, Common, Parser, account, actor, open_db, parse_period

EXIT_REFUSED = 2


def add_commands(sub: argparse._SubParsersAction[Parser], common: Common) -> None:
    """Register ``bundle``, ``key`` and ``province`` on the ``kehoach`` parser."""
    p = sub.add_parser("bundle", help="gói đồng bộ: xuất, nhập, kiểm tra, xem")
    bsub = p.add_subparsers(dest="bundle_command", metavar="LỆNH", title="các lệnh")
    bsub.required = True
    q = bsub.add_parser("export", help="xuất một gói đồng bộ ra tệp (ví dụ trên USB)")
    common(q, plan=False)
    q.add_argument("--out", required=True, help="tệp gói sẽ ghi, ví dụ E:/06253.kehoach")
    q.add_argument("--full", action="store_true", help="xuất toàn bộ (mặc định: chỉ những gì máy nhận chưa xác nhận đã có)")
    q.add_argument("--to", help="tệp khóa công khai của máy nhận (.khoa)")
    q.add_argument("--encrypt", action="store_true", help="mã hoá gói cho máy nhận (cần --to)")
    q.add_argument("--ack", action="store_true", help="xuất gói xác nhận đã nhận cho máy nhận (cần --to)")
    q.add_argument("--commune", help="mã xã cần xuất (máy của tỉnh có nhiều xã)")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_export)
    q = bsub.add_parser("import", help="nhập một hay nhiều gói đồng bộ")
    common(q, plan=False, json=True)
    q.add_argument("files", nargs="+", metavar="TỆP", help="các tệp gói, hoặc thư mục chứa các tệp .kehoach")
    q.add_argument("--accept-key", metavar="VÂN_TAY", help="tin cậy khóa của máy gửi có dấu vân tay này (đã so với máy gửi)")
    q.add_argument("--dry-run", action="store_true", help="chỉ xem trước những gì sẽ thay đổi, không ghi")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_import)
    q = bsub.add_parser("verify", help="kiểm tra chữ ký và tính toàn vẹn của một gói")
    q.add_argument("file", metavar="TỆP")
    q.add_argument("--db", help="cũng kiểm tra máy gửi có được tin cậy trong cơ sở dữ liệu này không")
    q.set_defaults(func=cmd_verify)
    q = bsub.add_parser("inspect", help="xem phần mô tả của một gói")
    q.add_argument("file", metavar="TỆP")
    q.add_argument("--json", action="store_true", help="in dạng JSON")
    q.set_defaults(func=cmd_inspect)
    q = bsub.add_parser("plans", help="liệt kê kế hoạch bị trùng (hai máy cùng thiết lập một kế hoạch)")
    common(q, plan=False, json=True)
    q.set_defaults(func=cmd_plans)
    q = bsub.add_parser("join-plan", help="gộp bản trùng vào kế hoạch giữ lại: chuyển số liệu, bỏ bản trùng")
    common(q, plan=False, json=True)
    q.add_argument("--from", dest="other", type=int, required=True, metavar="SỐ", help="số của kế hoạch trùng (xem bundle plans)")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_join_plan)
    q = bsub.add_parser("conflicts", help="liệt kê số liệu xung đột chờ lãnh đạo chọn")
    common(q, plan=False, json=True)
    q.set_defaults(func=cmd_conflicts)

    q = bsub.add_parser("resolve", help="lãnh đạo chọn phiên bản giữ lại của một số liệu xung đột")
    common(q)
    q.add_argument("--indicator", required=True, help="mã chỉ tiêu, ví dụ 4 hoặc 5.1")
    q.add_argument("--period", required=True, help="tháng, dạng YYYY-MM, ví dụ 2026-09")
    q.add_argument("--keep", type=int, required=True, help="số thứ tự phiên bản giữ lại, như «bundle conflicts» in (1, 2...)")
    q.add_argument("--user", help="tên đăng nhập của lãnh đạo (mật khẩu được hỏi, hoặc biến KEHOACH_PASSWORD)")
    q.set_defaults(func=cmd_resolve)

    p = sub.add_parser("key", help="khóa của máy này và các máy được tin cậy")
    ksub = p.add_subparsers(dest="key_command", metavar="LỆNH", title="các lệnh")
    ksub.required = True
    q = ksub.add_parser("export", help="ghi khóa công khai của máy này ra tệp để máy khác tin cậy")
    common(q, plan=False)
    q.add_argument("--out", required=True, help="tệp khóa, ví dụ E:/may-van-phong.khoa")
    q.set_defaults(func=cmd_key_export)
    q = ksub.add_parser("trust", help="tin cậy khóa công khai của một máy khác")
    common(q, plan=False)
    q.add_argument("file", metavar="TỆP", help="tệp khóa (.khoa)")
    q.add_argument("--commune", help="mã xã mà máy này được gửi số liệu (mặc định: xã ghi trong tệp khóa)")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_key_trust)
    q = ksub.add_parser("rename", help="đổi tên máy này (tên các máy khác thấy trên gói và tệp khóa)")
    common(q, plan=False)
    q.add_argument("--name", required=True, help="tên mới, ví dụ «Máy văn phòng 2»")
    q.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    q.set_defaults(func=cmd_key_rename)
    q = ksub.add_parser("list", help="liệt kê khóa của máy này và các khóa được tin cậy")
    common(q, plan=False)
    q.set_defaults(func=cmd_key_list)

    p = sub.add_parser("province", help="đặt máy này làm máy tổng hợp của tỉnh (nhận gói của nhiều xã)")
    common(p, plan=False)
    p.add_argument("--name", help="tên tỉnh, là tên máy này khi các xã nhận gói, ví dụ «Tỉnh Lạng Sơn»")
    p.add_argument("--user", help="người thực hiện (mặc định: tên đăng nhập máy)")
    p.set_defaults(func=cmd_province)


def _db(args: argparse.Namespace, create: bool = False) -> Any:
    return open_db(args, create=create)


def cmd_export(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write a bundle."""
    from ..sync.export import export_bundle
    from ..sync.keys import read_key_file

    if (args.encrypt or args.ack) and not args.to:
        raise UserError("--encrypt và --ack cần --to (tệp khóa của máy nhận).", "to")
    to = read_key_file(Path(args.to)) if args.to else None
    db = _db(args)
    result = export_bundle(
        db, Path(args.out), actor=actor(args, db, Action.EXPORT_BUNDLE), full=args.full, to=to, encrypt=args.encrypt,
        commune_code=args.commune, kind="ack" if args.ack else "data",
    )
    c = result.counts
    what = "gói xác nhận" if args.ack else ("gói toàn bộ" if result.full else "gói bổ sung")
    stdout.write(
        f"Đã ghi {what} {result.path} ({format_number(result.size)} byte"
        f"{', mã hoá cho ' + (result.recipient or '') if result.encrypted else ''}): "
        f"{c.get('plans', 0)} kế hoạch, {c.get('revisions', 0)} lần sửa số liệu, {c.get('month_events', 0)} lần duyệt/mở tháng.\n"
    )
    return EXIT_OK


def _change_line(c: Any) -> str:
    old = "—" if c.old_value is None else format_number(c.old_value)
    new = "—" if c.new_value is None else format_number(c.new_value)
    mark = "  [xung đột]" if c.conflict else ""
    return f"  {c.month:02d}/{c.year}  chỉ tiêu {c.indicator_code}: {old} → {new}{mark}\n"


_STATES = {"approved": "duyệt", "open": "mở lại", "submitted": "gửi duyệt"}
_ROLES = {"officer": "cán bộ", "leader": "lãnh đạo", "admin": "quản trị viên"}


def _held_line(h: Any) -> str:
    """A month event that arrived but does not count, for the leader to see."""
    who = _ROLES.get(h.role or "", "không rõ vai trò")
    why = "không ghi lý do" if h.state == "open" and len((h.reason or "").strip()) < 5 else f"{who} không có quyền"
    return (f"  Không áp dụng: {_STATES.get(h.state, h.state)} tháng {h.month:02d}/{h.year} của {h.actor} ({who}): {why}; "
            "tháng giữ nguyên, chờ lãnh đạo xem.\n")


def _preview_file(args: argparse.Namespace, db: Any, path: Path) -> tuple[dict[str, Any], Any]:
    """Preview one file (--dry-run): its result row for --json and the summary to print, if any.

    Every outcome is a row: ``preview``, ``duplicate`` (this very bundle was imported before),
    ``nothing_new`` (everything in it is already here), ``refused`` (with the reason code and the
    message) or ``error`` (an unexpected fault, in the log).
    """
    import logging

    from ..services.sync import preview
    from ..sync.errors import BundleRefused

    row: dict[str, Any] = {"file": str(path)}
    try:
        p = preview(db, path, args.accept_key)
        status, summary, sender = {"new": "preview", "stale": "nothing_new"}.get(p.status, p.status), p.summary, p.sender.name
    except BundleRefused as exc:
        if exc.reason == "stale":  # harmless: a file whose every change arrived another way
            return {**row, "status": "nothing_new", "message": str(exc)}, None
        if exc.reason == "template":  # the province's indicator list: reviewed, then adopted on its own
            return _template_row(db, path, row), None
        return {**row, "status": "refused", "reason": exc.reason, "message": str(exc)}, None
    except UserError as exc:
        return {**row, "status": "refused", "reason": exc.field or "input", "message": str(exc)}, None
    except Exception:  # one file's fault must not stop the files after it
        logging.getLogger(__name__).exception("bundle preview of %s failed", path)
        return {**row, "status": "error", "reason": "internal",
                "message": "Lỗi không mong đợi khi đọc tệp này; chi tiết đã ghi vào nhật ký của chương trình."}, None
    return {**row, "status": status, "sender": sender, **summary.to_json()}, summary


def _template_row(db: Any, path: Path, row: dict[str, Any]) -> dict[str, Any]:
    """A template bundle is not imported: its checks run and what it would change is counted."""
    from ..services.template import preview_template
    from ..sync.errors import BundleRefused

    try:
        diff = preview_template(db, path)
    except UserError as exc:
        reason = exc.reason if isinstance(exc, BundleRefused) else exc.field or "input"
        return {**row, "status": "refused", "reason": reason, "message": str(exc)}
    if diff.applied:
        message = f"danh mục chỉ tiêu của {diff.province}, đã được áp dụng trước đó: không có gì thay đổi."
    else:
        message = (f"danh mục chỉ tiêu của {diff.province}: {len(diff.changes)} thay đổi so với kế hoạch của xã. Xem: "
                   f"kehoach plan template preview --db ... {path}; áp dụng: kehoach plan template adopt --db ... {path}")
    return {**row, "status": "template_applied" if diff.applied else "template", "sender": diff.sender,
            "changes": len(diff.changes), "message": message}


def _imported_files(args: argparse.Namespace, db: Any, paths: list[Path], by: str) -> list[tuple[dict[str, Any], Any]]:
    """Import the files in batches (``services.sync.import_files``): a row and summary for each."""
    from ..services.sync import import_files

    rows: list[tuple[dict[str, Any], Any]] = []
    for o in import_files(db, paths, by, args.accept_key).value:
        row: dict[str, Any] = {"file": str(o.path), "status": o.status}
        if o.result is not None and o.status in ("imported", "duplicate"):
            row["sender"] = o.result.sender_name
            row.update(o.result.summary.to_json())
            rows.append((row, o.result.summary))
        elif o.status == "refused" and o.reason == "template":  # the province's list: reviewed, then adopted on its own
            rows.append((_template_row(db, o.path, row), None))
        else:
            rows.append(({**row, "reason": o.reason, "message": o.message}, None))
    return rows


#: Outcomes that are not the file's fault but the import's: said on stderr, exit 1.
_FAILED = ("error", "rolled_back", "not_imported")


def cmd_import(args: argparse.Namespace, stdout: TextIO) -> int:
    """Import bundles (files, or folders of them) in batches, each bundle with its own result.

    Exit 2 when any file was refused, 1 when the import failed (a file's unexpected fault, or a
    batch rolled back by a database error: those files say so and can be imported again), else 0
    (files already held are not refusals).
    """
    import sys

    from ..sync.batch import bundle_files

    db = _db(args)
    # A dry run writes nothing, so it needs no login, as other reading commands.
    by = "" if args.dry_run else actor(args, db, Action.IMPORT_BUNDLE)
    paths = bundle_files(Path(name) for name in args.files)
    if args.dry_run:
        done = [_preview_file(args, db, path) for path in paths]
    else:
        done = _imported_files(args, db, paths, by)
    report = []
    for row, summary in done:
        report.append(row)
        path = Path(row["file"])
        status = row["status"]
        if status in ("refused", *_FAILED):
            sys.stderr.write(f"{'Từ chối' if status == 'refused' else 'Chưa nhập'} {path.name}: {row['message']}\n")
            continue
        if args.json:
            continue
        if status == "duplicate":
            stdout.write(f"{path.name}: gói này đã được nhập trước đó, không có gì thay đổi.\n")
            continue
        if status in ("template", "template_applied"):
            stdout.write(f"{path.name}: {row['message']}\n")
            continue
        if status == "nothing_new":
            stdout.write(f"{path.name}: đã có mọi thay đổi trong gói này (đến qua gói khác), không có gì thay đổi.\n")
            continue
        verb = "Sẽ nhập" if args.dry_run else "Đã nhập"
        stdout.write(
            f"{verb} {path.name} từ «{row['sender']}»: {summary.new_revisions} lần sửa số liệu mới, "
            f"{summary.new_month_events} lần duyệt/mở tháng, {summary.plans_added} kế hoạch mới, "
            f"{summary.plans_updated} kế hoạch cập nhật; {len(summary.changes)} số liệu thay đổi.\n"
        )
        for change in summary.changes[:50]:
            stdout.write(_change_line(change))
        if len(summary.changes) > 50:
            stdout.write(f"  ... và {len(summary.changes) - 50} số liệu khác\n")
        if summary.conflicts:
            stdout.write(f"Xung đột mới ({len(summary.conflicts)}), chờ lãnh đạo chọn trên trang Đồng bộ:\n")
            for change in summary.conflicts:
                stdout.write(_change_line(change))
        for held in summary.held_events:
            stdout.write(_held_line(held))
    twins = [] if args.dry_run else _twins(db)
    if args.json:
        out.dump_json(report, stdout)
    else:
        for t in twins:  # the same plan set up on two PCs: offer the join
            stdout.write(_twin_line(t))
    statuses = {r["status"] for r in report}
    return EXIT_FAILURE if statuses & set(_FAILED) else EXIT_REFUSED if "refused" in statuses else EXIT_OK


def _twins(db: Any) -> list[Any]:
    from ..store.plan_join import plan_twins

    with db.read() as session:
        return plan_twins(session)


def _twin_line(t: Any) -> str:
    return (
        f"Xã {t.commune_code} có hai kế hoạch {t.start_year}-{t.end_year} đã thông qua: số {t.keep_id} «{t.keep_title}» "
        f"(giữ lại) và số {t.other_id} «{t.other_title}» ({t.other_figures} số liệu). Gộp bằng: "
        f"kehoach bundle join-plan --from {t.other_id}\n"
    )


def cmd_plans(args: argparse.Namespace, stdout: TextIO) -> int:
    """List adopted copies of one plan (two PCs that each set it up)."""
    twins = _twins(_db(args))
    if args.json:
        out.dump_json([{"keep": t.keep_id, "keep_uid": t.keep_uid, "other": t.other_id, "other_uid": t.other_uid,
                        "commune": t.commune_code, "years": [t.start_year, t.end_year], "other_figures": t.other_figures}
                       for t in twins], stdout)
        return EXIT_OK
    if not twins:
        stdout.write("Không có kế hoạch nào bị trùng.\n")
    for t in twins:
        stdout.write(_twin_line(t))
    return EXIT_OK


def cmd_join_plan(args: argparse.Namespace, stdout: TextIO) -> int:
    """Join a copy of a plan into the plan kept: its figures moved, the copy retired."""
    from ..services.sync import join_twin

    db = _db(args)
    by = actor(args, db, Action.EDIT_PLAN)
    twin = next((t for t in _twins(db) if t.other_id == args.other), None)
    if twin is None:
        raise UserError(f"Kế hoạch số {args.other} không phải bản trùng nào. Dùng «kehoach bundle plans» để xem.", "from")
    r = join_twin(db, twin.other_id, twin.keep_id, by).value.result
    if args.json:
        out.dump_json({"keep": twin.keep_id, "retired": twin.other_id, "moved": r.moved, "same": r.same,
                       "locked": r.locked, "unmatched": r.unmatched,
                       "differ": [{"indicator": d.code, "period": f"{d.year}-{d.month:02d}", "kept": out.plain(d.kept),
                                   "other": out.plain(d.other)} for d in r.differ]}, stdout)
        return EXIT_OK
    stdout.write(
        f"Đã gộp kế hoạch số {twin.other_id} vào số {twin.keep_id}: chuyển {r.moved} số liệu, {r.same} số liệu đã có sẵn; "
        f"kế hoạch số {twin.other_id} trở về bản nháp (gửi gói để các máy khác cũng thấy).\n"
    )
    if r.locked:
        stdout.write(f"{r.locked} số liệu thuộc tháng đã duyệt không được chuyển.\n")
    if r.unmatched:
        stdout.write(f"Chỉ tiêu không có trong kế hoạch giữ lại (số liệu không chuyển): {', '.join(r.unmatched)}.\n")
    if r.differ:
        stdout.write(f"{len(r.differ)} số liệu khác nhau giữa hai bản, giữ số của kế hoạch {twin.keep_id}; hãy kiểm tra:\n")
        for d in r.differ:
            kept = "—" if d.kept is None else format_number(d.kept)
            other = "—" if d.other is None else format_number(d.other)
            stdout.write(f"  {d.month:02d}/{d.year} chỉ tiêu {d.code}: giữ {kept}, bản trùng ghi {other}\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, stdout: TextIO) -> int:
    """Check a bundle's signature and hashes (and, with --db, its sender's trust)."""
    from ..sync.trust import check_sender
    from ..sync.verify import open_bundle

    opened = open_bundle(Path(args.file))
    m = opened.manifest
    stdout.write(f"Gói hợp lệ: chữ ký đúng, dữ liệu nguyên vẹn. Máy gửi «{m.sender.name}», vân tay {m.sender.fingerprint}.\n")
    if args.db:
        db = _db(args)
        with db.read() as session:
            problem = check_sender(session, m.sender)
        if problem is not None:
            stdout.write("Máy gửi CHƯA được tin cậy trên máy này.\n")
            return EXIT_REFUSED
        stdout.write("Máy gửi đã được tin cậy trên máy này.\n")
    return EXIT_OK


def cmd_inspect(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print a bundle's manifest."""
    from ..sync.verify import open_bundle

    opened = open_bundle(Path(args.file))
    m = opened.manifest
    if args.json:
        out.dump_json({**m.raw, "file_size": opened.size}, stdout)
        return EXIT_OK
    c = m.counts
    rows = [
        ["Mã gói", m.bundle_id], ["Loại", {"data": "dữ liệu", "ack": "xác nhận", "template": "danh mục chỉ tiêu của tỉnh"}.get(m.kind, m.kind)],
        ["Tạo lúc", m.created_at.astimezone().strftime("%d/%m/%Y %H:%M")],
        ["Máy gửi", f"{m.sender.name} ({m.sender.installation_id})"], ["Vân tay", m.sender.fingerprint],
        ["Xã", f"{m.commune.get('name')} (mã {m.commune_code})"],
        ["Máy nhận", (m.recipient or {}).get("name") or "bất kỳ"],
        ["Phạm vi", "toàn bộ" if m.full else "bổ sung"], ["Mã hoá", "có" if m.encryption else "không"],
        ["Nội dung", f"{c.get('plans', 0)} kế hoạch, {c.get('indicators', 0)} chỉ tiêu, "
                     f"{c.get('revisions', 0)} lần sửa số liệu, {c.get('month_events', 0)} lần duyệt/mở tháng"],
        ["Kích thước", f"{format_number(opened.size)} byte"],
    ]
    out.table(["Mục", "Giá trị"], rows, stdout)
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, stdout: TextIO) -> int:
    """List figures in conflict."""
    from ..sync.conflicts import list_conflicts

    db = _db(args)
    with db.read() as session:
        conflicts = list_conflicts(session)
    if args.json:
        out.dump_json([
            {"indicator": c.indicator_code, "period": f"{c.year}-{c.month:02d}", "locked": c.locked,
             "versions": [{"installation": v.installation_name, "seq": v.seq, "value": out.plain(v.value),
                           "actor": v.actor, "at": v.at.isoformat(), "shown": v.shown} for v in c.versions]}
            for c in conflicts
        ], stdout)
        return EXIT_OK
    if not conflicts:
        stdout.write("Không có số liệu xung đột.\n")
    for c in conflicts:
        stdout.write(f"{c.month:02d}/{c.year} chỉ tiêu {c.indicator_code} {c.indicator_name}{' (tháng đã duyệt)' if c.locked else ''}:\n")
        for number, v in enumerate(c.versions, start=1):
            value = "—" if v.value is None else format_number(v.value)
            stdout.write(f"  {number}.{'*' if v.shown else ' '} {value} {out.printable(c.unit)}  ({out.printable(v.actor)}, "
                         f"máy {out.printable(v.installation_name)}, {v.at.astimezone():%d/%m/%Y %H:%M})\n")
    if conflicts:
        stdout.write("Chọn phiên bản giữ lại: kehoach bundle resolve --indicator MÃ --period YYYY-MM --keep SỐ --user TÊN\n")
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace, stdout: TextIO) -> int:
    """Keep one version of a figure in conflict, as a leader's account."""
    from ..sync.conflicts import list_conflicts, resolve_conflict

    period = parse_period(args.period)
    db = _db(args)
    user = account(args, db)
    if user is None:
        raise UserError("Chọn phiên bản số liệu cần tài khoản lãnh đạo; cơ sở dữ liệu này chưa có tài khoản.", "user")
    with db.write() as session:
        found = [c for c in list_conflicts(session, args.plan)
                 if c.indicator_code == args.indicator.strip() and (c.year, c.month) == (period.year, period.month)]
        if not found:
            raise UserError(f"Chỉ tiêu {args.indicator}, {period.label} không có số liệu xung đột (xem kehoach bundle conflicts).",
                            "indicator")
        conflict = found[0]
        if not 1 <= args.keep <= len(conflict.versions):
            raise UserError(f"--keep phải từ 1 đến {len(conflict.versions)}.", "keep")
        chosen = conflict.versions[args.keep - 1]
        resolve_conflict(session, db.installation_id, conflict.indicator_id, conflict.year, conflict.month,
                         choice=(chosen.installation_id, chosen.seq), user=user)
    value = "—" if chosen.value is None else format_number(chosen.value)
    stdout.write(f"Đã giữ {value} {conflict.unit} (của {chosen.actor}, máy {chosen.installation_name}) cho chỉ tiêu "
                 f"{conflict.indicator_code}, {period.label}.\n")
    return EXIT_OK


def cmd_key_export(args: argparse.Namespace, stdout: TextIO) -> int:
    """Write this installation's public key file."""
    from ..sync.export import own_public_key
    from ..sync.keys import write_key_file

    # A new computer joins a commune by sending its key first: this command may start its
    # (empty) database, and says so, since a mistyped --db would otherwise go unnoticed.
    db = _db(args, create=True)
    if db.is_sqlite and db.created:
        stdout.write(f"Máy này chưa có cơ sở dữ liệu: đã tạo mới {db.display_name} (trống, chờ nhận gói đồng bộ).\n")
    key = own_public_key(db)
    write_key_file(key, Path(args.out))
    stdout.write(f"Đã ghi khóa công khai của máy «{key.name}» vào {args.out}. Vân tay: {key.fingerprint}\n")
    return EXIT_OK


def cmd_key_trust(args: argparse.Namespace, stdout: TextIO) -> int:
    """Trust another installation's key file."""
    from ..services.sync import trust
    from ..sync.keys import read_key_file

    key = read_key_file(Path(args.file))
    db = _db(args)
    trust(db, key, actor(args, db, Action.MANAGE_KEYS), args.commune)
    code = args.commune or key.commune_code
    if args.commune is None and key.scope == "province":
        speaks = "máy của tỉnh: được gửi số liệu của mọi xã"
    elif code:
        speaks = f"chỉ được gửi số liệu của xã {code}"
    else:
        speaks = "khóa chưa ghi xã nào: gói của máy này sẽ bị từ chối cho đến khi tin cậy lại với --commune MÃ_XÃ"
    stdout.write(f"Đã tin cậy máy «{key.name}» (vân tay {key.fingerprint}; {speaks}).\n")
    return EXIT_OK


def cmd_key_rename(args: argparse.Namespace, stdout: TextIO) -> int:
    """Rename this PC."""
    from ..store.commune_edit import rename_installation

    db = _db(args)
    by = actor(args, db, Action.MANAGE_KEYS)
    with db.write() as session:
        name = rename_installation(session, db.installation_id, by, args.name)
    stdout.write(f"Máy này nay tên «{name}»; các máy khác thấy tên mới từ gói tiếp theo. Hãy xuất lại tệp khóa nếu cần.\n")
    return EXIT_OK


def cmd_key_list(args: argparse.Namespace, stdout: TextIO) -> int:
    """Print this installation's fingerprint and the trusted keys."""
    from ..sync.export import own_public_key
    from ..sync.trust import trusted_keys

    db = _db(args)
    key = own_public_key(db)
    stdout.write(f"Máy này: «{key.name}», vân tay {key.fingerprint}\n")
    with db.read() as session:
        keys = trusted_keys(session)
    rows = [[k.name, k.commune_code or "", k.fingerprint, "đã thu hồi" if k.revoked_at else "tin cậy"] for k in keys]
    if rows:
        out.table(["Máy", "Xã", "Vân tay", "Trạng thái"], rows, stdout)
    return EXIT_OK


def cmd_province(args: argparse.Namespace, stdout: TextIO) -> int:
    """Make this installation a province's: it accepts bundles of every commune."""
    from ..store.commune_edit import make_province

    db = _db(args, create=True)
    by = actor(args, db, Action.SETTINGS)
    with db.write() as session:
        make_province(session, db.installation_id, by, args.name)
    stdout.write("Máy này là máy tổng hợp của tỉnh: nhận gói của mọi xã.\n")
    return EXIT_OK
