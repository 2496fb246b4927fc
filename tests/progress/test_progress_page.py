import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from journal.models import Entry
from journal.selectors import todays_prompt
from tests.factories import UserFactory
from tests.html import page_text

DEMO_PASSWORD = "a demo passphrase"


def seeded_client(email: str, days: int) -> Client:
    call_command("seed_demo", email=email, password=DEMO_PASSWORD, days=days, verbosity=0)
    client = Client()
    assert client.login(email=email, password=DEMO_PASSWORD)
    return client


@pytest.fixture
def year_client(db) -> Client:
    return seeded_client("year@example.org", 365)


def test_a_new_person_sees_a_warm_start_that_leads_to_the_quiz(owner_client):
    html = owner_client.get("/progress/").content.decode()
    assert "Let us begin gently" in html
    assert 'href="/quiz/"' in html
    main = html.split("<main", 1)[1].split("</main>")[0]
    # No charts yet: the only drawings are the buttons' decorative icons.
    assert '<figure class="chart' not in main
    assert all('aria-hidden="true"' in svg for svg in re.findall(r"<svg[^>]*>", main))


def test_the_page_shows_todays_prompt_and_a_way_to_write_about_it(owner_client):
    html = owner_client.get("/progress/").content.decode()
    assert "Today&#x27;s prompt" in html or "Today's prompt" in html
    assert re.search(r'href="/journal/new/\?prompt=[\w.-]+"', html)


def test_another_prompt_without_javascript_reloads_the_progress_page_on_the_next_prompt(
    owner, owner_client
):
    response = owner_client.get("/progress/?range=90d&prompt=1")
    text = page_text(response)
    assert todays_prompt(owner, 1).text in text
    assert todays_prompt(owner).text not in text
    html = response.content.decode()
    another = re.search(r'<a [^>]*id="another-prompt"[^>]*>', html).group(0)
    assert 'href="/progress/?range=90d&amp;prompt=2"' in another
    assert 'hx-get="/progress/prompt/?range=90d&amp;prompt=2"' in another
    assert 'hx-target="#prompt-region"' in another
    assert 'id="prompt-region"' in html
    assert "htmx" in "".join(re.findall(r'<script [^>]*src="([^"]+)"', html))


def test_the_prompt_swapped_in_on_the_progress_page_keeps_its_links_there(owner, owner_client):
    url = "/progress/prompt/?range=1y&prompt=3"
    card = owner_client.get(url, HTTP_HX_REQUEST="true")
    assert todays_prompt(owner, 3).text in page_text(card)
    assert "<html" not in card.content.decode()
    assert 'href="/progress/?range=1y&amp;prompt=4"' in card.content.decode()
    # Followed without htmx (a new tab, say), it lands back on the progress page.
    plain = owner_client.get(url)
    assert plain.status_code == 302
    assert plain["Location"] == "/progress/?range=1y&prompt=3"


def test_a_person_with_history_sees_every_chart_with_a_text_alternative(year_client):
    html = year_client.get("/progress/?range=1y").content.decode()
    for title in [
        "Your quiz results",
        "Both scores over time",
        "Mood by week",
        "Practice minutes by week and module",
        "Fulfilment map: then and now",
        "Days with a journal entry",
    ]:
        assert title in html
    assert html.count("<table") >= 6
    assert "Let us begin gently" not in html


def test_observations_show_the_numbers_behind_them(year_client):
    html = year_client.get("/progress/?range=1y").content.decode()
    assert re.search(
        r"In weeks when you practised three times or more, your mood averaged \d\.\d; "
        r"in other weeks, \d\.\d\.</p><details class=\"observation-basis small\"><summary>"
        r"How this is worked out</summary><p [^>]*>The average of your journal moods \(1 to 5\) "
        r"in the \d+ weeks",
        html,
    )
    assert "do not say what caused what" in html


def test_switching_the_range_changes_the_charts(year_client):
    month = year_client.get("/progress/?range=30d").content.decode()
    year = year_client.get("/progress/?range=1y").content.decode()
    assert 'aria-current="page" href="?range=30d"' in month
    assert month.count('<tr><th scope="row">') < year.count('<tr><th scope="row">')


def test_a_long_history_is_drawn_by_month(db):
    client = seeded_client("long@example.org", 800)
    html = client.get("/progress/?range=all").content.decode()
    assert "Mood by month" in html


def test_years_of_history_are_drawn_by_quarter_with_every_quarter_in_the_table(db):
    client = seeded_client("years@example.org", 4 * 365)
    html = client.get("/progress/?range=all").content.decode()
    assert "Mood by quarter" in html
    assert "Practices by quarter and module" in html
    assert '<th scope="col">Quarter</th>' in html
    # About four years: 16 or 17 quarters in each table, with no quarter missing or repeated.
    mood_table = html.split("Mood by quarter: the numbers")[1].split("</table>")[0]
    quarters = re.findall(r'<th scope="row">(\w{3}–\w{3} ’\d\d)</th>', mood_table)
    assert 16 <= len(quarters) <= 17
    assert len(set(quarters)) == len(quarters)
    # The quiz scores follow the same quarters, each the mean of the results in it.
    scores = html.split("Both scores over time: the numbers")[1].split("</table>")[0]
    assert '<th scope="col">Quarter</th>' in scores
    assert "Each point is the mean of your results in that quarter." in html


def test_the_query_count_is_the_same_for_a_new_person_and_five_years_of_data(db):
    newcomer = Client()
    newcomer.force_login(UserFactory())
    veteran = seeded_client("veteran@example.org", 5 * 365)
    for range_key in ["30d", "90d", "1y", "all"]:
        counts = []
        for client in (newcomer, veteran):
            # The session, the user, then the quiz results, mood by week, practice by week
            # (one UNION ALL), the fulfilment maps and the journal days: 7 queries.
            with CaptureQueriesContext(connection) as queries:
                assert client.get(f"/progress/?range={range_key}").status_code == 200
            counts.append(len(queries))
        assert counts[0] == counts[1] <= 7, (range_key, counts)


def test_seed_demo_refills_instead_of_piling_up(db):

    call_command(
        "seed_demo", email="again@example.org", password=DEMO_PASSWORD, days=60, verbosity=0
    )
    first = Entry.objects.count()
    call_command(
        "seed_demo", email="again@example.org", password=DEMO_PASSWORD, days=60, verbosity=0
    )
    assert Entry.objects.count() == first > 30


def test_years_of_results_draw_the_first_and_the_latest_eleven_on_the_plane(db):
    client = seeded_client("many@example.org", 900)
    html = client.get("/progress/?range=all").content.decode()
    plane = html.split('class="chart chart-plane"', 1)[1].split("</figure>", 1)[0]
    drawing = plane.split("</svg>", 1)[0]  # the plane itself, not its legend's keys
    assert len(re.findall(r'<circle class="plane-point( plane-point-current)?"', drawing)) == 12
    assert "the plane shows the first and the latest 11" in plane


def test_the_view_renders_one_dashboard_for_the_chosen_range(year_client):
    from progress.dashboard import Dashboard

    response = year_client.get("/progress/?range=30d")
    assert isinstance(response.context["dashboard"], Dashboard)
    assert response.context["selected"].key == "30d"
    assert response.context["dashboard"].mood_chart.title == "Mood by week"
