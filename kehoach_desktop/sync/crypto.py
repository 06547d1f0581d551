"""Signing and sealing with the ``cryptography`` package: Ed25519, X25519 + HKDF + AES-GCM.

Sealing uses a fresh ephemeral X25519 key per bundle, so two bundles to the same recipient share
no key; the AES key is derived with HKDF-SHA256 over both public keys, and the bundle id is the
associated data, so a sealed payload cannot be moved into another bundle's container.
"""

from __future__ import annotations

import os

from typing import TYPE_CHECKING

# cryptography is imported in the functions: the desktop app loads it on the first export or
# import, not when the Đồng bộ page is built at login.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

SCHEME = "X25519-HKDF-SHA256-AES-256-GCM"
_INFO = b"kehoach-bundle-v1"


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """An Ed25519 signature of ``data``."""
    return key.sign(data)


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is ``public``'s signature of ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO + ephemeral + recipient).derive(shared)


def seal(data: bytes, recipient: bytes, aad: bytes) -> tuple[bytes, bytes, bytes]:
    """Encrypt ``data`` to the X25519 public key ``recipient``: (ephemeral public, nonce, ciphertext)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(12)
    return eph_public, nonce, AESGCM(_key(shared, eph_public, recipient)).encrypt(nonce, data, aad)


def unseal(private: X25519PrivateKey, ephemeral: bytes, nonce: bytes, sealed: bytes, aad: bytes) -> bytes | None:
    """The plaintext, or None when this key cannot open it or it was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    recipient = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        return AESGCM(_key(shared, ephemeral, recipient)).decrypt(nonce, sealed, aad)
    except (InvalidTag, ValueError):
        return None
