"""Unsent letters: written, kept, edited, deleted; never sent; and the one question a day later."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from detach.people.sections import delete_person, linked_records, person_sections
from detach.users.export import build_export_zip
from detach.users.services import account_delete
from practices.letters.export import export_files
from practices.letters.models import BODY_MAX_LENGTH, Letter
from tests.html import page_text
from tests.letters.factories import LetterFactory
from tests.people.factories import PersonFactory

pytestmark = pytest.mark.django_db

QUESTION = "Do you still want to send it?"


def a_day_ago(hours=24, minutes=0):
    return timezone.now() - timedelta(hours=hours, minutes=minutes)


def test_writing_a_letter_keeps_it_encrypted_and_unsent(owner, owner_client):
    person = PersonFactory(user=owner, name="Jo")
    response = owner_client.post(
        reverse("letters:new"), {"person": person.pk, "body": "Why did you go quiet?"}
    )
    letter = Letter.objects.get()
    assert response.status_code == 302
    assert response["Location"] == letter.get_absolute_url()
    assert letter.user == owner and letter.person == person
    assert letter.body == "Why did you go quiet?"
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM letters_letter")
        (stored,) = cursor.fetchone()
    assert stored.startswith("enc1:") and "quiet" not in stored
    text = page_text(owner_client.get(letter.get_absolute_url()).content.decode())
    assert "Why did you go quiet?" in text
    assert "Nothing here is ever sent" in text


def test_a_letter_to_nobody_in_particular(owner, owner_client):
    owner_client.post(reverse("letters:new"), {"person": "", "body": "To whoever."})
    assert Letter.objects.get().person is None


@pytest.mark.parametrize("name", ["letters:list", "letters:new"])
def test_there_is_no_send_control_anywhere(owner, owner_client, name):
    letter = LetterFactory(user=owner, written_at=a_day_ago(30))
    pages = [
        owner_client.get(reverse(name)),
        owner_client.get(letter.get_absolute_url()),
        owner_client.get(reverse("letters:edit", kwargs={"uuid": letter.uuid})),
    ]
    for response in pages:
        html = response.content.decode()
        text = page_text(html).lower()
        assert "nothing here is ever sent" in text
        assert "there is no send button" in text
        assert 'value="send"' not in html.lower()
        assert "mailto:" not in html and "sms:" not in html
        buttons = html.lower().split("<button")[1:]
        assert not any(">send" in b.split("</button>")[0] for b in buttons)


def test_the_person_is_preselected_from_the_address(owner, owner_client):
    person = PersonFactory(user=owner, name="Jo")
    html = owner_client.get(reverse("letters:new") + f"?person={person.uuid}").content.decode()
    assert f'<option value="{person.pk}" selected>' in html


def test_a_strangers_person_in_the_address_is_a_404(owner_client, stranger):
    theirs = PersonFactory(user=stranger)
    response = owner_client.get(reverse("letters:new") + f"?person={theirs.uuid}")
    assert response.status_code == 404


def test_a_strangers_person_cannot_be_posted(owner, owner_client, stranger):
    theirs = PersonFactory(user=stranger)
    response = owner_client.post(
        reverse("letters:new"), {"person": theirs.pk, "body": "Hi"}, follow=True
    )
    assert response.status_code == 200
    assert not Letter.objects.exists()


def test_an_empty_letter_is_refused_next_to_the_field(owner_client):
    response = owner_client.post(reverse("letters:new"), {"person": "", "body": "  "}, follow=True)
    text = page_text(response.content.decode())
    assert response.status_code == 200
    assert "Write a few words, or all of it" in text
    assert not Letter.objects.exists()


def test_a_letter_too_long_is_refused_with_nothing_lost(owner_client):
    long = "I miss you. " * 500
    response = owner_client.post(reverse("letters:new"), {"body": long}, follow=True)
    html = response.content.decode()
    assert f"keep it to {BODY_MAX_LENGTH} characters" in page_text(html)
    assert "Nothing you wrote is lost" in page_text(html)
    assert long.strip() in page_text(html)
    assert f'maxlength="{BODY_MAX_LENGTH}"' in html
    assert not Letter.objects.exists()


def test_editing_keeps_the_time_it_was_written(owner, owner_client):
    letter = LetterFactory(user=owner, written_at=a_day_ago(5))
    written = letter.written_at
    response = owner_client.post(
        reverse("letters:edit", kwargs={"uuid": letter.uuid}), {"body": "Changed my words."}
    )
    letter.refresh_from_db()
    assert response.status_code == 302
    assert letter.body == "Changed my words."
    assert letter.written_at == written


def test_deleting_asks_first_then_deletes(owner, owner_client):
    letter = LetterFactory(user=owner)
    url = reverse("letters:delete", kwargs={"uuid": letter.uuid})
    assert "Delete this letter?" in page_text(owner_client.get(url).content.decode())
    assert Letter.objects.exists()
    response = owner_client.post(url)
    assert response["Location"] == reverse("letters:list")
    assert not Letter.objects.exists()


@pytest.mark.parametrize("action", ["detail", "edit", "delete"])
def test_another_person_gets_404_on_my_letter(owner, stranger_client, action):
    letter = LetterFactory(user=owner)
    url = reverse(f"letters:{action}", kwargs={"uuid": letter.uuid})
    assert stranger_client.get(url).status_code == 404
    if action != "detail":  # the letter's page only answers GET
        assert stranger_client.post(url, {"body": "x"}).status_code == 404
    letter.refresh_from_db()
    assert letter.body != "x"


def test_another_person_gets_404_answering_my_letter(owner, stranger_client):
    letter = LetterFactory(user=owner, written_at=a_day_ago(30))
    response = stranger_client.post(letter.url_answer, {"answer": "let_go"})
    assert response.status_code == 404
    assert Letter.objects.filter(pk=letter.pk).exists()


# The one question, a day later.


def test_the_question_is_not_asked_before_a_day(owner, owner_client):
    letter = LetterFactory(user=owner, written_at=a_day_ago(23, 59))
    assert QUESTION not in page_text(owner_client.get(letter.get_absolute_url()).content.decode())
    assert QUESTION not in page_text(owner_client.get(reverse("letters:list")).content.decode())
    letter.refresh_from_db()
    assert letter.asked_at is None


def test_answering_before_a_day_changes_nothing(owner, owner_client):
    letter = LetterFactory(user=owner, written_at=a_day_ago(23))
    owner_client.post(letter.url_answer, {"answer": "let_go"})
    letter.refresh_from_db()
    assert letter.answered_at is None


def test_after_a_day_the_question_shows_on_the_list_and_the_letter(owner, owner_client):
    letter = LetterFactory(user=owner, written_at=a_day_ago(24, 1))
    list_text = page_text(owner_client.get(reverse("letters:list")).content.decode())
    assert QUESTION in list_text
    letter.refresh_from_db()
    assert letter.asked_at is None  # showing the question writes nothing; answering does
    detail = page_text(owner_client.get(letter.get_absolute_url()).content.decode())
    assert QUESTION in detail
    for choice in ("Keep it here", "Let it go", "Decide later"):
        assert choice in detail


@pytest.mark.parametrize("answer", ["keep", "later"])
def test_keeping_or_deciding_later_is_stored_and_never_asked_again(owner, owner_client, answer):
    letter = LetterFactory(user=owner, written_at=a_day_ago(48))
    response = owner_client.post(letter.url_answer, {"answer": answer})
    assert response["Location"] == letter.get_absolute_url()
    letter.refresh_from_db()
    assert letter.answer == answer
    assert letter.answered_at is not None
    assert QUESTION not in page_text(owner_client.get(letter.get_absolute_url()).content.decode())
    assert QUESTION not in page_text(owner_client.get(reverse("letters:list")).content.decode())
    # A second answer (an old tab) changes nothing.
    owner_client.post(letter.url_answer, {"answer": "let_go"})
    letter.refresh_from_db()
    assert letter.answer == answer


def test_letting_go_deletes_it_with_a_gentle_word(owner, owner_client):
    letter = LetterFactory(user=owner, written_at=a_day_ago(25))
    response = owner_client.post(letter.url_answer, {"answer": "let_go"}, follow=True)
    assert not Letter.objects.filter(pk=letter.pk).exists()
    assert "you did not have to send it to be heard" in page_text(response.content.decode())


def test_answering_from_the_list_returns_to_the_list(owner, owner_client):
    letter = LetterFactory(user=owner, written_at=a_day_ago(25))
    response = owner_client.post(letter.url_answer, {"answer": "later", "back": "list"})
    assert response["Location"] == reverse("letters:list")


def test_a_made_up_answer_changes_nothing(owner, owner_client):
    letter = LetterFactory(user=owner, written_at=a_day_ago(25))
    owner_client.post(letter.url_answer, {"answer": "send"})
    letter.refresh_from_db()
    assert letter.answered_at is None and Letter.objects.exists()


def test_the_list_keeps_to_its_query_budget(owner, owner_client, django_assert_max_num_queries):
    people = [PersonFactory(user=owner, name=f"P{n}") for n in range(3)]
    for n in range(35):
        LetterFactory(user=owner, person=people[n % 3], written_at=a_day_ago(24 * n + 1))
    # session, user, the few letters due their question, one page of letters with their people
    # (showing the question writes nothing).
    with django_assert_max_num_queries(4):
        response = owner_client.get(reverse("letters:list"))
    text = page_text(response.content.decode())
    assert sum(text.count(f"To P{n}") for n in range(3)) == 30  # a page, people named


def test_the_list_is_paged_so_years_of_letters_cost_the_same(owner, owner_client):
    for n in range(35):
        LetterFactory(user=owner, body=f"Letter number {n}.", written_at=a_day_ago(24 * n + 1))
    first = page_text(owner_client.get(reverse("letters:list")).content.decode())
    assert "Letter number 0." in first and "Letter number 29." in first
    assert "Letter number 30." not in first and "Older" in first
    # Only the latest few letters due their question are asked on the list.
    assert first.count("Do you still want to send it?") == 5
    older = page_text(owner_client.get(reverse("letters:list") + "?page=2").content.decode())
    assert "Letter number 30." in older and "Letter number 34." in older
    assert "Letter number 29." not in older and "Newer" in older


def test_only_my_letters_are_listed(owner, owner_client, stranger):
    LetterFactory(user=stranger, body="Someone else's words.")
    LetterFactory(user=owner, body="My own words.")
    text = page_text(owner_client.get(reverse("letters:list")).content.decode())
    assert "My own words." in text and "Someone else" not in text


# The person's page, export, deletion.


def test_the_persons_page_lists_letters_to_them(owner, owner_client):
    person = PersonFactory(user=owner, name="Jo")
    LetterFactory(user=owner, person=person, body="Dear Jo, about Sunday.")
    LetterFactory(user=owner, body="To nobody.")
    text = page_text(owner_client.get(person.get_absolute_url()).content.decode())
    assert "Letters you did not send" in text
    assert "Dear Jo, about Sunday." in text and "To nobody." not in text
    section = next(s for s in person_sections(person) if s.template.startswith("letters/"))
    assert section.context["total"] == 1
    assert [(r.label, r.count) for r in linked_records(person) if "letter" in r.label] == [
        ("1 unsent letter to them", 1)
    ]


def test_forgetting_a_person_keeps_or_deletes_their_letters(owner):
    kept, gone = PersonFactory(user=owner), PersonFactory(user=owner)
    to_kept = LetterFactory(user=owner, person=kept)
    LetterFactory(user=owner, person=gone)
    delete_person(kept, delete_linked=False)
    to_kept.refresh_from_db()
    assert to_kept.person is None
    delete_person(gone, delete_linked=True)
    assert Letter.objects.count() == 1


def test_the_export_has_each_letter_as_markdown(owner, stranger):
    person = PersonFactory(user=owner, name="Jo")
    LetterFactory(user=owner, person=person, body="First words.")
    LetterFactory(user=stranger, body="Not mine.")
    files = export_files(owner)
    assert len(files) == 1
    (path, text) = next(iter(files.items()))
    assert path.startswith("letters/") and path.endswith(".md")
    assert "# To Jo" in text and "First words." in text and "Never sent" in text


def test_the_account_export_holds_the_letters_in_markdown_and_json(owner):
    LetterFactory(user=owner, body="Words for the archive.")
    archive = zipfile.ZipFile(io.BytesIO(build_export_zip(owner)))
    markdown = [name for name in archive.namelist() if name.startswith("detach/letters/")]
    assert len(markdown) == 1
    assert "Words for the archive." in archive.read(markdown[0]).decode()
    assert "Words for the archive." in archive.read("detach/everything.json").decode()


def test_deleting_the_account_deletes_the_letters(owner, stranger):
    LetterFactory(user=owner)
    theirs = LetterFactory(user=stranger)
    account_delete(user=owner)
    assert list(Letter.objects.all()) == [theirs]


def test_the_demo_seeds_letters_over_the_years(owner):
    import random

    from practices.letters import demo

    people = [PersonFactory(user=owner)]
    first = owner.local_today() - timedelta(days=5 * 365)
    what, count = demo.seed(owner, first=first, days=5 * 365, rng=random.Random(1), people=people)
    assert count == Letter.objects.for_user(owner).count() > 50


def test_the_practices_overview_links_to_the_letters(owner_client):
    html = owner_client.get(reverse("practices:index")).content.decode()
    assert f'href="{reverse("letters:list")}"' in html
    assert "Write it here instead" in page_text(html)
