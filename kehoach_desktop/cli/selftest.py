"""``kehoach self-test``: check this installation end to end in a temporary folder (exit 0 or 1).

The checks are the core's (``kehoach_desktop.selftest``); the officer's data folder and database
are never touched. CI runs it on the frozen build, where a missing module or data file fails it.
"""

from __future__ import annotations

import argparse
from typing import TextIO


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``kehoach self-test``."""
    p = sub.add_parser(
        "self-test", help="tự kiểm tra bản cài đặt (cơ sở dữ liệu, đọc kế hoạch, biểu đồ, báo cáo, gói đồng bộ, sao lưu)",
        description="Tự kiểm tra bản cài đặt trong một thư mục tạm, không đụng tới dữ liệu của xã: tạo cơ sở dữ liệu, "
                    "đọc kế hoạch .txt/.docx/.pdf, lưu số liệu, vẽ biểu đồ, xuất báo cáo, xuất và nhập gói đồng bộ, sao lưu. "
                    "Thoát với mã 0 khi mọi bước đạt, 1 khi có bước lỗi (có ghi tên bước).",
    )
    p.set_defaults(func=cmd_self_test)


def cmd_self_test(args: argparse.Namespace, stdout: TextIO) -> int:
    """Run the core self-test; 0 when every step passed, else 1."""
    from ..selftest import run_self_test

    return run_self_test(stdout).exit_code
