"""Choosing "Very low" brings one quiet line, right under the moods, with the crisis line for
where the person lives and a link to their safety plan: in the form (shown by the page's script
when chosen, by the server when already chosen) and once on the entry's page after saving."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from tests.factories import UserFactory
from tests.html import page_text
from tests.journal.factories import EntryFactory

pytestmark = pytest.mark.django_db
LINE = re.compile(r'<p class="mood-care small mb-3" id="mood-care"( hidden)?>(.*?)</p>', re.S)
SAFETY_PLAN = 'href="/help/safety-plan/"'


def care_line(html: str) -> tuple[bool, str] | None:
    """(shown, its html) for the quiet line in a page, or None when it is not there at all."""
    found = LINE.search(html)
    return (not found.group(1), found.group(2)) if found else None


def new_entry(client, mood="", body="A day.", day=None, follow=False):
    data = {"body": body, "mood": mood, "entry_date": day}
    return client.post(reverse("journal:new"), data, follow=follow)


def test_the_form_carries_the_line_hidden_until_very_low_is_chosen(owner_client):
    html = owner_client.get(reverse("journal:new")).content.decode()
    shown, line = care_line(html)
    assert not shown
    assert 'aria-live="polite"' in html.split('id="mood-care"')[0].rsplit("<div", 1)[1]
    # The person's time zone is London: Samaritans, and their safety plan.
    assert "Samaritans" in line and 'href="tel:116123"' in line and SAFETY_PLAN in line
    assert '<script src="/static/js/mood-care.js" defer>' in html
    # Right under the moods, before the emotions.
    assert html.index('name="mood"') < html.index('id="mood-care"') < html.index('name="emotions"')


def test_the_line_names_the_crisis_line_of_the_persons_country(client):
    client.force_login(UserFactory(timezone="America/New_York"))
    _shown, line = care_line(client.get(reverse("journal:new")).content.decode())
    text = page_text(line)
    assert "988 Suicide & Crisis Lifeline (Call 988 · Text 988)" in text
    assert 'href="sms:988"' in line


def test_with_no_country_to_go_by_it_points_to_findahelpline(client):
    client.force_login(UserFactory(timezone="UTC"))
    _shown, line = care_line(client.get(reverse("journal:new")).content.decode())
    assert "Find A Helpline" in line and 'href="https://findahelpline.com"' in line


def test_the_line_is_shown_when_the_form_comes_back_with_very_low_chosen(owner, owner_client):
    response = new_entry(
        owner_client, mood="1", body="", day=owner.local_today().isoformat(), follow=True
    )
    assert response.status_code == 200  # the empty entry is sent back with a note
    shown, _line = care_line(response.content.decode())
    assert shown


def test_editing_an_entry_saved_at_very_low_shows_the_line(owner, owner_client):
    entry = EntryFactory(user=owner, mood=1)
    shown, _line = care_line(
        owner_client.get(reverse("journal:edit", args=[entry.uuid])).content.decode()
    )
    assert shown
    other = EntryFactory(user=owner, mood=4)
    shown, _line = care_line(
        owner_client.get(reverse("journal:edit", args=[other.uuid])).content.decode()
    )
    assert not shown


def test_saving_at_very_low_shows_the_line_once_on_the_entrys_page(owner, owner_client):
    response = new_entry(owner_client, mood="1", day=owner.local_today().isoformat())
    shown, line = care_line(owner_client.get(response["Location"]).content.decode())
    assert shown and SAFETY_PLAN in line
    again = owner_client.get(response["Location"]).content.decode()
    assert care_line(again) is None


@pytest.mark.parametrize("mood", ["2", "3", "5", ""])
def test_saving_at_any_other_mood_brings_no_line(owner, owner_client, mood):
    response = new_entry(owner_client, mood=mood, day=owner.local_today().isoformat())
    assert care_line(owner_client.get(response["Location"]).content.decode()) is None


def test_the_three_in_a_week_note_stays_and_carries_the_crisis_line(owner, owner_client):
    today = owner.local_today()
    EntryFactory(user=owner, mood=1, entry_date=today - timedelta(days=1))
    EntryFactory(user=owner, mood=1, entry_date=today - timedelta(days=3))
    response = new_entry(owner_client, mood="1", day=today.isoformat())
    html = owner_client.get(response["Location"]).content.decode()
    text = page_text(html)
    assert "A quiet note" in text
    assert "You have marked a very low mood a few times this week." in text
    assert "Samaritans (Call 116 123)" in text
    assert SAFETY_PLAN in html
    assert care_line(html) is None  # said once, inside the note
