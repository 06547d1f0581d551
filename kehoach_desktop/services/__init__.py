"""Use cases shared by the GUI and the CLI (no Qt).

Each function takes the open ``Database``, owns its transaction (``db.write()`` / ``db.read()``),
and returns plain data; a function that writes returns an ``Outcome``: its value and a ``Changes``
record saying what changed, which the GUI fans out through one hook (``AppContext.changes``).
See docs/architecture.md.
"""
