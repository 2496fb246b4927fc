"""Privacy: another person gets 404 everywhere, nothing is readable in the database, the admin,
the logs or error reports."""

import logging

import pytest
from django.contrib import admin
from django.db import connection
from django.urls import reverse

from journal.models import CareState, Draft, Entry, Tag
from tests.journal.factories import DraftFactory, EntryFactory, TagFactory

pytestmark = pytest.mark.django_db

SECRET = "the blue umbrella I never returned"


@pytest.fixture
def entry(owner):
    tag = TagFactory(user=owner, name="umbrella")
    return EntryFactory(user=owner, title="Private title", body=SECRET, mood=2, tags=[tag])


@pytest.mark.parametrize("name", ["journal:detail", "journal:edit", "journal:delete"])
def test_another_person_gets_404_on_my_entry_pages(entry, stranger_client, name):
    response = stranger_client.get(reverse(name, args=[entry.uuid]))
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_another_person_cannot_edit_my_entry(entry, stranger_client):
    response = stranger_client.post(
        reverse("journal:edit", args=[entry.uuid]),
        {"body": "overwritten", "entry_date": "2026-01-01", "version": "1"},
    )
    entry.refresh_from_db()
    assert response.status_code == 404
    assert (entry.body, entry.version) == (SECRET, 1)


def test_another_person_cannot_delete_my_entry(entry, stranger_client):
    response = stranger_client.post(reverse("journal:delete", args=[entry.uuid]))
    assert response.status_code == 404
    assert Entry.objects.filter(pk=entry.pk).exists()


def test_another_person_cannot_autosave_a_draft_onto_my_entry(entry, stranger_client):
    response = stranger_client.post(
        reverse("journal:draft_save_edit", args=[entry.uuid]), {"body": "sneaky"}
    )
    assert response.status_code == 404
    assert not Draft.objects.exists()


def test_another_person_cannot_open_or_discard_my_draft(owner, stranger_client):
    draft = DraftFactory(user=owner, body="my unsaved words")
    opened = stranger_client.get(reverse("journal:new") + f"?draft={draft.uuid}")
    discarded = stranger_client.post(reverse("journal:draft_discard", args=[draft.uuid]))
    assert opened.status_code == 404
    assert discarded.status_code == 404
    draft.refresh_from_db()
    assert draft.body == "my unsaved words"


def test_another_person_cannot_overwrite_my_draft_by_its_key(owner, stranger, stranger_client):
    draft = DraftFactory(user=owner, body="my unsaved words")
    stranger_client.post(
        reverse("journal:draft_save"), {"draft": str(draft.uuid), "body": "replaced"}
    )
    draft.refresh_from_db()
    assert draft.body == "my unsaved words"
    assert Draft.objects.get(user=stranger).uuid != draft.uuid


def test_lists_search_calendar_and_drafts_never_show_another_persons_entries(
    entry, stranger_client
):
    DraftFactory(user=entry.user, body="draft of the owner")
    for url in (
        reverse("journal:index"),
        reverse("journal:index") + "?q=umbrella",
        reverse("journal:calendar"),
        reverse("journal:year"),
        reverse("journal:drafts"),
    ):
        page = stranger_client.get(url).content.decode()
        assert SECRET not in page, url
        assert "Private title" not in page, url
        assert "draft of the owner" not in page, url
        assert str(entry.uuid) not in page, url


def test_filtering_by_another_persons_tag_shows_nothing_of_theirs(entry, stranger_client):
    tag = entry.tags.get()
    page = stranger_client.get(reverse("journal:index") + f"?tag={tag.uuid}").content.decode()
    assert SECRET not in page


def test_the_database_holds_no_journal_text_in_the_clear(owner, entry):
    DraftFactory(user=owner, body="draft words in the clear?", new_tags="draft-tag")
    with connection.cursor() as cursor:
        cursor.execute("SELECT title, body FROM journal_entry")
        title, body = cursor.fetchone()
        cursor.execute("SELECT name FROM journal_tag")
        (tag_name,) = cursor.fetchone()
        cursor.execute("SELECT title, body, new_tags FROM journal_draft")
        draft_row = cursor.fetchone()
    for raw in (title, body, tag_name, *draft_row):
        assert raw.startswith("enc1:")
    assert "Private title" not in title
    assert "umbrella" not in body
    assert "umbrella" not in tag_name
    assert "clear" not in draft_row[1]
    assert "draft-tag" not in draft_row[2]


def test_no_journal_model_is_in_the_admin():
    for model in (Entry, Tag, Draft, CareState):
        assert model not in admin.site._registry


def test_writing_and_searching_log_no_journal_text(owner_client, caplog):
    with caplog.at_level(logging.DEBUG):
        owner_client.post(
            reverse("journal:new"),
            {"title": "t", "body": SECRET, "entry_date": "2026-01-01", "new_tags": "umbrella"},
        )
        owner_client.get(reverse("journal:index") + "?q=umbrella")
        owner_client.post(reverse("journal:draft_save"), {"body": SECRET})
    assert "umbrella" not in caplog.text


@pytest.mark.parametrize("name", ["journal:new", "journal:draft_save"])
def test_error_reports_hide_what_was_written(owner_client, name):
    response = owner_client.post(reverse(name), {"title": "t", "body": SECRET})
    hidden = response.wsgi_request.sensitive_post_parameters
    assert {"title", "body", "new_tags"} <= set(hidden)


def test_edit_error_reports_hide_what_was_written(entry, owner_client):
    response = owner_client.post(reverse("journal:edit", args=[entry.uuid]), {"body": ""})
    assert {"title", "body"} <= set(response.wsgi_request.sensitive_post_parameters)


def test_journal_pages_are_not_stored_by_the_browser(entry, owner_client):
    response = owner_client.get(reverse("journal:detail", args=[entry.uuid]))
    assert "no-store" in response["Cache-Control"]
