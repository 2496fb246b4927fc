"""Bad input gets a clear message, never a 500 or a wrong 503."""

import pytest
from django.urls import reverse

from journal.models import Draft, Entry
from tests.html import page_text
from tests.journal.factories import EntryFactory
from tests.journal.test_writing import entry_post

pytestmark = pytest.mark.django_db

OUT_OF_RANGE_MONTHS = [
    "0001-01",
    "1899-12",
    "9999-12",
    "abc",
    "2026-13",
    "2026-00",
    "2026-1",
    "99999999999999999999-01",
    "2026-99999999999999999999",
    "-2026-01",
    "２０２６-０１",  # digits, but not ASCII ones
]


@pytest.mark.parametrize("month", OUT_OF_RANGE_MONTHS)
def test_a_month_the_calendar_cannot_show_opens_this_month_with_a_message(
    owner, owner_client, month
):
    response = owner_client.get(reverse("journal:calendar"), {"month": month})
    assert response.status_code == 302
    assert response["Location"] == reverse("journal:calendar")
    page = owner_client.get(response["Location"])
    assert page.status_code == 200
    text = page_text(page.content.decode())
    assert "The calendar shows months from 1900 to 9999" in text
    assert owner.local_today().strftime("%B %Y") in text


@pytest.mark.parametrize("month", ["1900-01", "9999-11"])
def test_the_first_and_last_months_show_without_a_link_beyond_them(owner_client, month):
    response = owner_client.get(reverse("journal:calendar"), {"month": month})
    assert response.status_code == 200
    html = response.content.decode()
    if month == "1900-01":
        assert 'rel="prev"' not in html


@pytest.mark.parametrize("year", ["0001", "1899", "10000", "abc", "9" * 30, "-5"])
def test_a_year_the_calendar_cannot_show_opens_this_year_with_a_message(owner_client, year):
    response = owner_client.get(reverse("journal:year"), {"year": year}, follow=True)
    assert response.status_code == 200
    assert "The calendar shows years from 1900 to 9999" in page_text(response.content.decode())


def test_the_first_year_has_no_link_to_the_year_before(owner_client):
    html = owner_client.get(reverse("journal:year"), {"year": "1900"}).content.decode()
    assert 'rel="prev"' not in html


BAD_VERSIONS = [str(2**63), str(2**64 + 1), "9" * 40, "2147483648", "-1", "0", "abc", "1.5"]


@pytest.mark.parametrize("version", BAD_VERSIONS)
def test_editing_with_a_version_out_of_range_gets_a_calm_message_and_keeps_the_words(
    owner, owner_client, version
):
    entry = EntryFactory(user=owner, body="Before.")
    body = "The words I just wrote, all of them."
    response = owner_client.post(
        reverse("journal:edit", args=[entry.uuid]),
        entry_post(body=body, version=version),
        follow=True,
    )
    assert response.status_code == 200
    text = page_text(response.content.decode())
    assert "This page lost track of which version of the entry it shows" in text
    assert body in text
    entry.refresh_from_db()
    assert (entry.body, entry.version) == ("Before.", 1)


@pytest.mark.parametrize("version", BAD_VERSIONS)
def test_a_draft_with_a_version_out_of_range_is_refused_calmly_with_a_400(
    owner, owner_client, version
):
    entry = EntryFactory(user=owner)
    response = owner_client.post(
        reverse("journal:draft_save_edit", args=[entry.uuid]),
        {"body": "Half a thought", "version": version},
    )
    assert response.status_code == 400
    assert "This page lost track of which version" in page_text(response.content.decode())
    assert not Draft.objects.exists()


def test_a_draft_with_the_largest_version_is_kept(owner, owner_client):
    entry = EntryFactory(user=owner)
    response = owner_client.post(
        reverse("journal:draft_save_edit", args=[entry.uuid]),
        {"body": "Half a thought", "version": "2147483647"},
    )
    assert response.status_code == 200
    assert Draft.objects.get().base_version == 2147483647
    assert Entry.objects.count() == 1
