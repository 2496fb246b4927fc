"""The lines page's cost stays flat with history; the progress page shows lines kept."""

from datetime import timedelta

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from practices.lines.models import CheckIn, Line, LineRevision
from progress import lines as lines_progress
from tests.html import page_text
from tests.lines.factories import CheckInFactory, LineFactory, LineRevisionFactory
from tests.people.factories import PersonFactory


def history(user, *, people: int, lines: int, days: int) -> None:
    persons = [PersonFactory(user=user, name=f"Person {n}") for n in range(people)]
    for n in range(lines):
        line = LineFactory(user=user, person=persons[n % people] if n % 4 else None)
        if n % 3 == 0:
            LineRevisionFactory(line=line)
    today = user.local_today()
    CheckIn.objects.bulk_create(
        CheckIn(user=user, day=today - timedelta(days=n), kept=n % 6 != 0, note="n" if n else "")
        for n in range(days)
    )


def test_the_lines_page_costs_seven_queries_with_30_lines_and_400_check_ins(
    owner, owner_client, django_assert_max_num_queries
):
    history(owner, people=5, lines=32, days=400)
    # The session, the user, the people, the lines, every check-in's day and answer, and
    # today's check-in: 6, however many lines and days; and, today being a "Not today", the
    # people with lines, to say whose line it was: 7.
    with django_assert_max_num_queries(7):
        response = owner_client.get("/lines/")
    assert response.status_code == 200
    assert response.content.decode().count('class="line-item') == 32
    assert response.context["progress"].checked_total == 400


def test_the_lines_page_costs_the_same_empty_and_full(owner, owner_client, stranger_client):
    history(owner, people=3, lines=31, days=370)
    # Today kept, as on the empty page: a "Not today" adds one query (whose line it was).
    CheckIn.objects.filter(user=owner, day=owner.local_today()).update(kept=True)
    counts = []
    for client in (stranger_client, owner_client):
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/lines/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_the_progress_page_shows_lines_kept_by_week(owner, owner_client):
    today = owner.local_today()
    for n in range(20):
        CheckInFactory(user=owner, day=today - timedelta(days=n), kept=n % 5 != 0)
    text = page_text(owner_client.get("/progress/?range=30d").content.decode())
    assert "Days within my lines, by week" in text
    assert "You kept your lines on 16 of the 20 days you checked in." in text


def test_the_progress_page_without_check_ins_invites_one(owner, owner_client):
    from tests.journal.factories import EntryFactory

    EntryFactory(user=owner, mood=3, entry_date=owner.local_today())
    LineFactory(user=owner)
    CheckInFactory(user=owner, day=owner.local_today() - timedelta(days=200))
    text = page_text(owner_client.get("/progress/?range=30d").content.decode())
    assert "No check-ins in this range." in text


def test_the_share_trend_says_what_changed_never_why():
    from datetime import date

    weeks = [date(2026, 1, 5) + timedelta(weeks=n) for n in range(8)]
    buckets = {w: ((3, 7) if i < 4 else (7, 7)) for i, w in enumerate(weeks)}
    found = lines_progress.share_trend(buckets, "week")
    assert found.text.startswith("Lately you kept your lines on more of the days")
    assert "100% in your latest 4 weeks, against 43%" in found.text
    for word in ("because", "caused", "thanks to", "due to"):
        assert word not in found.text.lower()
    assert lines_progress.share_trend(dict(list(buckets.items())[:7]), "week") is None


def test_the_share_trend_calls_a_small_change_about_the_same():
    from datetime import date

    weeks = [date(2026, 1, 5) + timedelta(weeks=n) for n in range(8)]
    buckets = {w: ((19, 20) if i < 4 else (20, 20)) for i, w in enumerate(weeks)}
    assert "about the same share" in lines_progress.share_trend(buckets, "week").text


def test_seed_demo_fills_years_of_lines_with_slips_once(db):
    for _ in range(2):
        call_command(
            "seed_demo",
            email="lines@example.org",
            password="a long passphrase 1",
            days=800,
            verbosity=0,
        )
    check_ins = CheckIn.objects.filter(user__email="lines@example.org")
    assert 600 < check_ins.count() < 800
    assert check_ins.filter(kept=False).count() > 40
    assert Line.objects.filter(user__email="lines@example.org").count() == 7
    assert LineRevision.objects.filter(user__email="lines@example.org").count() == 3
    client = Client()
    client.force_login(check_ins.first().user)
    assert client.get("/lines/").status_code == 200
