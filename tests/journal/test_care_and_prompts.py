"""The quiet support note and the daily prompt, through the views and selectors."""

from datetime import timedelta

import pytest
from django.urls import reverse

from journal.models import CareState
from journal.prompt_bank import PROMPTS
from journal.prompts import choose_prompt
from journal.selectors import todays_prompt
from tests.html import page_text
from tests.journal.factories import EntryFactory
from tests.quiz.factories import CompletedAttemptFactory

pytestmark = pytest.mark.django_db
NOTE = "A quiet note"


def write(client, user, mood="1", day=None):
    response = client.post(
        reverse("journal:new"),
        {"body": "heavy day", "mood": mood, "entry_date": (day or user.local_today()).isoformat()},
    )
    return client.get(response["Location"]).content.decode()


def test_the_third_lowest_mood_in_a_week_brings_a_quiet_note_with_the_support_page(
    owner, owner_client
):
    today = owner.local_today()
    EntryFactory(user=owner, mood=1, entry_date=today - timedelta(days=2))
    EntryFactory(user=owner, mood=1, entry_date=today - timedelta(days=5))
    page = write(owner_client, owner)
    assert NOTE in page
    assert f'href="{reverse("help")}"' in page
    assert CareState.objects.get(user=owner).support_note_offered_on == today


def test_the_note_comes_at_most_once_a_day(owner, owner_client):
    EntryFactory(user=owner, mood=1)
    EntryFactory(user=owner, mood=1)
    assert NOTE in write(owner_client, owner)
    assert NOTE not in write(owner_client, owner)


def test_the_note_is_shown_once_and_not_again_on_reload(owner, owner_client):
    EntryFactory(user=owner, mood=1)
    EntryFactory(user=owner, mood=1)
    response = owner_client.post(
        reverse("journal:new"),
        {"body": "b", "mood": "1", "entry_date": owner.local_today().isoformat()},
    )
    assert NOTE in owner_client.get(response["Location"]).content.decode()
    assert NOTE not in owner_client.get(response["Location"]).content.decode()


def test_two_lowest_moods_bring_no_note(owner, owner_client):
    EntryFactory(user=owner, mood=1)
    assert NOTE not in write(owner_client, owner)


def test_a_higher_mood_never_brings_the_note(owner, owner_client):
    EntryFactory(user=owner, mood=1)
    EntryFactory(user=owner, mood=1)
    assert NOTE not in write(owner_client, owner, mood="2")


def test_lowest_moods_of_another_person_do_not_count(owner, owner_client, stranger):
    EntryFactory(user=stranger, mood=1)
    EntryFactory(user=stranger, mood=1)
    assert NOTE not in write(owner_client, owner)


def test_the_note_never_blocks_saving(owner, owner_client):
    EntryFactory(user=owner, mood=1)
    EntryFactory(user=owner, mood=1)
    write(owner_client, owner)
    assert owner.journal_entry_set.count() == 3


def test_todays_prompt_follows_the_latest_quiz_result(owner):
    CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2)
    expected = choose_prompt((6.0, 2.0), owner.pk, owner.local_today())
    assert todays_prompt(owner) == expected
    assert todays_prompt(owner).step_title


def test_todays_prompt_without_a_quiz_result_is_still_chosen(owner):
    assert todays_prompt(owner) == choose_prompt(None, owner.pk, owner.local_today())


def test_the_journal_shows_todays_prompt_with_its_step_and_a_way_to_write(owner, owner_client):
    prompt = todays_prompt(owner)
    page = owner_client.get(reverse("journal:index")).content.decode()
    assert prompt.text in page_text(page)
    assert f"Step {prompt.step_number}" in page
    assert f"/journal/new/?prompt={prompt.code}" in page


def test_another_prompt_swaps_the_card_with_htmx(owner, owner_client):
    response = owner_client.get(reverse("journal:prompt") + "?prompt=1", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert todays_prompt(owner, 1).text in page_text(page)
    assert todays_prompt(owner).text not in page_text(page)
    assert "<html" not in page
    assert "?prompt=2" in page


def test_another_prompt_without_javascript_reloads_the_journal(owner, owner_client):
    response = owner_client.get(reverse("journal:prompt") + "?prompt=1")
    assert response.status_code == 302
    page = owner_client.get(response["Location"]).content.decode()
    assert todays_prompt(owner, 1).text in page_text(page)


def test_every_prompt_reads_whole_on_its_card_apostrophes_and_all(owner, owner_client):
    # Walks the whole bank, so a prompt with an apostrophe or a quote is always among them.
    assert any("'" in prompt.text for prompt in PROMPTS)
    for offset in range(len(PROMPTS)):
        url = reverse("journal:prompt") + f"?prompt={offset}"
        card = page_text(owner_client.get(url, HTTP_HX_REQUEST="true"))
        assert todays_prompt(owner, offset).text in card
