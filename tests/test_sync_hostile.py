"""Hostile and damaged bundle files: each refused with its reason, the database byte-identical."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kehoach_desktop.sync import container, manifest
from kehoach_desktop.sync.errors import BundleRefused
from kehoach_desktop.sync.importer import import_bundle
from kehoach_desktop.sync.keys import b64, fingerprint
from sync_support import PC, make_pc, trust_all


@pytest.fixture
def pair(tmp_path: Path) -> tuple[PC, PC]:
    """A with the demo commune and figures, B trusting A and holding A's first bundle."""
    from kehoach_desktop.demo import install_demo

    a, b = make_pc(tmp_path, "A"), make_pc(tmp_path, "B")
    install_demo(a.db)
    trust_all(a, b)
    assert b.take(a.export(b)) == "imported"
    return a, b


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _write(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def _resign(entries: dict[str, bytes], edit: Callable[[dict], None], key: Ed25519PrivateKey) -> dict[str, bytes]:
    raw = json.loads(entries[container.MANIFEST])
    edit(raw)
    data = manifest.encode(raw)
    return {**entries, container.MANIFEST: data, container.SIGNATURE: key.sign(data)}


def _a_key(a: PC) -> Ed25519PrivateKey:
    from kehoach_desktop.sync.keys import local_keys

    return local_keys(a.db.installation_id).sign


def _snapshot(pc: PC) -> bytes:
    """The SQLite file's bytes with everything committed checkpointed into it."""
    path = Path(pc.db.url.database)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


def _tampered_payload(a: PC, b: PC, tmp: Path) -> Path:
    entries = _entries(a.export(b, full=True))
    entries[container.PAYLOAD] = entries[container.PAYLOAD].replace(b'"2026"', b'"2027"', 1).replace(b',"7",', b',"8",', 1)
    return _write(tmp / "payload.kehoach", entries)


def _tampered_manifest(a: PC, b: PC, tmp: Path) -> Path:
    entries = _entries(a.export(b, full=True))
    entries[container.MANIFEST] = entries[container.MANIFEST].replace(b'"full":true', b'"full":false')
    return _write(tmp / "manifest.kehoach", entries)


def _wrong_signature(a: PC, b: PC, tmp: Path) -> Path:
    entries = _entries(a.export(b, full=True))
    entries[container.SIGNATURE] = Ed25519PrivateKey.generate().sign(entries[container.MANIFEST])
    return _write(tmp / "signature.kehoach", entries)


def _forged_sender(a: PC, b: PC, tmp: Path) -> Path:
    """Signed with a stranger's key that claims to be A (the key differs from the trusted one)."""
    forger = Ed25519PrivateKey.generate()
    public = forger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def edit(raw: dict) -> None:
        raw["sender"]["sign_public"] = b64(public)
        raw["sender"]["fingerprint"] = fingerprint(public, b"\0" * 32)

    return _write(tmp / "forged.kehoach", _resign(_entries(a.export(b, full=True)), edit, forger))


def _unknown_key(a: PC, b: PC, tmp: Path) -> Path:
    stranger = make_pc(tmp, "X")
    from kehoach_desktop.demo import install_demo

    install_demo(stranger.db)
    return stranger.export()


def _truncated(a: PC, b: PC, tmp: Path) -> Path:
    data = a.export(b, full=True).read_bytes()
    (tmp / "cut.kehoach").write_bytes(data[: len(data) // 2])
    return tmp / "cut.kehoach"


def _zip_bomb(a: PC, b: PC, tmp: Path) -> Path:
    entries = _entries(a.export(b, full=True))
    entries[container.PAYLOAD] = b"0" * (40 * 1024 * 1024)
    return _write(tmp / "bomb.kehoach", entries)


def _path_traversal(a: PC, b: PC, tmp: Path) -> Path:
    entries = _entries(a.export(b, full=True))
    entries["../../Windows/evil.dll"] = b"MZ"
    del entries[container.SIGNATURE]
    return _write(tmp / "traversal.kehoach", entries)


def _huge_entry_count(a: PC, b: PC, tmp: Path) -> Path:
    path = tmp / "many.kehoach"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for i in range(3000):
            z.writestr(f"x{i}", b"")
    return path


def _future_version(a: PC, b: PC, tmp: Path) -> Path:
    entries = _resign(_entries(a.export(b, full=True)), lambda raw: raw.update(version="2.0"), _a_key(a))
    return _write(tmp / "future.kehoach", entries)


def _other_commune(a: PC, b: PC, tmp: Path) -> Path:
    other = make_pc(tmp, "Y")
    from kehoach_desktop.store.operations import init_commune

    with other.db.write() as session:
        init_commune(session, other.db.installation_id, "06999", "Xã Khác", None, "y")
    trust_all(other, b)
    return other.export(b)


def _not_a_zip(a: PC, b: PC, tmp: Path) -> Path:
    (tmp / "photo.kehoach").write_bytes(b"\xff\xd8\xff\xe0" + b"JFIF" * 5000)
    return tmp / "photo.kehoach"


def _sealed_bomb(a: PC, b: PC, tmp: Path) -> Path:
    """A trusted sender's encrypted payload that inflates a thousandfold (the zip's ratio check cannot
    see inside the ciphertext): 40 MB of JSON spaces from about 40 kB."""
    import zlib

    from kehoach_desktop.sync import crypto
    from kehoach_desktop.sync.export import own_public_key

    entries = _entries(a.export(b, full=True, encrypt=True))
    raw = json.loads(entries[container.MANIFEST])
    body = b'{"installations":[],"plans":[],"revisions":[],"month_events":[]' + b" " * (40 * 1024 * 1024) + b"}"
    eph, nonce, sealed = crypto.seal(zlib.compress(body, 9), own_public_key(b.db).box_public, raw["bundle_id"].encode("ascii"))
    raw["encryption"]["ephemeral_public"], raw["encryption"]["nonce"] = b64(eph), b64(nonce)
    raw["payload"] = {"name": container.SEALED, "sha256": manifest.digest(sealed), "size": len(sealed)}
    signed = manifest.encode(raw)
    return _write(tmp / "sealed-bomb.kehoach", {container.MANIFEST: signed, container.SIGNATURE: _a_key(a).sign(signed),
                                                container.SEALED: sealed})


HOSTILE = {
    "encrypted payload that inflates 1000x": (_sealed_bomb, "ratio"),
    "tampered payload": (_tampered_payload, "hash"),
    "tampered manifest": (_tampered_manifest, "signature"),
    "wrong signature": (_wrong_signature, "signature"),
    "forged sender key": (_forged_sender, "key_changed"),
    "unknown key": (_unknown_key, "unknown_key"),
    "truncated file": (_truncated, "damaged"),
    "zip bomb": (_zip_bomb, "ratio"),
    "path traversal": (_path_traversal, "names"),
    "huge entry count": (_huge_entry_count, "entries"),
    "future format version": (_future_version, "version"),
    "another commune": (_other_commune, "commune"),
    "not a bundle": (_not_a_zip, "damaged"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_is_refused_and_changes_nothing(case: str, pair: tuple[PC, PC], tmp_path: Path) -> None:
    a, b = pair
    make, reason = HOSTILE[case]
    a.set("1", "2026-03", "123")  # something new, so only the hostility can refuse the file
    path = make(a, b, tmp_path)
    before = _snapshot(b)
    with pytest.raises(BundleRefused) as refused:
        import_bundle(b.db, path, actor="b")
    assert refused.value.reason == reason, str(refused.value)
    assert len(str(refused.value)) > 30  # a sentence saying why, not a bare code
    assert _snapshot(b) == before


def test_replay_of_an_old_bundle_after_newer_data_changes_nothing(pair: tuple[PC, PC]) -> None:
    a, b = pair
    a.set("1", "2026-03", "5")
    old_unsent = a.export(b)
    a.set("1", "2026-03", "6")
    assert b.take(a.export(b)) == "imported"
    before = _snapshot(b)
    with pytest.raises(BundleRefused) as refused:
        import_bundle(b.db, old_unsent, actor="b")  # never imported, but everything in it is already here, and older
    assert refused.value.reason == "stale"
    first = next(iter(sorted(a.folder.glob("A-1.kehoach"))))
    assert b.take(first) == "duplicate"  # the very first bundle again: a no-op
    assert _snapshot(b) == before


def test_an_older_figure_never_replaces_a_newer_one(pair: tuple[PC, PC]) -> None:
    from sync_support import figures

    a, b = pair
    a.set("1", "2026-03", "5")
    old = a.export(b)
    a.set("1", "2026-03", "6")
    assert b.take(a.export(b)) == "imported"
    with pytest.raises(BundleRefused):
        import_bundle(b.db, old, actor="b")
    assert figures(a) == figures(b)


def test_any_flipped_byte_is_refused_or_harmless(pair: tuple[PC, PC], tmp_path: Path) -> None:
    """Damage anywhere in the file: a refusal with a reason, never an unexpected error."""
    from kehoach_desktop.sync.verify import open_bundle

    a, b = pair
    data = bytearray(a.export(b, full=True).read_bytes())
    for at in range(0, len(data), max(1, len(data) // 400)):
        damaged = bytearray(data)
        damaged[at] ^= 0xFF
        path = tmp_path / "flip.kehoach"
        path.write_bytes(bytes(damaged))
        try:
            open_bundle(path)
        except BundleRefused:
            continue


@pytest.mark.parametrize("text", ["0E-200000000", "0E+999999999", "1E+5", " 12 ", "1_000", "١٢", "12.", ".5", "+3", "1" * 31, "1" * 61, "NaN", "-0x1"])
def test_a_figure_is_a_plain_decimal_string(text: str) -> None:
    """Issue 17, defect 8: only a plain decimal string within the one set of bounds (domain.bounds) passes, at once."""
    from kehoach_desktop.sync.payload import parse

    body = {"installations": [{"id": "a", "name": ""}], "plans": [], "month_events": [],
            "revisions": [["u", 2026, 1, 0, 1, [[0, 1]], "2026-01-01T00:00:00+00:00", "x", text, "estimate", None, None, None, None]]}
    with pytest.raises(BundleRefused) as refused:
        parse(json.dumps(body).encode())
    message = str(refused.value)
    assert refused.value.reason == "payload" and ("số không hợp lệ" in message or "quá lớn" in message)


@pytest.mark.parametrize("text", ["1" * 16, "0." + "1" * 7, "1" * 30])
def test_figures_beyond_the_bounds_typing_has_are_refused(text: str) -> None:
    """What no PC could have typed (issue 16's bounds) is no figure in a bundle either."""
    from kehoach_desktop.sync.payload import parse

    body = {"installations": [{"id": "a", "name": ""}], "plans": [], "month_events": [],
            "revisions": [["u", 2026, 1, 0, 1, [[0, 1]], "2026-01-01T00:00:00+00:00", "x", text, "estimate", None, None, None, None]]}
    with pytest.raises(BundleRefused) as refused:
        parse(json.dumps(body).encode())
    assert refused.value.reason == "payload" and "tối đa" in str(refused.value)


@pytest.mark.parametrize("text", ["0", "-12.5", "1" * 15, "0." + "1" * 6, "-999999999999999.999999", "7000"])
def test_plain_decimals_pass(text: str) -> None:
    from decimal import Decimal

    from kehoach_desktop.sync.payload import parse

    body = {"installations": [{"id": "a", "name": ""}], "plans": [], "month_events": [],
            "revisions": [["u", 2026, 1, 0, 1, [[0, 1]], "2026-01-01T00:00:00+00:00", "x", text, "estimate", None, None, None, None]]}
    assert parse(json.dumps(body).encode()).revisions[0].new_value == Decimal(text)


def test_row_and_byte_limits_refuse_before_the_work(pair: tuple[PC, PC], monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 17, defect 10: what a trusted sender can make this PC spend is bounded (rows and bytes)."""
    from kehoach_desktop.sync import payload as payload_module

    body = {"installations": [{"id": "a", "name": ""}], "plans": [], "month_events": [], "revisions": [[]] * 200_001}
    with pytest.raises(BundleRefused) as refused:
        payload_module.parse(json.dumps(body).encode())
    assert "200001 lần sửa số liệu, quá giới hạn 200000" in str(refused.value)
    a, b = pair
    a.set("1", "2026-03", "9")
    bundle = a.export(b)
    before = _snapshot(b)
    monkeypatch.setattr(payload_module, "MAX_BYTES", 100)
    with pytest.raises(BundleRefused) as refused:
        import_bundle(b.db, bundle, actor="b")
    assert refused.value.reason == "size" and _snapshot(b) == before
