"""Links to a person's objects are reversed once per URL name, and must equal ``reverse``."""

from uuid import uuid4

import pytest
from django.apps import apps
from django.test import override_settings
from django.urls import reverse, set_script_prefix

from detach.ownership import OwnedModel, uuid_url


def test_uuid_urls_match_reverse_for_every_uuid():
    for url_name in ("journal:detail", "quiz:result", "practices:activity_delete"):
        for uuid in (uuid4(), uuid4()):
            assert uuid_url(url_name, uuid) == reverse(url_name, kwargs={"uuid": uuid})


def test_uuid_urls_follow_the_script_prefix_like_reverse():
    uuid = uuid4()
    try:
        set_script_prefix("/detach/")
        assert uuid_url("journal:detail", uuid) == reverse("journal:detail", kwargs={"uuid": uuid})
        assert uuid_url("journal:detail", uuid).startswith("/detach/journal/")
    finally:
        set_script_prefix("/")


@override_settings(ROOT_URLCONF="detach.urls")
@pytest.mark.parametrize(
    "model",
    [m for m in apps.get_models() if issubclass(m, OwnedModel) and m.detail_url_name],
    ids=lambda m: m._meta.label,
)
def test_every_owned_model_with_a_page_links_to_it_as_reverse_does(model):
    obj = model(uuid=uuid4())
    assert obj.get_absolute_url() == reverse(model.detail_url_name, kwargs={"uuid": obj.uuid})


def test_the_pages_of_entries_results_checks_and_maps_are_their_absolute_urls():
    named = {
        m._meta.label for m in apps.get_models() if issubclass(m, OwnedModel) and m.detail_url_name
    }
    assert {
        "journal.Entry",
        "quiz.Attempt",
        "practices.ExpectationCheck",
        "practices.FulfillmentMap",
        "people.Person",
    } <= named
