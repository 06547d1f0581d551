"""The ``kehoach`` command: the core from a terminal or a script.

Every subcommand takes ``--db`` (a SQLite file path or a database URL). Bad input gives a
Vietnamese message on stderr naming what was wrong and exit code 2, with the database unchanged;
an unexpected failure goes to the log file, with exit code 1. One module per command group
(``basics``, ``plan``, ``targets``, ``bundles``, ``province``, ``template``, ``report``, ``selftest``, ``backup``, ``months``,
``users``) over ``common``; ``output`` prints.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from .. import __version__
from ..domain.errors import UserError
from . import backup, basics, bundles, months, plan, province, report, selftest, targets, template, users
from .common import EXIT_BAD_INPUT, EXIT_FAILURE, Parser, common_options

log = logging.getLogger(__name__)

def build_parser() -> argparse.ArgumentParser:
    """The ``kehoach`` argument parser with all its subcommands."""
    parser = Parser(prog="kehoach", description="KếHoạch: theo dõi chỉ tiêu kế hoạch phát triển kinh tế - xã hội cấp xã.")
    parser.add_argument("--version", action="version", version=f"KếHoạch {__version__}", help="in phiên bản rồi thoát")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=Parser, title="các lệnh")
    sub.required = True
    plan_sub = basics.add_commands(sub)
    plan.add_commands(plan_sub, common_options)
    bundles.add_commands(sub, common_options)
    province.add_commands(sub, common_options)
    template.add_commands(sub, plan_sub, common_options)
    targets.add_commands(sub, common_options)
    report.add_commands(sub, common_options)
    selftest.add_commands(sub)
    backup.add_commands(sub, common_options)
    months.add_commands(sub, common_options)
    users.add_commands(sub, common_options)
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run ``kehoach`` with ``argv``; return the exit code."""
    for stream in (sys.stdout, sys.stderr):  # Windows consoles default to a legacy code page
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    stdout = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args, stdout))
    except UserError as exc:
        field = f" ở --{exc.field}" if exc.field else ""
        sys.stderr.write(f"Lỗi{field}: {exc}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("Đã dừng theo yêu cầu.\n")
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader went away (``kehoach status | head``): nothing is wrong with the data.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as exc:
        return _unexpected(exc, argv)


def _unexpected(exc: Exception, argv: Sequence[str] | None) -> int:
    """A disk or file trouble explained (exit 2); anything else logged (exit 1). The log itself may
    be unwritable (a full or read-only data folder): then the details go to stderr, never a crash."""
    from ..store.diskerrors import explain

    known = explain(exc)
    if known is not None:
        sys.stderr.write(f"Lỗi: {known}\n")
        return EXIT_BAD_INPUT
    try:
        from ..logs import setup_logging
        from ..paths import data_dir

        path = setup_logging(data_dir())
        if path is None:
            raise OSError("no log file")
        log.exception("kehoach %s failed", " ".join(argv or sys.argv[1:]))
    except Exception:  # noqa: BLE001 - the last resort must not fail in its turn
        sys.stderr.write(
            "Lỗi ngoài dự kiến; không ghi được tệp nhật ký (thư mục dữ liệu đầy hoặc chỉ đọc). "
            f"Hãy chép dòng sau gửi bộ phận hỗ trợ: {type(exc).__name__}: {exc}\n"
        )
        return EXIT_FAILURE
    sys.stderr.write(f"Lỗi ngoài dự kiến. Chi tiết đã ghi vào {path}. Hãy gửi tệp này cho bộ phận hỗ trợ.\n")
    return EXIT_FAILURE
