"""The urges-per-week chart on a person's page: only the urges about them, the last twelve weeks,
ridden out against the rest, drawn with its table; one query however long the history."""

import re
from datetime import datetime, time, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from detach.formatting import short_day_month
from practices.urges.charts import person_weeks_chart, recent_weeks
from practices.urges.selectors import urges_by_bucket
from tests.html import page_text
from tests.people.factories import PersonFactory
from tests.urges.factories import AnsweredUrgeFactory, UrgeFactory


def on(day, factory=UrgeFactory, **kwargs):
    started = timezone.make_aware(datetime.combine(day, time(12)))
    return factory(started_at=started, started_on=day, **kwargs)


def week_rows(html: str) -> dict[str, tuple[int, int]]:
    """{week label: (ridden out, the rest)} from the chart's table on the person's page."""
    block = html[html.index("data-person-urge-weeks") :]
    block = block[: block.index("</table>")]
    rows = re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td><td>(\d+)</td>', block)
    return {label: (int(ridden), int(rest)) for label, ridden, rest in rows}


def test_the_persons_page_shows_their_urges_by_week_and_nobody_elses(owner, owner_client, stranger):
    robin = PersonFactory(user=owner)
    kai = PersonFactory(user=owner)
    today = owner.local_today()
    this_week, last_week = recent_weeks(today)[-1], recent_weeks(today)[-2]
    on(this_week, AnsweredUrgeFactory, user=owner, person=robin)
    on(this_week, UrgeFactory, user=owner, person=robin)
    on(last_week, AnsweredUrgeFactory, user=owner, person=robin)
    on(last_week, AnsweredUrgeFactory, user=owner, person=robin, outcome="reached_out")
    on(last_week, AnsweredUrgeFactory, user=owner, person=robin)
    # Someone else's urges, and a stranger's, never count for Robin.
    on(this_week, AnsweredUrgeFactory, user=owner, person=kai)
    stranger_person = PersonFactory(user=stranger)
    on(this_week, AnsweredUrgeFactory, user=stranger, person=stranger_person)
    on(this_week, AnsweredUrgeFactory, user=owner, person=None)

    html = owner_client.get(robin.get_absolute_url()).content.decode()
    rows = week_rows(html)
    assert len(rows) == 12
    assert rows[short_day_month(this_week)] == (1, 1)
    assert rows[short_day_month(last_week)] == (2, 1)
    assert sum(r + o for r, o in rows.values()) == 5
    assert "5 urges about them paused in the last 12 weeks, 3 of them ridden out." in page_text(
        html
    )


def test_no_urges_in_twelve_weeks_draws_no_chart_but_keeps_the_numbers(owner, owner_client):
    robin = PersonFactory(user=owner)
    on(owner.local_today() - timedelta(weeks=20), AnsweredUrgeFactory, user=owner, person=robin)
    html = owner_client.get(robin.get_absolute_url()).content.decode()
    assert "data-person-urge-weeks" not in html
    assert "1 of 1 answered" in page_text(html)


def test_the_person_chart_counts_the_last_twelve_weeks_only(owner):
    robin = PersonFactory(user=owner)
    today = owner.local_today()
    on(today - timedelta(weeks=13), UrgeFactory, user=owner, person=robin)
    on(today, UrgeFactory, user=owner, person=robin)
    chart = person_weeks_chart(urges_by_bucket(owner, person=robin), today)
    assert "1 urge about them paused in the last 12 weeks, 0 of them ridden out." in chart.summary


def test_the_persons_page_costs_the_same_with_urges_over_many_weeks(owner, owner_client):
    counts = []
    for count in (1, 40):
        person = PersonFactory(user=owner)
        today = owner.local_today()
        for n in range(count):
            factory = AnsweredUrgeFactory if n % 2 else UrgeFactory
            on(today - timedelta(days=3 * n), factory, user=owner, person=person)
        with CaptureQueriesContext(connection) as queries:
            html = owner_client.get(person.get_absolute_url()).content.decode()
        assert "data-person-urge-weeks" in html
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
