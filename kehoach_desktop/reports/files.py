"""Saving a finished report file: atomically, readable by others, refused with a clear message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import UserError
from ..safefile import atomic_writer


def save_document(path: Path, save: Callable[[BinaryIO], object]) -> None:
    """Write a document through ``save(handle)`` to ``path``, replacing it only once complete.

    A file that cannot be written (open in Word or Excel, a read-only stick, a full disk) leaves
    nothing behind and raises a UserError saying what to do.
    """
    path = Path(path)
    try:
        with atomic_writer(path, shared=True) as handle:
            save(handle)
    except OSError as exc:
        raise UserError(
            f'Không ghi được tệp "{path}": {exc.strerror or exc}. Nếu tệp đang mở trong Word hoặc Excel, '
            "hãy đóng tệp rồi thử lại; hoặc chọn thư mục khác.",
            "file",
        ) from exc
