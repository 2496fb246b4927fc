"""Writing, reading, editing and deleting entries through the views."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from journal.models import Draft, Entry, Tag
from tests.journal.factories import EntryFactory, TagFactory

pytestmark = pytest.mark.django_db


def entry_post(**overrides) -> dict:
    data = {
        "title": "A walk",
        "body": "I walked by the river and felt lighter.",
        "mood": "4",
        "emotions": ["calm", "hopeful"],
        "new_tags": "walks, River",
        # The server's UTC day is never ahead of the owner's London day, so it is never future.
        "entry_date": timezone.now().date().isoformat(),
        "prompt_code": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_writing_an_entry_saves_every_field_and_shows_it(owner, owner_client):
    today = owner.local_today()
    response = owner_client.post(
        reverse("journal:new"),
        entry_post(entry_date=today.isoformat(), prompt_code="mindfulness-03"),
    )
    entry = Entry.objects.get(user=owner)
    assert response.status_code == 302
    assert response["Location"] == reverse("journal:detail", args=[entry.uuid])
    assert (entry.title, entry.body, entry.mood) == (
        "A walk",
        "I walked by the river and felt lighter.",
        4,
    )
    assert entry.emotions == ["calm", "hopeful"]
    assert sorted(tag.name for tag in entry.tags.all()) == ["River", "walks"]
    assert entry.prompt_code == "mindfulness-03"
    assert entry.entry_date == today
    assert entry.version == 1
    page = owner_client.get(response["Location"]).content.decode()
    assert "I walked by the river" in page
    assert "Good" in page  # the mood in words
    assert "Describe the place around you" in page  # the prompt answered


def test_the_new_page_defaults_the_day_to_the_persons_local_today(owner, owner_client):
    owner.timezone = "Pacific/Kiritimati"  # UTC+14: often a day ahead of the server
    owner.save()
    page = owner_client.get(reverse("journal:new")).content.decode()
    assert f'value="{owner.local_today().isoformat()}"' in page


def test_an_entry_can_be_about_an_earlier_day(owner, owner_client):
    yesterday = owner.local_today() - timedelta(days=1)
    owner_client.post(reverse("journal:new"), entry_post(entry_date=yesterday.isoformat()))
    assert Entry.objects.get(user=owner).entry_date == yesterday


def test_an_empty_body_is_refused_and_everything_typed_comes_back(owner, owner_client):
    response = owner_client.post(
        reverse("journal:new"),
        entry_post(body="", title="Kept title", new_tags="kept-tag", entry_date="2001-02-03"),
        follow=True,
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert not Entry.objects.exists()
    assert "Write a few words before saving" in page
    assert 'value="Kept title"' in page
    assert 'value="kept-tag"' in page
    assert 'value="2001-02-03"' in page
    assert "Nothing you typed is lost" in page


def test_a_future_day_is_refused_with_a_clear_message_and_the_text_kept(owner, owner_client):
    tomorrow = owner.local_today() + timedelta(days=1)
    response = owner_client.post(
        reverse("journal:new"),
        entry_post(entry_date=tomorrow.isoformat(), body="Keep me"),
        follow=True,
    )
    page = response.content.decode()
    assert "has not happened yet" in page
    assert "Keep me" in page
    assert not Entry.objects.exists()


def test_write_about_this_starts_an_entry_with_the_prompt(owner_client):
    page = owner_client.get(reverse("journal:new") + "?prompt=expectations-05").content.decode()
    assert "Name one thing in your relationship you cannot control" in page
    assert 'value="expectations-05"' in page


def test_an_unknown_prompt_code_is_ignored(owner, owner_client):
    owner_client.post(reverse("journal:new"), entry_post(prompt_code="no-such-prompt"))
    assert Entry.objects.get(user=owner).prompt_code == ""


def test_existing_tags_are_reused_whatever_their_case(owner, owner_client):
    tag = TagFactory(user=owner, name="Family")
    owner_client.post(reverse("journal:new"), entry_post(new_tags="family, work"))
    assert Tag.objects.filter(user=owner).count() == 2
    assert tag in Entry.objects.get(user=owner).tags.all()


def test_ticking_an_existing_tag_links_it(owner, owner_client):
    tag = TagFactory(user=owner, name="Sleep")
    owner_client.post(reverse("journal:new"), entry_post(new_tags="", tags=[str(tag.uuid)]))
    assert list(Entry.objects.get(user=owner).tags.all()) == [tag]


def test_another_persons_tag_cannot_be_attached(owner, owner_client, stranger):
    theirs = TagFactory(user=stranger, name="Theirs")
    response = owner_client.post(
        reverse("journal:new"), entry_post(new_tags="", tags=[str(theirs.uuid)]), follow=True
    )
    assert response.status_code == 200  # refused as an invalid choice, text kept
    assert not Entry.objects.filter(user=owner).exists()


def test_editing_saves_and_bumps_the_version(owner, owner_client):
    entry = EntryFactory(user=owner, body="First words")
    response = owner_client.post(
        reverse("journal:edit", args=[entry.uuid]),
        entry_post(body="Second words", version="1", entry_date=entry.entry_date.isoformat()),
    )
    entry.refresh_from_db()
    assert response.status_code == 302
    assert entry.body == "Second words"
    assert entry.version == 2


def test_the_edit_page_holds_the_current_version(owner, owner_client):
    entry = EntryFactory(user=owner, version=3)
    page = owner_client.get(reverse("journal:edit", args=[entry.uuid])).content.decode()
    assert 'name="version" value="3"' in page


def test_an_edit_from_a_stale_tab_shows_both_texts_and_loses_neither(owner, owner_client):
    entry = EntryFactory(user=owner, body="Original")
    url = reverse("journal:edit", args=[entry.uuid])
    day = entry.entry_date.isoformat()
    owner_client.post(
        url, entry_post(body="Saved from the second tab", version="1", entry_date=day)
    )
    response = owner_client.post(
        url,
        entry_post(body="Typed in the first tab", version="1", entry_date=day, draft=""),
    )
    entry.refresh_from_db()
    page = response.content.decode()
    assert response.status_code == 409
    assert entry.body == "Saved from the second tab"
    assert "Saved from the second tab" in page
    assert "Typed in the first tab" in page
    assert 'name="version" value="2"' in page  # saving from here is deliberate, on top of v2
    kept = Draft.objects.get(user=owner, entry=entry)
    assert kept.body == "Typed in the first tab"
    assert kept.is_open


def test_saving_from_the_conflict_page_replaces_with_the_persons_choice(owner, owner_client):
    entry = EntryFactory(user=owner, body="Original", version=2)
    draft = Draft.objects.create(user=owner, entry=entry, base_version=1, body="Mine")
    response = owner_client.post(
        reverse("journal:edit", args=[entry.uuid]),
        entry_post(
            body="Merged by hand",
            version="2",
            entry_date=entry.entry_date.isoformat(),
            draft=str(draft.uuid),
        ),
    )
    entry.refresh_from_db()
    draft.refresh_from_db()
    assert response.status_code == 302
    assert entry.body == "Merged by hand"
    assert entry.version == 3
    assert not draft.is_open
    assert draft.body == ""


def test_the_conflict_text_can_become_a_separate_entry(owner, owner_client):
    entry = EntryFactory(user=owner, body="Saved elsewhere", version=2)
    draft = Draft.objects.create(user=owner, entry=entry, base_version=1, body="Mine")
    owner_client.post(
        reverse("journal:new"),
        entry_post(body="Mine", version="2", draft=str(draft.uuid)),
    )
    bodies = sorted(e.body for e in Entry.objects.filter(user=owner))
    assert bodies == ["Mine", "Saved elsewhere"]


def test_delete_asks_first_and_only_a_post_deletes(owner, owner_client):
    entry = EntryFactory(user=owner)
    url = reverse("journal:delete", args=[entry.uuid])
    page = owner_client.get(url).content.decode()
    assert "Delete this entry?" in page
    assert 'method="post"' in page
    assert Entry.objects.filter(pk=entry.pk).exists()
    response = owner_client.post(url)
    assert response.status_code == 302
    assert not Entry.objects.filter(pk=entry.pk).exists()


def test_delete_by_any_other_method_is_refused(owner, owner_client):
    entry = EntryFactory(user=owner)
    response = owner_client.delete(reverse("journal:delete", args=[entry.uuid]))
    assert response.status_code == 405
    assert Entry.objects.filter(pk=entry.pk).exists()


def test_saved_entry_text_escapes_markup(owner, owner_client):
    entry = EntryFactory(user=owner, title="<b>t</b>", body="<script>x()</script>")
    page = owner_client.get(reverse("journal:detail", args=[entry.uuid])).content.decode()
    assert "<script>x()" not in page
    assert "&lt;script&gt;" in page
