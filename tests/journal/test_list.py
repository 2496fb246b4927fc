"""The list: newest first, keyset pages, filters and search over the person's own entries."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils.html import escape

from journal.listing import EntryFilters, entry_page
from journal.models import Entry
from journal.selectors import on_this_day, tags_by_entry, tags_for, with_tag_ids
from tests.html import page_text
from tests.journal.factories import EntryFactory, TagFactory, bulk_entries

pytestmark = pytest.mark.django_db
INDEX = reverse("journal:index")


def same_day_in_an_earlier_month(today: date) -> date:
    year, month = today.year, today.month
    while True:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            return date(year, month, today.day)
        except ValueError:  # that month is too short for the day
            continue


def uuids_in(page: str) -> list[str]:
    return re.findall(r'href="/journal/([0-9a-f-]{36})/"', page)


def test_rows_show_date_mood_tags_and_first_line_newest_first(owner, owner_client):
    today = owner.local_today()
    tag = TagFactory(user=owner, name="work")
    old = EntryFactory(user=owner, body="Older one", entry_date=today - timedelta(days=2))
    new = EntryFactory(user=owner, body="\n\nFirst line here\nsecond", mood=5, tags=[tag])
    page = owner_client.get(INDEX).content.decode()
    assert uuids_in(page)[:2] == [str(new.uuid), str(old.uuid)]
    assert "First line here" in page
    assert "second" not in page
    assert "Very good" in page
    assert "work" in page
    assert today.strftime("%Y-%m-%d") in page


def test_keyset_pages_walk_every_entry_once_in_order(owner):
    bulk_entries(owner, 53)
    seen, before, pages = [], None, 0
    while True:
        page = entry_page(owner, EntryFilters(), before=before, size=20)
        seen += [e.pk for e in page.entries]
        pages += 1
        if not page.older:
            break
        before = page.older
    expected = list(
        Entry.objects.filter(user=owner)
        .order_by("-entry_date", "-created_at", "-id")
        .values_list("pk", flat=True)
    )
    assert pages == 3
    assert seen == expected


def test_newer_pages_come_back_the_same_way(owner):
    bulk_entries(owner, 45)
    first = entry_page(owner, EntryFilters(), size=20)
    second = entry_page(owner, EntryFilters(), before=first.older, size=20)
    back = entry_page(owner, EntryFilters(), after=second.newer, size=20)
    assert [e.pk for e in back.entries] == [e.pk for e in first.entries]
    assert back.newer is None


def test_the_list_links_to_older_entries_with_an_opaque_cursor_and_no_offset(owner, owner_client):
    bulk_entries(owner, 25)
    page = owner_client.get(INDEX).content.decode()
    older = re.search(r'href="(/journal/\?before=[^"]+)"', page).group(1)
    assert "offset" not in older and "page=" not in older
    second = owner_client.get(older.replace("&amp;", "&")).content.decode()
    assert len(uuids_in(second)) == 5
    assert not set(uuids_in(second)) & set(uuids_in(page))


def test_a_broken_cursor_shows_the_first_page(owner, owner_client):
    EntryFactory(user=owner, body="still here")
    response = owner_client.get(INDEX + "?before=%%%garbage")
    assert response.status_code == 200
    assert "still here" in response.content.decode()


def test_filter_by_tag(owner, owner_client):
    tag = TagFactory(user=owner, name="sleep")
    tagged = EntryFactory(user=owner, body="tagged", tags=[tag])
    EntryFactory(user=owner, body="untagged")
    page = owner_client.get(INDEX + f"?tag={tag.uuid}").content.decode()
    assert uuids_in(page) == [str(tagged.uuid)]


def test_filter_by_mood(owner, owner_client):
    low = EntryFactory(user=owner, mood=1)
    EntryFactory(user=owner, mood=4)
    page = owner_client.get(INDEX + "?mood=1").content.decode()
    assert uuids_in(page) == [str(low.uuid)]


def test_filter_by_date_range(owner, owner_client):
    today = owner.local_today()
    inside = EntryFactory(user=owner, entry_date=today - timedelta(days=5))
    EntryFactory(user=owner, entry_date=today - timedelta(days=15))
    EntryFactory(user=owner, entry_date=today)
    start, end = today - timedelta(days=7), today - timedelta(days=1)
    page = owner_client.get(INDEX + f"?start={start}&end={end}").content.decode()
    assert uuids_in(page) == [str(inside.uuid)]


def test_a_reversed_date_range_says_so_next_to_the_field(owner_client):
    page = owner_client.get(INDEX + "?start=2026-02-01&end=2026-01-01").content.decode()
    assert "The end of the range comes before its start." in page


def test_search_finds_entries_by_a_word_ignoring_case_and_accents(owner, owner_client):
    hit = EntryFactory(user=owner, title="Le Café", body="We talked about the FUTURE.")
    EntryFactory(user=owner, body="Nothing to see")
    page = owner_client.get(INDEX + "?q=cafe").content.decode()
    assert uuids_in(page) == [str(hit.uuid)]
    assert "<mark>Café</mark>" in page
    page = owner_client.get(INDEX + "?q=future").content.decode()
    assert "<mark>FUTURE</mark>" in page


def test_search_needs_every_word(owner, owner_client):
    both = EntryFactory(user=owner, title="rain", body="and a long walk")
    EntryFactory(user=owner, body="rain only")
    page = owner_client.get(INDEX + "?q=walk+rain").content.decode()
    assert uuids_in(page) == [str(both.uuid)]


def test_search_highlights_safely(owner, owner_client):
    EntryFactory(user=owner, body="<img src=x onerror=alert(1)> hope")
    page = owner_client.get(INDEX + "?q=hope").content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt; <mark>hope</mark>" in page


def test_search_pages_through_many_entries_with_cursors(owner):
    bulk_entries(owner, 120)  # bodies say "Day n: ..."; "Day 1" matches 1, 10-19, 100-119
    words = ["day", "1"]
    found, before = [], None
    while True:
        page = entry_page(owner, EntryFilters(words=words), before=before, size=7)
        found += [e.body for e in page.entries]
        if not page.older:
            break
        before = page.older
    assert len(found) == len({*found})
    assert len(found) == sum(1 for n in range(120) if "1" in str(n))


def test_search_combines_with_filters(owner, owner_client):
    tag = TagFactory(user=owner, name="t")
    hit = EntryFactory(user=owner, body="river", tags=[tag], mood=3)
    EntryFactory(user=owner, body="river", mood=3)
    page = owner_client.get(INDEX + f"?q=river&tag={tag.uuid}&mood=3").content.decode()
    assert uuids_in(page) == [str(hit.uuid)]


def test_no_match_says_so_kindly(owner, owner_client):
    EntryFactory(user=owner, body="river")
    page = owner_client.get(INDEX + "?q=mountain").content.decode()
    assert "No entries match every word you searched for" in page


def test_the_front_page_shows_on_this_day_from_earlier_months(owner, owner_client):
    today = owner.local_today()
    same_day_earlier = same_day_in_an_earlier_month(today)
    EntryFactory(user=owner, body="A memory from before", entry_date=same_day_earlier)
    EntryFactory(user=owner, body="Just yesterday", entry_date=today - timedelta(days=1))
    page = owner_client.get(INDEX).content.decode()
    memories = page[page.index("On this day") : page.index('id="entries-heading"')]
    assert "A memory from before" in memories
    assert "Just yesterday" not in memories
    day = today.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    assert f"What you wrote on the {day}{suffix} of earlier months." in page_text(memories)
    assert f'<time datetime="{same_day_earlier.isoformat()}">' in memories


def test_on_this_day_skips_months_too_short_for_the_day_and_stops_after_ten_years(
    owner, owner_client
):
    today = date(2026, 3, 31)
    EntryFactory(user=owner, body="The last day of January", entry_date=date(2026, 1, 31))
    EntryFactory(user=owner, body="The last day of February", entry_date=date(2026, 2, 28))
    EntryFactory(user=owner, body="Eleven years ago", entry_date=date(2015, 3, 31))
    EntryFactory(user=owner, body="Nine years ago", entry_date=date(2017, 3, 31))
    memories = [entry.body for entry in on_this_day(owner, today, limit=5)]
    assert memories == ["The last day of January", "Nine years ago"]


# What a person may type that HTML would read as markup: tags, an ampersand, both quotes.
TRICKY_TITLE = """<b>Tom & "Jerry"</b>'s day"""
TRICKY_BODY = """<script>x()</script> & 'single' "double" fish & chips"""
TRICKY_TAG = """<i>me & "you"</i>'s"""


