"""Send every reminder that is due, exactly once. Safe to run every few minutes from cron or the
compose scheduler: a unique row per (person, kind, period) is claimed before an email goes out,
and released again if sending fails so a later run retries."""

import logging

from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.db.models import Q

from detach.discovery import app_modules
from detach.users.models import ReminderLog, User
from detach.users.reminder_mail import send_reminder
from detach.users.reminders import PATH_NEXT, PathPlace, Preferences, due_reminders

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Email the reminders people asked for, each exactly once."

    def handle(self, *args, **options):
        people = User.objects.filter(is_active=True).filter(
            Q(remind_daily_practice=True)
            | Q(remind_weekly_reflection=True)
            | Q(remind_quiz_retake=True)
            | Q(remind_path=True)
        )
        # The quiz adds each person's latest result (quiz/reminders.py) and the path where the
        # person is on it (progress/reminders.py); without those apps installed, nobody has
        # either and no retake or path reminder is due.
        for module in app_modules("reminders", provides="annotate_people"):
            people = module.annotate_people(people)
        sent = 0
        for person in people.iterator(chunk_size=500):
            prefs = Preferences(
                daily_practice=person.remind_daily_practice,
                weekly_reflection=person.remind_weekly_reflection,
                quiz_retake=person.remind_quiz_retake,
                hour=person.reminder_hour,
                path_next=person.remind_path,
            )
            latest_at = getattr(person, "latest_quiz_at", None)
            latest_quiz = (str(person.latest_quiz_uuid), latest_at) if latest_at else None
            path = None
            if hasattr(person, "path_next_title"):
                path = PathPlace(
                    has_next=person.path_next_title is not None,
                    last_marked_on=person.path_last_marked_on,
                )
            for kind, period in due_reminders(prefs, person.local_now(), latest_quiz, path):
                if kind == PATH_NEXT and not self.name_next_session(person):
                    continue
                sent += self.send_once(person, kind, period)
        self.stdout.write(f"Sent {sent} reminder(s).")

    @staticmethod
    def name_next_session(person) -> bool:
        """Put on ``person`` the session Today offers them (progress/reminders.py), which the
        SQL above only approximates; False when, counted that way, no session waits."""
        for module in app_modules("reminders", provides="next_path_session"):
            place = module.next_path_session(person)
            if place is None:
                return False
            person.path_next_title, person.path_next_minutes, person.path_next_url = place
        return True

    @staticmethod
    def send_once(person, kind: str, period: str) -> int:
        try:
            with transaction.atomic():
                claim = ReminderLog.objects.create(user=person, kind=kind, period=period)
        except IntegrityError:
            return 0  # already sent by an earlier (or a concurrent) run
        try:
            send_reminder(person, kind)
        except Exception:
            claim.delete()
            logger.exception("reminder not sent: user id %s, kind %s", person.pk, kind)
            return 0
        return 1
