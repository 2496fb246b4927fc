"""Issue 18, requirement 5: the opt-in "next session of my path" email. Calm (at most once a
week, only while a session waits, only after a few days away from the path), never quoting
anything the person wrote, and stopped by one click."""

import datetime
import re
import zoneinfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from detach.users.models import ReminderLog, User
from detach.users.reminders import PathPlace, Preferences, due_reminders
from progress.models import PathState
from progress.path.evidence import read_plan
from progress.path.sessions import SESSIONS
from tests.factories import UserFactory
from tests.journal.factories import EntryFactory
from tests.people.factories import PersonFactory
from tests.practices.factories import PatternNoticeFactory
from tests.quiz.factories import CompletedAttemptFactory

UTC = zoneinfo.ZoneInfo("UTC")
# A Wednesday evening in ISO week 48 of 2026.
WEDNESDAY = datetime.datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
PATH_ONLY = Preferences(
    daily_practice=False, weekly_reflection=False, quiz_retake=False, hour=18, path_next=True
)
NEVER_OPENED = PathPlace(has_next=True, last_marked_on=None)


def away(days: int, now: datetime.datetime = WEDNESDAY) -> PathPlace:
    return PathPlace(has_next=True, last_marked_on=now.date() - datetime.timedelta(days=days))


# The pure rule.


def test_the_path_nudge_is_due_once_a_week_for_someone_who_never_opened_the_path():
    assert due_reminders(PATH_ONLY, WEDNESDAY, None, NEVER_OPENED) == [("path_next", "2026-W48")]


def test_every_day_of_one_iso_week_gives_the_same_period_and_the_next_week_a_new_one():
    monday = WEDNESDAY - datetime.timedelta(days=2)
    sunday = WEDNESDAY + datetime.timedelta(days=4)
    periods = {due_reminders(PATH_ONLY, day, None, NEVER_OPENED)[0][1] for day in (monday, sunday)}
    assert periods == {"2026-W48"}
    next_monday = sunday + datetime.timedelta(days=1)
    assert due_reminders(PATH_ONLY, next_monday, None, NEVER_OPENED) == [("path_next", "2026-W49")]


def test_the_path_nudge_waits_until_three_local_days_without_a_visit():
    assert due_reminders(PATH_ONLY, WEDNESDAY, None, away(0)) == []
    assert due_reminders(PATH_ONLY, WEDNESDAY, None, away(2)) == []
    assert due_reminders(PATH_ONLY, WEDNESDAY, None, away(3)) == [("path_next", "2026-W48")]
    assert due_reminders(PATH_ONLY, WEDNESDAY, None, away(40)) == [("path_next", "2026-W48")]


def test_the_path_nudge_stops_once_no_session_waits():
    finished = PathPlace(has_next=False, last_marked_on=None)
    assert due_reminders(PATH_ONLY, WEDNESDAY, None, finished) == []


def test_the_path_nudge_is_not_due_without_the_opt_in_before_the_hour_or_without_the_path():
    not_wanted = Preferences(
        daily_practice=True, weekly_reflection=False, quiz_retake=False, hour=18
    )
    assert [k for k, _ in due_reminders(not_wanted, WEDNESDAY, None, NEVER_OPENED)] == [
        "daily_practice"
    ]
    assert due_reminders(PATH_ONLY, WEDNESDAY.replace(hour=17), None, NEVER_OPENED) == []
    # Without the path's app installed nothing annotates the path: no nudge.
    assert due_reminders(PATH_ONLY, WEDNESDAY, None, None) == []


# The command, the email and the unsubscribe link.


@pytest.fixture
def wednesday(monkeypatch):
    """Every person's local clock reads WEDNESDAY evening, so the week is known."""
    monkeypatch.setattr(User, "local_now", lambda self: WEDNESDAY)
    return WEDNESDAY


def nudged(**extra) -> User:
    return UserFactory(remind_path=True, reminder_hour=0, timezone="UTC", **extra)


