"""Clear requests: built step by step, shown whole, rehearsed, edited and deleted; started from an
expectation check or a line; offered the safety check where contact is limited."""

import io
import random
import re
import zipfile
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse

from detach.people.models import Person
from detach.people.sections import delete_person, linked_records, person_sections
from detach.users.export import build_export_zip
from detach.users.services import account_delete
from practices.dearman import demo
from practices.dearman.export import export_files
from practices.dearman.models import PART_MAX_LENGTH, ClearRequest
from tests.dearman.factories import ClearRequestFactory
from tests.html import page_text
from tests.lines.factories import LineFactory
from tests.people.factories import PersonFactory
from tests.practices.factories import ExpectationCheckFactory

pytestmark = pytest.mark.django_db


def safety_offered(html: str) -> bool:
    """The offer is on the page and not hidden (the builder keeps a hidden copy that its
    stylesheet shows as soon as someone with limited contact is chosen)."""
    shown = re.sub(r'<div class="dearman-safety" hidden>.*?</div>', "", html, flags=re.DOTALL)
    return "a short, private safety check" in page_text(shown)


def filled(**changes) -> dict:
    data = {
        "person": "",
        "describe": "You called three times during dinner.",
        "express": "I felt cornered.",
        "ask": "Please call once, and I will call back.",
        "reinforce": "Then I can really listen.",
        "hold_to": "One call, and I call back.",
        "negotiate": "A set time on Sundays.",
    }
    return {**data, **changes}


def test_building_a_request_saves_it_encrypted_and_shows_it_whole(owner, owner_client):
    person = PersonFactory(user=owner, name="Mum", contact=Person.Contact.CLOSE)
    response = owner_client.post(reverse("dearman:new"), filled(person=person.pk))
    clear_request = ClearRequest.objects.get()
    assert response["Location"] == clear_request.get_absolute_url()
    assert clear_request.user == owner and clear_request.person == person
    with connection.cursor() as cursor:
        cursor.execute("SELECT ask FROM dearman_clearrequest")
        (stored,) = cursor.fetchone()
    assert stored.startswith("enc1:") and "call once" not in stored
    text = page_text(owner_client.get(clear_request.get_absolute_url()).content.decode())
    assert (
        "You called three times during dinner. I felt cornered. Please call once, and I will "
        "call back. Then I can really listen."
    ) in text
    assert "Rehearse it" in text


def test_the_assembled_request_reads_in_order_and_leaves_out_empty_parts():
    clear_request = ClearRequest(describe=" It happened. ", express="", ask="Please stop.")
    assert clear_request.assembled == "It happened. Please stop."
    clear_request.reinforce = "It helps."
    clear_request.express = "I mind."
    assert clear_request.assembled == "It happened. I mind. Please stop. It helps."


def test_rehearsing_shows_it_large_with_the_three_reminders(owner, owner_client):
    clear_request = ClearRequestFactory(user=owner, hold_to="One call.", negotiate="")
    text = page_text(owner_client.get(clear_request.url_rehearse).content.decode())
    assert clear_request.assembled in text
    assert "Stay on course." in text and "One call." in text
    assert "Stay steady." in text
    assert "Be ready to meet halfway." in text


def test_the_builder_is_one_page_with_every_step(owner_client):
    text = page_text(owner_client.get(reverse("dearman:new")).content.decode())
    for step in ("Describe", "Express", "Ask", "Say why it helps", "Stay on course"):
        assert step in text
    assert "Stay steady" in text and "Be ready to meet halfway" in text
    assert "DEAR MAN" in text


def test_missing_parts_are_marked_next_to_the_field_and_nothing_is_lost(owner_client):
    response = owner_client.post(reverse("dearman:new"), filled(describe="", ask=""), follow=True)
    text = page_text(response.content.decode())
    assert response.status_code == 200
    assert "Please write what happened, in a few plain words." in text
    assert "Please write what you are asking for" in text
    assert "Nothing you wrote is lost" in text
    assert "I felt cornered." in text and "A set time on Sundays." in text
    assert not ClearRequest.objects.exists()


def test_a_part_too_long_is_refused_with_the_limit_on_the_box(owner_client):
    response = owner_client.post(
        reverse("dearman:new"), filled(express="x" * (PART_MAX_LENGTH + 1)), follow=True
    )
    html = response.content.decode()
    assert f"keep this part to {PART_MAX_LENGTH} characters" in page_text(html)
    assert f'maxlength="{PART_MAX_LENGTH}"' in html
    assert not ClearRequest.objects.exists()


def test_choosing_someone_with_no_contact_is_declined_kindly(owner, owner_client):
    person = PersonFactory(user=owner, name="Sam", contact=Person.Contact.NO_CONTACT)
    response = owner_client.post(reverse("dearman:new"), filled(person=person.pk), follow=True)
    text = page_text(response.content.decode())
    assert "You chose no contact with Sam" in text
    assert "deserves protecting" in text
    assert "Please call once" in text
    assert not ClearRequest.objects.exists()


