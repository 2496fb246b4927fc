from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.urls import reverse

from detach.formatting import weekday_date
from practices.areas import AREAS
from practices.models import Activity, AreaRating, FulfillmentMap
from tests.html import page_text
from tests.practices.attributes import attribute_values
from tests.practices.factories import ActivityFactory, FulfillmentMapFactory, a_year_of_history

pytestmark = pytest.mark.django_db


def map_data(**overrides: tuple[int, int]) -> dict[str, str]:
    data = {}
    for area in AREAS:
        importance, fulfilment = overrides.get(area.code, (5, 5))
        data[f"importance_{area.code}"] = str(importance)
        data[f"fulfilment_{area.code}"] = str(fulfilment)
    return data


class _Checked(HTMLParser):
    def __init__(self):
        super().__init__()
        self.values: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "radio" and "checked" in attrs:
            self.values[attrs["name"]] = attrs["value"]


def checked_values(html: str) -> dict[str, str]:
    """{field name: value} of every chosen radio button on the page."""
    parser = _Checked()
    parser.feed(html)
    return parser.values


def test_the_module_page_invites_a_first_map_and_a_plan(owner_client):
    html = owner_client.get(reverse("practices:fulfillment")).content.decode()
    assert "One person cannot be everything" in html
    assert 'href="/practices/fulfillment/map/"' in html
    assert 'action="/practices/fulfillment/activities/new/"' in html
    assert "Nothing planned for this week yet" in html


def test_taking_the_map_saves_every_area_and_highlights_the_biggest_gaps(owner_client, owner):
    response = owner_client.post(
        reverse("practices:map_new"),
        map_data(friends=(9, 2), nature=(8, 3), rest=(7, 4), learning=(6, 5)),
    )
    fulfillment_map = FulfillmentMap.objects.get(user=owner)
    assert response.status_code == 302
    assert fulfillment_map.taken_on == owner.local_today()
    assert fulfillment_map.ratings.count() == 10
    assert fulfillment_map.as_dict()["friends"] == (9, 2)

    html = owner_client.get(response["Location"]).content.decode()
    assert html.count("biggest gap</span>") == 3
    assert "Plan something for friends" in html
    assert "Send one friend a message" in html  # an idea for the area
    assert "Plan something for learning" not in html  # a gap of 1 is not highlighted


