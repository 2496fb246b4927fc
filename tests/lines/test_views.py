"""My lines through the test client: set, edit (history kept), retire, delete, and check in."""

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from detach.people.models import Person
from practices.lines.models import CheckIn, Line, LineRevision
from tests.html import page_text
from tests.lines.factories import CheckInFactory, LineFactory
from tests.people.factories import PersonFactory


def test_setting_a_line_about_a_person_shows_it_under_their_name(owner, owner_client):
    sam = PersonFactory(user=owner, name="Sam")
    response = owner_client.post(
        "/lines/new/", {"person": sam.pk, "text": "  I don't check their Instagram.  "}
    )
    assert response.status_code == 302
    line = Line.objects.get(user=owner)
    assert (line.person, line.text) == (sam, "I don't check their Instagram.")
    text = page_text(owner_client.get("/lines/").content.decode())
    assert "Sam · Limited contact" in text
    assert "I don't check their Instagram." in text


def test_a_line_about_no_one_in_particular_is_listed_apart(owner, owner_client):
    owner_client.post("/lines/new/", {"person": "", "text": "My phone sleeps outside my room."})
    assert Line.objects.get(user=owner).person is None
    text = page_text(owner_client.get("/lines/").content.decode())
    assert "About no one in particular" in text
    assert "My phone sleeps outside my room." in text


def test_an_empty_line_is_refused_next_to_the_field(owner, owner_client):
    response = owner_client.post("/lines/new/", {"person": "", "text": "   "}, follow=True)
    assert response.status_code == 200
    assert "Please write your line, even a few words." in page_text(response.content.decode())
    assert not Line.objects.exists()


def test_a_too_long_line_is_refused_and_nothing_typed_is_lost(owner, owner_client):
    long_text = "I keep my distance. " * 20
    response = owner_client.post("/lines/new/", {"person": "", "text": long_text}, follow=True)
    html = response.content.decode()
    assert "Please keep it to 300 characters or fewer" in page_text(html)
    assert "Nothing you wrote is lost." in page_text(html)
    assert response.context["form"]["text"].value() == long_text
    assert not Line.objects.exists()


def test_someone_elses_person_cannot_be_chosen(owner, owner_client, stranger):
    theirs = PersonFactory(user=stranger)
    response = owner_client.post(
        "/lines/new/", {"person": theirs.pk, "text": "A line"}, follow=True
    )
    assert response.status_code == 200
    assert "Please choose one of your people, or no one." in page_text(response.content.decode())
    assert not Line.objects.exists()


def test_the_person_in_the_query_is_preselected_with_examples_for_their_contact_mode(
    owner, owner_client
):
    sam = PersonFactory(user=owner, contact=Person.Contact.NO_CONTACT)
    response = owner_client.get(f"/lines/new/?person={sam.uuid}")
    assert response.context["form"]["person"].value() == sam.pk
    text = page_text(response.content.decode())
    # The no-contact examples come first; the others wait, folded, below them.
    first = text.split("For Sam (no contact):", 1)[1].split("Examples for other kinds", 1)[0]
    assert "I don't ask our friends how they are doing." in first
    assert "We talk about the children, by email, on Sundays." not in first
    assert "a short, private safety check" in text


def test_staying_close_shows_its_own_examples_and_no_safety_offer(owner, owner_client):
    mum = PersonFactory(user=owner, name="Mum", contact=Person.Contact.CLOSE)
    text = page_text(owner_client.get(f"/lines/new/?person={mum.uuid}").content.decode())
    first = text.split("For Mum (staying close, with boundaries):", 1)[1]
    first = first.split("Examples for other kinds", 1)[0]
    assert "I say no when I mean no, even if they are disappointed." in first
    assert "I don't ask our friends how they are doing." not in first
    assert "a short, private safety check" not in text


def test_examples_are_never_stored(owner, owner_client):
    sam = PersonFactory(user=owner)
    owner_client.get(f"/lines/new/?person={sam.uuid}")
    owner_client.get("/lines/")
    assert not Line.objects.exists()


def test_a_query_person_who_is_not_mine_is_ignored(owner_client, stranger):
    theirs = PersonFactory(user=stranger, name="Their person")
    response = owner_client.get(f"/lines/new/?person={theirs.uuid}")
    assert response.status_code == 200
    assert response.context["form"]["person"].value() is None
    assert owner_client.get("/lines/new/?person=not-a-uuid").status_code == 200


