import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.urls import reverse

from detach.formatting import full_date, short_date, short_day_month
from practices.models import BreathingSession, NotingPractice
from tests.html import page_text
from tests.practices.attributes import attribute_values
from tests.practices.factories import (
    BreathingSessionFactory,
    NotingPracticeFactory,
    a_year_of_history,
)

pytestmark = pytest.mark.django_db

SESSION = {"calm_before": "3", "pattern": "478", "minutes": "4", "seconds": "30", "calm_after": "7"}
NOTING = {
    "noticed": "I keep picturing them with someone else.",
    "kind": "thought",
    "name": "an old fear",
    "intensity_before": "8",
    "acceptance": "partly",
    "letting_go": "Three slow breaths, then back to my book.",
    "intensity_after": "5",
}


def test_the_module_page_has_the_lesson_and_both_exercises(owner_client):
    html = owner_client.get(reverse("practices:mindfulness")).content.decode()
    assert "Notice, name, accept, let go" in html
    assert 'href="/practices/mindfulness/breathing/"' in html
    assert 'href="/practices/mindfulness/noting/"' in html


def test_the_breathing_page_offers_the_pacer_with_its_safety_note_and_live_region(owner_client):
    html = owner_client.get(reverse("practices:breathing")).content.decode()
    assert 'id="pacer" hidden' in html  # revealed by the script only
    assert 'data-pattern-box="4-4-4-4"' in html
    assert 'data-pattern-478="4-7-8-0"' in html
    assert 'data-pattern-slow="5-0-5-0"' in html
    assert 'aria-live="polite"' in html
    assert "If you feel light-headed" in html
    assert "js/practices-pacer.js" in html
    lengths = re.findall(r'<option value="(\d+)"', html.split('id="pacer-length"')[1])
    assert lengths == [str(n) for n in range(1, 21)]
    # Without JS the plain form still asks for the duration.
    assert 'name="minutes"' in html and 'name="seconds"' in html
    assert "style=" not in html


def test_a_session_logged_without_javascript_keeps_duration_pattern_and_calm(owner_client, owner):
    response = owner_client.post(reverse("practices:breathing"), SESSION)
    session = BreathingSession.objects.get(user=owner)
    assert response.status_code == 302
    assert session.duration_seconds == 270
    assert (session.calm_before, session.calm_after) == (3, 7)
    assert session.counts == "4-7-8-0"
    assert session.practiced_on == owner.local_today()
    html = owner_client.get(reverse("practices:mindfulness")).content.decode()
    assert "4 min 30 s" in html
    assert '3 → 7 <span class="calm-change d-none d-sm-inline">(+4)</span>' in html
    assert "<td>4-7-8</td>" in html
    assert '<figure class="chart chart-line">' in html


def test_a_custom_pattern_keeps_its_own_counts(owner_client, owner):
    owner_client.post(
        reverse("practices:breathing"),
        {
            **SESSION,
            "pattern": "custom",
            "inhale": "3",
            "hold_in": "1",
            "exhale": "6",
            "hold_out": "0",
        },
    )
    session = BreathingSession.objects.get(user=owner)
    assert (session.pattern, session.counts) == ("custom", "3-1-6-0")


def test_a_custom_pattern_without_counts_is_explained(owner_client):
    response = owner_client.post(
        reverse("practices:breathing"),
        {**SESSION, "pattern": "custom", "inhale": "", "hold_in": "", "exhale": "20"},
        follow=True,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not BreathingSession.objects.exists()
    assert "Please give the seconds for breathing in." in html
    assert "Ensure this value is less than or equal to 12." in html


def test_a_session_of_no_time_at_all_is_not_logged(owner_client):
    response = owner_client.post(
        reverse("practices:breathing"), {**SESSION, "minutes": "0", "seconds": "0"}, follow=True
    )
    assert response.status_code == 200
    assert "at least a few seconds" in response.content.decode()
    assert not BreathingSession.objects.exists()


def input_value(html: str, name: str) -> str | None:
    """The value a form's input ``name`` shows, or None when it shows none."""
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)
    value = re.search(r'value="([^"]*)"', tag)
    return value.group(1) if value else None


def test_the_breathing_form_fills_in_no_time_that_was_not_breathed(owner_client):
    response = owner_client.get(reverse("practices:breathing"))
    html = response.content.decode()
    assert "<legend>How long did you breathe?</legend>" in html
    assert ">Minutes<" in re.sub(r"\s+", "", html.split('for="id_minutes"')[1])
    assert input_value(html, "minutes") is None
    assert input_value(html, "seconds") is None
    assert input_value(html, "breathed_seconds") is None


