import re
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from practices.models import (
    Activity,
    BreathingSession,
    ExpectationCheck,
    FulfillmentMap,
    NotingPractice,
    PatternNotice,
)
from tests.practices.factories import (
    ActivityFactory,
    BreathingSessionFactory,
    ExpectationCheckFactory,
    FulfillmentMapFactory,
    NotingPracticeFactory,
    PatternNoticeFactory,
)

pytestmark = pytest.mark.django_db

# Every practice URL that names an object, with the factory that makes one and a POST that
# would change it if the view let a stranger through.
OBJECT_URLS = [
    ("practices:check_detail", ExpectationCheckFactory, {}),
    (
        "practices:check_edit",
        ExpectationCheckFactory,
        {
            "expectation": "hijacked",
            "realism": "1",
            "control": "no",
            "reframe": "x",
            "self_offer": "x",
        },
    ),
    ("practices:check_revisit", ExpectationCheckFactory, {"outcome": "hijacked"}),
    ("practices:check_delete", ExpectationCheckFactory, {}),
    ("practices:map_detail", FulfillmentMapFactory, None),  # a page to read: GET only
    ("practices:map_delete", FulfillmentMapFactory, {}),
    ("practices:activity_edit", ActivityFactory, {"title": "hijacked", "planned_for": ""}),
    ("practices:activity_done", ActivityFactory, {"done_on": "2020-01-01", "enjoyment": "1"}),
    ("practices:activity_delete", ActivityFactory, {}),
    ("practices:session_delete", BreathingSessionFactory, {}),
    ("practices:noting_delete", NotingPracticeFactory, {}),
    ("practices:notice_detail", PatternNoticeFactory, {"looking_back": "hijacked"}),
    ("practices:notice_delete", PatternNoticeFactory, {}),
]


def snapshot(obj) -> dict:
    obj = type(obj).objects.get(pk=obj.pk)
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


@pytest.mark.parametrize(("name", "factory", "data"), OBJECT_URLS, ids=[u[0] for u in OBJECT_URLS])
def test_another_person_gets_404_on_my_practice_and_it_stays_unchanged(
    stranger_client, owner, name, factory, data
):
    obj = factory(user=owner)
    before = snapshot(obj)
    url = reverse(name, args=[obj.uuid])
    assert stranger_client.get(url).status_code == 404
    if data is None:
        # A read-only page refuses POST before any lookup, for a made-up uuid just the same.
        made_up = reverse(name, args=[uuid.uuid4()])
        assert stranger_client.post(url).status_code == 405
        assert stranger_client.post(made_up).status_code == 405
    else:
        assert stranger_client.post(url, data).status_code == 404
    assert snapshot(obj) == before


@pytest.mark.parametrize(("name", "factory", "data"), OBJECT_URLS, ids=[u[0] for u in OBJECT_URLS])
def test_the_owner_reaches_each_object_url(owner_client, owner, name, factory, data):
    obj = factory(user=owner)
    assert owner_client.get(reverse(name, args=[obj.uuid])).status_code == 200


def test_a_visitor_is_sent_to_sign_in_from_every_practice_page(client, owner):
    check = ExpectationCheckFactory(user=owner)
    for url in (
        reverse("practices:index"),
        reverse("practices:breathing"),
        reverse("practices:check_detail", args=[check.uuid]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_module_pages_never_show_another_persons_practice(owner_client, stranger):
    ExpectationCheckFactory(user=stranger, expectation="STRANGER-CHECK")
    ActivityFactory(user=stranger, title="STRANGER-ACTIVITY")
    NotingPracticeFactory(user=stranger, name="STRANGER-NOTING")
    BreathingSessionFactory(user=stranger)
    FulfillmentMapFactory(user=stranger)
    PatternNoticeFactory(user=stranger, moment="STRANGER-NOTICE")
    for name in ("index", "attachment", "expectations", "fulfillment", "mindfulness"):
        html = owner_client.get(reverse(f"practices:{name}")).content.decode()
        assert "STRANGER" not in html
        assert "Not started yet" in html or name != "index"
    assert (
        "Your breathing sessions will appear here"
        in owner_client.get(reverse("practices:mindfulness")).content.decode()
    )


def test_state_changes_need_a_post(owner_client, owner):
    check = ExpectationCheckFactory(user=owner)
    owner_client.get(reverse("practices:check_delete", args=[check.uuid]))
    assert ExpectationCheck.objects.filter(pk=check.pk).exists()
    assert owner_client.put(reverse("practices:breathing")).status_code == 405
    assert owner_client.post(reverse("practices:expectations")).status_code == 405


def test_every_free_text_field_is_encrypted():
    from detach.fields import EncryptedTextField

    expected = {
        ExpectationCheck: {"expectation", "concerns", "reframe", "self_offer", "outcome"},
        Activity: {"title", "note"},
        NotingPractice: {"noticed", "name", "letting_go"},
        PatternNotice: {"moment", "felt", "did", "next_time", "looking_back"},
    }
    for model, names in expected.items():
        text_fields = {
            f.name
            for f in model._meta.concrete_fields
            if f.get_internal_type() == "TextField" or isinstance(f, EncryptedTextField)
        }
        assert text_fields == names
        assert all(isinstance(model._meta.get_field(n), EncryptedTextField) for n in names)
    for model in (BreathingSession, FulfillmentMap):
        assert not any(isinstance(f, EncryptedTextField) for f in model._meta.concrete_fields)


def test_no_practice_model_is_in_the_admin():
    from django.contrib import admin

    assert not [m for m in admin.site._registry if m._meta.app_label == "practices"]


LESSONS = Path(settings.BASE_DIR) / "templates" / "practices" / "lessons"
FORBIDDEN = re.compile(r"\b(diagnos\w*|treat\w*|disorders?)\b", re.IGNORECASE)


@pytest.mark.parametrize("module", ["expectations", "fulfillment", "mindfulness"])
def test_each_lesson_is_at_least_300_words_with_headings_and_readable_in_two_minutes(
    owner_client, module
):
    source = (LESSONS / f"{module}.html").read_text()
    words = re.sub(r"<[^>]+>", " ", source).split()
    assert 300 <= len(words) <= 480  # about two minutes at an ordinary reading pace
    assert source.count("<h3>") >= 3
    assert not FORBIDDEN.search(source)
    html = owner_client.get(reverse(f"practices:{module}")).content.decode()
    assert source.strip() in html


PAGES = [
    "index",
    "attachment",
    "notice_new",
    "expectations",
    "check_new",
    "fulfillment",
    "map_new",
    "activity_new",
    "mindfulness",
    "breathing",
    "noting",
]


@pytest.mark.parametrize("name", PAGES)
def test_pages_keep_to_the_content_security_policy_and_the_heading_order(owner_client, name):
    html = owner_client.get(reverse(f"practices:{name}")).content.decode()
    assert "style=" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # no inline scripts
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers
    main = html[html.index("<main") : html.index("</main>")]
    assert not FORBIDDEN.search(re.sub(r"<[^>]+>", " ", main))
    levels = [int(n) for n in re.findall(r"<h([1-6])", html)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
