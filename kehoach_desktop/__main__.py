"""``python -m kehoach_desktop`` opens the desktop app."""

from __future__ import annotations

from kehoach_desktop.gui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
