"""The people page: adding, reading, editing, isolation, privacy of the name, export, deletion
of the account."""

import io
import re
import uuid
import zipfile

import pytest
from django.db import connection
from django.urls import reverse

from detach.people.models import NAME_MAX_LENGTH, Person
from detach.users.export import build_export_zip
from detach.users.services import account_delete
from tests.html import page_text
from tests.people.factories import PersonFactory

pytestmark = pytest.mark.django_db

ADD = {"name": "Ana", "relationship": "parent", "contact": "close"}


def test_a_person_adds_someone_and_lands_on_their_page(owner, owner_client):
    response = owner_client.post(reverse("people:index"), ADD)
    person = Person.objects.for_user(owner).get()
    assert response.status_code == 302
    assert response["Location"] == person.get_absolute_url()
    assert (person.name, person.relationship, person.contact) == ("Ana", "parent", "close")
    assert "Ana" in page_text(owner_client.get(reverse("people:index")))


def test_the_name_is_required_and_the_other_answers_are_kept(owner, owner_client):
    response = owner_client.post(reverse("people:index"), {**ADD, "name": "   "}, follow=True)
    assert response.status_code == 200
    text = page_text(response)
    assert "Please write a name or a nickname" in text
    assert re.search(r'<input[^>]*value="parent"[^>]*checked', response.content.decode())
    assert not Person.objects.exists()


def test_a_name_too_long_is_refused_next_to_the_field_with_the_words_kept(owner_client):
    long_name = "N" * (NAME_MAX_LENGTH + 5)
    response = owner_client.post(reverse("people:index"), {**ADD, "name": long_name}, follow=True)
    html = response.content.decode()
    assert f"keep it to {NAME_MAX_LENGTH} characters" in page_text(response)
    assert f'value="{long_name}"' in html
    assert "Nothing you wrote is lost" in page_text(response)
    assert not Person.objects.exists()


def test_the_browser_is_given_the_same_maximum_length(owner_client):
    html = owner_client.get(reverse("people:index")).content.decode()
    field = re.search(r'<input[^>]*name="name"[^>]*>', html).group(0)
    assert f'maxlength="{NAME_MAX_LENGTH}"' in field
    assert 'dir="auto"' in field


def test_relationship_and_contact_must_be_among_the_choices(owner_client):
    response = owner_client.post(
        reverse("people:index"),
        {**ADD, "relationship": "boss", "contact": "sometimes"},
        follow=True,
    )
    assert response.status_code == 200
    assert not Person.objects.exists()


def test_the_name_is_encrypted_at_rest(owner):
    PersonFactory(user=owner, name="Rosalind Example")
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM people_person")
        (raw,) = cursor.fetchone()
    assert "Rosalind" not in raw
    assert raw.startswith("enc1:")


def test_the_name_stays_out_of_the_page_title_and_the_url(owner, owner_client):
    person = PersonFactory(user=owner, name="Rosalind")
    for url in (
        reverse("people:index"),
        person.get_absolute_url(),
        reverse("people:edit", args=[person.uuid]),
        reverse("people:delete", args=[person.uuid]),
    ):
        html = owner_client.get(url).content.decode()
        title = re.search(r"<title>(.*?)</title>", html, re.DOTALL).group(1)
        assert "Rosalind" not in title
        assert "Rosalind" not in url
    assert "Rosalind" in page_text(owner_client.get(person.get_absolute_url()))


def test_names_are_shown_in_their_own_direction(owner, owner_client):
    PersonFactory(user=owner, name="דנה")
    html = owner_client.get(reverse("people:index")).content.decode()
    assert re.search(r'dir="auto">דנה<', html)


def test_the_person_is_editable(owner, owner_client):
    person = PersonFactory(user=owner, contact=Person.Contact.CLOSE)
    url = reverse("people:edit", args=[person.uuid])
    assert 'value="Sam"' in owner_client.get(url).content.decode()
    response = owner_client.post(url, {"name": "S.", "relationship": "friend", "contact": "none"})
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.name, person.relationship, person.contact) == ("S.", "friend", "none")


def test_an_invalid_edit_changes_nothing(owner, owner_client):
    person = PersonFactory(user=owner)
    url = reverse("people:edit", args=[person.uuid])
    response = owner_client.post(
        url, {"name": "", "relationship": "friend", "contact": "none"}, follow=True
    )
    assert response.status_code == 200
    person.refresh_from_db()
    assert (person.name, person.relationship) == ("Sam", "ex_partner")


OBJECT_URLS = [
    ("people:detail", None),
    ("people:edit", {"name": "hijacked", "relationship": "friend", "contact": "none"}),
    ("people:delete", {"linked": "delete"}),
]


