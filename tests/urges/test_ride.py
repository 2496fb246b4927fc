"""Riding out an urge without JavaScript: say what it is, the pause starts and is saved, then
the plain outcome form, with "I still reached out" worded as information."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from practices.urges.models import Outcome, Urge
from tests.html import page_text
from tests.people.factories import PersonFactory
from tests.urges.factories import UrgeFactory

RIDE = "/urges/ride/"


def test_every_signed_in_page_offers_i_want_to_reach_out(owner_client):
    html = owner_client.get("/journal/").content.decode()
    assert re.search(
        r'<a class="btn btn-sm reach-out" href="/urges/ride/">.*?I want to reach out</a>',
        html,
        re.S,
    )


def test_a_visitor_is_not_offered_the_reach_out_button(client, db):
    assert "I want to reach out" not in page_text(client.get("/").content.decode())


def test_the_ride_page_lists_only_my_people(owner, owner_client, stranger):
    PersonFactory(user=owner, name="Robin")
    PersonFactory(user=stranger, name="Someone Else")
    text = page_text(owner_client.get(RIDE).content.decode())
    assert "Robin" in text
    assert "Someone Else" not in text
    assert "No one in particular" in text
    assert "Shut down" in text and "Check their profile" in text


def test_person_in_the_query_preselects_them(owner, owner_client):
    robin = PersonFactory(user=owner, name="Robin")
    response = owner_client.get(f"{RIDE}?person={robin.uuid}")
    assert response.context["form"].initial["person"] == robin


def test_someone_elses_person_in_the_query_is_a_404(owner_client, stranger):
    theirs = PersonFactory(user=stranger)
    assert owner_client.get(f"{RIDE}?person={theirs.uuid}").status_code == 404


def test_starting_the_pause_saves_the_urge_and_shows_when_it_ends(owner, owner_client):
    robin = PersonFactory(user=owner, name="Robin")
    before = timezone.now()
    response = owner_client.post(
        RIDE,
        {"person": robin.pk, "kind": "text", "intensity_before": "8", "pause_minutes": "2"},
    )
    urge = Urge.objects.get(user=owner)
    assert response.status_code == 302
    assert response["Location"] == f"/urges/{urge.uuid}/"
    assert urge.person == robin and urge.intensity_before == 8 and urge.pause_minutes == 2
    assert before <= urge.started_at <= timezone.now()
    assert urge.started_on == owner.local_today()
    page = owner_client.get(response["Location"])
    text = page_text(page.content.decode())
    assert "Let the wave pass" in text
    assert "Breathe." in text and "Name it." in text and "Let it pass." in text
    assert f"ends at {urge.ends_at.astimezone(owner.zone):%H:%M}" in text
    assert "How it went" in text
    assert 0 < page.context["seconds_left"] <= 120


def test_a_reload_keeps_the_time_left_from_the_stored_start(owner, owner_client):
    urge = UrgeFactory(user=owner, started_at=timezone.now() - timedelta(minutes=4))
    left = owner_client.get(f"/urges/{urge.uuid}/").context["seconds_left"]
    assert 5 * 60 <= left <= 6 * 60 + 1


def test_a_missing_answer_is_marked_and_nothing_typed_is_lost(owner, owner_client):
    response = owner_client.post(RIDE, {"kind": "own", "pause_minutes": "10"}, follow=True)
    assert response.status_code == 200
    assert not Urge.objects.exists()
    form = response.context["form"]
    assert form.errors["own_words"] == ["Please say the urge in a few words."]
    assert "intensity_before" in form.errors
    response = owner_client.post(
        RIDE,
        {"kind": "own", "own_words": "Ask if they miss me", "pause_minutes": "10"},
        follow=True,
    )
    html = response.content.decode()
    assert "Ask if they miss me" in page_text(html)
    assert re.search(r'<input[^>]*name="kind" value="own"[^>]*checked', html)


@pytest.mark.parametrize("minutes", ["1", "31", "7"])
def test_a_pause_outside_the_offered_lengths_is_refused(owner_client, minutes):
    response = owner_client.post(
        RIDE, {"kind": "text", "intensity_before": "5", "pause_minutes": minutes}
    )
    assert "pause_minutes" in response.context["form"].errors
    assert not Urge.objects.exists()


def test_own_words_longer_than_the_limit_are_refused(owner_client):
    response = owner_client.post(
        RIDE,
        {"kind": "own", "own_words": "x" * 301, "intensity_before": "5", "pause_minutes": "10"},
    )
    assert "own_words" in response.context["form"].errors


def test_the_outcome_is_saved_without_judgement(owner, owner_client):
    urge = UrgeFactory(user=owner, intensity_before=8)
    response = owner_client.post(
        f"/urges/{urge.uuid}/",
        {"intensity_after": "4", "outcome": "other", "instead": "Walked to the river"},
    )
    assert response.status_code == 302
    urge.refresh_from_db()
    assert (urge.outcome, urge.intensity_after, urge.instead) == ("other", 4, "Walked to the river")
    assert urge.answered_at is not None
    text = page_text(owner_client.get(f"/urges/{urge.uuid}/").content.decode())
    assert "I did something else" in text and "Walked to the river" in text
    assert "moment of kindness" not in text


def test_after_i_still_reached_out_the_kindness_break_is_offered(owner, owner_client):
    urge = UrgeFactory(user=owner)
    owner_client.post(f"/urges/{urge.uuid}/", {"intensity_after": "6", "outcome": "reached_out"})
    html = owner_client.get(f"/urges/{urge.uuid}/").content.decode()
    text = page_text(html)
    assert "I still reached out" in text
    assert "not a reason for blame" in text
    assert 'href="/urges/kindness/"' in html
    assert "fail" not in text.lower()


def test_an_outcome_without_answers_is_marked_next_to_the_fields(owner, owner_client):
    urge = UrgeFactory(user=owner)
    response = owner_client.post(f"/urges/{urge.uuid}/", {"instead": "Made tea"}, follow=True)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"outcome", "intensity_after"}
    assert "Made tea" in page_text(response.content.decode())
    urge.refresh_from_db()
    assert urge.outcome == ""


def test_the_pattern_note_follows_the_urges_direction(owner, owner_client):
    towards = UrgeFactory(user=owner, kind="profile")
    away = UrgeFactory(user=owner, kind="shut_down")
    assert "worry about losing the connection" in page_text(
        owner_client.get(f"/urges/{towards.uuid}/").content.decode()
    )
    assert "closeness starts to feel like too much" in page_text(
        owner_client.get(f"/urges/{away.uuid}/").content.decode()
    )


def test_an_urge_is_deleted_only_after_confirming(owner, owner_client):
    urge = UrgeFactory(user=owner)
    response = owner_client.get(f"/urges/{urge.uuid}/delete/")
    assert "It will be gone for good" in page_text(response.content.decode())
    assert Urge.objects.filter(pk=urge.pk).exists()
    response = owner_client.post(f"/urges/{urge.uuid}/delete/")
    assert response["Location"] == "/urges/"
    assert not Urge.objects.filter(pk=urge.pk).exists()


@pytest.mark.parametrize("suffix", ["", "delete/"])
def test_another_person_gets_404_on_my_urge(owner, stranger_client, suffix):
    urge = UrgeFactory(user=owner)
    assert stranger_client.get(f"/urges/{urge.uuid}/{suffix}").status_code == 404
    assert stranger_client.post(f"/urges/{urge.uuid}/{suffix}", {}).status_code == 404
    urge.refresh_from_db()
    assert urge.outcome == ""


def test_the_urge_words_are_stored_encrypted(owner, owner_client):
    from django.db import connection

    urge = UrgeFactory(user=owner, kind="own", own_words="Ask if they miss me")
    urge.instead = "Called my brother"
    urge.outcome = Outcome.OTHER
    urge.save()
    with connection.cursor() as cursor:
        cursor.execute("SELECT own_words, instead FROM urges_urge WHERE id = %s", [urge.pk])
        own_words, instead = cursor.fetchone()
    assert "miss me" not in own_words and "brother" not in instead


def test_the_pattern_note_reads_my_answers_about_that_person_first(owner, owner_client):
    from tests.quiz.factories import CompletedAttemptFactory

    robin = PersonFactory(user=owner, name="Robin")
    CompletedAttemptFactory(user=owner, anxiety=2, avoidance=6)  # in general: avoidant lean
    CompletedAttemptFactory(user=owner, form="relationship", person=robin, anxiety=6, avoidance=2)
    about_robin = UrgeFactory(user=owner, person=robin, kind="text")
    general = UrgeFactory(user=owner, kind="cancel")
    text = page_text(owner_client.get(f"/urges/{about_robin.uuid}/").content.decode())
    assert "Your answers about Robin lean towards worrying about closeness" in text
    text = page_text(owner_client.get(f"/urges/{general.uuid}/").content.decode())
    assert "Your quiz answers lean towards unease with closeness" in text


def test_validation_messages_are_shown_next_to_the_fields(owner_client):
    html = owner_client.post(
        RIDE, {"kind": "own", "pause_minutes": "10"}, follow=True
    ).content.decode()
    own_words = html.split('id="div_id_own_words"')[1].split("</div>")[0]
    assert "Please say the urge in a few words." in page_text(own_words)
    scale = html.split('id="div_id_intensity_before"')[1].split("</fieldset>")[0]
    assert "Please choose a number from 0 to 10." in page_text(scale)
