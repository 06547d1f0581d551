"""``kehoach backup create|list|verify|restore``: verified copies of the database and their use.

These commands work on a damaged database too (that is when they are needed): they find the
SQLite file from ``--db`` without opening it through the store.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from . import output as out
from ..domain.errors import UserError
from ..domain.numbers import format_number
from .common import EXIT_BAD_INPUT, EXIT_OK, Common, Parser

LABELS = {"daily": "hằng ngày", "manual": "sao lưu tay", "before-restore": "trước khi khôi phục",
          "before-import": "trước khi nhập"}


def add_commands(sub: argparse._SubParsersAction, common: Common) -> None:  # type: ignore[type-arg]
    """Register ``kehoach backup``."""
    p = sub.add_parser("backup", help="sao lưu và khôi phục cơ sở dữ liệu")
    bsub = p.add_subparsers(dest="backup_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    bsub.required = True
    q = bsub.add_parser("create", help="sao lưu ngay (đã kiểm tra) vào thư mục backups hoặc thư mục/USB chỉ định")
    common(q, plan=False)
    q.add_argument("--to", help="thư mục nhận bản sao lưu, ví dụ E:/sao-luu (mặc định: backups cạnh cơ sở dữ liệu)")
    q.set_defaults(func=cmd_create)
    q = bsub.add_parser("list", help="liệt kê các bản sao lưu, bản mới nhất trước")
    common(q, plan=False, json=True)
    q.add_argument("--from", dest="folder", help="thư mục chứa bản sao lưu (mặc định: backups cạnh cơ sở dữ liệu)")
    q.set_defaults(func=cmd_list)
    q = bsub.add_parser("verify", help="kiểm tra toàn bộ một bản sao lưu, hoặc chính cơ sở dữ liệu khi không chỉ tệp")
    common(q, plan=False)
    q.add_argument("file", metavar="TỆP", nargs="?", help="bản sao lưu cần kiểm tra")
    q.set_defaults(func=cmd_verify)
    q = bsub.add_parser("restore", help="khôi phục cơ sở dữ liệu từ một bản sao lưu (bản hiện tại được cất trước)")
    common(q, plan=False)
    q.add_argument("file", metavar="TỆP", nargs="?", help="bản sao lưu (mặc định: bản tốt mới nhất)")
    q.set_defaults(func=cmd_restore)


def _sqlite_path(args: argparse.Namespace) -> Path:
    from ..store.database import resolve_url

    url = resolve_url(args.db)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise UserError(
            "Cơ sở dữ liệu PostgreSQL do quản trị máy chủ sao lưu và khôi phục (pg_dump / pg_restore); "
            "kehoach backup create dùng pg_dump nếu máy có.",
            "db",
        )
    return Path(url.database)


def cmd_create(args: argparse.Namespace, stdout: TextIO) -> int:
    """Make a verified backup now."""
    from ..store.backup import MANUAL, make_backup
    from ..store.database import resolve_url

    url = resolve_url(args.db)
    folder = Path(args.to) if args.to else None
    if url.get_backend_name() != "sqlite":
        from ..store.pg_backup import pg_dump_backup

        target = pg_dump_backup(url, folder or Path.cwd())
        stdout.write(f"Đã sao lưu cơ sở dữ liệu PostgreSQL bằng pg_dump vào {target}\n")
        return EXIT_OK
    info = make_backup(_sqlite_path(args), MANUAL, folder, rotate=folder is None)
    stdout.write(
        f"Đã sao lưu và kiểm tra: {info.path} ({format_number(info.size)} byte, lúc {info.when}).\n"
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace, stdout: TextIO) -> int:
    """List the backups with their check."""
    from ..store.backup import list_backups

    found = list_backups(_sqlite_path(args), Path(args.folder) if args.folder else None, verify=True)
    if args.json:
        out.dump_json(
            [{"file": str(i.path), "made": i.made.isoformat(timespec="seconds"), "label": i.label,
              "size": i.size, "verified": i.verified, "problem": i.problem} for i in found],
            stdout,
        )
        return EXIT_OK
    if not found:
        stdout.write("Chưa có bản sao lưu nào. Tạo ngay: kehoach backup create\n")
        return EXIT_OK
    rows = [[i.when, _label(i.label), format_number(i.size), "tốt" if i.verified else f"HỎNG: {i.problem}", str(i.path)]
            for i in found]
    out.table(["Lúc", "Loại", "Byte", "Kiểm tra", "Tệp"], rows, stdout, right=(2,), limit={3: 40})
    return EXIT_OK


def _label(label: str) -> str:
    if label.startswith("before-") and label not in LABELS:
        return "trước khi nâng cấp"
    return LABELS.get(label, label)


def cmd_verify(args: argparse.Namespace, stdout: TextIO) -> int:
    """Run the full check on a backup (with what it holds) or on the database itself."""
    import sys

    from ..store.backup import describe
    from ..store.integrity import check_file

    path = Path(args.file) if args.file else _sqlite_path(args)
    problem = check_file(path, full=True)
    if problem is not None:
        sys.stderr.write(f"«{path}» KHÔNG đạt kiểm tra: {problem}.\n")
        return EXIT_BAD_INPUT
    stdout.write(f"«{path}» đạt kiểm tra toàn bộ (integrity_check).\n")
    if args.file:
        _preview(describe(path), stdout)
    return EXIT_OK


def _preview(summary, stdout: TextIO) -> None:  # type: ignore[no-untyped-def]
    stdout.write(f"  Xã: {out.printable(summary.commune)}\n")
    for plan in summary.plans:
        stdout.write(f"  Kế hoạch: {out.printable(plan)}\n")
    stdout.write(f"  Số liệu: {format_number(summary.figures)} ô\n")
    if summary.last_change:
        stdout.write(f"  Thay đổi cuối (giờ UTC): {summary.last_change}\n")


def cmd_restore(args: argparse.Namespace, stdout: TextIO) -> int:
    """Restore the database from a backup, saving the current one first."""
    from ..store.backup import describe, newest_verified, restore

    db_path = _sqlite_path(args)
    if args.file:
        source = Path(args.file)
    else:
        newest = newest_verified(db_path)
        if newest is None:
            raise UserError("Không có bản sao lưu tốt nào trong thư mục backups; hãy chỉ tệp sao lưu.", "file")
        source = newest.path
    summary = describe(source)
    stdout.write(f"Khôi phục từ {source}:\n")
    _preview(summary, stdout)
    saved = restore(db_path, source)
    if saved is not None:
        stdout.write(f"Bản hiện tại đã được cất vào {saved.path}.\n")
    stdout.write(f"Đã khôi phục {db_path}.\n")
    return EXIT_OK
