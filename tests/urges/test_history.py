"""The history at /urges/, the person's page, the export and account deletion."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from detach.people.sections import delete_person, linked_records
from practices.urges.export import export_files
from practices.urges.models import Urge
from practices.urges.selectors import numbers_for
from tests.factories import PASSWORD
from tests.html import page_text
from tests.people.factories import PersonFactory
from tests.urges.factories import AnsweredUrgeFactory, UrgeFactory


def many_urges(user, count: int, person=None):
    now = timezone.now()
    for n in range(count):
        factory = AnsweredUrgeFactory if n % 3 else UrgeFactory
        factory(user=user, person=person, started_at=now - timedelta(hours=n + 1))


def test_the_history_lists_my_urges_newest_first_and_nobody_elses(owner, owner_client, stranger):
    now = timezone.now()
    UrgeFactory(user=owner, kind="reread", started_at=now - timedelta(days=2))
    UrgeFactory(user=owner, kind="own", own_words="Drive past their flat")
    UrgeFactory(user=stranger, kind="cancel")
    text = page_text(owner_client.get("/urges/").content.decode())
    assert text.index("Drive past their flat") < text.index("Reread our messages")
    assert "Cancel plans" not in text


def test_the_history_shows_the_numbers(owner, owner_client):
    AnsweredUrgeFactory(user=owner, intensity_before=8, intensity_after=2)
    AnsweredUrgeFactory(user=owner, intensity_before=6, intensity_after=6, outcome="reached_out")
    UrgeFactory(user=owner)
    text = page_text(owner_client.get("/urges/").content.decode())
    assert "Urgespaused3" in text.replace(" ", "")
    assert "50%" in text and "1 of 2 answered" in text
    assert "7.0 → 4.0" in text
    assert "less intense after the pause in 1 of 2" in text


def test_the_history_pages_by_thirty_with_older_and_newer_links(owner, owner_client):
    many_urges(owner, 35)
    first = owner_client.get("/urges/")
    assert len(first.context["urges"]) == 30 and first.context["older_page"] == 2
    second = owner_client.get("/urges/?page=2")
    assert len(second.context["urges"]) == 5 and second.context["older_page"] is None
    assert owner_client.get("/urges/?page=nonsense").status_code == 200


def test_the_history_costs_the_same_with_thirty_five_urges(
    owner, owner_client, django_assert_max_num_queries
):
    robin = PersonFactory(user=owner)
    many_urges(owner, 35, person=robin)
    # The session, the user, the numbers (one aggregate), one page of urges with their people.
    with django_assert_max_num_queries(4):
        assert owner_client.get("/urges/").status_code == 200


def test_the_persons_page_shows_their_urges_and_numbers(owner, owner_client):
    robin = PersonFactory(user=owner, name="Robin")
    other = PersonFactory(user=owner, name="Kai")
    AnsweredUrgeFactory(user=owner, person=robin, kind="profile", outcome="other")
    UrgeFactory(user=owner, person=other, kind="cancel")
    text = page_text(owner_client.get(robin.get_absolute_url()).content.decode())
    assert "Urges about them" in text
    assert "Check their profile" in text
    assert "Cancel plans" not in text
    assert "100%" in text and "1 of 1 answered" in text
    html = owner_client.get(robin.get_absolute_url()).content.decode()
    assert f'href="/urges/ride/?person={robin.uuid}"' in html


def test_the_persons_page_says_in_words_what_happened_with_them(owner, owner_client):
    robin = PersonFactory(user=owner, name="Robin")
    kai = PersonFactory(user=owner, name="Kai")
    AnsweredUrgeFactory(user=owner, person=robin, intensity_before=8, intensity_after=3)
    AnsweredUrgeFactory(user=owner, person=robin, intensity_before=6, intensity_after=6)
    AnsweredUrgeFactory(
        user=owner, person=robin, intensity_before=7, intensity_after=5, outcome="reached_out"
    )
    AnsweredUrgeFactory(user=owner, person=kai, intensity_before=9, intensity_after=1)
    text = page_text(owner_client.get(robin.get_absolute_url()).content.decode())
    assert (
        "When the urge was about Robin, it was less intense after the pause 2 times out of 3."
        in text
    )
    assert (
        "Of the 3 urges about them you said how they went, 2 passed or ended with you doing "
        "something else, and 1 ended in reaching out, which says how strong the pull was, "
        "nothing more." in text
    )
    # Each outcome reads as written, capital I and all.
    assert "I still reached out." in text and "It passed." in text


def test_the_persons_page_costs_the_same_with_many_urges(
    owner, owner_client, django_assert_num_queries
):
    counts = []
    for count in (1, 35):
        person = PersonFactory(user=owner)
        many_urges(owner, count, person=person)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert owner_client.get(person.get_absolute_url()).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_linked_records_and_forgetting_a_person_keep_or_delete_their_urges(owner):
    robin = PersonFactory(user=owner)
    kai = PersonFactory(user=owner)
    UrgeFactory.create_batch(2, user=owner, person=robin)
    UrgeFactory(user=owner, person=kai)
    assert any(r.label == "2 urges about them" for r in linked_records(robin))
    delete_person(robin, delete_linked=False)
    assert Urge.objects.filter(user=owner, person__isnull=True).count() == 2
    delete_person(kai, delete_linked=True)
    assert Urge.objects.filter(user=owner).count() == 2


def test_the_numbers_for_one_person_count_only_theirs(owner):
    robin = PersonFactory(user=owner)
    AnsweredUrgeFactory(user=owner, person=robin)
    AnsweredUrgeFactory(user=owner)
    assert numbers_for(owner, robin).total == 1
    assert numbers_for(owner).total == 2


def test_the_export_has_a_readable_copy_of_only_my_urges(owner, stranger):
    robin = PersonFactory(user=owner, name="Robin")
    AnsweredUrgeFactory(
        user=owner, person=robin, kind="own", own_words="Ask if they miss me", instead="Tea"
    )
    UrgeFactory(user=stranger, kind="own", own_words="Not mine")
    text = export_files(owner)["urges.md"]
    assert "Ask if they miss me" in text and "About: Robin" in text
    assert "What happened: It passed" in text and "Tea" in text
    assert "Not mine" not in text
    assert export_files(PersonFactory().user) == {}


@pytest.mark.django_db
def test_deleting_the_account_deletes_my_urges(owner, stranger):
    UrgeFactory.create_batch(3, user=owner)
    kept = UrgeFactory(user=stranger)
    client = Client()
    client.post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.post("/settings/delete/", {"confirm": "Delete my account"})
    assert "Your account is deleted" in response.content.decode()
    assert list(Urge.objects.all()) == [kept]
