import datetime
import zoneinfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from detach.users.models import ReminderLog
from detach.users.reminder_mail import unsubscribe_token
from detach.users.reminders import Preferences, due_reminders
from tests.factories import UserFactory
from tests.quiz.factories import CompletedAttemptFactory

LONDON = zoneinfo.ZoneInfo("Europe/London")
SUNDAY_EVENING = datetime.datetime(2026, 11, 29, 19, 0, tzinfo=LONDON)
ALL_ON = Preferences(daily_practice=True, weekly_reflection=True, quiz_retake=True, hour=18)


def test_nothing_is_due_before_the_chosen_hour():
    assert due_reminders(ALL_ON, SUNDAY_EVENING.replace(hour=17), None) == []


def test_the_daily_and_the_sunday_reminders_are_due_after_the_hour():
    due = due_reminders(ALL_ON, SUNDAY_EVENING, None)
    assert ("daily_practice", "2026-11-29") in due
    assert ("weekly_reflection", "2026-W48") in due


def test_the_weekly_reflection_waits_for_sunday():
    monday = SUNDAY_EVENING + datetime.timedelta(days=1)
    assert [kind for kind, _ in due_reminders(ALL_ON, monday, None)] == ["daily_practice"]


def test_a_retake_is_suggested_four_weeks_after_the_latest_quiz():
    recent = ("attempt-1", SUNDAY_EVENING - datetime.timedelta(days=27))
    old = ("attempt-1", SUNDAY_EVENING - datetime.timedelta(days=28))
    assert "quiz_retake" not in [k for k, _ in due_reminders(ALL_ON, SUNDAY_EVENING, recent)]
    assert ("quiz_retake", "attempt-1") in due_reminders(ALL_ON, SUNDAY_EVENING, old)


@pytest.fixture
def evening_person(db):
    # Reminder hour 0: always due, whatever the clock says when the test runs.
    return UserFactory(remind_daily_practice=True, reminder_hour=0, timezone="UTC")


def test_send_reminders_sends_each_due_reminder_exactly_once(evening_person):
    call_command("send_reminders")
    call_command("send_reminders")
    call_command("send_reminders")
    assert len(mail.outbox) == 1
    assert ReminderLog.objects.filter(user=evening_person).count() == 1


def test_people_who_did_not_opt_in_get_nothing(db):
    UserFactory(reminder_hour=0)
    call_command("send_reminders")
    assert mail.outbox == []


def test_every_reminder_carries_a_one_click_unsubscribe_link(evening_person):
    call_command("send_reminders")
    message = mail.outbox[0]
    assert "/settings/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_a_failed_send_is_retried_by_the_next_run(evening_person, monkeypatch):
    import detach.users.management.commands.send_reminders as command

    def broken(*args, **kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr(command, "send_reminder", broken)
    call_command("send_reminders")
    assert ReminderLog.objects.count() == 0
    monkeypatch.undo()
    call_command("send_reminders")
    assert len(mail.outbox) == 1


def test_the_unsubscribe_link_asks_then_stops_that_reminder_with_one_click(evening_person):
    client = Client(enforce_csrf_checks=True)
    url = f"/settings/unsubscribe/{unsubscribe_token(evening_person, 'daily_practice')}/"
    assert client.get(url).status_code == 200
    evening_person.refresh_from_db()
    assert evening_person.remind_daily_practice
    response = client.post(url)
    assert response.status_code == 200
    evening_person.refresh_from_db()
    assert not evening_person.remind_daily_practice


def test_a_forged_unsubscribe_link_is_a_404(client, db):
    assert client.post("/settings/unsubscribe/forged-token/").status_code == 404


def test_the_command_reminds_to_retake_the_quiz_only_once_the_latest_result_is_old(db):
    due = UserFactory(remind_quiz_retake=True, reminder_hour=0, timezone="UTC")
    recent = UserFactory(remind_quiz_retake=True, reminder_hour=0, timezone="UTC")
    now = timezone.now()
    CompletedAttemptFactory(user=due, completed_at=now - datetime.timedelta(days=60))
    CompletedAttemptFactory(user=due, completed_at=now - datetime.timedelta(days=35))
    CompletedAttemptFactory(user=recent, completed_at=now - datetime.timedelta(days=60))
    CompletedAttemptFactory(user=recent, completed_at=now - datetime.timedelta(days=3))
    call_command("send_reminders")
    assert [m.to for m in mail.outbox] == [[due.email]]
    logged = ReminderLog.objects.get(user=due)
    newest = due.quiz_attempt_set.order_by("-completed_at").first()
    assert (logged.kind, logged.period) == ("quiz_retake", str(newest.uuid))
