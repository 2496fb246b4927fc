"""Post/redirect/get after a form error, for every form a person fills in.

A page rendered straight from a POST cannot come back from history: signed-in pages are
``no-store``, so Back (or Forward) onto it shows the browser's "Confirm Form Resubmission" /
ERR_CACHE_MISS page instead of Detach. So a form sent with a mistake is not answered with the
form: what was sent is kept, encrypted like everything a person writes, in their server-side
session, and the browser is sent (303) to the same page with a one-off ``?sent=<token>``. That
GET binds the form to what was kept and shows it with its errors, so Back, Forward and reload
all land on a real page and nothing typed is lost. Only the token is in the address; the text
never is, and it never reaches the browser's storage.

What is kept for a page is dropped once that page's form is sent again and not answered with
errors (saved, or gone elsewhere), when the person signs out, and beyond the last few forms.
"""

import json
import secrets
from functools import wraps

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict

from detach.fields import DecryptionError, decrypt, encrypt

SESSION_KEY = "detach_sent_forms"
QUERY_PARAM = "sent"
# Forms kept at once: enough for two tabs and a detour, few enough that nothing lingers.
KEEP = 5
# Never kept: Django's own token, and anything a browser would only send to sign in.
NOT_KEPT = frozenset({"csrfmiddlewaretoken", "password", "password1", "password2"})


def see_other(url: str) -> HttpResponseRedirect:
    """Redirect after a POST with a 303, so the browser comes back with a GET."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _kept(request: HttpRequest) -> dict:
    return request.session.get(SESSION_KEY, {})


def come_back_with_errors(request: HttpRequest, page: str | None = None) -> HttpResponseRedirect:
    """Keep what was sent and send the browser, with a GET, to the page that shows the form:
    this address, or ``page`` for a form posted to an address of its own (its query is not
    carried over then)."""
    data = {key: request.POST.getlist(key) for key in request.POST if key not in NOT_KEPT}
    token = secrets.token_urlsafe(9)
    previous = request.GET.get(QUERY_PARAM)
    kept = {key: value for key, value in _kept(request).items() if key != previous}
    kept[token] = {"path": page or request.path, "data": encrypt(json.dumps(data))}
    # Dicts keep insertion order: the oldest forms go first.
    request.session[SESSION_KEY] = dict(list(kept.items())[-KEEP:])
    query = QueryDict(mutable=True) if page else request.GET.copy()
    query[QUERY_PARAM] = token
    return see_other(f"{page or request.path}?{query.urlencode()}")


def sent_data(request: HttpRequest) -> QueryDict | None:
    """What was sent to this page with a mistake, to show again with its errors; None when the
    address carries no token this session kept for this page."""
    if not hasattr(request, "_detach_sent_data"):
        request._detach_sent_data = _read(request)
    return request._detach_sent_data


def _read(request: HttpRequest) -> QueryDict | None:
    token = request.GET.get(QUERY_PARAM)
    # Without a token the session is not touched: a blank form costs nothing more.
    if request.method != "GET" or not token or not hasattr(request, "session"):
        return None
    entry = _kept(request).get(token)
    if entry is None or entry.get("path") != request.path:
        return None
    try:
        data = json.loads(decrypt(entry["data"]))
    except (DecryptionError, ValueError):
        return None  # kept under a key since retired: a blank form, never an error
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    return query


def forget(request: HttpRequest) -> None:
    token = request.GET.get(QUERY_PARAM)
    kept = _kept(request)
    if token in kept:
        request.session[SESSION_KEY] = {k: v for k, v in kept.items() if k != token}


def comes_back_after_errors(view):
    """For a form view whose POST is answered with a page (200) only to show its errors, and
    otherwise redirects: the error page becomes a redirect to a GET of the same page. htmx
    requests are left alone: a swapped fragment is not a page in the browser's history."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if request.method != "POST" or getattr(request, "htmx", False):
            return response
        if response.status_code == 200:
            return come_back_with_errors(request)
        forget(request)
        return response

    return wrapped
