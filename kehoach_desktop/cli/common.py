"""What every ``kehoach`` command shares: the Vietnamese argument parser, the common options, the
period, who acts, and opening the database. No command module imports another."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from pathlib import Path
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NoReturn

from ..domain.access import Action, User
from ..domain.errors import UserError
from ..domain.periods import Period

if TYPE_CHECKING:  # the store loads when a command opens the database
    from ..store.database import Database

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
PASSWORD_ENV = "KEHOACH_PASSWORD"
#: ``common_options``: how a command group adds --db, --plan and --json to its parsers.
Common = Callable[..., None]

# argparse speaks English; these are the messages an officer can meet, in Vietnamese.
ARGPARSE_MESSAGES = [
    (r"the following arguments are required: (.*)", "thiếu tham số bắt buộc: {0}"),
    (r"unrecognized arguments: (.*)", "không hiểu tham số: {0}"),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)", "{0}: không có lựa chọn «{1}» (chọn một trong: {2})"),
    (r"argument (\S+): expected one argument", "{0}: cần một giá trị đi kèm"),
    (r"argument (\S+): not allowed with argument (\S+)", "{0}: không dùng cùng lúc với {1}"),
    (r"argument (\S+): invalid int value: '(.*)'", "{0}: «{1}» không phải số nguyên"),
]


class Formatter(argparse.HelpFormatter):
    def add_usage(
        self, usage: str | None, actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An argument parser whose messages are Vietnamese and whose errors exit with code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        self.add_argument("-h", "--help", action="help", help="hiện hướng dẫn này rồi thoát")

    def error(self, message: str) -> NoReturn:
        for pattern, template in ARGPARSE_MESSAGES:
            match = re.fullmatch(pattern, message)
            if match:
                message = template.format(*match.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"Lỗi: {message}\n")


def common_options(parser: argparse.ArgumentParser, plan: bool = True, json: bool = False) -> None:
    parser.add_argument("--db", help="tệp SQLite hoặc địa chỉ cơ sở dữ liệu (mặc định: KEHOACH_DB, hoặc tệp trong thư mục dữ liệu người dùng)")
    if plan:
        parser.add_argument("--plan", type=int, help="số kế hoạch (mặc định: kế hoạch 5 năm đã thông qua mới nhất)")
    if json:
        parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def checked_note(text: str | None) -> str | None:
    """``--note`` within the notes' bounds; UserError otherwise."""
    from ..domain.bounds import note_problem

    if text is not None and (problem := note_problem(text)) is not None:
        raise UserError(f"Ghi chú {problem}.", "note")
    return text


def cell_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--indicator", required=True, help="mã chỉ tiêu, ví dụ 4 hoặc 5.1")
    parser.add_argument("--period", required=True, help="tháng, dạng YYYY-MM, ví dụ 2026-09")


def parse_period(text: str, month_only: bool = True) -> Period:
    """The period typed after ``--period``; figures are recorded per month only."""
    try:
        period = Period.parse(text)
    except UserError as exc:
        raise UserError(str(exc), "period") from exc
    if month_only and not period.is_month:
        raise UserError(
            f"Số liệu được nhập và lưu theo tháng; «{text}» là kỳ {period.label}. "
            "Hãy ghi một tháng, ví dụ 2026-09.",
            "period",
        )
    return period


def actor(args: argparse.Namespace, db=None, action: Action | None = None) -> str:  # type: ignore[no-untyped-def]
    """Who acts, as recorded in the history.

    Where ``db`` has accounts, the account logged in with ``--user`` (see ``account``), refused
    when its role may not do ``action``; without accounts (scripts, the demo) ``--user`` as
    written, within the names' bounds, or the computer's login name.
    """
    from ..domain.bounds import name_problem

    user = account(args, db) if db is not None else None
    if user is not None:
        if action is not None and not user.can(action):
            raise UserError(f"Tài khoản {user.username} ({user.role.label}) không có quyền làm việc này.", "user")
        return user.username
    name = (getattr(args, "user", None) or "").strip()
    if name:
        problem = name_problem(name)
        if problem is not None:
            raise UserError(f"Tên người thực hiện {problem}.", "user")
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name on this system (a service account)
        return "unknown"


def account(args: argparse.Namespace, db: Database) -> User | None:
    """The account ``--user`` logs in as, where the database has accounts; None where it has none.

    The password comes from ``KEHOACH_PASSWORD`` or, at a terminal, a prompt; wrong passwords count
    towards the lockout exactly as in the app's login.
    """
    if hasattr(args, "_account"):
        return args._account
    from ..store.users import has_users, login

    with db.read() as session:
        if not has_users(session):
            args._account = None
            return None
    name = (getattr(args, "user", None) or "").strip()
    if not name:
        raise UserError(
            "Cơ sở dữ liệu này có tài khoản người dùng: hãy ghi --user TÊN_ĐĂNG_NHẬP (mật khẩu được hỏi, "
            "hoặc đặt trong biến môi trường KEHOACH_PASSWORD).", "user",
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UserError(f"Cần mật khẩu của {name}: đặt biến môi trường {PASSWORD_ENV}, hoặc chạy lệnh trong "
                            "cửa sổ dòng lệnh để nhập.", "user")
        password = getpass.getpass(f"Mật khẩu của {name}: ")
    args._account = login(db, name, password)
    return args._account


def open_db(args: argparse.Namespace, create: bool = False) -> Database:
    """The database of ``--db``; only a command that creates one (init, demo, province) passes
    ``create``: any other refuses a path that does not exist, so a typo never makes a new file."""
    from ..store.database import open_database

    return open_database(args.db, create=create, daily=True)


def backup_before(db, operation: str) -> None:  # type: ignore[no-untyped-def]
    """A verified backup of a SQLite database before ``operation`` (an import); refused if not made."""
    if db.is_sqlite:
        from ..store.backup import backup_before as before

        before(Path(db.display_name), operation)


def xlsx_out(text: str) -> Path:
    """The ``--out`` path of an Excel export; UserError unless it ends in .xlsx."""
    path = Path(text)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"Tệp xuất phải có đuôi .xlsx (đang là «{path.name}»).", "out")
    return path
