"""Everything a person owns, as a zip they can keep: JSON of all of it, plus readable files.

The JSON walks every owned model, so a model added later is exported without touching this
module. Encrypted text is decrypted by the field on the way out of the database.
"""

import datetime
import decimal
import io
import json
import uuid
import zipfile

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.db import models
from django.utils import timezone

from detach.discovery import app_modules
from detach.ownership import OwnedModel

EXPORT_FORMAT_VERSION = 1


def owned_models() -> list[type[models.Model]]:
    return sorted(
        (m for m in apps.get_models() if issubclass(m, OwnedModel)),
        key=lambda m: m._meta.label,
    )


def _plain(value):
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, models.Model):
        return str(getattr(value, "uuid", value.pk))
    return value


def _row(obj: models.Model) -> dict:
    row = {}
    for field in obj._meta.concrete_fields:
        if field.name in ("id", "user"):
            continue
        if field.is_relation:
            related = getattr(obj, field.name)
            row[field.name] = None if related is None else _plain(related)
        else:
            row[field.name] = _plain(getattr(obj, field.attname))
    for field in obj._meta.many_to_many:
        row[field.name] = [str(item) for item in getattr(obj, field.name).all()]
    return row


def export_data(user) -> dict:
    account = {
        "email": user.email,
        "display_name": user.display_name,
        "timezone": user.timezone,
        "date_joined": _plain(user.date_joined),
        "preferences": {
            "streaks_enabled": user.streaks_enabled,
            "remind_daily_practice": user.remind_daily_practice,
            "remind_weekly_reflection": user.remind_weekly_reflection,
            "remind_quiz_retake": user.remind_quiz_retake,
            "remind_path": user.remind_path,
            "reminder_hour": user.reminder_hour,
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user)
        ],
        "two_factor_methods": sorted(
            Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
    }
    data = {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": timezone.now().isoformat(),
        "account": account,
        "consent": {"version": user.consent_version, "given_at": _plain(user.consent_at)},
    }
    for model in owned_models():
        queryset = model.objects.for_user(user).order_by("pk")
        m2m = [f.name for f in model._meta.many_to_many]
        if m2m:
            queryset = queryset.prefetch_related(*m2m)
        data[model._meta.label_lower] = [_row(obj) for obj in queryset]
    return data


def extra_files(user) -> dict[str, str]:
    """Readable files each app offers through an ``<app>/export.py`` with
    ``export_files(user) -> {path: text}`` (the journal as Markdown, CSVs of moods and
    practice sessions)."""
    files: dict[str, str] = {}
    for module in app_modules("export", provides="export_files"):
        files.update(module.export_files(user))
    return files


def build_export_zip(user) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "detach/everything.json",
            json.dumps(export_data(user), indent=2, ensure_ascii=False),
        )
        for name, content in sorted(extra_files(user).items()):
            archive.writestr(f"detach/{name}", content)
        archive.writestr("detach/README.txt", README)
    return buffer.getvalue()


README = """Your Detach data
================

everything.json   every record you own: account, consent, quiz attempts with their answers,
                  journal entries, practice records. Text you wrote is decrypted here.
journal/          one Markdown file per journal entry (if you kept a journal).
*.csv             moods and practice sessions, for a spreadsheet.
people.csv        the people you added, with how you want contact to be.
safety/           your safety plan, and the relationship-check answers you chose to keep.
path.md           where you are on the path: the sessions you marked done, with their days.

This file holds your private reflections. Keep it somewhere safe.
"""
