"""The time zone choice lists real places grouped by region, UTC once, and keeps a zone saved
before the list was tidied."""

import re
import zoneinfo

import pytest

from detach.users.timezones import place_label, timezone_choices
from tests.factories import UserFactory


def flat(choices) -> list[tuple[str, str]]:
    out = []
    for value, label in choices:
        out.extend(label if isinstance(label, list) else [(value, label)])
    return out


def groups(choices) -> dict[str, list[tuple[str, str]]]:
    return {value: label for value, label in choices if isinstance(label, list)}


def test_places_are_grouped_by_region_with_their_own_names():
    by_region = groups(timezone_choices())
    for region in ["Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian"]:
        assert region in by_region
    assert ("America/New_York", "New York") in by_region["America"]
    assert ("America/Sao_Paulo", "Sao Paulo") in by_region["America"]
    assert ("Europe/Kyiv", "Kyiv") in by_region["Europe"]
    assert ("Pacific/Auckland", "Auckland") in by_region["Pacific"]
    assert ("America/Argentina/Buenos_Aires", "Buenos Aires (Argentina)") in by_region["America"]
    labels = [label for _, label in by_region["Europe"]]
    assert labels == sorted(labels)


def test_utc_is_offered_once_and_first():
    choices = timezone_choices()
    assert choices[0] == ("UTC", "UTC")
    values = [value for value, _ in flat(choices)]
    assert values.count("UTC") == 1
    assert not [v for v in values if v.startswith("Etc/") or v in {"UCT", "Zulu", "GMT"}]


@pytest.mark.parametrize(
    "name",
    [
        "Factory",
        "localtime",
        "posixrules",
        "Etc/GMT+5",
        "US/Eastern",
        "Asia/Calcutta",
        "Europe/Kiev",
        "Australia/ACT",
        "America/Buenos_Aires",
        "GB",
        "EST5EDT",
        "Canada/Pacific",
    ],
)
def test_no_technical_name_or_legacy_alias_is_offered(name):
    assert name not in [value for value, _ in flat(timezone_choices())]


def test_every_offered_zone_loads():
    for value, _ in flat(timezone_choices()):
        zoneinfo.ZoneInfo(value)


def test_a_name_that_is_not_a_place_is_labelled_as_it_is():
    assert place_label("US/Eastern") == "Eastern"
    assert place_label("UTC") == "UTC"


def test_the_settings_page_shows_the_regions_as_option_groups(owner_client):
    html = owner_client.get("/settings/").content.decode()
    america = re.search(r'<optgroup label="America">(.*?)</optgroup>', html, re.DOTALL)
    assert america, "no America group"
    assert re.search(r'<option value="America/New_York"[^>]*>New York</option>', america.group(1))
    assert html.count('value="UTC"') == 1


def settings_form(**changes) -> dict:
    return {"display_name": "", "timezone": "UTC", "reminder_hour": "18", **changes}


def test_a_person_whose_saved_zone_is_a_legacy_alias_still_sees_and_keeps_it(client, db):
    person = UserFactory(timezone="US/Eastern")
    client.force_login(person)
    html = client.get("/settings/").content.decode()
    assert re.search(r'<option value="US/Eastern"[^>]*selected', html)
    response = client.post("/settings/", settings_form(timezone="US/Eastern", streaks_enabled="on"))
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.timezone == "US/Eastern"
    assert person.streaks_enabled


def test_nobody_else_can_choose_a_legacy_alias(owner_client, owner):
    response = owner_client.post("/settings/", settings_form(timezone="US/Eastern"), follow=True)
    assert response.status_code == 200
    owner.refresh_from_db()
    assert owner.timezone == "Europe/London"