@pytest.mark.parametrize(("name", "data"), OBJECT_URLS, ids=[u[0] for u in OBJECT_URLS])
def test_another_person_gets_404_on_my_person_and_it_stays_unchanged(
    stranger_client, owner, name, data
):
    person = PersonFactory(user=owner, name="Mine")
    url = reverse(name, args=[person.uuid])
    assert stranger_client.get(url).status_code == 404
    if data is None:
        assert stranger_client.post(url).status_code == 405
        assert stranger_client.post(reverse(name, args=[uuid.uuid4()])).status_code == 405
    else:
        assert stranger_client.post(url, data).status_code == 404
    person.refresh_from_db()
    assert (person.name, person.relationship) == ("Mine", "ex_partner")


def test_the_list_shows_only_my_people(owner_client, stranger):
    PersonFactory(user=stranger, name="STRANGER-PERSON")
    text = page_text(owner_client.get(reverse("people:index")))
    assert "STRANGER" not in text
    assert "Nobody yet" in text


def test_the_list_costs_the_same_queries_for_thirty_people_as_for_one(
    owner, owner_client, django_assert_num_queries
):
    PersonFactory(user=owner)
    # Queries: session, user, the people.
    with django_assert_num_queries(3):
        owner_client.get(reverse("people:index"))
    PersonFactory.create_batch(29, user=owner)
    with django_assert_num_queries(3):
        response = owner_client.get(reverse("people:index"))
    assert response.content.decode().count('class="stretched-link"') == 30


@pytest.mark.parametrize("contact", ["none", "limited"])
def test_wanting_less_contact_offers_the_safety_check(owner, owner_client, contact):
    person = PersonFactory(user=owner, contact=contact)
    html = owner_client.get(person.get_absolute_url()).content.decode()
    assert reverse("safety:check") in html


def test_staying_close_does_not_offer_the_safety_check(owner, owner_client):
    person = PersonFactory(user=owner, contact=Person.Contact.CLOSE)
    html = owner_client.get(person.get_absolute_url()).content.decode()
    assert reverse("safety:check") not in html


def test_right_after_adding_someone_for_no_contact_the_safety_check_is_offered(owner_client):
    response = owner_client.post(reverse("people:index"), {**ADD, "contact": "none"}, follow=True)
    assert reverse("safety:check") in response.content.decode()


@pytest.mark.parametrize("contact", ["none", "limited"])
def test_the_edit_form_offers_the_safety_check_when_less_contact_is_the_plan(
    owner, owner_client, contact
):
    person = PersonFactory(user=owner, contact=contact)
    html = owner_client.get(reverse("people:edit", args=[person.uuid])).content.decode()
    assert reverse("safety:check") in html


def test_the_edit_form_offers_the_safety_check_as_soon_as_less_contact_is_chosen(
    owner, owner_client
):
    person = PersonFactory(user=owner, contact=Person.Contact.CLOSE)
    url = reverse("people:edit", args=[person.uuid])
    assert reverse("safety:check") not in owner_client.get(url).content.decode()
    # Chosen with a name still missing: the form comes back, and the offer is on it.
    response = owner_client.post(url, {**ADD, "name": "", "contact": "limited"}, follow=True)
    assert response.status_code == 200
    assert reverse("safety:check") in response.content.decode()


def test_the_add_form_offers_the_safety_check_when_no_contact_was_chosen(owner_client):
    blank = owner_client.get(reverse("people:index")).content.decode()
    assert reverse("safety:check") not in blank
    response = owner_client.post(
        reverse("people:index"), {**ADD, "name": "", "contact": "none"}, follow=True
    )
    assert reverse("safety:check") in response.content.decode()
    close = owner_client.post(reverse("people:index"), {**ADD, "name": "", "contact": "close"})
    assert reverse("safety:check") not in close.content.decode()


def test_the_export_has_a_people_csv(owner):
    PersonFactory(user=owner, name="Ana, my mother", relationship="parent", contact="limited")
    PersonFactory(name="STRANGER")
    archive = zipfile.ZipFile(io.BytesIO(build_export_zip(owner)))
    csv = archive.read("detach/people.csv").decode()
    assert csv.splitlines()[0] == "name,relationship,contact,added"
    assert '"Ana, my mother",Parent,Limited contact,' in csv
    assert "STRANGER" not in csv
    assert "Ana, my mother" in archive.read("detach/everything.json").decode()
    assert "people.csv" in archive.read("detach/README.txt").decode()


def test_without_people_the_export_has_no_empty_people_file(owner):
    archive = zipfile.ZipFile(io.BytesIO(build_export_zip(owner)))
    assert "detach/people.csv" not in archive.namelist()


def test_deleting_the_account_deletes_its_people(owner, stranger):
    PersonFactory.create_batch(2, user=owner)
    theirs = PersonFactory(user=stranger)
    account_delete(user=owner)
    assert list(Person.objects.all()) == [theirs]
