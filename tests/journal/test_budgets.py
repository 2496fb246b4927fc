"""Query budgets with 2,000 entries: the list, the calendar and an entry cost a fixed number of
queries, whatever the size of the history."""

import pytest
from django.urls import reverse

from journal.models import Entry
from tests.journal.factories import DraftFactory, TagFactory, bulk_entries

pytestmark = pytest.mark.django_db
HISTORY = 2000


@pytest.fixture
def history(owner):
    entries = bulk_entries(owner, HISTORY)
    tags = [TagFactory(user=owner, name=name) for name in ("work", "family", "sleep")]
    links = [
        Entry.tags.through(entry_id=entry.pk, tag_id=tags[n % 3].pk)
        for n, entry in enumerate(entries)
    ]
    Entry.tags.through.objects.bulk_create(links, batch_size=500)
    DraftFactory(user=owner, body="a draft")
    return entries


def test_the_list_stays_within_its_budget(owner_client, history, django_assert_max_num_queries):
    # session, user, the person's tags (filters), one page of entries (keyset, LIMIT 21), their
    # tags (the link table alone), open drafts, on-this-day entries, the latest quiz scores.
    with django_assert_max_num_queries(8):
        response = owner_client.get(reverse("journal:index"))
    assert response.status_code == 200
    assert response.content.decode().count('class="card card-calm journal-row') == 20


def test_a_later_page_costs_the_same(owner_client, history, django_assert_max_num_queries):
    first = owner_client.get(reverse("journal:index")).context
    older = first["older_url"]
    # session, user, tags, the page after the cursor, its tags.
    with django_assert_max_num_queries(6):
        response = owner_client.get(older)
    assert len(response.context["entries"]) == 20


def test_filtered_lists_stay_within_budget(owner_client, history, django_assert_max_num_queries):
    tag = history[0].tags.get()
    # session, user, tags, the page, its tags.
    with django_assert_max_num_queries(6):
        response = owner_client.get(reverse("journal:index") + f"?tag={tag.uuid}&mood=3")
    assert response.status_code == 200


def test_the_month_stays_within_its_budget(owner_client, history, django_assert_max_num_queries):
    # session, user, one grouped query of day counts and mean moods.
    with django_assert_max_num_queries(3):
        response = owner_client.get(reverse("journal:calendar"))
    assert response.context["entry_total"] > 0


def test_the_year_stays_within_its_budget(owner_client, history, django_assert_max_num_queries):
    # session, user, one grouped query of day counts and mean moods.
    with django_assert_max_num_queries(3):
        response = owner_client.get(reverse("journal:year"))
    assert response.context["day_total"] > 0


def test_an_entry_stays_within_its_budget(owner_client, history, django_assert_max_num_queries):
    entry = history[1234]
    # session, user, the entry, its tags.
    with django_assert_max_num_queries(4):
        response = owner_client.get(reverse("journal:detail", args=[entry.uuid]))
    assert response.status_code == 200


def test_the_edit_page_stays_within_its_budget(
    owner_client, history, django_assert_max_num_queries
):
    entry = history[1234]
    # session, user, the entry, its tags, the person's tags (choices), a waiting draft.
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


def test_a_search_for_a_rare_word_reads_the_history_in_a_few_growing_batches(
    owner_client, history, django_assert_max_num_queries
):
    # session, user, tags, batches of 50, 200, 800, 800 and the last 150 rows (2,000 entries),
    # the page's tags.
    with django_assert_max_num_queries(9):
        response = owner_client.get(reverse("journal:index") + "?q=day+1999:")
    assert len(response.context["entries"]) == 1