def test_saving_with_nothing_breathed_or_written_logs_nothing_and_says_so_calmly(owner_client):
    without_time = {"calm_before": "3", "pattern": "box", "calm_after": "6"}
    response = owner_client.post(reverse("practices:breathing"), without_time, follow=True)
    assert response.status_code == 200
    assert not BreathingSession.objects.exists()
    html = response.content.decode()
    assert "Nothing is logged yet: the pacer has not run." in page_text(response)
    assert 'aria-describedby="id_minutes_error"' in html  # the message sits by the field
    assert (input_value(html, "calm_before"), input_value(html, "calm_after")) == ("3", "6")


def test_a_time_written_on_purpose_is_logged_exactly(owner_client, owner):
    written = {"calm_before": "3", "pattern": "box", "minutes": "3", "calm_after": "6"}
    response = owner_client.post(reverse("practices:breathing"), written, follow=True)
    assert BreathingSession.objects.get(user=owner).duration_seconds == 180
    assert "Logged 3 min of breathing." in page_text(response)


@pytest.mark.parametrize(
    ("breathed", "logged"), [("83.6", 84), ("83.4", 83), ("12", 12), ("0.5", 1)]
)
def test_the_seconds_the_pacer_ran_are_logged_to_the_nearest_second(
    owner_client, owner, breathed, logged
):
    from_pacer = {"calm_before": "3", "pattern": "box", "breathed_seconds": breathed}
    response = owner_client.post(reverse("practices:breathing"), {**from_pacer, "calm_after": "5"})
    assert response.status_code == 302
    assert BreathingSession.objects.get(user=owner).duration_seconds == logged


def test_a_time_the_person_corrects_after_the_pacer_wins_over_the_pacers_own(owner_client, owner):
    corrected = {**SESSION, "minutes": "2", "seconds": "0", "breathed_seconds": "47.2"}
    owner_client.post(reverse("practices:breathing"), corrected)
    assert BreathingSession.objects.get(user=owner).duration_seconds == 120


def test_a_pacer_stopped_at_once_logs_nothing(owner_client):
    from_pacer = {"calm_before": "3", "pattern": "box", "breathed_seconds": "0.2"}
    response = owner_client.post(
        reverse("practices:breathing"), {**from_pacer, "calm_after": "5"}, follow=True
    )
    assert response.status_code == 200
    assert "at least a few seconds" in page_text(response)
    assert not BreathingSession.objects.exists()


def test_calm_must_be_between_0_and_10(owner_client):
    response = owner_client.post(
        reverse("practices:breathing"), {**SESSION, "calm_after": "11"}, follow=True
    )
    assert response.status_code == 200
    assert "Please choose a number from 0 to 10." in response.content.decode()


def test_the_noting_form_walks_through_the_four_steps(owner_client):
    html = owner_client.get(reverse("practices:noting")).content.decode()
    steps = [
        html.index(f"<legend>{step}</legend>")
        for step in ("1. Notice", "2. Name", "3. Accept", "4. Let go")
    ]
    assert steps == sorted(steps)


def test_a_noting_practice_is_saved_encrypted_and_shown_in_the_history(owner_client, owner):
    response = owner_client.post(reverse("practices:noting"), NOTING)
    noting = NotingPractice.objects.get(user=owner)
    assert response.status_code == 302
    assert noting.name == "an old fear"
    assert (noting.intensity_before, noting.intensity_after) == (8, 5)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT noticed, name, letting_go FROM practices_notingpractice WHERE id = %s",
            [noting.pk],
        )
        assert all(value.startswith("enc1:") for value in cursor.fetchone())
    html = owner_client.get(reverse("practices:mindfulness")).content.decode()
    assert "an old fear" in html and "Strength 8 → 5" in html


def test_a_noting_practice_needs_what_was_noticed_and_its_name(owner_client):
    response = owner_client.post(
        reverse("practices:noting"), {**NOTING, "noticed": "", "name": " "}, follow=True
    )
    html = response.content.decode()
    assert "Please write what you noticed" in html
    assert "Please give it a short name." in html
    assert "Three slow breaths" in html  # what was typed stays


def test_sessions_and_notings_can_be_deleted(owner_client, owner):
    session = BreathingSessionFactory(user=owner)
    noting = NotingPracticeFactory(user=owner)
    owner_client.post(reverse("practices:session_delete", args=[session.uuid]))
    owner_client.post(reverse("practices:noting_delete", args=[noting.uuid]))
    assert not BreathingSession.objects.exists()
    assert not NotingPractice.objects.exists()


