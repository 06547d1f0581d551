"""Running the ``kehoach`` command in-process, as the CLI tests do."""

from __future__ import annotations

import io

from kehoach_desktop.cli import main


def run(*argv: str) -> tuple[int, str]:
    """Run ``kehoach ARGV...``; its exit code and what it printed on stdout."""
    out = io.StringIO()
    try:
        code = main(list(argv), stdout=out)
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, out.getvalue()
