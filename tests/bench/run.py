"""Run the benchmarks: ``python tests/bench/run.py [NAME ...] [--full]``.

Each benchmark measures a figure and, in the same run, its floor (the bare work it cannot beat),
and prints one JSON line: name, value, unit, floor, ratio, goal. Run apart from the tests.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_charts import chart_memory, dashboard_redraw  # noqa: E402
from bench_gui import entry_grid_load, peak_memory, startup  # noqa: E402
from bench_gui_charts import first_chart  # noqa: E402
from bench_plan import plan_parse  # noqa: E402
from bench_province import province_compare, province_matrix  # noqa: E402
from bench_report import report_annual  # noqa: E402
from bench_store import month_grid_read, save_month, status_month  # noqa: E402
from national_bench import national_import  # noqa: E402
from sync_bench import bundle_import_100, bundle_roundtrip  # noqa: E402
from sync_scale_bench import bundle_10k_incremental, bundle_largest  # noqa: E402

BENCHMARKS: dict[str, Callable[[Path], dict]] = {
    "save_month": save_month,
    "status_month": status_month,
    "month_grid_read": month_grid_read,
    "plan_parse": plan_parse,
    "startup": startup,
    "peak_memory": peak_memory,
    "entry_grid_load": entry_grid_load,
    "dashboard_redraw": dashboard_redraw,
    "chart_memory": chart_memory,
    "first_chart": first_chart,
    "bundle_roundtrip": bundle_roundtrip,
    "bundle_import_100": bundle_import_100,
    "bundle_largest": bundle_largest,
    "bundle_10k_incremental": bundle_10k_incremental,
    "report_annual": report_annual,
    "province_matrix": province_matrix,
    "province_compare": province_compare,
    "national_import": national_import,
}


def main(argv: list[str]) -> int:
    if "--full" in argv:  # full-size runs where a benchmark has one (national_import: the whole country)
        argv = [a for a in argv if a != "--full"]
        os.environ["KEHOACH_BENCH_FULL"] = "1"
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kehoach-bench-") as tmp:
        os.environ["KEHOACH_DATA_DIR"] = tmp
        for name in names:
            folder = Path(tmp) / name
            folder.mkdir()
            result = {"name": name, **BENCHMARKS[name](folder)}
            print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
