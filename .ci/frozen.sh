#!/usr/bin/env bash
# Build the onedir bundle with build.spec (once) and run both frozen self-tests, so a module or
# data file the build misses (a matplotlib backend, a translation, a migration) fails CI.
# Usage: .ci/frozen.sh [PYTHON]   (default .venv/bin/python, which needs the `build` extra)
# KEHOACH_SKIP_FROZEN=1 skips it for a quick local run; CI never sets it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${1:-.venv/bin/python}"
if [ "${KEHOACH_SKIP_FROZEN:-}" = 1 ]; then
    echo "Frozen build skipped (KEHOACH_SKIP_FROZEN=1)."
    exit 0
fi
DIST="${KEHOACH_FROZEN_DIST:-dist}"
started=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath build/pyinstaller build.spec
built=$(date +%s)
APP="$DIST/KeHoach"
echo "Frozen build: $((built - started)) s; $(du -sh "$APP" | cut -f1) in $(find "$APP" -type f | wc -l) files ($APP)"

# A throwaway home for the run: the lasting matplotlib cache must land in it (frozen.py).
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_CACHE_HOME="$scratch/cache" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
unset KEHOACH_DATA_DIR KEHOACH_DB MPLCONFIGDIR
export QT_QPA_PLATFORM=offscreen
"$APP/kehoach" self-test
"$APP/KeHoach" --self-test
ls "$XDG_CACHE_HOME"/KeHoachDesktop/matplotlib/fontlist-v*.json >/dev/null \
    || { echo "LỖI: matplotlib font cache not kept in $XDG_CACHE_HOME/KeHoachDesktop/matplotlib"; exit 1; }
echo "Frozen self-tests passed in $(( $(date +%s) - built )) s; matplotlib font cache kept."
"$PY" tests/bench/frozen_bench.py "$APP" || true  # frozen vs source start-up, first chart: two JSON lines, never fails
