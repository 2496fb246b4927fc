import base64

import pytest
from django.test import override_settings

from detach import fields
from detach.fields import DecryptionError, EncryptedTextField

KEY_A = base64.urlsafe_b64encode(b"a" * 32).decode()
KEY_B = base64.urlsafe_b64encode(b"b" * 32).decode()


@override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A])
def test_a_value_round_trips_and_is_not_stored_in_the_clear():
    stored = fields.encrypt("I miss them at night")
    assert "miss" not in stored
    assert stored.startswith("enc1:")
    assert fields.decrypt(stored) == "I miss them at night"


@override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A])
def test_the_same_text_encrypts_differently_each_time():
    assert fields.encrypt("same") != fields.encrypt("same")


@override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A])
def test_each_ciphertext_names_the_key_that_made_it():
    kid = fields.key_id(b"a" * 32)
    assert fields.encrypt("x").split(":")[1] == kid


def test_the_first_key_encrypts_and_every_key_decrypts():
    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A]):
        old = fields.encrypt("written long ago")
    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_B, KEY_A]):
        assert fields.decrypt(old) == "written long ago"
        new = fields.encrypt("written today")
        assert new.split(":")[1] == fields.key_id(b"b" * 32)
        assert fields.needs_rotation(old)
        assert not fields.needs_rotation(new)


def test_a_wrong_key_raises_instead_of_returning_ciphertext():
    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A]):
        stored = fields.encrypt("secret")
    with override_settings(FIELD_ENCRYPTION_KEYS=[KEY_B]), pytest.raises(DecryptionError):
        fields.decrypt(stored)


@override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A])
def test_tampered_ciphertext_raises():
    prefix, kid, payload = fields.encrypt("secret").split(":")
    blob = bytearray(base64.urlsafe_b64decode(payload))
    blob[-1] ^= 1
    tampered = f"{prefix}:{kid}:{base64.urlsafe_b64encode(bytes(blob)).decode()}"
    with pytest.raises(DecryptionError):
        fields.decrypt(tampered)


@override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A])
def test_plain_text_in_the_column_raises_rather_than_being_shown():
    with pytest.raises(DecryptionError):
        EncryptedTextField().from_db_value("plain words", None, None)


@override_settings(FIELD_ENCRYPTION_KEYS=[KEY_A])
def test_the_field_encrypts_on_the_way_in_and_decrypts_on_the_way_out():
    field = EncryptedTextField()
    stored = field.get_prep_value("hello")
    assert stored != "hello"
    assert field.from_db_value(stored, None, None) == "hello"
    assert field.get_prep_value(None) is None
    assert field.from_db_value(None, None, None) is None


@pytest.mark.parametrize("lookup", ["exact", "iexact", "contains", "icontains", "startswith", "in"])
def test_database_lookups_on_the_field_are_refused(lookup):
    with pytest.raises(TypeError, match="does not support"):
        EncryptedTextField().get_lookup(lookup)


def test_isnull_is_the_one_lookup_allowed():
    assert EncryptedTextField().get_lookup("isnull") is not None


@pytest.mark.parametrize("bad", ["not base64 !!", base64.urlsafe_b64encode(b"short").decode()])
def test_a_malformed_key_is_refused(bad):
    from django.core.exceptions import ImproperlyConfigured

    with override_settings(FIELD_ENCRYPTION_KEYS=[bad]), pytest.raises(ImproperlyConfigured):
        fields.encrypt("x")
