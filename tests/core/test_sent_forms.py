"""Issue 14, requirement 2: a form sent with a mistake is never answered from the POST.

Every form a person fills in answers a mistake with a 303 to a GET of the page that shows it
(post/redirect/get), so Back and reload never meet the browser's "Confirm Form Resubmission"
page; that GET shows the errors and everything typed, which waits for it encrypted in the
server-side session. The browser side is in tests/e2e/test_back_after_errors.py."""

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from detach import sent_forms
from detach.fields import decrypt
from tests.dearman.factories import ClearRequestFactory
from tests.html import page_text
from tests.journal.factories import EntryFactory
from tests.letters.factories import LetterFactory
from tests.lines.factories import LineFactory
from tests.people.factories import PersonFactory
from tests.practices.factories import (
    ActivityFactory,
    ExpectationCheckFactory,
    PatternNoticeFactory,
)
from tests.urges.factories import UrgeFactory

pytestmark = pytest.mark.django_db

SECRET = "Marigold and the long corridor"


def _url(name, factory=None):
    """(url name, factory of the object it needs or None) -> a function of the owner."""
    if factory is None:
        return lambda owner: reverse(name)
    return lambda owner: reverse(name, args=[factory(user=owner).uuid])


def _person_with_a_letter(user):
    """Someone with a letter about them: deleting them asks what to do with it."""
    person = PersonFactory(user=user)
    LetterFactory(user=user, person=person)
    return person


# Every form view of the app, with nothing filled in: each of them needs something.
FORM_PAGES = {
    "journal:new": _url("journal:new"),
    "journal:edit": _url("journal:edit", EntryFactory),
    "journal:check_in": _url("journal:check_in"),
    "people:index": _url("people:index"),
    "people:edit": _url("people:edit", PersonFactory),
    "people:delete": _url("people:delete", _person_with_a_letter),
    "practices:check_new": _url("practices:check_new"),
    "practices:check_detail": _url("practices:check_detail", ExpectationCheckFactory),
    "practices:check_edit": _url("practices:check_edit", ExpectationCheckFactory),
    "practices:check_revisit": _url("practices:check_revisit", ExpectationCheckFactory),
    "practices:map_new": _url("practices:map_new"),
    "practices:activity_new": _url("practices:activity_new"),
    "practices:activity_edit": _url("practices:activity_edit", ActivityFactory),
    "practices:activity_done": _url("practices:activity_done", ActivityFactory),
    "practices:breathing": _url("practices:breathing"),
    "practices:noting": _url("practices:noting"),
    "practices:notice_new": _url("practices:notice_new"),
    "practices:notice_detail": _url("practices:notice_detail", PatternNoticeFactory),
    "lines:new": _url("lines:new"),
    "lines:edit": _url("lines:edit", LineFactory),
    "dearman:new": _url("dearman:new"),
    "dearman:edit": _url("dearman:edit", ClearRequestFactory),
    "letters:new": _url("letters:new"),
    "letters:edit": _url("letters:edit", LetterFactory),
    "urges:ride": _url("urges:ride"),
    "urges:detail": _url("urges:detail", UrgeFactory),
    "users:settings": _url("users:settings"),
}


def sent_back(response, path):
    """The token of a 303 back to ``path``, or a failed assertion."""
    assert response.status_code == 303, response.status_code
    location = urlsplit(response["Location"])
    assert location.path == path
    (token,) = parse_qs(location.query)[sent_forms.QUERY_PARAM]
    return token


@pytest.mark.parametrize("name", FORM_PAGES)
def test_every_form_answers_a_mistake_with_a_redirect_to_the_page_showing_it(
    owner, owner_client, name
):
    url = FORM_PAGES[name](owner)
    response = owner_client.post(url, {})
    sent_back(response, urlsplit(url).path)
    page = owner_client.get(response["Location"])
    assert page.status_code == 200
    assert "is-invalid" in page.content.decode()


def test_the_page_comes_back_with_the_errors_and_every_word_typed(owner_client):
    response = owner_client.post(
        reverse("urges:ride"), {"kind": "own", "own_words": SECRET, "pause_minutes": "10"}
    )
    sent_back(response, reverse("urges:ride"))
    page = owner_client.get(response["Location"])
    html = page.content.decode()
    assert page.context["form"].errors["intensity_before"]
    assert SECRET in page_text(html)
    assert re.search(r'<input[^>]*name="kind" value="own"[^>]*checked', html)
    # Reloading the page shows it again: nothing is lost by a reload either.
    assert SECRET in page_text(owner_client.get(response["Location"]))


