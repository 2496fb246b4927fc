"""Support lines are real, dated, and shown for where the person lives first.

The review test uses the real date on purpose: a year after the lines were last checked it
fails, and the fix is to check each one again on its source page (detach/support_lines.py)."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from detach import support_lines
from detach.support_lines import ABUSE, CRISIS, EMERGENCY, LINES, WORLDWIDE
from detach.users.timezones import country_for_zone
from tests.factories import UserFactory
from tests.html import page_text


def test_every_line_was_checked_on_its_source_within_the_last_year():
    assert support_lines.overdue(date.today()) == []


def test_the_review_check_catches_a_line_checked_over_a_year_ago():
    today = date.today()
    stale = replace(LINES[0], reviewed=today - timedelta(days=366))
    fresh = replace(LINES[0], reviewed=today - timedelta(days=365))
    assert support_lines.overdue(today, lines=[stale, fresh]) == [
        f"US 988 Suicide & Crisis Lifeline (checked {stale.reviewed.isoformat()})"
    ]


@pytest.mark.parametrize("line", LINES, ids=lambda line: f"{line.country}-{line.name}")
def test_every_line_names_its_source_page_and_a_way_to_reach_it(line):
    assert line.source.startswith(("https://", "http://"))
    assert line.reviewed <= date.today()
    assert line.contacts
    for contact in line.contacts:
        assert contact.href.startswith(("tel:", "sms:", "https://"))
        assert contact.label


def numbers(code: str, kind: str) -> set[str]:
    lines = [line for line in LINES if (line.country, line.kind) == (code, kind)]
    return {contact.label for line in lines for contact in line.contacts}


def test_the_lines_the_issue_names_are_listed_with_the_right_numbers():
    assert numbers("US", CRISIS) == {"Call 988", "Text 988"}
    assert numbers("CA", CRISIS) == {"Call 9-8-8", "Text 9-8-8"}
    assert numbers("GB", CRISIS) == {"Call 116 123"}
    assert numbers("IE", CRISIS) == {"Call 116 123"}
    assert numbers("AU", CRISIS) == {"Call 13 11 14"}
    assert numbers("US", ABUSE) == {"Call 1-800-799-7233", "Text START to 88788"}
    assert numbers("GB", ABUSE) == {"Call 0808 2000 247"}
    assert numbers("IE", ABUSE) == {"Call 1800 341 900"}
    assert numbers("AU", ABUSE) == {"Call 1800 737 732", "Text 0458 737 732"}
    assert numbers("US", EMERGENCY) == {"Call 911"}
    assert numbers("GB", EMERGENCY) == {"Call 999", "Call 112"}
    assert numbers("AU", EMERGENCY) == {"Call 000", "Call 112"}
    assert "Open findahelpline.com" in numbers(WORLDWIDE, CRISIS)


def test_the_phone_links_dial_what_the_words_say():
    hrefs = {c.label: c.href for line in LINES for c in line.contacts}
    assert hrefs["Call 988"] == "tel:988"
    assert hrefs["Call 1-800-799-7233"] == "tel:+18007997233"
    assert hrefs["Text START to 88788"] == "sms:88788?&body=START"
    assert hrefs["Call 0808 2000 247"] == "tel:+448082000247"
    assert hrefs["Call 1800 341 900"] == "tel:+353800341900"


def test_the_help_page_drops_the_unverified_iasp_directory(client, db):
    text = page_text(client.get("/help/"))
    assert "International Association for Suicide Prevention" not in text
    assert "findahelpline.com" in text


def test_each_line_on_the_page_shows_the_day_it_was_checked(client, db):
    text = page_text(client.get("/help/?country=GB"))
    assert text.count(" 2026 against ") == len(LINES)
    assert "Checked 30 November 2026 against samaritans.org" in text
    assert "Checked 1 December 2026 against womensaid.ie" in text


def test_a_chosen_country_comes_first_and_the_others_follow_under_elsewhere(client, db):
    text = page_text(client.get("/help/?country=CA"))
    assert text.index("In Canada") < text.index("9-8-8: Suicide Crisis Helpline")
    assert text.index("9-8-8: Suicide Crisis Helpline") < text.index("Elsewhere")
    assert text.index("Elsewhere") < text.index("Samaritans") < text.index("Find A Helpline")
    assert "call your local emergency number: 9-1-1 in Canada." in text


def test_a_signed_in_person_sees_the_country_of_their_time_zone_first(db, client):
    person = UserFactory(timezone="Australia/Perth")
    client.force_login(person)
    text = page_text(client.get("/help/"))
    assert text.index("In Australia") < text.index("Lifeline") < text.index("Elsewhere")
    assert "a guess from the time zone in your settings" in text


def test_the_country_chosen_on_the_page_wins_over_the_time_zone(db, client):
    client.force_login(UserFactory(timezone="Australia/Perth"))
    text = page_text(client.get("/help/?country=IE"))
    assert text.index("In Ireland") < text.index("Elsewhere") < text.index("Lifeline")
    assert "a guess from" not in text


def test_a_visitor_with_no_choice_sees_the_lines_for_anywhere_first(client, db):
    response = client.get("/help/")
    text = page_text(response)
    assert text.index("Wherever you are") < text.index("Find A Helpline") < text.index("Elsewhere")
    # The page's script may suggest the browser's own time zone; it is given the places to match.
    assert 'id="browser-zones"' in response.content.decode()


@pytest.mark.parametrize("choice", ["other", "FR", "<script>", ""])
def test_somewhere_else_or_an_unknown_choice_puts_findahelpline_first(client, db, choice):
    text = page_text(client.get("/help/", {"country": choice}))
    assert text.index("Find A Helpline") < text.index("Elsewhere") < text.index("988 Suicide")


def test_the_country_choice_works_without_javascript_as_a_plain_get_form(client, db):
    html = client.get("/help/").content.decode()
    assert '<form method="get" action="/help/"' in html
    assert '<label class="form-label" for="id_country">Show lines for</label>' in html
    assert 'name="country"' in html and ">Show</button>" in html


@pytest.mark.parametrize(
    ("zone", "country"),
    [
        ("Europe/London", "GB"),
        ("Europe/Dublin", "IE"),
        ("America/Toronto", "CA"),
        ("America/Chicago", "US"),
        ("Australia/Sydney", "AU"),
        ("Europe/Paris", "FR"),
        ("UTC", None),
        ("US/Eastern", None),
        ("", None),
    ],
)
def test_a_time_zone_names_its_country(zone, country):
    assert country_for_zone(zone) == country


def test_a_crisis_line_is_always_there_to_name():
    assert support_lines.crisis_line("US").name == "988 Suicide & Crisis Lifeline"
    assert support_lines.crisis_line("GB").name == "Samaritans"
    assert support_lines.crisis_line("FR").name == "Find A Helpline"
    assert support_lines.crisis_line(None).name == "Find A Helpline"
