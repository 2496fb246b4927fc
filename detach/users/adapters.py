from allauth.mfa.adapter import DefaultMFAAdapter

from detach import fields


class MFAAdapter(DefaultMFAAdapter):
    """Two-factor secrets are encrypted with the field key, like everything a person owns."""

    def encrypt(self, text: str) -> str:
        return fields.encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return fields.decrypt(encrypted_text)