def test_the_address_carries_a_token_never_the_words(owner_client):
    response = owner_client.post(reverse("lines:new"), {"person": "x", "text": SECRET})
    assert "Marigold" not in response["Location"]


def test_what_waits_in_the_session_is_encrypted(owner_client):
    owner_client.post(reverse("urges:ride"), {"kind": "own", "own_words": SECRET})
    (stored,) = Session.objects.values_list("session_data", flat=True)
    decoded = Session.objects.get().get_decoded()
    (kept,) = decoded[sent_forms.SESSION_KEY].values()
    assert kept["data"].startswith("enc1:")
    assert "Marigold" not in str(decoded) and "Marigold" not in stored


def test_passwords_and_the_csrf_token_are_never_kept(owner_client):
    owner_client.post(
        reverse("users:settings"),
        {"timezone": "Nowhere/Atlantis", "password": "hunter2", "csrfmiddlewaretoken": "abc"},
    )
    decoded = Session.objects.get().get_decoded()
    (kept,) = decoded[sent_forms.SESSION_KEY].values()
    assert set(json.loads(decrypt(kept["data"]))) == {"timezone"}


def test_another_person_with_the_address_gets_a_blank_form(owner_client, stranger_client):
    response = owner_client.post(reverse("urges:ride"), {"kind": "own", "own_words": SECRET})
    page = stranger_client.get(response["Location"])
    assert page.status_code == 200
    assert SECRET not in page_text(page)
    assert "is-invalid" not in page.content.decode()


def test_the_token_of_one_page_does_not_fill_another(owner_client):
    response = owner_client.post(reverse("urges:ride"), {"kind": "own", "own_words": SECRET})
    token = sent_back(response, reverse("urges:ride"))
    page = owner_client.get(f"{reverse('letters:new')}?{sent_forms.QUERY_PARAM}={token}")
    assert SECRET not in page_text(page)


def test_an_unknown_token_is_a_blank_form_not_an_error(owner_client):
    page = owner_client.get(f"{reverse('urges:ride')}?{sent_forms.QUERY_PARAM}=nothing")
    assert page.status_code == 200
    assert "is-invalid" not in page.content.decode()


def test_saving_after_the_correction_drops_what_was_kept(owner_client):
    first = owner_client.post(reverse("lines:new"), {"person": "", "text": ""})
    corrected = owner_client.post(first["Location"], {"person": "", "text": SECRET})
    assert corrected.status_code == 302
    assert (
        sent_forms.SESSION_KEY not in owner_client.session
        or not owner_client.session[sent_forms.SESSION_KEY]
    )
    # Back onto the corrected page now shows a plain form.
    assert SECRET not in page_text(owner_client.get(first["Location"]))


def test_a_second_mistake_replaces_the_first_and_only_the_last_few_are_kept(owner_client):
    first = owner_client.post(reverse("lines:new"), {"person": "", "text": ""})
    again = owner_client.post(first["Location"], {"person": "", "text": "   "})
    assert len(owner_client.session[sent_forms.SESSION_KEY]) == 1
    assert again["Location"] != first["Location"]
    for _ in range(sent_forms.KEEP + 3):
        owner_client.post(reverse("letters:new"), {"body": ""})
    assert len(owner_client.session[sent_forms.SESSION_KEY]) == sent_forms.KEEP


def test_signing_out_forgets_what_was_kept(owner, owner_client):
    response = owner_client.post(reverse("urges:ride"), {"kind": "own", "own_words": SECRET})
    owner_client.post(reverse("account_logout"))
    client = Client()
    client.force_login(owner)
    assert SECRET not in page_text(client.get(response["Location"]))


def test_the_lines_check_in_comes_back_on_the_lines_page(owner_client):
    response = owner_client.post(reverse("lines:check_in"), {"kept": "yes", "note": "x" * 201})
    sent_back(response, reverse("lines:list"))
    html = owner_client.get(response["Location"]).content.decode()
    assert "x" * 201 in html and "is-invalid" in html