def assert_shown_as_typed_and_escaped(html: str, *texts: str) -> None:
    """Each text is on the page exactly as typed (its visible text), and none of its markup
    reached the HTML unescaped."""
    for text in texts:
        assert text in page_text(html)
        assert text not in html
        assert escape(text) in html
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html


def test_the_list_escapes_titles_first_lines_and_tag_names(owner, owner_client):
    tag = TagFactory(user=owner, name=TRICKY_TAG)
    EntryFactory(user=owner, title=TRICKY_TITLE, body=TRICKY_BODY, tags=[tag])
    page = owner_client.get(INDEX).content.decode()
    rows = page[page.index('class="list-unstyled journal-list"') :]
    assert_shown_as_typed_and_escaped(rows, TRICKY_TITLE, TRICKY_BODY, TRICKY_TAG)


def test_search_results_escape_titles_excerpts_and_tag_names(owner, owner_client):
    tag = TagFactory(user=owner, name=TRICKY_TAG)
    EntryFactory(user=owner, title=TRICKY_TITLE, body=TRICKY_BODY, tags=[tag])
    page = owner_client.get(INDEX + "?q=fish").content.decode()
    rows = page[page.index('class="list-unstyled journal-list"') :]
    assert "<mark>fish</mark>" in rows
    assert_shown_as_typed_and_escaped(rows, TRICKY_TITLE, TRICKY_TAG)
    assert TRICKY_BODY in page_text(rows)
    assert "&lt;script&gt;x()&lt;/script&gt; &amp; &#x27;single&#x27; &quot;double&quot;" in rows


