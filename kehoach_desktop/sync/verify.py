"""Checking a bundle file on its own, before any database is involved.

Container limits, manifest, format version, the sender's signature over the manifest and the
payload's hash: a file passing these was written by the holder of the key it names and has not
changed since. Whether that key is trusted is the importer's question.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import container, crypto, manifest
from .errors import BundleRefused
from .manifest import Manifest


@dataclass(frozen=True)
class Opened:
    """A bundle whose signature and hashes hold; ``body`` may still be sealed."""

    path: Path
    manifest: Manifest
    body: bytes
    size: int

    @property
    def encrypted(self) -> bool:
        """True when the payload is sealed to a recipient."""
        return self.manifest.encryption is not None


def open_bundle(path: Path) -> Opened:
    """The checked bundle at ``path``, or ``BundleRefused`` saying what is wrong and what to do."""
    raw = container.read_container(path)
    data = raw.entries[container.MANIFEST]
    found = manifest.parse(data)
    if not crypto.verify(found.sender.sign_public, raw.entries[container.SIGNATURE], data):
        raise BundleRefused(
            "Chữ ký của gói không đúng: phần mô tả đã bị sửa sau khi máy gửi ký, hoặc chữ ký bị giả. "
            "Không nhập gói này; hãy xin máy gửi xuất lại.",
            "signature",
        )
    if found.payload_name not in raw.entries or (found.payload_name == container.SEALED) != (found.encryption is not None):
        raise BundleRefused("Phần dữ liệu của gói không khớp với phần mô tả: tệp bị sửa.", "hash")
    body = raw.entries[found.payload_name]
    if manifest.digest(body) != found.payload_sha256:
        raise BundleRefused(
            "Dữ liệu trong gói đã bị thay đổi sau khi máy gửi ký (mã băm không khớp): tệp bị sửa hoặc hỏng khi chép. "
            "Không nhập gói này; hãy chép lại hoặc xin máy gửi xuất lại.",
            "hash",
        )
    return Opened(path, found, body, raw.size)
