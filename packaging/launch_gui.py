"""PyInstaller entry point of the windowed app (KeHoach.exe): starts kehoach_desktop.gui.app."""

import sys

from kehoach_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
