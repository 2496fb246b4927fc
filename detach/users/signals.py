from allauth.account.adapter import get_adapter
from allauth.account.signals import authentication_step_completed
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.dispatch import receiver


@receiver(authentication_step_completed)
def say_nothing_was_done_yet(sender, request, reauthenticated=False, **kwargs) -> None:
    """Back on the page they came from after confirming their password (or a code), a person
    is told that nothing was done yet: they do what they meant to themselves (see
    ``ReauthenticateOnOwnPageMiddleware``)."""
    if not reauthenticated:
        return
    if request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME):
        get_adapter(request).add_message(
            request, messages.INFO, "account/messages/reauthenticated.txt"
        )
