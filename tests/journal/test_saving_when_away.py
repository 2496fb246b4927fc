"""What the server answers when the database is away while saving (the page's script keeps the
words and tries again on exactly this answer), and how it answers the script's own save."""

from uuid import uuid4

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

import journal.views.drafts
import journal.views.entries
from journal.models import Entry
from tests.html import page_text
from tests.journal.test_writing import entry_post

pytestmark = pytest.mark.django_db


def _database_away(*args, **kwargs):
    raise OperationalError("could not connect to server")


@pytest.fixture
def calm_client(owner) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    return client


def test_saving_an_entry_while_the_database_is_away_answers_the_calm_503(calm_client, monkeypatch):
    monkeypatch.setattr(journal.views.entries, "entry_create", _database_away)
    response = calm_client.post(reverse("journal:new"), entry_post())
    assert response.status_code == 503
    text = page_text(response.content.decode())
    assert "Detach is resting for a moment" in text
    assert "Traceback" not in text


def test_autosaving_a_draft_while_the_database_is_away_answers_the_calm_503(
    calm_client, monkeypatch
):
    monkeypatch.setattr(journal.views.drafts, "draft_autosave", _database_away)
    response = calm_client.post(reverse("journal:draft_save"), {"body": "Half a thought"})
    assert response.status_code == 503
    assert "Detach is resting for a moment" in page_text(response.content.decode())


def test_a_save_sent_by_the_page_script_is_told_where_to_go_instead_of_redirected(
    owner, owner_client
):
    response = owner_client.post(
        reverse("journal:new"),
        entry_post(submission=str(uuid4())),
        headers={"X-Detach-Save": "fetch"},
    )
    entry = Entry.objects.get(user=owner)
    assert response.status_code == 204
    assert response["X-Detach-Location"] == reverse("journal:detail", args=[entry.uuid])
    # The note for the next page waits for it, as after a plain redirect.
    page = owner_client.get(response["X-Detach-Location"])
    assert "Your entry is saved." in page_text(page.content.decode())


def test_a_retry_by_the_page_script_after_a_lost_answer_saves_one_entry(owner, owner_client):
    data = entry_post(submission=str(uuid4()))
    first = owner_client.post(reverse("journal:new"), data, headers={"X-Detach-Save": "fetch"})
    again = owner_client.post(reverse("journal:new"), data, headers={"X-Detach-Save": "fetch"})
    assert Entry.objects.filter(user=owner).count() == 1
    assert first["X-Detach-Location"] == again["X-Detach-Location"]


def test_the_entry_form_loads_the_saving_script(owner_client):
    html = owner_client.get(reverse("journal:new")).content.decode()
    assert "js/journal-draft" in html
