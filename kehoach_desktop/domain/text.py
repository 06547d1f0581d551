"""Loose matching of Vietnamese text."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case without diacritics (``Đàn trâu`` → ``dan trau``): search and loose keys."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
