"""PyInstaller entry point of the console command (kehoach): runs kehoach_desktop.cli."""

import sys

from kehoach_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
