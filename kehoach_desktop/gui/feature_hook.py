"""Keep PySide6 from holding the source of every module in memory.

PySide6 looks at each module imported after it for the word "PySide6" (its ``__feature__``
switch, PYSIDE-2029) with ``inspect.getsource``, which keeps every line it read in
``linecache``: the whole source of SQLAlchemy, matplotlib, NumPy and the app, about 15 MB of
text and 40 MB resident once the charts are open (and a few milliseconds of start-up). ``install``
answers the same question from the file's bytes and keeps nothing. A module without a ``.py``
file (built in, compiled, or frozen by PyInstaller) still goes to PySide6's own check, which
reads nothing for it. If a PySide6 release drops the hook, ``install`` does nothing.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

#: The module PySide6's import hook lives in (loaded with PySide6.QtCore).
FEATURE_MODULE = "shibokensupport.feature"
CHECKER = "_mod_uses_pyside"


def install() -> bool:
    """Replace PySide6's source check once PySide6 is imported; True when it is in place."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECKER, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "reads_bytes", False):
        return True
    setattr(feature, CHECKER, _reading_bytes(original))
    # What PySide6 read of the modules imported before it: files, read again if ever needed (a
    # traceback). Lines registered by hand (SQLAlchemy's generated code) have no time and stay.
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            linecache.cache.pop(name, None)
    return True


def _reading_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    return uses_pyside
