"""CSRF on every POST, and no state change by GET, walked over every URL pattern."""

import uuid

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.security.test_isolation import REGISTRY, snapshot

# Mail clients' one-click unsubscribe (RFC 8058) POSTs without a cookie; a signed token
# authorises it instead.
CSRF_EXEMPT = {"users:unsubscribe"}
# Tables that legitimately change on any request: the session and the cache.
VOLATILE = {"sessions.session", "users.detach_cache", "usersessions.usersession"}


def all_routes():
    def walk(patterns, namespace=None):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                if str(entry.pattern).startswith("admin"):
                    continue
                yield from walk(entry.url_patterns, entry.namespace or namespace)
            elif isinstance(entry, URLPattern) and entry.name:
                yield f"{namespace}:{entry.name}" if namespace else entry.name, entry

    return sorted(walk(get_resolver().url_patterns), key=lambda item: item[0])


def url_for(name, pattern, owner) -> str | None:
    converters = pattern.pattern.converters
    if "uuid" in converters:
        factory, extra, _methods = REGISTRY[name]
        return reverse(name, kwargs={"uuid": factory(user=owner).uuid, **extra})
    # allauth's regex routes: any word fills a named group.
    kwargs = {key: "x" for key in pattern.pattern.regex.groupindex}
    for key, converter in converters.items():
        kind = type(converter).__name__
        kwargs[key] = {"IntConverter": 1, "UUIDConverter": uuid.uuid4()}.get(kind, "x")
    return reverse(name, kwargs=kwargs)


ROUTES = all_routes()


@pytest.mark.parametrize(("name", "pattern"), ROUTES, ids=[r[0] for r in ROUTES])
def test_every_post_needs_a_csrf_token(name, pattern, owner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    url = url_for(name, pattern, owner)
    status = client.post(url, {"body": "x"}).status_code
    if name in CSRF_EXEMPT:
        return
    assert status in (403, 405), f"POST {url} without a CSRF token answered {status}"


def row_counts() -> dict[str, int]:
    return {
        model._meta.label_lower: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.label_lower not in VOLATILE
    }


@pytest.mark.parametrize(("name", "pattern"), ROUTES, ids=[r[0] for r in ROUTES])
def test_a_get_changes_nothing(name, pattern, owner, owner_client):
    if name in ("account_logout",):
        return  # allauth's logout page only asks; signing out is its POST
    url = url_for(name, pattern, owner)
    objects = []
    if "uuid" in pattern.pattern.converters:
        model = REGISTRY[name][0]._meta.model
        objects = list(model._base_manager.all())
    before_rows, before_objects = row_counts(), [snapshot(o) for o in objects]
    owner_client.get(url)
    assert row_counts() == before_rows, f"GET {url} changed the database"
    assert [snapshot(o) for o in objects] == before_objects
