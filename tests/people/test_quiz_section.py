"""The quiz's part of a person's page (quiz/people.py), through the real discovery."""

import re

import pytest
from django.urls import reverse

from quiz.models import Attempt
from tests.html import page_text
from tests.people.factories import PersonFactory
from tests.quiz.factories import CompletedAttemptFactory

pytestmark = pytest.mark.django_db


def about(person, **kwargs):
    return CompletedAttemptFactory(user=person.user, form="relationship", person=person, **kwargs)


def test_a_persons_page_invites_the_quiz_about_them_before_any_result(owner, owner_client):
    sam = PersonFactory(user=owner)
    html = owner_client.get(sam.get_absolute_url()).content.decode()
    assert "How you attach in this relationship" in page_text(html)
    assert f'href="/quiz/take/?person={sam.uuid}">Take the quiz about' in html


def test_a_persons_page_shows_the_results_about_them_and_only_them(owner, owner_client):
    sam, ana = PersonFactory(user=owner), PersonFactory(user=owner, name="Ana")
    about(sam, anxiety=6, avoidance=2)
    about(ana, anxiety=1, avoidance=7)
    html = owner_client.get(sam.get_absolute_url()).content.decode()
    assert "anxiety 6.0, avoidance 2.0" in html
    assert "anxiety 1.0" not in html
    assert "<svg" in html


def test_deleting_a_person_says_how_many_results_are_about_them(owner, owner_client):
    sam = PersonFactory(user=owner)
    about(sam)
    about(sam)
    page = page_text(owner_client.get(reverse("people:delete", args=[sam.uuid])))
    assert "2 quiz results about them" in page


def test_deleting_a_person_can_keep_their_results_without_the_name(owner, owner_client):
    sam = PersonFactory(user=owner)
    result = about(sam)
    owner_client.post(reverse("people:delete", args=[sam.uuid]), {"linked": "keep"})
    result.refresh_from_db()
    assert result.person is None


def test_deleting_a_person_can_delete_their_results_too(owner, owner_client):
    sam = PersonFactory(user=owner)
    about(sam)
    other = about(PersonFactory(user=owner))
    owner_client.post(reverse("people:delete", args=[sam.uuid]), {"linked": "delete"})
    assert list(Attempt.objects.filter(user=owner)) == [other]


def test_two_results_about_one_person_are_joined_in_a_trail_on_their_page(owner, owner_client):
    from datetime import timedelta

    from django.utils import timezone

    sam = PersonFactory(user=owner)
    about(sam, anxiety=6, avoidance=5, completed_at=timezone.now() - timedelta(days=40))
    html = owner_client.get(sam.get_absolute_url()).content.decode()
    assert 'class="plane-trail"' not in html  # one result: a point, no trail
    about(sam, anxiety=3, avoidance=2)
    html = owner_client.get(sam.get_absolute_url()).content.decode()
    # The trail itself (the legend draws a short sample of it too).
    assert len(re.findall(r'<path class="plane-trail" d="M[^"]*L[^"]*" fill="none"', html)) == 1
    assert "anxiety 6.0, avoidance 5.0" in html and "anxiety 3.0, avoidance 2.0" in html