def test_editing_a_line_keeps_the_earlier_wording(owner, owner_client):
    line = LineFactory(user=owner, text="I don't check their profiles.")
    response = owner_client.post(
        f"/lines/{line.uuid}/edit/", {"person": "", "text": "I don't check their Instagram."}
    )
    assert response.status_code == 302
    line.refresh_from_db()
    assert line.text == "I don't check their Instagram."
    revision = LineRevision.objects.get(line=line)
    assert revision.text == "I don't check their profiles."
    assert revision.user == owner
    text = page_text(owner_client.get(f"/lines/{line.uuid}/").content.decode())
    assert "I don't check their profiles." in text
    assert "Earlier wordings" in text


def test_saving_the_same_wording_adds_no_history(owner, owner_client):
    line = LineFactory(user=owner, text="Same words")
    owner_client.post(f"/lines/{line.uuid}/edit/", {"person": "", "text": "Same words"})
    assert not LineRevision.objects.exists()


def test_every_edit_adds_one_earlier_wording(owner, owner_client):
    line = LineFactory(user=owner, text="one")
    for text in ("two", "three"):
        owner_client.post(f"/lines/{line.uuid}/edit/", {"person": "", "text": text})
    assert list(LineRevision.objects.order_by("replaced_at").values_list("id", flat=True))
    assert [r.text for r in LineRevision.objects.order_by("replaced_at", "id")] == ["one", "two"]


def test_an_invalid_edit_changes_nothing(owner, owner_client):
    line = LineFactory(user=owner, text="Kept")
    response = owner_client.post(
        f"/lines/{line.uuid}/edit/", {"person": "", "text": ""}, follow=True
    )
    assert response.status_code == 200
    line.refresh_from_db()
    assert line.text == "Kept"
    assert not LineRevision.objects.exists()


def test_retiring_and_restoring_a_line(owner, owner_client):
    line = LineFactory(user=owner, text="A line that stopped fitting")
    owner_client.post(f"/lines/{line.uuid}/retire/")
    line.refresh_from_db()
    assert line.retired_at is not None
    html = owner_client.get("/lines/").content.decode()
    assert "Retired (1)" in page_text(html)
    owner_client.post(f"/lines/{line.uuid}/retire/")
    line.refresh_from_db()
    assert line.retired_at is None


def test_retiring_needs_a_post(owner_client, owner):
    line = LineFactory(user=owner)
    assert owner_client.get(f"/lines/{line.uuid}/retire/").status_code == 405


def test_deleting_asks_first_then_removes_the_line_and_its_history(owner, owner_client):
    line = LineFactory(user=owner)
    owner_client.post(f"/lines/{line.uuid}/edit/", {"person": "", "text": "new words"})
    confirm = owner_client.get(f"/lines/{line.uuid}/delete/")
    assert "Delete this line and its history?" in page_text(confirm.content.decode())
    assert Line.objects.filter(pk=line.pk).exists()
    response = owner_client.post(f"/lines/{line.uuid}/delete/")
    assert response.status_code == 302
    assert not Line.objects.exists()
    assert not LineRevision.objects.exists()


def test_a_line_links_to_the_request_builder_for_limited_contact(owner, owner_client):
    line = LineFactory(user=owner, person=PersonFactory(user=owner))
    html = owner_client.get(f"/lines/{line.uuid}/").content.decode()
    assert f'href="/practices/requests/new/?from_line={line.uuid}"' in html
    builder = owner_client.get(f"/practices/requests/new/?from_line={line.uuid}")
    assert builder.status_code == 200
    assert line.text in page_text(builder.content.decode())


def test_a_no_contact_line_offers_no_request(owner, owner_client):
    sam = PersonFactory(user=owner, contact=Person.Contact.NO_CONTACT)
    line = LineFactory(user=owner, person=sam)
    assert "from_line" not in owner_client.get(f"/lines/{line.uuid}/").content.decode()


def test_the_line_never_goes_into_the_page_title(owner, owner_client):
    line = LineFactory(user=owner, text="Secret words")
    html = owner_client.get(f"/lines/{line.uuid}/").content.decode()
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "Secret words" not in title


def test_the_list_groups_people_with_examples_when_they_have_no_lines(owner, owner_client):
    PersonFactory(user=owner, name="Jo", contact=Person.Contact.LIMITED)
    text = page_text(owner_client.get("/lines/").content.decode())
    assert "Jo · Limited contact" in text
    assert "We talk about the children, by email, on Sundays." in text


# The check-in


def test_checking_in_yes_records_today_in_my_own_timezone(owner, owner_client, monkeypatch):
    owner.timezone = "Pacific/Auckland"
    owner.save()
    # 20:00 UTC on 1 December is already 2 December in Auckland.
    moment = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    response = owner_client.post("/lines/check-in/", {"kept": "yes", "note": ""})
    assert response.status_code == 302
    check_in = CheckIn.objects.get(user=owner)
    assert check_in.day.isoformat() == "2026-12-02"
    assert check_in.kept is True


