"""``python -m kehoach_desktop.cli``: the ``kehoach`` command."""

from . import main

raise SystemExit(main())
