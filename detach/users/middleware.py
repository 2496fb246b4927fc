from allauth.account.adapter import get_adapter
from allauth.core.exceptions import ReauthenticationRequired
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponseRedirect
from django.utils.http import urlencode


class ReauthenticateOnOwnPageMiddleware:
    """After confirming their password, a person comes back to the page they were on, at its
    own address, and nothing has been done behind their back.

    allauth's own answer to a sensitive POST made when a fresh password is due is to keep the
    request and replay it inside the password page. The replayed page is then shown at
    ``/accounts/reauthenticate/``: its form posts to the password page and fails there ("this
    field is required"), and a download leaves the person looking at the password form. So for
    a signed-in person this sends them to the password page with only the page's address to come
    back to; they see that page again, at its own address, and do what they meant to knowingly.

    Listed after allauth's ``AccountMiddleware``, so it sees the exception first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not isinstance(exception, ReauthenticationRequired):
            return None
        if not request.user.is_authenticated:
            return None  # allauth sends them to sign in
        methods = get_adapter(request).get_reauthentication_methods(request.user)
        if not methods:
            return None  # allauth refuses (403): there is no way to confirm it is them
        back_to = request.get_full_path() if request.method == "GET" else request.path
        query = urlencode({REDIRECT_FIELD_NAME: back_to})
        return HttpResponseRedirect(f"{methods[0]['url']}?{query}")
