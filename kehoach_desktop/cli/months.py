"""``kehoach month submit|approve|reopen|status``: a month's approval cycle, as a known account.

The same store functions as the app's approval bar (``store.months``), so the same role checks
apply: an officer submits, a leader approves and reopens (with a reason, audited).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from ..domain.errors import UserError
from .common import EXIT_OK, Common, Parser, account, checked_note, open_db, parse_period

VERBS = {"submit": "Đã gửi duyệt", "approve": "Đã duyệt và khoá", "reopen": "Đã mở lại"}


def add_commands(sub: argparse._SubParsersAction, common: Common) -> None:  # type: ignore[type-arg]
    """Register ``kehoach month``."""
    p = sub.add_parser("month", help="gửi duyệt, duyệt, mở lại số liệu một tháng (cần tài khoản)")
    msub = p.add_subparsers(dest="month_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    msub.required = True
    for verb, text in (("submit", "gửi số liệu tháng cho lãnh đạo duyệt"), ("approve", "duyệt và khoá tháng (lãnh đạo)"),
                       ("reopen", "mở lại tháng đã gửi hoặc đã duyệt (lãnh đạo, ghi lý do)"),
                       ("status", "xem trạng thái duyệt của tháng")):
        q = msub.add_parser(verb, help=text)
        common(q)
        q.add_argument("--period", required=True, help="tháng, dạng YYYY-MM, ví dụ 2026-09")
        if verb != "status":
            q.add_argument("--user", help="tên đăng nhập (mật khẩu được hỏi, hoặc biến KEHOACH_PASSWORD)")
        if verb == "reopen":
            q.add_argument("--reason", required=True, help="lý do mở lại, ví dụ «Sửa số liệu chính thức»")
        q.set_defaults(func=cmd_status if verb == "status" else cmd_change, verb=verb)


def cmd_change(args: argparse.Namespace, stdout: TextIO) -> int:
    """Submit, approve or reopen a month."""
    from ..store.months import approve_month, reopen_month, submit_month
    from ..store.queries import current_plan

    period = parse_period(args.period)
    reason = checked_note(getattr(args, "reason", None))
    db = open_db(args)
    user = account(args, db)
    if user is None:
        raise UserError("Gửi duyệt, duyệt và mở lại tháng cần tài khoản người dùng; cơ sở dữ liệu này chưa có. "
                        "Hãy tạo tài khoản trong chương trình (Cài đặt › Người dùng).", "user")
    with db.write() as session:
        plan = current_plan(session, args.plan)
        if args.verb == "submit":
            status = submit_month(session, db.installation_id, plan.id, period, user)
        elif args.verb == "approve":
            status = approve_month(session, db.installation_id, plan.id, period, user)
        else:
            status = reopen_month(session, db.installation_id, plan.id, period, user, reason or "")
    stdout.write(f"{VERBS[args.verb]} {period.label} (trạng thái: {status.state.label}).\n")
    return EXIT_OK


def cmd_status(args: argparse.Namespace, stdout: TextIO) -> int:
    """Show a month's approval state."""
    from ..store.months import month_status
    from ..store.queries import current_plan

    period = parse_period(args.period)
    db = open_db(args)
    with db.read() as session:
        plan = current_plan(session, args.plan)
        status = month_status(session, plan.id, period)
    stdout.write(f"{period.label}: {status.state.label}")
    if status.changed_by:
        stdout.write(f" ({status.changed_by}, {status.changed_at.astimezone():%d/%m/%Y %H:%M})" if status.changed_at else "")
    stdout.write("\n")
    return EXIT_OK
