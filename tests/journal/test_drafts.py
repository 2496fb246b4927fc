"""Drafts saved while typing: encrypted, owned, resumed, and closed once the entry is saved."""

import re
import uuid
from datetime import UTC, date, datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from journal.models import Draft, Entry
from tests.html import page_text
from tests.journal.factories import DraftFactory, EntryFactory

pytestmark = pytest.mark.django_db


def test_the_new_page_carries_a_fresh_draft_key_and_the_autosave_hooks(owner_client):
    page = owner_client.get(reverse("journal:new")).content.decode()
    assert re.search(r'name="draft" value="[0-9a-f-]{36}"', page)
    assert 'hx-post="/journal/drafts/save/"' in page
    assert "journal-draft.js" in page


def test_autosave_stores_what_is_typed_under_the_pages_key(owner, owner_client):
    key = uuid.uuid4()
    response = owner_client.post(
        reverse("journal:draft_save"),
        {"draft": str(key), "title": "Half", "body": "I was about to say", "mood": "2"},
    )
    draft = Draft.objects.get(user=owner)
    assert response.status_code == 200
    assert "Draft saved" in response.content.decode()
    assert draft.uuid == key
    assert (draft.title, draft.body, draft.mood) == ("Half", "I was about to say", 2)


def test_later_autosaves_update_the_same_draft(owner, owner_client):
    key = str(uuid.uuid4())
    owner_client.post(reverse("journal:draft_save"), {"draft": key, "body": "I was"})
    owner_client.post(reverse("journal:draft_save"), {"draft": key, "body": "I was about to"})
    assert Draft.objects.get(user=owner).body == "I was about to"


def test_autosave_with_nothing_typed_stores_nothing(owner_client):
    owner_client.post(reverse("journal:draft_save"), {"title": "", "body": "  "})
    assert not Draft.objects.exists()


def test_autosave_keeps_only_known_choices(owner, owner_client):
    owner_client.post(
        reverse("journal:draft_save"),
        {
            "draft": str(uuid.uuid4()),
            "body": "x",
            "mood": "9",
            "emotions": ["calm", "nonsense"],
            "tags": [str(uuid.uuid4())],
            "entry_date": "not a date",
            "prompt_code": "nope",
        },
    )
    draft = Draft.objects.get(user=owner)
    assert draft.mood is None
    assert draft.emotions == ["calm"]
    assert draft.tag_uuids == []
    assert draft.entry_date is None
    assert draft.prompt_code == ""


def test_a_draft_can_be_resumed_with_everything_in_it(owner, owner_client):
    draft = DraftFactory(user=owner, title="Unfinished", body="Where was I", mood=3)
    page = owner_client.get(reverse("journal:new") + f"?draft={draft.uuid}").content.decode()
    assert 'value="Unfinished"' in page
    assert "Where was I" in page
    assert f'name="draft" value="{draft.uuid}"' in page


def test_saving_the_entry_closes_its_draft_and_a_late_autosave_cannot_reopen_it(
    owner, owner_client
):
    key = str(uuid.uuid4())
    owner_client.post(reverse("journal:draft_save"), {"draft": key, "body": "Almost"})
    owner_client.post(
        reverse("journal:new"),
        {"draft": key, "body": "Almost done", "entry_date": owner.local_today().isoformat()},
    )
    owner_client.post(reverse("journal:draft_save"), {"draft": key, "body": "Almost done"})
    draft = Draft.objects.get(user=owner)
    assert not draft.is_open
    assert draft.body == ""
    assert Entry.objects.get(user=owner).body == "Almost done"
    assert "Almost" not in owner_client.get(reverse("journal:drafts")).content.decode()


def test_the_journal_front_page_offers_unfinished_drafts(owner, owner_client):
    DraftFactory(user=owner, body="The tab closed mid-sentence")
    page = owner_client.get(reverse("journal:index")).content.decode()
    assert "The tab closed mid-sentence" in page


def test_an_edit_draft_remembers_the_version_it_started_from(owner, owner_client):
    entry = EntryFactory(user=owner, version=4)
    owner_client.post(
        reverse("journal:draft_save_edit", args=[entry.uuid]),
        {"draft": str(uuid.uuid4()), "body": "changed", "version": "4"},
    )
    draft = Draft.objects.get(user=owner)
    assert (draft.entry, draft.base_version) == (entry, 4)


def test_the_edit_page_offers_to_bring_back_unsaved_changes(owner, owner_client):
    entry = EntryFactory(user=owner)
    draft = DraftFactory(user=owner, entry=entry, base_version=1, body="unsaved change")
    page = owner_client.get(reverse("journal:edit", args=[entry.uuid])).content.decode()
    assert f"?draft={draft.uuid}" in page
    restored = owner_client.get(
        reverse("journal:edit", args=[entry.uuid]) + f"?draft={draft.uuid}"
    ).content.decode()
    assert "unsaved change" in restored


def test_discarding_a_draft_deletes_it(owner, owner_client):
    draft = DraftFactory(user=owner)
    response = owner_client.post(reverse("journal:draft_discard", args=[draft.uuid]))
    assert response.status_code == 302
    assert not Draft.objects.exists()


def test_autosave_answers_get_with_405(owner_client):
    assert owner_client.get(reverse("journal:draft_save")).status_code == 405


def test_deleting_an_entry_removes_its_drafts(owner, owner_client):
    entry = EntryFactory(user=owner)
    DraftFactory(user=owner, entry=entry)
    owner_client.post(reverse("journal:delete", args=[entry.uuid]))
    assert not Draft.objects.exists()


def test_the_autosave_says_when_it_saved_on_the_persons_own_clock(owner, owner_client):
    owner.timezone = "Pacific/Kiritimati"  # fourteen hours ahead of UTC
    owner.save(update_fields=["timezone"])
    before = timezone.now().astimezone(owner.zone)
    response = owner_client.post(reverse("journal:draft_save"), {"body": "Half a thought"})
    after = timezone.now().astimezone(owner.zone)
    saved_at = re.search(r"Draft saved at (\d\d:\d\d)", page_text(response)).group(1)
    assert saved_at in {f"{before:%H:%M}", f"{after:%H:%M}"}


def test_the_drafts_page_dates_each_draft_and_links_it_to_its_own_entry(owner, owner_client):
    owner.timezone = "Australia/Sydney"
    owner.save(update_fields=["timezone"])
    entry = EntryFactory(user=owner, entry_date=date(2026, 11, 27))
    changes = DraftFactory(user=owner, entry=entry, body="changes to it")
    fresh = DraftFactory(user=owner, body="a new one")
    typed = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # 10:30 the next morning in Sydney
    Draft.objects.filter(pk=changes.pk).update(updated_at=typed)
    page = owner_client.get(reverse("journal:drafts")).content.decode()
    text = page_text(page)
    assert "Changes to your entry of 27 November 2026 · last typed 28 November 2026, 10:30" in text
    assert f'href="{reverse("journal:edit", args=[entry.uuid])}?draft={changes.uuid}"' in page
    assert f'href="{reverse("journal:new")}?draft={fresh.uuid}"' in page
    assert f'action="{reverse("journal:draft_discard", args=[fresh.uuid])}"' in page