def test_the_module_page_with_a_year_of_history_stays_within_its_query_budget(
    owner_client, owner, django_assert_max_num_queries
):
    a_year_of_history(owner, today=owner.local_today())
    # session, user, breathing totals (one aggregate), the sessions shown and charted,
    # count of notings, the notings shown
    with django_assert_max_num_queries(6):
        response = owner_client.get(reverse("practices:mindfulness"))
    html = response.content.decode()
    assert "122 sessions in all" in html
    assert "Show all 122 sessions" in html
    with django_assert_max_num_queries(6):
        response = owner_client.get(reverse("practices:mindfulness") + "?history=all")
    assert response.content.decode().count("practices/mindfulness/breathing/") >= 122


def test_the_histories_show_each_session_and_noting_and_escape_what_was_written(
    owner_client, owner
):
    today = owner.local_today()
    last_year = today.replace(year=today.year - 1, day=1)
    BreathingSessionFactory(user=owner, practiced_on=today, calm_before=3, calm_after=6)
    BreathingSessionFactory(user=owner, practiced_on=last_year, calm_before=6, calm_after=4)
    name = '<b>checking</b> & "scrolling"'
    noticed = "I'm <script>w()</script> restless\nthen calmer"
    letting_go = "<i>phone away</i>, it's fine"
    noting = NotingPracticeFactory(
        user=owner, name=name, noticed=noticed, letting_go=letting_go, intensity_after=None
    )
    response = owner_client.get(reverse("practices:mindfulness"))
    html, text = response.content.decode(), page_text(response)
    assert "<script>" not in html and "<b>checking" not in html and "<i>phone" not in html
    assert f'<time datetime="{today.isoformat()}">{short_day_month(today)}</time>' in html
    assert f">{short_date(last_year)}</time>" in html
    assert "3 → 6 (+3)" in text and "6 → 4 (-2)" in text
    labels = attribute_values(response, "aria-label")
    assert f"Delete the session of {full_date(today)}" in labels
    assert f"Delete the session of {full_date(last_year)}" in labels
    assert f"Delete the noting practice of {full_date(noting.practiced_on)}" in labels
    assert f"{full_date(noting.practiced_on)} · An urge “{name}” I'm <script>w()</script>" in text
    assert "restless<br>then calmer" in html  # what was noticed keeps its line break
    assert f"Strength 7 · Partly · {letting_go}" in text


class _PacerStart(HTMLParser):
    """The length selected in the pacer and the pattern checked in the form."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.selected_minutes: list[str] = []
        self.checked_patterns: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "option" and "selected" in attrs:
            self.selected_minutes.append(attrs["value"])
        if tag == "input" and attrs.get("name") == "pattern" and "checked" in attrs:
            self.checked_patterns.append(attrs["value"])


def pacer_start(client, query="") -> tuple[list[str], list[str]]:
    parser = _PacerStart()
    parser.feed(client.get(reverse("practices:breathing") + query).content.decode())
    return parser.selected_minutes, parser.checked_patterns


def test_the_pacer_opens_on_five_minutes_of_box_breathing(owner_client):
    assert pacer_start(owner_client) == (["5"], ["box"])


def test_two_minutes_of_slow_breathing_opens_the_pacer_on_exactly_that(owner_client):
    assert pacer_start(owner_client, "?minutes=2&pattern=slow") == (["2"], ["slow"])


@pytest.mark.parametrize(
    "query", ["?minutes=0&pattern=own", "?minutes=99", "?minutes=two&pattern="]
)
def test_a_length_or_pattern_the_pacer_does_not_offer_falls_back_to_its_default(
    owner_client, query
):
    assert pacer_start(owner_client, query) == (["5"], ["box"])


def test_the_way_back_in_after_a_gap_opens_two_minutes_of_slow_breathing(owner_client, owner):
    from progress.models import PathState
    from progress.path.sessions import SESSIONS

    away_since = owner.local_today() - timedelta(days=14)
    PathState.objects.create(user=owner, done={SESSIONS[0].slug: away_since.isoformat()})
    for url in (reverse("today:home"), reverse("path:index")):
        html = owner_client.get(url).content.decode()
        assert f'href="{reverse("practices:breathing")}?minutes=2&amp;pattern=slow"' in html


def test_breathe_for_a_minute_opens_the_pacer_on_one_minute(owner_client):
    html = owner_client.get(reverse("urges:kindness")).content.decode()
    assert f'href="{reverse("practices:breathing")}?minutes=1">Breathe for a minute' in html
