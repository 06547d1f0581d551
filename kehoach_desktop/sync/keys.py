"""This installation's key pairs and the public key files other installations trust.

Each installation signs with Ed25519 and receives encrypted bundles with X25519. The private
keys live in the user data folder (``keys/<installation id>.json``, readable by the owner only),
never in the database, which is copied and backed up more freely than the data folder.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..paths import data_dir
from ..safefile import write_atomic

if TYPE_CHECKING:  # cryptography (10 MB) loads when a key is first used, not with the page
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

log = logging.getLogger(__name__)

KEY_FILE_FORMAT = "kehoach-key"
KEY_FILE_VERSION = 1
MAX_KEY_FILE = 64 * 1024


def b64(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, what: str) -> bytes:
    """Bytes from base64 text; UserError naming ``what`` when it is not."""
    try:
        return base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError) as exc:
        raise UserError(f"{what} không phải dữ liệu base64 hợp lệ.", "key") from exc


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """A text to read aloud over the phone: 32 hex digits in eight groups of four."""
    digest = hashlib.sha256(b"kehoach-key-v1" + sign_public + box_public).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class PublicKey:
    """Another installation's public keys as they travel (key file, bundle manifest)."""

    installation_id: str
    name: str
    scope: str
    commune_code: str | None
    sign_public: bytes
    box_public: bytes

    @property
    def fingerprint(self) -> str:
        """What a person compares to trust this key."""
        return fingerprint(self.sign_public, self.box_public)

    def to_json(self) -> dict[str, object]:
        """The key as a JSON object (key file, manifest)."""
        return {
            "installation_id": self.installation_id, "name": self.name, "scope": self.scope,
            "commune_code": self.commune_code, "sign_public": b64(self.sign_public),
            "box_public": b64(self.box_public), "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_json(cls, data: object) -> PublicKey:
        """A key from its JSON object; UserError when anything is missing or malformed."""
        if not isinstance(data, dict):
            raise UserError("Khóa công khai không đúng định dạng.", "key")
        try:
            key = cls(
                installation_id=str(data["installation_id"]), name=str(data.get("name") or ""),
                scope=str(data.get("scope") or "commune"),
                commune_code=None if data.get("commune_code") is None else str(data["commune_code"]),
                sign_public=unb64(data["sign_public"], "Khóa ký"), box_public=unb64(data["box_public"], "Khóa mã hoá"),
            )
        except KeyError as exc:
            raise UserError(f"Khóa công khai thiếu trường {exc.args[0]}.", "key") from exc
        if len(key.sign_public) != 32 or len(key.box_public) != 32 or not 1 <= len(key.installation_id) <= 36:
            raise UserError("Khóa công khai không đúng độ dài: tệp khóa bị hỏng hoặc bị sửa.", "key")
        return key


@dataclass(frozen=True)
class KeyPair:
    """This installation's private keys."""

    installation_id: str
    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    def public(self, name: str, scope: str, commune_code: str | None) -> PublicKey:
        """The public half, named for others."""
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        return PublicKey(
            self.installation_id, name, scope, commune_code,
            self.sign.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            self.box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
        )


def _key_path(installation_id: str) -> Path:
    return data_dir() / "keys" / f"{installation_id}.json"


def local_keys(installation_id: str) -> KeyPair:
    """This installation's keys, made on first use and kept in the user data folder."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    path = _key_path(installation_id)
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return KeyPair(
                installation_id,
                Ed25519PrivateKey.from_private_bytes(base64.b64decode(data["sign"])),
                X25519PrivateKey.from_private_bytes(base64.b64decode(data["box"])),
            )
        except (OSError, ValueError, KeyError) as exc:
            raise UserError(
                f"Tệp khóa bí mật {path} bị hỏng ({exc}). Hãy khôi phục tệp này từ bản sao lưu; "
                "nếu không còn, xoá nó để tạo khóa mới rồi gửi khóa công khai mới cho các máy khác.",
                "key",
            ) from exc
    pair = KeyPair(installation_id, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    raw = {
        "installation_id": installation_id,
        "sign": b64(pair.sign.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())),
        "box": b64(pair.box.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(raw).encode("utf-8"))
    try:
        os.chmod(path, 0o600)
    except OSError:  # pragma: no cover - Windows keeps the user profile's own permissions
        pass
    log.info("made the key pair of installation %s in %s", installation_id, path)
    return pair


def write_key_file(key: PublicKey, path: Path) -> None:
    """Write a public key file (``.khoa``) for another installation to trust."""
    body = {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, **key.to_json()}
    write_atomic(path, json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8"))


def read_key_file(path: Path) -> PublicKey:
    """A public key from its file; UserError saying what is wrong with it."""
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise UserError(f"Tệp {path.name} quá lớn để là tệp khóa.", "key")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"Không đọc được tệp khóa {path}: {exc.strerror or exc}.", "key") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError(f"Tệp {path.name} không phải tệp khóa KếHoạch.", "key") from exc
    if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
        raise UserError(f"Tệp {path.name} không phải tệp khóa KếHoạch.", "key")
    if data.get("version") != KEY_FILE_VERSION:
        raise UserError(f"Tệp khóa {path.name} thuộc phiên bản {data.get('version')} mà chương trình này chưa đọc được: hãy cập nhật KếHoạch.", "key")
    key = PublicKey.from_json(data)
    if data.get("fingerprint") not in (None, key.fingerprint):
        raise UserError(f"Tệp khóa {path.name} bị sửa: dấu vân tay ghi trong tệp không khớp với khóa.", "key")
    return key
