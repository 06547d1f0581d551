"""The one kind of error a user can cause, carrying a message fit to show them."""

from __future__ import annotations


class UserError(ValueError):
    """Bad input or a refused operation; ``str(error)`` is a Vietnamese sentence saying what to do.

    ``field`` names the input at fault (a CLI option, a grid column) when there is one.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
