"""The annual plan and the year's targets: import an annual resolution into the adopted 5-year plan,
review its matches beside its text and apply it (``import_flow``, ``review_dialog``), and type a
year's targets by hand or through Excel (``year_targets_dialog``). Database work is in ``ops`` and
``year_ops`` (no Qt), run on the database worker.
"""
