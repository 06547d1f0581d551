"""The desktop app (PySide6): the only package that imports Qt.

Importing it loads PySide6 and at once puts ``feature_hook`` in place, before anything else is
imported, so that no module's source is kept in memory (see feature_hook.py). No garbage is
collected meanwhile: each collection would walk every object PySide6 just made, in vain (a few
milliseconds of start-up).
"""

from __future__ import annotations

import gc

_collecting = gc.isenabled()
gc.disable()
try:
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets  # noqa: F401  (loaded here, under the pause, for every screen)

    from . import feature_hook

    feature_hook.install()
finally:
    if _collecting:
        gc.enable()
