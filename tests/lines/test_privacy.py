"""My lines are private: another person gets 404 on every object URL, the words are
ciphertext in the database, kept out of logs, in the export, and gone with the account."""

import io
import logging
import zipfile
from datetime import date

import pytest
from django.db import connection

from detach.people.models import Person
from detach.people.sections import delete_person, linked_records, person_sections
from detach.users.export import build_export_zip
from detach.users.services import account_delete
from practices.lines.models import CheckIn, Line, LineRevision
from tests.html import page_text
from tests.lines.factories import CheckInFactory, LineFactory, LineRevisionFactory
from tests.people.factories import PersonFactory

SECRET = "I never drive past their house"


@pytest.mark.parametrize("action", ["", "edit/", "delete/"])
def test_another_person_gets_404_on_my_line_pages(owner, stranger_client, action):
    line = LineFactory(user=owner)
    assert stranger_client.get(f"/lines/{line.uuid}/{action}").status_code == 404


@pytest.mark.parametrize("action", ["edit/", "retire/", "delete/"])
def test_another_person_cannot_change_my_line(owner, stranger_client, action):
    line = LineFactory(user=owner, text="Mine")
    response = stranger_client.post(f"/lines/{line.uuid}/{action}", {"text": "Theirs"})
    assert response.status_code == 404
    line.refresh_from_db()
    assert (line.text, line.retired_at) == ("Mine", None)
    assert not LineRevision.objects.exists()


def test_another_persons_list_and_check_in_never_show_mine(owner, stranger, stranger_client):
    LineFactory(user=owner, text=SECRET)
    CheckInFactory(user=owner, day=stranger.local_today(), kept=False, note="my note")
    html = stranger_client.get("/lines/").content.decode()
    assert SECRET not in page_text(html)
    assert "my note" not in page_text(html)
    stranger_client.post("/lines/check-in/", {"kept": "yes"})
    assert CheckIn.objects.get(user=owner).kept is False


def test_lines_revisions_and_notes_are_ciphertext_in_the_database(owner, owner_client):
    line = LineFactory(user=owner, text=SECRET)
    LineRevisionFactory(line=line, text=f"{SECRET} earlier")
    CheckInFactory(user=owner, note=f"{SECRET} note")
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM lines_line")
        (stored_line,) = cursor.fetchone()
        cursor.execute("SELECT text FROM lines_linerevision")
        (stored_revision,) = cursor.fetchone()
        cursor.execute("SELECT note FROM lines_checkin")
        (stored_note,) = cursor.fetchone()
    for stored in (stored_line, stored_revision, stored_note):
        assert "drive" not in stored


def test_writing_a_line_and_a_check_in_logs_none_of_the_words(owner, owner_client, caplog):
    with caplog.at_level(logging.DEBUG):
        owner_client.post("/lines/new/", {"person": "", "text": SECRET})
        line = Line.objects.get()
        owner_client.post(f"/lines/{line.uuid}/edit/", {"person": "", "text": "x" * 400})
        owner_client.post("/lines/check-in/", {"kept": "no", "note": "umbrella"})
        owner_client.post("/lines/check-in/", {"note": "umbrella" * 40})
    assert "drive past" not in caplog.text
    assert "umbrella" not in caplog.text


def test_the_lines_page_stores_nothing_in_the_browser(owner, owner_client):
    LineFactory(user=owner)
    html = owner_client.get("/lines/").content.decode()
    assert "localStorage" not in html and "sessionStorage" not in html


def test_the_export_has_my_lines_their_history_and_check_ins(owner, stranger):
    sam = PersonFactory(user=owner, name="Sam")
    line = LineFactory(user=owner, person=sam, text="I don't check their Instagram.")
    LineRevisionFactory(line=line, text="I don't check their profiles.")
    CheckInFactory(user=owner, day=date(2026, 3, 4), kept=False, note="Looked once.")
    CheckInFactory(user=owner, day=date(2026, 3, 5), kept=True)
    LineFactory(user=stranger, text="STRANGER LINE")
    archive = zipfile.ZipFile(io.BytesIO(build_export_zip(owner)))
    markdown = archive.read("detach/lines.md").decode()
    assert "## I don't check their Instagram." in markdown
    assert "- About: Sam" in markdown
    assert "I don't check their profiles." in markdown
    assert "- 2026-03-04: not today — Looked once." in markdown
    assert "- 2026-03-05: yes" in markdown
    assert "STRANGER LINE" not in markdown
    assert "I don't check their Instagram." in archive.read("detach/everything.json").decode()


def test_without_lines_the_export_has_no_lines_file(owner):
    archive = zipfile.ZipFile(io.BytesIO(build_export_zip(owner)))
    assert "detach/lines.md" not in archive.namelist()


def test_deleting_the_account_deletes_lines_history_and_check_ins(owner, stranger):
    line = LineFactory(user=owner)
    LineRevisionFactory(line=line)
    CheckInFactory(user=owner)
    theirs = LineFactory(user=stranger)
    account_delete(user=owner)
    assert list(Line.objects.all()) == [theirs]
    assert not LineRevision.objects.exists()
    assert not CheckIn.objects.exists()


# A person's page


def test_a_persons_page_lists_my_lines_about_them(owner, owner_client):
    sam = PersonFactory(user=owner, name="Sam")
    LineFactory(user=owner, person=sam, text="I don't check their Instagram.")
    LineFactory(user=owner, text="About no one")
    LineFactory(user=owner, person=sam, text="Old line", retired_at="2026-01-01T00:00Z")
    text = page_text(owner_client.get(f"/people/{sam.uuid}/").content.decode())
    assert "My lines with them" in text
    assert "I don't check their Instagram." in text
    assert "About no one" not in text
    assert "Old line" not in text
    assert "1 retired line" in text


def test_a_person_without_lines_gets_examples_for_their_contact_mode(owner):
    mum = PersonFactory(user=owner, contact=Person.Contact.CLOSE)
    section = next(s for s in person_sections(mum) if s.title == "My lines with them")
    assert section.context["active"] == []
    assert "I say no when I mean no, even if they are disappointed." in section.context["examples"]


def test_deleting_a_person_counts_their_lines_and_can_keep_them(owner):
    sam = PersonFactory(user=owner)
    line = LineFactory(user=owner, person=sam)
    LineFactory(user=owner)
    assert "1 line about them" in [r.label for r in linked_records(sam)]
    delete_person(sam, delete_linked=False)
    line.refresh_from_db()
    assert line.person is None


def test_deleting_a_person_with_their_records_deletes_their_lines(owner):
    sam = PersonFactory(user=owner)
    line = LineFactory(user=owner, person=sam)
    LineRevisionFactory(line=line)
    other = LineFactory(user=owner)
    delete_person(sam, delete_linked=True)
    assert list(Line.objects.all()) == [other]
    assert not LineRevision.objects.exists()
