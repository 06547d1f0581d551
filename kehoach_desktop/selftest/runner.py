"""Running the self-test's steps: each one timed, reported as OK or LỖI, later ones skipped when
a step they need has failed; a temporary user data folder for the whole run."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..domain.errors import UserError


class CheckFailed(Exception):
    """A step ran but its result was wrong; the message (Vietnamese) says what."""


@dataclass(frozen=True)
class Step:
    """One check: ``run()`` returns a short detail for the report, or raises."""

    name: str
    run: Callable[[], str | None]
    needs: tuple[str, ...] = ()


@dataclass
class Outcome:
    """What the run found: the names of the steps that passed and of those that did not."""

    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1


def _reason(exc: BaseException) -> str:
    if isinstance(exc, (CheckFailed, UserError)):
        return str(exc)
    # An unexpected error: its type and message name the missing module or file in a frozen build.
    return f"{type(exc).__name__}: {exc}"


def run_steps(steps: Sequence[Step], out: TextIO, verbose_errors: bool = True) -> Outcome:
    """Run ``steps`` in order, printing one line each; a step whose needs failed is not run."""
    outcome = Outcome()
    for step in steps:
        missing = [n for n in step.needs if n not in outcome.passed]
        if missing:
            outcome.failed.append(step.name)
            out.write(f"[LỖI] {step.name}: không chạy vì bước «{missing[0]}» chưa đạt\n")
            continue
        started = time.perf_counter()
        try:
            detail = step.run()
        except Exception as exc:  # every failure is reported, none stops the run
            outcome.failed.append(step.name)
            out.write(f"[LỖI] {step.name}: {_reason(exc)}\n")
            if verbose_errors and not isinstance(exc, (CheckFailed, UserError)):
                out.write("".join("      " + line for line in traceback.format_exception(exc)[-6:]))
            out.flush()
            continue
        seconds = time.perf_counter() - started
        outcome.passed.append(step.name)
        tail = f" — {detail}" if detail else ""
        out.write(f"[OK]  {step.name} ({_seconds(seconds)}){tail}\n")
        out.flush()
    return outcome


def _seconds(value: float) -> str:
    return f"{value:.2f}".replace(".", ",") + " giây"


def summary(outcome: Outcome) -> str:
    """The closing line: how many steps passed and which failed."""
    total = len(outcome.passed) + len(outcome.failed)
    if outcome.ok:
        return f"Tự kiểm tra: đạt cả {total}/{total} bước.\n"
    return (f"Tự kiểm tra: KHÔNG ĐẠT, {len(outcome.failed)}/{total} bước lỗi: "
            + "; ".join(outcome.failed) + ".\n")


@contextlib.contextmanager
def temporary_data_dir() -> Iterator[Path]:
    """A fresh user data folder (``KEHOACH_DATA_DIR``) for the run, removed afterwards.

    Keys, backups, logs and settings the checks make go there, never into the officer's folder.
    """
    folder = Path(tempfile.mkdtemp(prefix="kehoach-selftest-"))
    saved = {name: os.environ.get(name) for name in ("KEHOACH_DATA_DIR", "KEHOACH_DB")}
    os.environ["KEHOACH_DATA_DIR"] = str(folder / "data")
    os.environ.pop("KEHOACH_DB", None)
    try:
        yield folder
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        # Windows may still hold a file open for a moment (a database just closed): best effort.
        shutil.rmtree(folder, ignore_errors=True)
