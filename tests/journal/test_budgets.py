"""Query budgets with 2,000 entries, each with three tags: the list, the calendar and an entry
cost a fixed number of queries, whatever the size of the history. Every budget is asked of a
page that shows many rows with several tags each, so a query per row (an N+1) would show."""

import re

import pytest
from django.urls import reverse

from journal.models import Entry
from tests.journal.factories import DraftFactory, TagFactory, bulk_entries

pytestmark = pytest.mark.django_db
HISTORY = 2000
TAG_NAMES = ("work", "family", "sleep", "walks")
TAGS_PER_ENTRY = 3


@pytest.fixture
def history(owner):
    """Two entries a day going back 1,000 days. Entry n has moods cycling 1-5 and none
    (bulk_entries), and three of the four tags: all but ``TAG_NAMES[(n + 3) % 4]``. So every
    entry with mood 3 (n = 2 mod 6, always even) has "work": a third of a thousand entries
    match the tag-and-mood filter below."""
    entries = bulk_entries(owner, HISTORY)
    tags = [TagFactory(user=owner, name=name) for name in TAG_NAMES]
    links = [
        Entry.tags.through(entry_id=entry.pk, tag_id=tags[(n + k) % len(tags)].pk)
        for n, entry in enumerate(entries)
        for k in range(TAGS_PER_ENTRY)
    ]
    Entry.tags.through.objects.bulk_create(links, batch_size=500)
    DraftFactory(user=owner, body="a draft")
    return entries


def rows_and_chips(response) -> tuple[int, int]:
    """How many list rows the page shows, and how many tag chips inside them."""
    page = response.content.decode()
    rows = page[page.index('class="list-unstyled journal-list"') :]
    return rows.count('class="card card-calm journal-row'), len(
        re.findall(r'class="tag-chip"', rows)
    )


def test_the_list_stays_within_its_budget(owner_client, history, django_assert_max_num_queries):
    # 1 session, 2 user, 3 the person's tags (filters and chips), 4 one page of entries (keyset,
    # LIMIT 21) with their tag ids (a subquery on the link table), 5 open drafts, 6 on-this-day
    # entries, 7 the latest quiz scores (the prompt).
    with django_assert_max_num_queries(7):
        response = owner_client.get(reverse("journal:index"))
    assert rows_and_chips(response) == (20, 20 * TAGS_PER_ENTRY)
    assert len(response.context["memories"]) == 3


def test_a_later_page_costs_the_same(owner_client, history, django_assert_max_num_queries):
    first = owner_client.get(reverse("journal:index")).context
    older = first["older_url"]
    # 1 session, 2 user, 3 tags, 4 the page after the cursor with its tag ids.
    with django_assert_max_num_queries(4):
        response = owner_client.get(older)
    assert rows_and_chips(response) == (20, 20 * TAGS_PER_ENTRY)


def test_filtered_lists_stay_within_budget(owner_client, history, django_assert_max_num_queries):
    work = next(tag for tag in history[0].tags.all() if tag.name == "work")
    url = reverse("journal:index") + f"?tag={work.uuid}&mood=3"
    # 1 session, 2 user, 3 tags, 4 the page (filtered in SQL) with its tag ids.
    with django_assert_max_num_queries(4):
        response = owner_client.get(url)
    assert rows_and_chips(response) == (20, 20 * TAGS_PER_ENTRY)
    assert response.context["older_url"]  # more than a page matches: about 330 entries
    assert all(entry.mood == 3 and work in entry.tag_list for entry in response.context["entries"])


def test_the_month_stays_within_its_budget(owner_client, history, django_assert_max_num_queries):
    # 1 session, 2 user, 3 one grouped query of day counts and mean moods.
    with django_assert_max_num_queries(3):
        response = owner_client.get(reverse("journal:calendar"))
    assert response.context["entry_total"] > 0


def test_the_year_stays_within_its_budget(owner_client, history, django_assert_max_num_queries):
    # 1 session, 2 user, 3 one grouped query of day counts and mean moods.
    with django_assert_max_num_queries(3):
        response = owner_client.get(reverse("journal:year"))
    assert response.context["day_total"] > 0


def test_an_entry_stays_within_its_budget(owner_client, history, django_assert_max_num_queries):
    entry = history[1234]
    # 1 session, 2 user, 3 the entry, 4 its tags (prefetched).
    with django_assert_max_num_queries(4):
        response = owner_client.get(reverse("journal:detail", args=[entry.uuid]))
    assert response.content.decode().count('class="tag-chip"') == TAGS_PER_ENTRY


def test_the_edit_page_stays_within_its_budget(
    owner_client, history, django_assert_max_num_queries
):
    entry = history[1234]
    # 1 session, 2 user, 3 the entry, 4 its tags, 5 the person's tags (choices), 6 a waiting
    # draft.
    with django_assert_max_num_queries(6):
        response = owner_client.get(reverse("journal:edit", args=[entry.uuid]))
    assert response.status_code == 200


def test_the_list_costs_the_same_for_a_short_and_a_long_history(owner, stranger, history):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    bulk_entries(stranger, 30)
    DraftFactory(user=stranger)
    counts = []
    for person in (stranger, owner):
        client = Client()
        client.force_login(person)
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("journal:index"))
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_search_for_a_rare_word_reads_only_its_candidates(
    owner_client, history, django_assert_max_num_queries
):
    # 1 session, 2 user, 3 tags, 4 the blind index's candidates (a handful of the 2,000
    # entries), 5 those entries, with their tag ids, in one batch.
    with django_assert_max_num_queries(5):
        response = owner_client.get(reverse("journal:index") + "?q=day+1999:")
    assert rows_and_chips(response) == (1, TAGS_PER_ENTRY)


def test_a_search_for_a_common_word_fills_a_page_from_the_first_batch(
    owner_client, history, django_assert_max_num_queries
):
    # 1 session, 2 user, 3 tags, 4 the blind index's candidates (more than 500: left as a
    # subquery), 5 the first batch of 50 (every entry says "quiet"), with its tag ids.
    with django_assert_max_num_queries(5):
        response = owner_client.get(reverse("journal:index") + "?q=quiet")
    assert rows_and_chips(response) == (20, 20 * TAGS_PER_ENTRY)
