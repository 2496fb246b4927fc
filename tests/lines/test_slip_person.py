"""Whose line a "Not today" was: chosen, if the person likes, among their people with lines;
then, on a person's page and in the export, the days within my lines with them."""

from datetime import date, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.lines.export import export_files
from practices.lines.models import CheckIn
from practices.lines.stretches import days_with
from tests.html import page_text
from tests.lines.factories import CheckInFactory, LineFactory
from tests.people.factories import PersonFactory


def test_yes_is_still_one_tap(owner, owner_client):
    response = owner_client.post("/lines/check-in/", {"kept": "yes"})
    assert response.status_code == 302
    check_in = CheckIn.objects.get(user=owner)
    assert check_in.kept and check_in.person is None


def test_a_yes_never_keeps_a_person(owner, owner_client):
    robin = PersonFactory(user=owner)
    LineFactory(user=owner, person=robin)
    owner_client.post("/lines/check-in/", {"kept": "yes", "person": str(robin.uuid)})
    assert CheckIn.objects.get(user=owner).person is None


def test_not_today_with_one_of_my_people_stores_them_and_offers_the_choice(owner, owner_client):
    robin = PersonFactory(user=owner, name="Robin")
    PersonFactory(user=owner, name="Without-lines")
    LineFactory(user=owner, person=robin)
    owner_client.post("/lines/check-in/", {"kept": "no"})
    html = owner_client.get("/lines/").content.decode()
    assert "data-slip-person" in html
    options = html[html.index("data-slip-person") : html.index("</select>")]
    assert "Robin" in options and "Rather not say" in options
    assert "Without-lines" not in options
    response = owner_client.post(
        "/lines/check-in/", {"kept": "no", "note": "", "person": str(robin.uuid)}
    )
    assert response.status_code == 302
    assert CheckIn.objects.get(user=owner).person == robin
    assert "Today: not today, a line with Robin." in page_text(owner_client.get("/lines/"))


def test_a_strangers_person_is_refused(owner, owner_client, stranger):
    theirs = PersonFactory(user=stranger)
    LineFactory(user=stranger, person=theirs)
    response = owner_client.post(
        "/lines/check-in/", {"kept": "no", "note": "kept?", "person": str(theirs.uuid)}, follow=True
    )
    assert response.status_code == 200
    assert "Please choose one of your people, or rather not say." in page_text(response)
    assert not CheckIn.objects.filter(user=owner).exists()


def test_a_slip_with_someone_else_does_not_count_and_an_unnamed_one_does():
    d = date(2026, 3, 1)
    robin, kai = 1, 2
    rows = [
        (d, True, None),
        (d + timedelta(days=1), False, kai),  # someone else's line: kept for Robin
        (d + timedelta(days=2), False, robin),
        (d + timedelta(days=3), False, None),  # no one named: counts against everyone
        (d + timedelta(days=4), True, None),
    ]
    assert [kept for _day, kept in days_with(rows, robin)] == [True, True, False, False, True]
    assert [kept for _day, kept in days_with(rows, kai)] == [True, False, True, False, True]


def test_the_persons_page_shows_days_within_my_lines_with_them(owner, owner_client):
    robin = PersonFactory(user=owner)
    kai = PersonFactory(user=owner)
    LineFactory(user=owner, person=robin)
    today = owner.local_today()
    answers = [(True, None), (False, kai), (True, None), (False, None), (False, robin)]
    answers += [(True, None)] * 3
    for n, (kept, person) in enumerate(answers):
        CheckInFactory(user=owner, day=today - timedelta(days=40 - n), kept=kept, person=person)
    CheckInFactory(user=owner, day=today, kept=False, person=kai)
    text = page_text(owner_client.get(robin.get_absolute_url()))
    assert "Days within my lines with them" in text
    # 9 days checked in; Robin's line slipped on 2 (one named Robin, one with no one named).
    assert "This month: 1 of 1 day checked in. In all: 7 of 9." in text
    assert "Longest stretch: 4 days" in text
    assert "one where you named no one counts for everyone" in text
    # Kai has no line: nothing to keep with them, so no count.
    assert "Days within my lines with them" not in page_text(
        owner_client.get(kai.get_absolute_url())
    )


def test_the_persons_page_costs_the_same_with_many_check_ins(owner, owner_client):
    counts = []
    for days in (1, 40):
        person = PersonFactory(user=owner)
        CheckIn.objects.filter(user=owner).delete()
        for n in range(days):
            CheckInFactory(
                user=owner,
                day=owner.local_today() - timedelta(days=n + 1),
                kept=bool(n % 2),
                person=None if n % 2 else person,
            )
        with CaptureQueriesContext(connection) as queries:
            owner_client.get(person.get_absolute_url())
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_the_export_says_whose_line_and_the_days_kept_with_each_person(owner):
    robin = PersonFactory(user=owner, name="Robin")
    kai = PersonFactory(user=owner, name="Kai")
    LineFactory(user=owner, person=robin)
    LineFactory(user=owner, person=kai)
    today = owner.local_today()
    CheckInFactory(user=owner, day=today - timedelta(days=2), kept=True)
    CheckInFactory(user=owner, day=today - timedelta(days=1), kept=False, person=kai)
    CheckInFactory(user=owner, day=today, kept=True)
    text = export_files(owner)["lines.md"]
    assert f"- {(today - timedelta(days=1)).isoformat()}: not today (a line with Kai)" in text
    assert "# Days within my lines, with each person" in text
    assert "- Robin: 3 of 3 days, longest stretch 3" in text
    assert "- Kai: 2 of 3 days, longest stretch 1" in text