def test_the_builder_offers_the_safety_check_for_someone_with_limited_contact(owner, owner_client):
    limited = PersonFactory(user=owner, contact=Person.Contact.LIMITED)
    close = PersonFactory(user=owner, contact=Person.Contact.CLOSE)
    new = reverse("dearman:new")
    assert safety_offered(owner_client.get(f"{new}?person={limited.uuid}").content.decode())
    assert not safety_offered(owner_client.get(f"{new}?person={close.uuid}").content.decode())
    assert not safety_offered(owner_client.get(new).content.decode())
    # After a post that needs another look, the chosen person still decides.
    posted = owner_client.post(new, filled(person=limited.pk, ask=""), follow=True)
    assert safety_offered(posted.content.decode())
    saved = ClearRequestFactory(user=owner, person=limited)
    assert safety_offered(owner_client.get(saved.get_absolute_url()).content.decode())
    edit = reverse("dearman:edit", kwargs={"uuid": saved.uuid})
    assert safety_offered(owner_client.get(edit).content.decode())


def test_each_person_option_carries_their_contact_mode_for_the_stylesheet(owner, owner_client):
    limited = PersonFactory(user=owner, contact=Person.Contact.LIMITED)
    html = owner_client.get(reverse("dearman:new")).content.decode()
    assert f'<option value="{limited.pk}" data-contact="limited">' in html
    assert '<div class="dearman-safety" hidden>' in html


def test_editing_changes_the_request(owner, owner_client):
    clear_request = ClearRequestFactory(user=owner)
    url = reverse("dearman:edit", kwargs={"uuid": clear_request.uuid})
    assert "Please call once" in page_text(owner_client.get(url).content.decode())
    response = owner_client.post(url, filled(ask="Please text before you visit."))
    clear_request.refresh_from_db()
    assert response.status_code == 302
    assert clear_request.ask == "Please text before you visit."


def test_deleting_asks_first_then_deletes(owner, owner_client):
    clear_request = ClearRequestFactory(user=owner)
    url = reverse("dearman:delete", kwargs={"uuid": clear_request.uuid})
    assert "Delete this request?" in page_text(owner_client.get(url).content.decode())
    assert ClearRequest.objects.exists()
    assert owner_client.post(url)["Location"] == reverse("dearman:list")
    assert not ClearRequest.objects.exists()


@pytest.mark.parametrize("action", ["detail", "rehearse", "edit", "delete"])
def test_another_person_gets_404_on_my_request(owner, stranger_client, action):
    clear_request = ClearRequestFactory(user=owner)
    url = reverse(f"dearman:{action}", kwargs={"uuid": clear_request.uuid})
    assert stranger_client.get(url).status_code == 404
    if action in ("edit", "delete"):
        assert stranger_client.post(url, filled(ask="Mine now")).status_code == 404
    clear_request.refresh_from_db()
    assert clear_request.ask != "Mine now"


# Starting points: an expectation check, a line, a person.


def test_starting_from_an_expectation_check_puts_its_kinder_wording_in_the_ask(owner, owner_client):
    check = ExpectationCheckFactory(user=owner, reframe="I would like a reply when you can.")
    response = owner_client.get(reverse("dearman:new") + f"?from_check={check.uuid}")
    form = response.context["form"]
    assert form.initial["ask"] == "I would like a reply when you can."
    text = page_text(response.content.decode())
    assert "Starting from your expectation check" in text
    assert check.expectation in text


def test_an_expectation_checks_page_links_to_turning_it_into_a_request(owner, owner_client):
    check = ExpectationCheckFactory(user=owner)
    html = owner_client.get(check.get_absolute_url()).content.decode()
    assert f'href="{reverse("dearman:new")}?from_check={check.uuid}"' in html
    assert "Turn this into a request" in page_text(html)


def test_starting_from_a_line_puts_it_in_the_ask_and_chooses_its_person(owner, owner_client):
    person = PersonFactory(user=owner, contact=Person.Contact.LIMITED)
    line = LineFactory(user=owner, person=person, text="Only by email, on Sundays.")
    response = owner_client.get(reverse("dearman:new") + f"?from_line={line.uuid}")
    form = response.context["form"]
    assert form.initial["ask"] == "Only by email, on Sundays."
    assert form.initial["person"] == person
    assert "Starting from your line" in page_text(response.content.decode())


@pytest.mark.parametrize("param", ["from_check", "from_line", "person"])
def test_a_strangers_check_line_or_person_is_a_404(owner_client, stranger, param):
    theirs = {
        "from_check": lambda: ExpectationCheckFactory(user=stranger),
        "from_line": lambda: LineFactory(user=stranger),
        "person": lambda: PersonFactory(user=stranger),
    }[param]()
    response = owner_client.get(reverse("dearman:new") + f"?{param}={theirs.uuid}")
    assert response.status_code == 404


