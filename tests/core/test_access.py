"""Every view needs a signed-in person unless it is on the explicit public list."""

import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

# Views a visitor may open. Anything else must send a visitor to the sign-in page.
PUBLIC_VIEWS = {
    "landing",
    "help",
    # read and print a blank safety plan, answer the relationship check: no account needed
    "safety:plan",
    "safety:check",
    "healthz",
    "web_manifest",  # browsers fetch it without the session cookie
    # allauth's own entrance pages
    "account_login",
    "account_signup",
    "account_logout",
    "account_reset_password",
    "account_reset_password_done",
    "account_reset_password_from_key",
    "account_reset_password_from_key_done",
    "account_confirm_email",
    "account_email_verification_sent",
    "account_inactive",
    "account_login_code_confirm",
    "account_confirm_login_code",
    "account_request_login_code",
    "account_reauthenticate",
    "account_verify_email",
    "account_confirm_password_reset_code",
    "account_request_password_reset_code",
    "mfa_authenticate",
    "mfa_reauthenticate",
    "mfa_trust",
    "users:unsubscribe",
}


def walk(patterns, prefix="", namespace=None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or namespace
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), ns)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield prefix + str(entry.pattern), name, entry


def example_path(route: str, pattern: URLPattern) -> str:
    """A concrete path for a route, filling each converter with a plausible value."""
    values = {
        "uuid": str(uuid.uuid4()),
        "int": "1",
        "str": "x",
        "slug": "x",
        "path": "x",
    }
    path = route
    for name, converter in pattern.pattern.converters.items():
        kind = type(converter).__name__.replace("Converter", "").lower()
        for token in (f"<{kind}:{name}>", f"<{name}>"):
            path = path.replace(token, values.get(kind, "x"))
    return "/" + path.lstrip("^").rstrip("$")


ROUTES = [
    (route, name, pattern)
    for route, name, pattern in walk(get_resolver().url_patterns)
    if "(?P" not in route and not route.startswith("admin/")
]


def test_the_walk_finds_the_app_routes():
    names = {name for _route, name, _pattern in ROUTES}
    assert {"landing", "help", "healthz", "today:home", "progress:home", "users:settings"} <= names


@pytest.mark.parametrize(("route", "name", "pattern"), ROUTES, ids=[r[0] for r in ROUTES])
def test_a_visitor_is_sent_to_sign_in_unless_the_view_is_public(client, db, route, name, pattern):
    public = name in PUBLIC_VIEWS or getattr(pattern.callback, "login_required", True) is False
    if name in PUBLIC_VIEWS:
        return
    assert not public, f"{route} ({name}) is public but not on the explicit public list"
    response = client.get(example_path(route, pattern))
    assert response.status_code == 302, f"{route} answered {response.status_code}"
    assert response["Location"].startswith("/accounts/login/")
