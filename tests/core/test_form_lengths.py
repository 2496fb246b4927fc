"""Every free-text field has the same length limit on the server as in the browser.

The forms are found, not listed: every ``forms`` module (or package) of every project app, so an
app added later is covered the day it is installed."""

import importlib
import inspect
import pkgutil
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.urls import reverse

from tests.html import page_text

ROOT = Path(settings.BASE_DIR).resolve()
MAXLENGTH = re.compile(r'\smaxlength="(\d+)"')


def project_form_modules():
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if ROOT not in path.parents or ".venv" in path.parts or "site-packages" in path.parts:
            continue
        try:
            module = importlib.import_module(f"{config.name}.forms")
        except ModuleNotFoundError as missing:
            if missing.name == f"{config.name}.forms":
                continue
            raise
        yield module
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), f"{module.__name__}."):
            yield importlib.import_module(info.name)


def project_forms() -> list[type[forms.BaseForm]]:
    found = {}
    for module in project_form_modules():
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[name] for name in sorted(found)]


def text_fields(form_class):
    """Fields a person types free text into (hidden tokens and passwords aside)."""
    for name, field in form_class.base_fields.items():
        typed = isinstance(field, forms.CharField) and not isinstance(field, forms.UUIDField)
        secret = isinstance(field.widget, forms.PasswordInput)
        if typed and not secret and not field.widget.is_hidden:
            yield name, field


FORMS = project_forms()


def test_the_walk_finds_the_forms_of_every_project_app():
    modules = {cls.__module__.split(".forms")[0] for cls in FORMS}
    assert {"journal", "practices", "detach.safety", "detach.people", "detach.users"} <= modules
    assert any(name == "NotingForm" for name in (cls.__name__ for cls in FORMS))


@pytest.mark.parametrize("form_class", FORMS, ids=lambda cls: f"{cls.__module__}.{cls.__name__}")
def test_every_text_field_has_the_same_limit_on_the_server_as_in_the_browser(form_class):
    for name, field in text_fields(form_class):
        where = f"{form_class.__name__}.{name}"
        assert field.max_length, f"{where} has no max_length on the server"
        validated = [
            v.limit_value for v in field.validators if v.__class__.__name__ == "MaxLengthValidator"
        ]
        assert validated == [field.max_length], f"{where} does not check its length"
        rendered = MAXLENGTH.findall(field.widget.render(name, ""))
        assert rendered == [str(field.max_length)], f"{where} renders maxlength {rendered}"


# An over-long value for each create view: (url name, field, the other answers).
def _tomorrow(owner):
    return (owner.local_today() + timedelta(days=1)).isoformat()


CREATE_VIEWS = [
    ("journal:new", "title", lambda o: {"body": "A line.", "entry_date": o.local_today()}),
    ("journal:new", "new_tags", lambda o: {"body": "A line.", "entry_date": o.local_today()}),
    ("people:index", "name", lambda o: {"relationship": "ex_partner", "contact": "none"}),
    (
        "practices:check_new",
        "expectation",
        lambda o: {"realism": "2", "control": "no", "reframe": "I would like", "self_offer": "A"},
    ),
    (
        "practices:check_new",
        "concerns",
        lambda o: {
            "expectation": "E",
            "realism": "2",
            "control": "no",
            "reframe": "R",
            "self_offer": "S",
        },
    ),
    (
        "practices:noting",
        "name",
        lambda o: {"noticed": "N", "kind": "thought", "intensity_before": "5", "acceptance": "yes"},
    ),
    (
        "practices:noting",
        "noticed",
        lambda o: {"name": "n", "kind": "thought", "intensity_before": "5", "acceptance": "yes"},
    ),
    ("practices:activity_new", "title", lambda o: {"planned_for": _tomorrow(o)}),
    (
        "practices:notice_new",
        "moment",
        lambda o: {"pull": "cling", "did": "D", "practiced_on": o.local_today()},
    ),
]


def over_long(limit: int) -> str:
    """Longer than the limit, with accents and a right-to-left script in it."""
    words = "Ünïcode שלום مرحبا words "
    return (words * (limit // len(words) + 2))[: limit + 7].strip() + "z"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url_name", "field_name", "others"), CREATE_VIEWS, ids=[f"{u}-{f}" for u, f, _ in CREATE_VIEWS]
)
def test_an_over_long_answer_gets_a_message_next_to_it_and_stays_in_the_form(
    owner, owner_client, url_name, field_name, others
):
    page = owner_client.get(reverse(url_name))
    form = page.context["form"]
    limit = form.fields[field_name].max_length
    text = over_long(limit)
    assert len(text) > limit
    response = owner_client.post(
        reverse(url_name), {**others(owner), field_name: text}, follow=True
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == [field_name], form.errors
    html = response.content.decode()
    # The message sits with the field (crispy's feedback under it), and the words are all there.
    field_html = html[html.index(f'id="id_{field_name}"') - 300 :]
    assert "is-invalid" in field_html[:600]
    message = form.errors[field_name][0]
    assert f'id="error_1_id_{field_name}"' in html
    assert message in page_text(html)
    assert text in page_text(html) or text in html.replace("&#x27;", "'")


@pytest.mark.django_db
def test_a_megabyte_noting_name_is_refused_not_stored(owner, owner_client):
    from practices.models import NotingPractice

    response = owner_client.post(
        reverse("practices:noting"),
        {
            "noticed": "N",
            "kind": "thought",
            "name": "x" * 1_000_000,
            "intensity_before": "5",
            "acceptance": "yes",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert not NotingPractice.objects.exists()
    assert "80 characters or fewer" in page_text(response.content.decode())
