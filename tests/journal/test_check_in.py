"""The ten-second check-in on Today: a mood and, if the person likes, one word, kept as a
journal entry (the word encrypted like every entry) so it joins the mood history; one entry
per submit; a problem shown next to its field with the word kept; "Very low" brings the quiet
care line right there."""

import re
from datetime import timedelta
from uuid import uuid4

import pytest
from django.db import connection

from journal.forms import MAX_CHECK_IN_WORD_LENGTH
from journal.models import Entry
from journal.selectors import tallies
from tests.html import page_text
from tests.journal.factories import EntryFactory
from tests.journal.test_mood_care import care_line

pytestmark = pytest.mark.django_db
CHECK_IN = "/journal/check-in/"
TODAY = "/today/"


def check_in(client, mood="4", word="", submission=None, next=TODAY, follow=False):
    data = {"mood": mood, "word": word, "submission": str(submission or uuid4()), "next": next}
    return client.post(CHECK_IN, data, follow=follow)


def field_block(html: str, name: str) -> str:
    """The markup crispy draws for one field, up to the next field's wrapper."""
    start = html.index(f'id="div_id_{name}"')
    following = html.find('id="div_id_', start + 1)
    return html[start : following if following != -1 else len(html)]


def test_today_shows_the_check_in_form_with_the_moods_in_a_fieldset(owner_client):
    html = owner_client.get(TODAY).content.decode()
    form = html[html.index('<form method="post" action="/journal/check-in/"') :]
    form = form[: form.index("</form>")]
    mood = field_block(form, "mood")
    assert "<fieldset" in mood and "<legend" in mood and "How are you right now?" in mood
    for value, word in enumerate(["Very low", "Low", "In between", "Good", "Very good"], 1):
        assert f'value="{value}"' in mood and word in mood
    assert f'maxlength="{MAX_CHECK_IN_WORD_LENGTH}"' in field_block(form, "word")
    assert 'name="submission"' in form and 'name="next" value="/today/"' in form


def test_a_check_in_makes_one_entry_with_the_mood_and_the_word(owner, owner_client):
    response = check_in(owner_client, mood="2", word="tired")
    assert (response.status_code, response["Location"]) == (302, TODAY)
    entry = Entry.objects.get(user=owner)
    assert (entry.mood, entry.body, entry.title) == (2, "tired", "Check-in")
    assert entry.is_check_in and entry.entry_date == owner.local_today()
    text = page_text(owner_client.get(TODAY))
    assert "Thank you for checking in" in text
    assert "You checked in today: Low" in text


def test_the_word_is_optional(owner, owner_client):
    check_in(owner_client, mood="5", word="")
    assert Entry.objects.get(user=owner).body == ""


def test_the_word_is_encrypted_at_rest(owner, owner_client):
    check_in(owner_client, mood="3", word="marmalade")
    with connection.cursor() as cursor:
        cursor.execute("SELECT title, body FROM journal_entry")
        title, body = cursor.fetchone()
    assert body.startswith("enc1:") and "marmalade" not in body
    assert title.startswith("enc1:")


def test_the_same_check_in_posted_twice_makes_one_entry(owner, owner_client):
    token = uuid4()
    first = check_in(owner_client, mood="4", word="fine", submission=token)
    second = check_in(owner_client, mood="4", word="fine", submission=token)
    assert first.status_code == second.status_code == 302
    assert Entry.objects.filter(user=owner).count() == 1
    check_in(owner_client, mood="4", word="again")
    assert Entry.objects.filter(user=owner).count() == 2