def on_path(user, *, done: int, marked_days_ago: int | None, **extra) -> PathState:
    seen = None
    if marked_days_ago is not None:
        seen = WEDNESDAY.date() - datetime.timedelta(days=marked_days_ago)
    return PathState.objects.create(
        user=user,
        done={s.slug: "2026-11-01" for s in SESSIONS[:done]},
        last_marked_on=seen,
        **extra,
    )


def only_path_email():
    (message,) = mail.outbox
    return message


def test_the_command_sends_the_path_nudge_once_a_week_however_often_it_runs(
    db, wednesday, monkeypatch
):
    person = nudged()
    on_path(person, done=2, marked_days_ago=5)
    call_command("send_reminders")
    call_command("send_reminders")
    assert [m.to for m in mail.outbox] == [[person.email]]
    assert list(ReminderLog.objects.values_list("kind", "period")) == [("path_next", "2026-W48")]
    # Saturday of the same week: still once.
    saturday = wednesday + datetime.timedelta(days=3)
    monkeypatch.setattr(User, "local_now", lambda self: saturday)
    call_command("send_reminders")
    assert len(mail.outbox) == 1
    # Monday of the next week, still away from the path: one more.
    monday = wednesday + datetime.timedelta(days=5)
    monkeypatch.setattr(User, "local_now", lambda self: monday)
    call_command("send_reminders")
    call_command("send_reminders")
    assert len(mail.outbox) == 2
    assert ReminderLog.objects.filter(user=person, period="2026-W49").exists()


def test_the_email_names_the_next_session_its_minutes_and_links_to_it(db, wednesday, settings):
    settings.SITE_URL = "https://detach.example.org"
    person = nudged()
    on_path(person, done=2, marked_days_ago=10)
    call_command("send_reminders")
    message = only_path_email()
    upcoming = SESSIONS[2]
    assert f"“{upcoming.title}”, about {upcoming.minutes} minutes" in message.body
    assert f"https://detach.example.org/path/{upcoming.slug}/" in message.body
    assert "Detach" in message.body
    assert message.subject.startswith("Detach: ")
    assert "free support lines" in message.body


def test_the_email_names_the_first_session_not_marked_even_after_one_done_out_of_order(
    db, wednesday
):
    person = nudged()
    state = on_path(person, done=2, marked_days_ago=10)
    state.done[SESSIONS[6].slug] = "2026-11-02"
    state.save()
    call_command("send_reminders")
    assert f"/path/{SESSIONS[2].slug}/" in only_path_email().body


def test_the_email_names_the_session_today_offers_in_this_persons_order(db, wednesday):
    """Someone leaning anxious gets "The pull and the push" before "One relationship at a
    time": the email names it too, not the next one in the written order."""
    person = nudged()
    on_path(person, done=1, marked_days_ago=10)
    CompletedAttemptFactory(user=person, anxiety=6, avoidance=2)
    _facts, plan = read_plan(person)
    assert plan.next.session == SESSIONS[2]
    call_command("send_reminders")
    body = only_path_email().body
    assert f"“{SESSIONS[2].title}”" in body
    assert f"/path/{SESSIONS[2].slug}/" in body
    assert SESSIONS[1].title not in body


def test_the_email_skips_a_session_whose_exercise_was_done_on_its_own(db, wednesday):
    person = nudged()
    on_path(person, done=2, marked_days_ago=10)
    PatternNoticeFactory(user=person)  # the exercise of SESSIONS[2]
    call_command("send_reminders")
    assert f"/path/{SESSIONS[3].slug}/" in only_path_email().body


def test_no_nudge_when_every_session_not_marked_was_done_on_its_own(db, wednesday):
    person = nudged()
    state = on_path(person, done=len(SESSIONS), marked_days_ago=10)
    del state.done[SESSIONS[2].slug]
    state.save()
    PatternNoticeFactory(user=person)
    call_command("send_reminders")
    assert mail.outbox == []
    assert not ReminderLog.objects.filter(user=person).exists()


