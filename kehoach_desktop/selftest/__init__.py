"""The self-test: ``kehoach self-test`` and ``kehoach-desktop --self-test`` check that this
installation (a frozen build above all) can do everything an officer needs, in a temporary
folder, and exit 0 or 1 naming what failed.

``runner`` runs and reports steps; ``core`` holds the Qt-free checks; ``samples`` writes the small
plan documents; ``backup`` the backup check. The Qt checks live in ``gui/selftest.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from .. import __version__
from .core import CoreSelfTest
from .runner import Outcome, Step, run_steps, summary, temporary_data_dir

__all__ = ["CoreSelfTest", "Outcome", "Step", "run_steps", "run_self_test", "summary", "temporary_data_dir"]


def header(folder: object, what: str) -> str:
    """The report's first line."""
    return f"KếHoạch {__version__}: tự kiểm tra {what} (thư mục tạm {folder})\n"


def run_self_test(out: TextIO, extra: Sequence[Step] = ()) -> Outcome:
    """Run the Qt-free checks (then ``extra``) in a temporary data folder; print the report."""
    with temporary_data_dir() as folder:
        out.write(header(folder, "phần lõi"))
        test = CoreSelfTest(folder)
        try:
            outcome = run_steps([*test.steps(), *extra], out)
        finally:
            test.close()
    out.write(summary(outcome))
    return outcome
