"""PyInstaller entry point of the windowed app (KeHoach.exe): starts kehoach_desktop.gui.app."""

import sys

from kehoach_desktop.frozen import prepare

prepare()  # before matplotlib can be imported: its font list in a lasting folder

from kehoach_desktop.gui.app import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