def test_a_second_answer_the_same_day_changes_the_first(owner, owner_client):
    owner_client.post("/lines/check-in/", {"kept": "yes"})
    owner_client.post("/lines/check-in/", {"kept": "yes"})  # a double tap
    assert CheckIn.objects.filter(user=owner).count() == 1
    owner_client.post("/lines/check-in/", {"kept": "no", "note": "Looked at their page."})
    check_in = CheckIn.objects.get(user=owner)
    assert check_in.kept is False
    assert check_in.note == "Looked at their page."


def test_not_today_offers_the_kindness_break(owner, owner_client):
    response = owner_client.post("/lines/check-in/", {"kept": "no"}, follow=True)
    html = response.content.decode()
    assert 'href="/urges/kindness/"' in html
    assert "Today: not today." in page_text(html)


def test_yes_offers_no_kindness_break(owner, owner_client):
    response = owner_client.post("/lines/check-in/", {"kept": "yes"}, follow=True)
    assert 'href="/urges/kindness/"' not in response.content.decode()


def test_a_check_in_without_an_answer_keeps_the_note(owner, owner_client):
    response = owner_client.post("/lines/check-in/", {"note": "half a thought"}, follow=True)
    assert response.status_code == 200
    text = page_text(response.content.decode())
    assert "Please choose Yes or Not today." in text
    assert "Nothing you wrote is lost." in text
    assert 'value="half a thought"' in response.content.decode()
    assert not CheckIn.objects.exists()


def test_a_too_long_note_is_refused(owner, owner_client):
    response = owner_client.post(
        "/lines/check-in/", {"kept": "yes", "note": "x" * 201}, follow=True
    )
    assert response.status_code == 200
    assert "Please keep the note to 200 characters" in page_text(response.content.decode())
    assert not CheckIn.objects.exists()


def test_the_check_in_goes_back_to_a_page_on_this_site_only(owner_client):
    response = owner_client.post("/lines/check-in/", {"kept": "yes", "next": "/people/"})
    assert response["Location"] == "/people/"
    response = owner_client.post(
        "/lines/check-in/", {"kept": "yes", "next": "https://elsewhere.example/"}
    )
    assert response["Location"] == "/lines/"


def test_a_slip_does_not_take_the_months_kept_days_away(owner, owner_client):
    today = owner.local_today()
    for n in range(1, 4):
        if (today - timedelta(days=n)).month == today.month:
            CheckInFactory(user=owner, day=today - timedelta(days=n), kept=True)
    before = owner_client.get("/lines/").context["progress"].kept_this_month
    owner_client.post("/lines/check-in/", {"kept": "no"})
    progress = owner_client.get("/lines/").context["progress"]
    assert progress.kept_this_month == before
    assert progress.checked_this_month == before + 1


def test_the_lines_page_shows_the_month_the_longest_stretch_and_the_trend(owner, owner_client):
    today = owner.local_today()
    for n in range(20):
        CheckInFactory(user=owner, day=today - timedelta(days=n), kept=n != 5)
    response = owner_client.get("/lines/")
    progress = response.context["progress"]
    assert progress.longest.days == 14
    text = page_text(response.content.decode())
    assert "Longest run" in text
    assert "longest stretch of kept days" in text
    assert "14 days" in text
    assert "Share of checked-in days kept, by week" in text


@pytest.mark.parametrize("path", ["/lines/", "/lines/new/"])
def test_the_pages_need_an_account(path):
    response = Client().get(path)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_check_in_tag_puts_the_check_in_on_another_page_and_answers_back_to_it(owner, rf):
    from django.template import Context, Template

    CheckInFactory(user=owner, day=owner.local_today(), kept=False, note="a hard evening")
    request = rf.get("/today/?x=1")
    request.user = owner
    html = Template("{% load lines_check_in %}{% lines_check_in %}").render(
        Context({"request": request})
    )
    assert "Kept my lines today?" in page_text(html)
    assert "Today: not today." in page_text(html)
    assert 'name="next" value="/today/?x=1"' in html
    assert 'value="a hard evening"' in html  # answering again keeps the note
    assert 'href="/urges/kindness/"' in html


def test_two_check_ins_racing_for_the_same_day_leave_one_row_with_the_latest_answer(
    owner, monkeypatch
):
    from django.db import IntegrityError

    from practices.lines import services

    day = owner.local_today()
    CheckInFactory(user=owner, day=day, kept=True)

    def racing(**kwargs):
        # As if this tap had not seen the first one's row: its insert meets the constraint.
        raise IntegrityError("lines_one_check_in_a_day")

    monkeypatch.setattr(CheckIn.objects, "update_or_create", racing)
    services.check_in(user=owner, day=day, kept=False, note="second")
    check_in = CheckIn.objects.get(user=owner)
    assert (check_in.kept, check_in.note) == (False, "second")
