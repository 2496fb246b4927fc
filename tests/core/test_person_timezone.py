"""A signed-in person's pages show times in their own time zone, not the server's."""

from datetime import UTC, datetime

from django.utils import timezone

from tests.html import page_text
from tests.journal.factories import EntryFactory


def test_the_time_an_entry_was_written_is_shown_in_the_persons_time_zone(owner, owner_client):
    owner.timezone = "Australia/Sydney"
    owner.save(update_fields=["timezone"])
    entry = EntryFactory(user=owner)
    written = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # 10:30 the next morning in Sydney
    type(entry).objects.filter(pk=entry.pk).update(created_at=written)
    text = page_text(owner_client.get(entry.get_absolute_url()))
    assert "Written 28 November 2026, 10:30" in text


def test_the_time_zone_is_put_back_after_each_request(owner, owner_client):
    owner.timezone = "Australia/Sydney"
    owner.save(update_fields=["timezone"])
    owner_client.get("/journal/")
    assert timezone.get_current_timezone_name() == "UTC"
