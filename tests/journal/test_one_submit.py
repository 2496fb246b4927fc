"""One submit, one record: the same entry form posted twice saves one entry, and the same new
tag created by two saves at once is one tag."""

from uuid import uuid4

import pytest
from django.db import transaction
from django.urls import reverse

from journal.models import Entry, Tag, tag_name_key
from journal.services import tags_ensure
from tests.journal.test_writing import entry_post


@pytest.mark.django_db
def test_the_new_entry_form_carries_a_fresh_submission_token(owner_client):
    first = owner_client.get(reverse("journal:new")).context["form"]["submission"].value()
    second = owner_client.get(reverse("journal:new")).context["form"]["submission"].value()
    assert first and second and first != second
    html = owner_client.get(reverse("journal:new")).content.decode()
    assert 'type="hidden" name="submission"' in html


@pytest.mark.django_db
def test_the_same_entry_form_posted_twice_saves_one_entry_and_both_go_to_it(owner, owner_client):
    data = entry_post(submission=str(uuid4()), new_tags="river, walks")
    first = owner_client.post(reverse("journal:new"), data)
    second = owner_client.post(reverse("journal:new"), data)
    entry = Entry.objects.get(user=owner)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == reverse("journal:detail", args=[entry.uuid])
    assert Tag.objects.filter(user=owner).count() == 2


@pytest.mark.django_db
def test_two_forms_with_different_tokens_save_two_entries(owner, owner_client):
    owner_client.post(reverse("journal:new"), entry_post(submission=str(uuid4())))
    owner_client.post(reverse("journal:new"), entry_post(submission=str(uuid4())))
    assert Entry.objects.filter(user=owner).count() == 2


@pytest.mark.django_db
def test_the_same_token_from_another_person_makes_their_own_entry(
    owner, owner_client, stranger_client
):
    token = str(uuid4())
    owner_client.post(reverse("journal:new"), entry_post(submission=token))
    response = stranger_client.post(reverse("journal:new"), entry_post(submission=token))
    assert Entry.objects.count() == 2
    assert response["Location"] != reverse(
        "journal:detail", args=[Entry.objects.get(user=owner).uuid]
    )


@pytest.mark.django_db
def test_a_tag_name_key_is_the_same_for_the_same_tag_written_differently(owner):
    assert tag_name_key(owner.pk, "Small  Wins") == tag_name_key(owner.pk, "small wins")
    assert tag_name_key(owner.pk, "Straße") == tag_name_key(owner.pk, "STRASSE")
    assert tag_name_key(owner.pk, "work") != tag_name_key(owner.pk + 1, "work")
    assert "work" not in tag_name_key(owner.pk, "work")


@pytest.mark.django_db
def test_the_database_refuses_a_second_tag_of_the_same_name(owner):
    from django.db import IntegrityError

    Tag.objects.create(user=owner, name="Family")
    with pytest.raises(IntegrityError), transaction.atomic():
        Tag.objects.create(user=owner, name="family")


@pytest.mark.django_db(transaction=True)
def test_two_saves_creating_the_same_new_tag_at_once_end_with_one_tag(owner, monkeypatch):
    """A race on SQLite, played in order: both saves read the tags before either creates one
    (so both decide to create "Hope"), each in its own transaction."""
    import journal.services as services

    monkeypatch.setattr(services, "tags_for", lambda user: [])  # both read "no such tag yet"
    with transaction.atomic():
        first = tags_ensure(user=owner, names=["Hope"])
    with transaction.atomic():
        second = tags_ensure(user=owner, names=["hope"])
    assert Tag.objects.filter(user=owner).count() == 1
    assert first[0].pk == second[0].pk
    assert second[0].name == "Hope"


@pytest.mark.django_db
def test_the_same_edit_posted_twice_saves_once_and_both_go_to_the_entry(owner, owner_client):
    from tests.journal.factories import EntryFactory

    entry = EntryFactory(user=owner, body="Before.")
    data = entry_post(body="After, said once.", version="1", new_tags="river")
    first = owner_client.post(reverse("journal:edit", args=[entry.uuid]), data)
    second = owner_client.post(reverse("journal:edit", args=[entry.uuid]), data)
    entry.refresh_from_db()
    assert (entry.body, entry.version) == ("After, said once.", 2)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == reverse("journal:detail", args=[entry.uuid])


@pytest.mark.django_db
def test_a_different_edit_from_an_older_page_still_shows_both_versions(owner, owner_client):
    from tests.journal.factories import EntryFactory

    entry = EntryFactory(user=owner, body="Before.")
    owner_client.post(
        reverse("journal:edit", args=[entry.uuid]), entry_post(body="Tab one.", version="1")
    )
    response = owner_client.post(
        reverse("journal:edit", args=[entry.uuid]), entry_post(body="Tab two.", version="1")
    )
    assert response.status_code == 409
