"""EncryptedTextField: AES-256-GCM for every free text a person writes.

Stored form: ``enc1:<key id>:<base64url(nonce + ciphertext + tag)>``. The key id is a short
fingerprint of the key, so any configured key can decrypt and rotation can find old values.
Keys come from ``FIELD_ENCRYPTION_KEY`` (comma-separated, base64, 32 bytes each; the first
encrypts, all decrypt), never from ``SECRET_KEY``.
"""

import base64
import binascii
import hashlib
import os
from functools import cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

PREFIX = "enc1"
NONCE_BYTES = 12
# Binds ciphertext to this use, so a value encrypted for something else cannot be swapped in.
ASSOCIATED_DATA = b"detach.EncryptedTextField.v1"


class DecryptionError(Exception):
    """Stored text could not be decrypted: tampered, truncated or made with an unknown key."""


def _decode_key(raw: str) -> bytes:
    padded = raw.strip() + "=" * (-len(raw.strip()) % 4)
    try:
        key = base64.urlsafe_b64decode(padded.replace("+", "-").replace("/", "_"))
    except (binascii.Error, ValueError) as exc:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEY holds a value that is not base64."
        ) from exc
    if len(key) != 32:
        raise ImproperlyConfigured("Each FIELD_ENCRYPTION_KEY must decode to exactly 32 bytes.")
    return key


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:8]


@cache
def _keyring(raw_keys: tuple[str, ...]) -> tuple[str, dict[str, AESGCM]]:
    if not raw_keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEY is not set.")
    keys = [_decode_key(raw) for raw in raw_keys]
    ring = {key_id(key): AESGCM(key) for key in keys}
    return key_id(keys[0]), ring


def keyring() -> tuple[str, dict[str, AESGCM]]:
    """(id of the key that encrypts, every key that decrypts), read from settings."""
    return _keyring(tuple(settings.FIELD_ENCRYPTION_KEYS))


@cache
def _raw_keys(raw_keys: tuple[str, ...]) -> tuple[bytes, ...]:
    if not raw_keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEY is not set.")
    return tuple(_decode_key(raw) for raw in raw_keys)


def derived_keys(info: bytes) -> list[bytes]:
    """A 32-byte key for ``info`` (a purpose label and, say, a person's uuid) derived with
    HKDF-SHA256 from each configured field key, the current first key first.

    Keys derived this way (blind-index keys) change when the field key rotates, so whatever
    they produced is rebuilt by ``rotate_field_key``; until then the older keys still answer."""
    return [
        HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)
        for key in _raw_keys(tuple(settings.FIELD_ENCRYPTION_KEYS))
    ]


def derived_key(purpose: bytes) -> bytes:
    """A key for one purpose (a keyed hash, never encryption), derived from the current field
    key: knowing it tells nothing about the field key or about any other purpose's key."""
    return derived_keys(b"detach.derived-key.v1:" + purpose)[0]


def generate_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


def encrypt(plaintext: str) -> str:
    primary_id, ring = keyring()
    nonce = os.urandom(NONCE_BYTES)
    sealed = ring[primary_id].encrypt(nonce, plaintext.encode("utf-8"), ASSOCIATED_DATA)
    return f"{PREFIX}:{primary_id}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"


def decrypt(stored: str) -> str:
    try:
        prefix, kid, payload = stored.split(":", 2)
    except ValueError as exc:
        raise DecryptionError("The stored value is not in the encrypted format.") from exc
    if prefix != PREFIX:
        raise DecryptionError("The stored value is not in the encrypted format.")
    _primary_id, ring = keyring()
    cipher = ring.get(kid)
    if cipher is None:
        raise DecryptionError(f"No configured key has the id {kid!r}.")
    try:
        blob = base64.urlsafe_b64decode(payload)
        plaintext = cipher.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], ASSOCIATED_DATA)
    except (binascii.Error, ValueError, InvalidTag) as exc:
        raise DecryptionError("The stored value was altered or is incomplete.") from exc
    return plaintext.decode("utf-8")


def needs_rotation(stored: str | None) -> bool:
    """True when a stored value was encrypted with a key other than the current first key."""
    if stored is None:
        return False
    primary_id, _ring = keyring()
    return not stored.startswith(f"{PREFIX}:{primary_id}:")


class EncryptedTextField(models.TextField):
    """A text field whose value is only ever ciphertext in the database.

    Lookups other than ``isnull`` are refused: comparing ciphertexts means nothing, and a
    plaintext index would defeat the purpose. Search decrypts a person's own rows in Python.
    """

    description = "Text encrypted with AES-256-GCM"

    def get_lookup(self, lookup_name):
        if lookup_name == "isnull":
            return super().get_lookup(lookup_name)
        raise TypeError(
            f"EncryptedTextField does not support the '{lookup_name}' lookup: the database "
            "holds only ciphertext."
        )

    def get_transform(self, lookup_name):
        raise TypeError("EncryptedTextField does not support transforms.")

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None:
            return None
        return encrypt(str(value))
