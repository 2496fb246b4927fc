"""Send every reminder that is due, exactly once. Safe to run every few minutes from cron or the
compose scheduler: a unique row per (person, kind, period) is claimed before an email goes out,
and released again if sending fails so a later run retries."""

import logging

from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Q, Subquery

from detach.users.models import ReminderLog, User
from detach.users.reminder_mail import send_reminder
from detach.users.reminders import Preferences, due_reminders
from quiz.models import Attempt

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Email the reminders people asked for, each exactly once."

    def handle(self, *args, **options):
        latest = Attempt.objects.filter(user=OuterRef("pk"), completed_at__isnull=False).order_by(
            "-completed_at"
        )
        people = (
            User.objects.filter(is_active=True)
            .filter(
                Q(remind_daily_practice=True)
                | Q(remind_weekly_reflection=True)
                | Q(remind_quiz_retake=True)
            )
            .annotate(
                latest_quiz_uuid=Subquery(latest.values("uuid")[:1]),
                latest_quiz_at=Subquery(latest.values("completed_at")[:1]),
            )
        )
        sent = 0
        for person in people.iterator(chunk_size=500):
            prefs = Preferences(
                daily_practice=person.remind_daily_practice,
                weekly_reflection=person.remind_weekly_reflection,
                quiz_retake=person.remind_quiz_retake,
                hour=person.reminder_hour,
            )
            latest_quiz = (
                (str(person.latest_quiz_uuid), person.latest_quiz_at)
                if person.latest_quiz_at
                else None
            )
            for kind, period in due_reminders(prefs, person.local_now(), latest_quiz):
                sent += self.send_once(person, kind, period)
        self.stdout.write(f"Sent {sent} reminder(s).")

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
