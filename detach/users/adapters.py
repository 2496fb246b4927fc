from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal.httpkit import clean_client_ip
from allauth.mfa.adapter import DefaultMFAAdapter
from django.contrib import messages
from django.core.exceptions import ImproperlyConfigured, PermissionDenied

from detach import fields

CONFIRMATION_SENT = "account/messages/email_confirmation_sent.txt"
# Tags that message, so the "check your email" page can take it back: the page says it already.
CONFIRMATION_SENT_TAG = "confirmation-sent"
# The address the last confirmation link went to, named on the "check your email" page.
VERIFICATION_SENT_TO = "verification_sent_to"


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request) -> str:
        """The person's address from the trusted proxy (ALLAUTH_TRUSTED_*, see settings), for
        rate limits and the sessions page. A request that did not come through the proxy (no
        such header, or fewer X-Forwarded-For hops than proxies) is counted under the address
        that connected, instead of a 403 or a 500."""
        try:
            return super().get_client_ip(request)
        except (ImproperlyConfigured, PermissionDenied):
            ip = clean_client_ip(request.META.get("REMOTE_ADDR", ""))
            if not ip:
                raise PermissionDenied("Unable to determine client IP address") from None
            return ip

    def add_message(
        self,
        request,
        level,
        message_template=None,
        message_context=None,
        extra_tags="",
        message=None,
    ):
        if message_template == CONFIRMATION_SENT:
            # Also when the address already has an account (allauth then sends a different
            # email, and says the same thing, so nobody learns who has an account here).
            request.session[VERIFICATION_SENT_TO] = (message_context or {}).get("email", "")
            extra_tags = f"{extra_tags} {CONFIRMATION_SENT_TAG}".strip()
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    def respond_email_verification_sent(self, request, user):
        """On the way to the "check your email" page, which names the address and what to do
        if nothing arrives, the banner saying the same is taken back (other messages stay)."""
        kept = [
            m for m in messages.get_messages(request) if CONFIRMATION_SENT_TAG not in m.extra_tags
        ]
        for message in kept:
            messages.add_message(request, message.level, message.message, message.extra_tags)
        return super().respond_email_verification_sent(request, user)


class MFAAdapter(DefaultMFAAdapter):
    """Two-factor secrets are encrypted with the field key, like everything a person owns."""

    def encrypt(self, text: str) -> str:
        return fields.encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return fields.decrypt(encrypted_text)
