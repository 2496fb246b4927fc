"""The person using Detach: an account that is theirs alone, signed in by email."""

import zoneinfo

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone as django_tz

from detach.fields import EncryptedTextField
from detach.ownership import OwnedModel

# Bump when the wording of the sign-up consent changes; each person's accepted version is kept.
CONSENT_VERSION = "2026-11-27"


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, email, password, **extra):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField("email address", unique=True)
    # The person's own words ("Only you see it"), so encrypted at rest like everything else they
    # write; kept (not dropped) because the progress page greets them by it.
    display_name = EncryptedTextField(max_length=60, blank=True, default="")
    timezone = models.CharField(max_length=64, default="UTC")
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=django_tz.now)
    consent_version = models.CharField(max_length=20, blank=True)
    consent_at = models.DateTimeField(null=True, blank=True)
    # Practice streaks are off unless a person asks for them: counting can feel like pressure.
    streaks_enabled = models.BooleanField("show practice streaks", default=False)
    # Email reminders, all opt-in, sent at a chosen hour of the person's own day.
    remind_daily_practice = models.BooleanField("a daily practice nudge", default=False)
    remind_weekly_reflection = models.BooleanField("a weekly reflection", default=False)
    remind_quiz_retake = models.BooleanField("a quiz retake after four weeks", default=False)
    remind_path = models.BooleanField("the next session of my path", default=False)
    reminder_hour = models.PositiveSmallIntegerField(
        "send reminders at", default=18, choices=[(h, f"{h:02d}:00") for h in range(24)]
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = "person"
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.email

    @property
    def name(self) -> str:
        return self.display_name or self.email.split("@", 1)[0]

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def local_now(self):
        return django_tz.now().astimezone(self.zone)

    def local_today(self):
        return self.local_now().date()

    def record_consent(self) -> None:
        self.consent_version = CONSENT_VERSION
        self.consent_at = django_tz.now()


class ReminderLog(OwnedModel):
    """One row per reminder sent: the unique (person, kind, period) makes sending exactly-once
    however often `send_reminders` runs, even from two schedulers at the same time."""

    class Kind(models.TextChoices):
        DAILY_PRACTICE = "daily_practice", "daily practice nudge"
        WEEKLY_REFLECTION = "weekly_reflection", "weekly reflection"
        QUIZ_RETAKE = "quiz_retake", "quiz retake"
        PATH_NEXT = "path_next", "reminder of the next session on your path"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    # A local date for daily ones, an ISO week for weekly ones, the attempt's id for retakes.
    period = models.CharField(max_length=40)
    sent_at = models.DateTimeField(default=django_tz.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "period"], name="one_reminder_per_period"
            )
        ]