def test_a_map_with_a_missing_number_is_not_saved_and_keeps_the_rest(owner_client):
    data = map_data(friends=(9, 2))
    data["fulfilment_nature"] = ""
    data["importance_rest"] = "11"
    response = owner_client.post(reverse("practices:map_new"), data, follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert not FulfillmentMap.objects.exists()
    assert html.count("Please choose a number from 0 to 10.") == 2
    checked = checked_values(html)
    assert checked["importance_friends"] == "9"
    assert checked["fulfilment_friends"] == "2"
    assert "fulfilment_nature" not in checked
    # Each problem sits in its own question's group and is announced with it.
    assert 'aria-describedby="id_fulfilment_nature_ends id_fulfilment_nature_error"' in html
    assert 'id="id_fulfilment_nature_error"' in html


def test_each_area_is_a_group_named_by_it_with_two_questions_in_words_on_a_0_to_10_scale(
    owner_client,
):
    html = owner_client.get(reverse("practices:map_new")).content.decode()
    text = page_text(html)
    for area in AREAS:
        assert f"<legend>{area.name}</legend>" in html
        for question in ("importance", "fulfilment"):
            for point in range(11):
                assert f'name="{question}_{area.code}" value="{point}"' in html
            assert f'name="{question}_{area.code}" value="11"' not in html
    assert text.count("How much does this matter to you?") == 10
    assert text.count("How fulfilled do you feel here right now?") == 10
    assert text.count("0 means Not at all, 10 means A great deal") == 10
    assert 'type="number"' not in html


def test_a_map_reads_as_words_first_with_the_numbers_folded_away_after(owner_client, owner):
    fulfillment_map = FulfillmentMapFactory(user=owner, ratings={"friends": (9, 2), "rest": (2, 8)})
    html = owner_client.get(fulfillment_map.get_absolute_url()).content.decode()
    text = page_text(html)
    words = text.index("Friends: matters a lot, feels thin right now")
    assert "Rest and solitude: matters less to you, feels full right now" in text
    assert "Family: matters somewhat, feels partly there right now" in text
    assert words < text.index("The numbers") < text.index("Gap")
    numbers = html[html.index('<details class="map-numbers">') :]
    assert "<table" in numbers[: numbers.index("</details>")]

    module = page_text(owner_client.get(reverse("practices:fulfillment")))
    assert module.index("Friends: matters a lot, feels thin right now") < module.index("matters 9")


def test_retaking_the_map_starts_from_the_last_answers_and_keeps_both(owner_client, owner):
    FulfillmentMapFactory(
        user=owner, taken_on=owner.local_today() - timedelta(days=30), ratings={"family": (7, 1)}
    )
    html = owner_client.get(reverse("practices:map_new")).content.decode()
    checked = checked_values(html)
    assert checked["importance_family"] == "7"
    assert checked["fulfilment_family"] == "1"
    assert len(checked) == 20
    owner_client.post(reverse("practices:map_new"), map_data(family=(7, 6)))
    assert FulfillmentMap.objects.filter(user=owner).count() == 2


def test_the_change_over_time_is_drawn_once_there_are_two_maps(owner_client, owner):
    today = owner.local_today()
    FulfillmentMapFactory(
        user=owner, taken_on=today - timedelta(days=60), ratings={"friends": (9, 2)}
    )
    html = owner_client.get(reverse("practices:fulfillment")).content.decode()
    assert '<figure class="chart' not in html
    assert "Retake the map in a few weeks" in html

    FulfillmentMapFactory(user=owner, taken_on=today, ratings={"friends": (9, 7)})
    html = owner_client.get(reverse("practices:fulfillment")).content.decode()
    assert '<figure class="chart chart-line">' in html
    assert '<svg viewBox="0 0 640 260" role="img"' in html and "Show the numbers" in html
    assert "up 5" in html  # friends went from 2 to 7 in the then-and-now table


def test_planning_an_activity_puts_it_in_this_weeks_plan(owner_client, owner):
    tomorrow = owner.local_today() + timedelta(days=1)
    response = owner_client.post(
        reverse("practices:activity_new"),
        {"title": "Pottery class on my own", "area": "creativity", "planned_for": tomorrow},
    )
    activity = Activity.objects.get(user=owner)
    assert response.status_code == 302
    assert (activity.title, activity.area, activity.planned_for) == (
        "Pottery class on my own",
        "creativity",
        tomorrow,
    )
    html = owner_client.get(reverse("practices:fulfillment")).content.decode()
    assert "Pottery class on my own" in html
    assert reverse("practices:activity_done", args=[activity.uuid]) in html


def test_an_activity_can_only_be_planned_for_this_week(owner_client, owner):
    far = owner.local_today() + timedelta(days=30)
    response = owner_client.post(
        reverse("practices:activity_new"),
        {"title": "Trip", "planned_for": far.isoformat()},
        follow=True,
    )
    assert response.status_code == 200
    assert not Activity.objects.exists()
    assert "Please choose a day in the coming week." in response.content.decode()


def test_a_gap_link_preselects_its_area_in_the_plan(owner_client):
    html = owner_client.get(reverse("practices:fulfillment") + "?area=nature").content.decode()
    assert '<option value="nature" selected>' in html
    # The blank form is kept once made: the next visit without an area must not inherit it,
    # and an unknown area is ignored.
    for query in ("", "?area=<script>"):
        html = owner_client.get(reverse("practices:fulfillment") + query).content.decode()
        assert " selected>" in html  # the day
        assert '<option value="nature" selected>' not in html
        assert "<script>" not in html.split('id="plan"')[1].split("</form>")[0]


def test_the_plan_offers_the_coming_week_from_the_persons_own_today(owner_client, owner):
    today = owner.local_today()
    html = owner_client.get(reverse("practices:fulfillment")).content.decode()
    assert f'<option value="{today.isoformat()}" selected>' in html
    assert f'<option value="{(today + timedelta(days=6)).isoformat()}">' in html


def test_logging_an_activity_as_done_keeps_enjoyment_time_and_an_encrypted_note(
    owner_client, owner
):
    activity = ActivityFactory(user=owner)
    response = owner_client.post(
        reverse("practices:activity_done", args=[activity.uuid]),
        {
            "done_on": owner.local_today().isoformat(),
            "enjoyment": "8",
            "minutes": "45",
            "note": "The water was cold and lovely.",
        },
    )
    activity.refresh_from_db()
    assert response.status_code == 302
    assert activity.done_on == owner.local_today()
    assert activity.enjoyment == 8
    assert activity.duration_seconds == 45 * 60
    assert activity.note == "The water was cold and lovely."
    with connection.cursor() as cursor:
        cursor.execute("SELECT title, note FROM practices_activity WHERE id = %s", [activity.pk])
        assert all(value.startswith("enc1:") for value in cursor.fetchone())
    html = owner_client.get(reverse("practices:fulfillment")).content.decode()
    assert "enjoyed 8/10" in html


def test_logging_an_activity_suggests_today(owner_client, owner):
    activity = ActivityFactory(user=owner, planned_for=owner.local_today() - timedelta(days=2))
    html = owner_client.get(reverse("practices:activity_done", args=[activity.uuid])).content
    assert f'value="{owner.local_today().isoformat()}"'.encode() in html


def test_an_activity_cannot_be_logged_for_a_day_still_to_come(owner_client, owner):
    activity = ActivityFactory(user=owner)
    response = owner_client.post(
        reverse("practices:activity_done", args=[activity.uuid]),
        {"done_on": (owner.local_today() + timedelta(days=2)).isoformat(), "enjoyment": "5"},
        follow=True,
    )
    activity.refresh_from_db()
    assert response.status_code == 200
    assert activity.done_on is None
    assert "That day has not come yet" in response.content.decode()


def test_an_activity_can_be_edited_and_deleted(owner_client, owner):
    activity = ActivityFactory(user=owner)
    owner_client.post(
        reverse("practices:activity_edit", args=[activity.uuid]),
        {
            "title": "Library afternoon",
            "area": "learning",
            "planned_for": owner.local_today().isoformat(),
        },
    )
    activity.refresh_from_db()
    assert activity.title == "Library afternoon"
    owner_client.post(reverse("practices:activity_delete", args=[activity.uuid]))
    assert not Activity.objects.filter(pk=activity.pk).exists()


def test_a_map_can_be_deleted_with_its_ratings(owner_client, owner):
    fulfillment_map = FulfillmentMapFactory(user=owner)
    owner_client.post(reverse("practices:map_delete", args=[fulfillment_map.uuid]))
    assert not FulfillmentMap.objects.exists()
    assert not AreaRating.objects.exists()


def test_the_module_page_with_a_year_of_history_stays_within_its_query_budget(
    owner_client, owner, django_assert_max_num_queries
):
    a_year_of_history(owner, today=owner.local_today())
    # session, user, maps, their ratings (one query), this week's activities, the earlier
    # activities shown (and one more, to know whether to offer the rest)
    with django_assert_max_num_queries(6):
        response = owner_client.get(reverse("practices:fulfillment"))
    html = response.content.decode()
    assert '<figure class="chart chart-line">' in html
    assert html.count('class="list-inline-item"><a href="/practices/fulfillment/maps/') == 13
    assert html.count('class="activity-item') < 30
    assert "Show all your activities" in html
    with django_assert_max_num_queries(6):
        every = owner_client.get(reverse("practices:fulfillment") + "?history=all")
    assert every.content.decode().count('class="activity-item') > html.count('class="activity-item')
    assert "Show all your activities" not in every.content.decode()


def test_a_map_page_only_reads(owner_client, owner):
    fulfillment_map = FulfillmentMapFactory(user=owner)
    response = owner_client.post(reverse("practices:map_detail", args=[fulfillment_map.uuid]))
    assert response.status_code == 405
    assert FulfillmentMap.objects.filter(pk=fulfillment_map.pk).exists()


def test_after_years_of_maps_the_page_shows_the_first_and_the_latest_twelve(owner_client, owner):
    from datetime import timedelta

    from practices.models import FulfillmentMap

    today = owner.local_today()
    maps = [
        FulfillmentMapFactory(user=owner, taken_on=today - timedelta(weeks=w)) for w in range(30)
    ]
    first = min(maps, key=lambda m: m.taken_on)
    html = owner_client.get("/practices/fulfillment/").content.decode()
    assert html.count('<li class="list-inline-item"><a href="/practices/fulfillment/maps/') == 13
    assert f'href="/practices/fulfillment/maps/{first.uuid}/"' in html
    assert "13 of the 30 you have taken" in html
    assert FulfillmentMap.objects.filter(user=owner).count() == 30


def test_activity_rows_say_when_and_escape_what_the_person_wrote(owner_client, owner):
    today = owner.local_today()
    planned_title = 'Swim & sauna with "Jo" <b>now</b>'
    done_title = "Call Sam's mum <script>alert('x')</script>"
    planned = ActivityFactory(user=owner, title=planned_title, planned_for=today, area="body")
    done = ActivityFactory(
        user=owner,
        title=done_title,
        planned_for=today - timedelta(days=20),
        done_on=today - timedelta(days=20),
        enjoyment=8,
        duration_seconds=1800,
        note='It\'s "cold" & <script>z()</script>\nsecond line',
    )
    response = owner_client.get(reverse("practices:fulfillment"))
    html, text = response.content.decode(), page_text(response)
    # What the person wrote reads as written, and none of it became markup.
    assert "<script>" not in html and "<b>now" not in html
    assert f"Planned: {planned_title} Planned for today · Body and movement" in text
    assert f"Log as done: {planned_title}" in text and f"Edit: {planned_title}" in text
    done_day = weekday_date(done.done_on)
    assert f"Done: {done_title} Done on {done_day} · enjoyed 8/10 · 30 min" in text
    assert f"Edit log: {done_title}" in text
    assert 'It\'s "cold" & <script>z()</script>second line' in text
    assert "&lt;/script&gt;<br>second line" in html  # the note keeps its line break
    # Labels read by screen readers and links survive quotes and apostrophes whole.
    labels = attribute_values(response, "aria-label")
    assert f"Delete: {planned_title}" in labels and f"Delete: {done_title}" in labels
    assert f'<time datetime="{today.isoformat()}">today</time>' in html
    assert f'href="{reverse("practices:activity_done", args=[planned.uuid])}">Log as done' in html
    assert f'href="{reverse("practices:activity_edit", args=[planned.uuid])}">Edit<' in html
    assert f'href="{reverse("practices:activity_done", args=[done.uuid])}">Edit log' in html
    assert f'href="{reverse("practices:activity_delete", args=[done.uuid])}"' in html


def test_ten_earlier_activities_need_no_link_to_more_and_eleven_do(owner_client, owner):
    long_ago = owner.local_today() - timedelta(days=40)
    for n in range(10):
        ActivityFactory(user=owner, planned_for=long_ago - timedelta(days=n))
    html = owner_client.get(reverse("practices:fulfillment")).content.decode()
    assert html.count('class="activity-item') == 10
    assert "Show all your activities" not in html
    ActivityFactory(user=owner, planned_for=long_ago - timedelta(days=20))
    html = owner_client.get(reverse("practices:fulfillment")).content.decode()
    assert html.count('class="activity-item') == 10
    assert "Show all your activities" in html
