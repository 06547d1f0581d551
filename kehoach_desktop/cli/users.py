"""``kehoach user recovery-code|recover``: an administrator's way back in after a forgotten password."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TextIO

from ..domain.errors import UserError
from .common import EXIT_OK, Common, Parser, account, open_db

CODE_ENV, NEW_PASSWORD_ENV = "KEHOACH_RECOVERY_CODE", "KEHOACH_NEW_PASSWORD"


def add_commands(sub: argparse._SubParsersAction, common: Common) -> None:  # type: ignore[type-arg]
    """Register ``kehoach user``."""
    p = sub.add_parser("user", help="mã khôi phục của tài khoản quản trị")
    usub = p.add_subparsers(dest="user_command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    usub.required = True
    q = usub.add_parser("recovery-code", help="tạo mã khôi phục mới cho quản trị (đăng nhập bằng mật khẩu); mã cũ hết hiệu lực")
    common(q, plan=False)
    q.add_argument("--user", required=True, help="tên đăng nhập của quản trị")
    q.set_defaults(func=cmd_recovery_code)
    q = usub.add_parser("recover", help="đặt mật khẩu mới cho quản trị bằng mã khôi phục (dùng một lần)")
    common(q, plan=False)
    q.add_argument("--user", required=True, help="tên đăng nhập của quản trị")
    q.set_defaults(func=cmd_recover)


def _secret(env: str, prompt: str, twice: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"Hãy đặt biến môi trường {env}, hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.", "user")
    value = getpass.getpass(prompt)
    if twice and getpass.getpass("Nhập lại: ") != value:
        raise UserError("Hai lần nhập không khớp nhau.", "user")
    return value


def cmd_recovery_code(args: argparse.Namespace, stdout: TextIO) -> int:
    """Make (and print, once) a new recovery code for the logged-in administrator."""
    from ..store.recovery import new_recovery_code

    db = open_db(args)
    user = account(args, db)
    if user is None:
        raise UserError("Cơ sở dữ liệu này chưa có tài khoản.", "user")
    with db.write() as session:
        code = new_recovery_code(session, db.installation_id, user.username, user.username)
    stdout.write(f"Mã khôi phục của {user.username}: {code}\nHãy ghi lại hoặc in ra và cất riêng; mã chỉ hiện lần này "
                 "và dùng được một lần (kehoach user recover).\n")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, stdout: TextIO) -> int:
    """Set a new password for an administrator with the recovery code."""
    from ..store.recovery import recover_password

    db = open_db(args)
    code = _secret(CODE_ENV, "Mã khôi phục: ")
    password = _secret(NEW_PASSWORD_ENV, "Mật khẩu mới: ", twice=True)
    recover_password(db, args.user, code, password)
    stdout.write(f"Đã đặt mật khẩu mới cho {args.user.strip().lower()}. Mã khôi phục này đã hết hiệu lực: hãy tạo mã "
                 "mới (kehoach user recovery-code) và cất giữ.\n")
    return EXIT_OK