def test_someone_who_never_opened_the_path_is_invited_to_the_first_session(db, wednesday):
    nudged()
    call_command("send_reminders")
    body = only_path_email().body
    assert f"The first one is “{SESSIONS[0].title}”" in body
    assert f"/path/{SESSIONS[0].slug}/" in body


def test_no_nudge_for_someone_who_marked_a_session_in_the_last_three_days(db, wednesday):
    on_path(nudged(), done=3, marked_days_ago=2)
    call_command("send_reminders")
    assert mail.outbox == []


def test_no_nudge_once_the_path_is_finished(db, wednesday):
    on_path(nudged(), done=5, marked_days_ago=30, finished_on=datetime.date(2026, 10, 1))
    on_path(nudged(), done=len(SESSIONS), marked_days_ago=30)
    call_command("send_reminders")
    assert mail.outbox == []


def test_a_person_who_did_not_opt_in_gets_no_path_nudge(db, wednesday):
    quiet = UserFactory(reminder_hour=0, timezone="UTC")
    on_path(quiet, done=1, marked_days_ago=20)
    daily_only = UserFactory(remind_daily_practice=True, reminder_hour=0, timezone="UTC")
    on_path(daily_only, done=1, marked_days_ago=20)
    call_command("send_reminders")
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([daily_only.email], "Detach: a few quiet minutes for yourself")
    ]
    assert not ReminderLog.objects.filter(kind="path_next").exists()


def test_the_nudge_never_quotes_anything_the_person_wrote(db, wednesday):
    person = nudged(display_name="Quillfeather")
    PersonFactory(user=person, name="Marisolde")
    EntryFactory(user=person, title="Lanternmoth title", body="Saltmarrow and the long night")
    on_path(person, done=3, marked_days_ago=9)
    call_command("send_reminders")
    message = only_path_email()
    for written in ("Quillfeather", "Marisolde", "Lanternmoth", "Saltmarrow"):
        assert written not in message.body
        assert written not in message.subject
    # The check sees the body at all: it does name the session from the path's own content.
    assert SESSIONS[3].title in message.body


def test_the_unsubscribe_link_in_the_nudge_turns_it_off_with_one_click(db, wednesday):
    person = nudged()
    on_path(person, done=1, marked_days_ago=7)
    call_command("send_reminders")
    message = only_path_email()
    link = re.search(r"https?://\S+/settings/unsubscribe/\S+/", message.body).group(0)
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = link.split("://", 1)[1].split("/", 1)[1]
    client = Client(enforce_csrf_checks=True)
    assert "next session on your path" in client.get(f"/{path}").content.decode()
    person.refresh_from_db()
    assert person.remind_path
    assert client.post(f"/{path}").status_code == 200
    person.refresh_from_db()
    assert not person.remind_path
    # The next week brings nothing.
    ReminderLog.objects.all().delete()
    mail.outbox.clear()
    call_command("send_reminders")
    assert mail.outbox == []


def test_the_settings_page_offers_the_path_nudge(owner_client, owner):
    assert "the next session of my path" in owner_client.get("/settings/").content.decode().lower()
    owner_client.post(
        "/settings/",
        {"display_name": "", "timezone": "UTC", "remind_path": "on", "reminder_hour": "8"},
    )
    owner.refresh_from_db()
    assert owner.remind_path


def test_deciding_who_is_due_costs_the_same_query_for_two_people_or_twenty(db, wednesday):
    """Everything the path nudge needs is annotated on the people in SQL: no query per person.
    Everyone here marked a session yesterday, so nothing is sent and only the reading is counted."""
    counts = []
    for people in (2, 20):
        PathState.objects.all().delete()
        User.objects.all().delete()
        for _ in range(people):
            on_path(nudged(), done=4, marked_days_ago=1)
        with CaptureQueriesContext(connection) as queries:
            call_command("send_reminders")
        counts.append(len(queries))
    assert mail.outbox == []
    assert counts[0] == counts[1], counts