def test_a_strangers_person_cannot_be_posted(owner_client, stranger):
    theirs = PersonFactory(user=stranger, contact=Person.Contact.CLOSE)
    response = owner_client.post(reverse("dearman:new"), filled(person=theirs.pk), follow=True)
    assert response.status_code == 200
    assert not ClearRequest.objects.exists()


# The list, the overview, the person's page, export, deletion, demo.


def test_the_list_keeps_to_its_query_budget(owner, owner_client, django_assert_max_num_queries):
    people = [PersonFactory(user=owner, name=f"P{n}", contact="close") for n in range(3)]
    for n in range(35):
        ClearRequestFactory(user=owner, person=people[n % 3])
    # session, user, the requests with their people (one join).
    with django_assert_max_num_queries(3):
        response = owner_client.get(reverse("dearman:list"))
    assert page_text(response.content.decode()).count("To P1") >= 11


def test_only_my_requests_are_listed(owner, owner_client, stranger):
    ClearRequestFactory(user=stranger, ask="Someone else's ask.")
    ClearRequestFactory(user=owner, ask="My own ask.")
    text = page_text(owner_client.get(reverse("dearman:list")).content.decode())
    assert "My own ask." in text and "Someone else" not in text


def test_the_practices_overview_links_to_the_requests(owner_client):
    html = owner_client.get(reverse("practices:index")).content.decode()
    assert f'href="{reverse("dearman:list")}"' in html
    assert "Say it clearly" in page_text(html)


def test_the_persons_page_lists_requests_for_them(owner, owner_client):
    person = PersonFactory(user=owner, name="Mum", contact=Person.Contact.CLOSE)
    ClearRequestFactory(user=owner, person=person, ask="Please ring before visiting.")
    ClearRequestFactory(user=owner, ask="To nobody.")
    html = owner_client.get(person.get_absolute_url()).content.decode()
    text = page_text(html)
    assert "Clear requests" in text
    assert "Please ring before visiting." in text and "To nobody." not in text
    assert f"{reverse('dearman:new')}?person={person.uuid}" in html
    assert [(r.label, r.count) for r in linked_records(person) if "request" in r.label] == [
        ("1 clear request for them", 1)
    ]


def test_no_request_is_suggested_for_someone_with_no_contact(owner):
    person = PersonFactory(user=owner, contact=Person.Contact.NO_CONTACT)
    assert not [s for s in person_sections(person) if s.template.startswith("dearman/")]


def test_forgetting_a_person_keeps_or_deletes_their_requests(owner):
    kept, gone = PersonFactory(user=owner), PersonFactory(user=owner)
    for_kept = ClearRequestFactory(user=owner, person=kept)
    ClearRequestFactory(user=owner, person=gone)
    delete_person(kept, delete_linked=False)
    for_kept.refresh_from_db()
    assert for_kept.person is None
    delete_person(gone, delete_linked=True)
    assert list(ClearRequest.objects.all()) == [for_kept]


def test_the_export_has_the_requests_as_markdown(owner, stranger):
    person = PersonFactory(user=owner, name="Mum")
    ClearRequestFactory(user=owner, person=person, hold_to="One call.")
    ClearRequestFactory(user=stranger, ask="Not mine.")
    files = export_files(owner)
    text = files["clear-requests.md"]
    assert "## To Mum" in text
    assert "Please call once, and I will call back." in text
    assert "**The line I come back to:** One call." in text
    assert "Not mine." not in text
    assert export_files(stranger) and not export_files(PersonFactory().user)


def test_the_account_export_holds_the_requests_in_markdown_and_json(owner):
    ClearRequestFactory(user=owner, ask="Words for the archive.")
    archive = zipfile.ZipFile(io.BytesIO(build_export_zip(owner)))
    assert "Words for the archive." in archive.read("detach/clear-requests.md").decode()
    assert "Words for the archive." in archive.read("detach/everything.json").decode()


def test_deleting_the_account_deletes_the_requests(owner, stranger):
    ClearRequestFactory(user=owner)
    theirs = ClearRequestFactory(user=stranger)
    account_delete(user=owner)
    assert list(ClearRequest.objects.all()) == [theirs]


def test_the_demo_seeds_requests_only_for_people_in_contact(owner):
    people = [
        PersonFactory(user=owner, contact=Person.Contact.NO_CONTACT),
        PersonFactory(user=owner, contact=Person.Contact.CLOSE),
    ]
    first = owner.local_today() - timedelta(days=5 * 365)
    what, count = demo.seed(owner, first=first, days=5 * 365, rng=random.Random(1), people=people)
    assert count == ClearRequest.objects.for_user(owner).count() >= 10
    assert not ClearRequest.objects.filter(person=people[0]).exists()
