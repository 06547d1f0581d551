"""Why a bundle was refused, in words for the officer and a code for tests and the CLI."""

from __future__ import annotations

from ..domain.errors import UserError


class BundleRefused(UserError):
    """A bundle file that must not be imported; nothing has been written.

    ``reason`` is a short code (``signature``, ``unknown_key``, ``commune``...). For an unknown or
    changed key ``sender`` holds the key the file claims, so the caller can show its fingerprint
    and, once a person has compared it, import again trusting it.
    """

    def __init__(self, message: str, reason: str, sender: object | None = None) -> None:
        super().__init__(message, "bundle")
        self.reason = reason
        self.sender = sender
