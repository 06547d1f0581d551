"""Sync bundles: the signed, optionally encrypted files that carry figures between installations.

``docs/sync-format.md`` describes the file. ``export`` writes one, ``verify`` checks one before
the database is touched, ``merge`` applies it in one transaction, ``keys`` and ``trust`` say who
signed it, ``conflicts`` lists and resolves concurrent edits. No Qt here.
"""