@pytest.mark.parametrize(
    ("mood", "note"), [("9", "Choose one of the five moods."), ("", "A rough guess is fine.")]
)
def test_a_mood_off_the_scale_is_noted_next_to_the_moods_and_the_word_is_kept(
    owner, owner_client, mood, note
):
    response = check_in(owner_client, mood=mood, word="restless", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert note in page_text(field_block(html, "mood"))
    assert re.search(r'<input type="text" name="word" value="restless"', html)
    assert "Nothing you wrote is lost" in page_text(html)
    # Saving again still goes back to Today.
    assert 'name="next" value="/today/"' in html
    assert not Entry.objects.filter(user=owner).exists()


def test_a_word_over_the_limit_is_refused_on_the_server_too(owner, owner_client):
    response = check_in(owner_client, word="x" * (MAX_CHECK_IN_WORD_LENGTH + 1), follow=True)
    assert response.status_code == 200
    assert "characters or fewer" in page_text(field_block(response.content.decode(), "word"))
    assert not Entry.objects.filter(user=owner).exists()
    check_in(owner_client, word="x" * MAX_CHECK_IN_WORD_LENGTH)
    assert Entry.objects.filter(user=owner).count() == 1


def test_the_form_carries_the_care_line_hidden_until_very_low_is_chosen(owner_client):
    html = owner_client.get(TODAY).content.decode()
    shown, line = care_line(html)
    assert not shown
    assert "Samaritans" in line and 'href="/help/safety-plan/"' in line
    assert '<script src="/static/js/mood-care.js" defer>' in html
    assert html.index('name="mood"') < html.index('id="mood-care"') < html.index('name="word"')


def test_after_a_very_low_check_in_today_shows_the_care_line(owner_client):
    check_in(owner_client, mood="1")
    html = owner_client.get(TODAY).content.decode()
    shown, _line = care_line(html)
    assert shown
    assert "You checked in today: Very low" in page_text(html)


def test_a_very_low_check_in_sent_back_with_a_problem_shows_the_care_line(owner_client):
    response = check_in(
        owner_client, mood="1", word="y" * (MAX_CHECK_IN_WORD_LENGTH + 1), follow=True
    )
    shown, _line = care_line(response.content.decode())
    assert shown


def test_a_later_check_in_says_the_latest_mood_and_yesterdays_does_not_count(owner, owner_client):
    EntryFactory(
        user=owner,
        mood=1,
        is_check_in=True,
        entry_date=owner.local_today() - timedelta(days=1),
    )
    EntryFactory(user=owner, mood=5)  # a written entry is not a check-in
    text = page_text(owner_client.get(TODAY))
    assert "You checked in today" not in text
    check_in(owner_client, mood="2")
    check_in(owner_client, mood="4")
    text = page_text(owner_client.get(TODAY))
    assert "You checked in today: Good" in text
    # Another check-in stays one tap away.
    assert 'action="/journal/check-in/"' in owner_client.get(TODAY).content.decode()


def test_check_ins_join_the_mood_history(owner, owner_client):
    check_in(owner_client, mood="2")
    check_in(owner_client, mood="4")
    # The progress page's mood chart reads the journal's tallies: two moods, summing to 6.
    (tally,) = tallies(owner, by="day", until=owner.local_today()).values()
    assert (tally.moods, tally.mood_total) == (2, 6)


def test_the_check_in_goes_back_only_to_a_page_of_this_site(owner_client):
    response = check_in(owner_client, next="https://elsewhere.example/")
    assert response["Location"] == "/journal/"


def test_a_stranger_never_sees_my_check_in(owner_client, stranger_client):
    check_in(owner_client, mood="1", word="secretword")
    text = page_text(stranger_client.get(TODAY))
    assert "You checked in today" not in text
    assert "secretword" not in page_text(stranger_client.get("/journal/?q=secretword"))


def test_a_third_very_low_check_in_in_a_week_brings_the_quiet_note_once(owner, owner_client):
    today = owner.local_today()
    for days_ago in (4, 2):
        EntryFactory(user=owner, mood=1, entry_date=today - timedelta(days=days_ago))
    check_in(owner_client, mood="1")
    text = page_text(owner_client.get(TODAY))
    assert "You have marked a very low mood a few times this week" in text
    # Once: the next look at Today is quiet again.
    assert "very low mood a few times" not in page_text(owner_client.get(TODAY))


def test_a_single_very_low_check_in_brings_no_note(owner, owner_client):
    check_in(owner_client, mood="1")
    assert "very low mood a few times" not in page_text(owner_client.get(TODAY))