def test_a_long_first_paragraph_is_cut_at_a_word_with_an_ellipsis(owner, owner_client):
    words = " ".join(f"word{n:03}x" for n in range(200))
    EntryFactory(user=owner, body=words + "\nSecond paragraph")
    page = owner_client.get(INDEX).content.decode()
    assert "word000x word001x" in page
    assert "word199x" not in page
    snippet = re.search(r'journal-snippet[^"]*"[^>]*>([^<]*)</p>', page).group(1)
    assert snippet.endswith("…")
    assert len(snippet) <= 321
    assert snippet[:-1].split(" ")[-1].endswith("x")  # cut between words, not inside one


def test_each_row_lists_its_own_tags_in_name_order(owner, owner_client):
    zebra, apple, middle = (TagFactory(user=owner, name=n) for n in ("zebra", "Apple", "middle"))
    tagged = EntryFactory(user=owner, body="tagged", tags=[zebra, apple])
    plain = EntryFactory(user=owner, body="plain")
    entries = list(with_tag_ids(Entry.objects.for_user(owner)).order_by("pk"))
    assert [e.pk for e in entries] == [tagged.pk, plain.pk]
    found = tags_by_entry(entries, tags_for(owner))
    assert [tag.name for tag in found[tagged.pk]] == ["Apple", "zebra"]
    assert found[plain.pk] == []
    assert middle not in found[tagged.pk]


def test_on_this_day_escapes_what_the_person_wrote(owner, owner_client):
    earlier = same_day_in_an_earlier_month(owner.local_today())
    EntryFactory(user=owner, title=TRICKY_TITLE, body=TRICKY_BODY, entry_date=earlier)
    page = owner_client.get(INDEX).content.decode()
    memories = page[page.index("On this day") : page.index('id="entries-heading"')]
    assert_shown_as_typed_and_escaped(memories, TRICKY_TITLE, TRICKY_BODY)


def test_the_filters_keep_the_chosen_tag_and_mood_and_escape_tag_names(owner, owner_client):
    tag = TagFactory(user=owner, name="<b>work</b>")
    EntryFactory(user=owner, body="x", tags=[tag], mood=2)
    page = owner_client.get(INDEX + f"?tag={tag.uuid}&mood=2").content.decode()
    assert f'<option value="{tag.uuid}" selected>&lt;b&gt;work&lt;/b&gt;</option>' in page
    assert '<option value="2" selected>Low</option>' in page
    assert re.search(r'<select name="tag" class="[^"]*form-select', page)
    assert re.search(r'<input type="search" name="q"[^>]*aria-describedby="search-help"', page)


def test_filters_that_make_no_sense_are_marked_invalid_beside_their_field(owner, owner_client):
    EntryFactory(user=owner, body="x")
    page = owner_client.get(INDEX + "?mood=9&tag=nope").content.decode()
    for name in ("tag", "mood"):
        select = re.search(rf'<select name="{name}"[^>]*>', page).group(0)
        assert "is-invalid" in select and 'aria-invalid="true"' in select
        # The message sits under its field, and the field names it for screen readers.
        assert f'aria-describedby="id_{name}-error"' in select
        message = re.search(
            rf'<div class="invalid-feedback" id="id_{name}-error">([^<]+)</div>', page
        )
        assert "Select a valid choice" in message.group(1)


def test_the_list_renders_the_same_templates_for_one_row_or_twenty(owner, owner_client):
    EntryFactory(user=owner, body="alone")
    one = [template.name for template in owner_client.get(INDEX).templates]
    tag = TagFactory(user=owner, name="work")
    for n in range(24):
        EntryFactory(user=owner, body=f"row {n}", mood=n % 5 + 1, tags=[tag])
    many = owner_client.get(INDEX)
    assert many.content.decode().count('class="card card-calm journal-row') == 20
    assert [template.name for template in many.templates] == one  # no include per row
