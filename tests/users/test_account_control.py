import io
import json
import logging
import re
import zipfile

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings

from detach import fields
from tests.factories import PASSWORD, UserFactory
from tests.html import page_text

User = get_user_model()


@pytest.fixture
def signed_in(owner) -> Client:
    """A client that signed in and confirmed the password again just now."""
    client = Client()
    response = client.post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    assert response.status_code == 302
    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    assert response.status_code == 302
    return client


def test_settings_turn_streaks_and_reminders_on(owner_client, owner):
    response = owner_client.post(
        "/settings/",
        {
            "display_name": "",
            "timezone": "Europe/Paris",
            "streaks_enabled": "on",
            "remind_weekly_reflection": "on",
            "reminder_hour": "7",
        },
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.streaks_enabled and owner.remind_weekly_reflection
    assert not owner.remind_daily_practice
    assert owner.reminder_hour == 7


def test_the_settings_page_links_to_every_security_page(owner_client):
    html = owner_client.get("/settings/").content.decode()
    for path in [
        "/accounts/password/change/",
        "/accounts/email/",
        "/accounts/2fa/",
        "/accounts/sessions/",
        "/settings/export/",
        "/settings/delete/",
    ]:
        assert f'href="{path}"' in html


def test_export_asks_to_reauthenticate_after_a_while(owner_client):
    response = owner_client.post("/settings/export/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")


def test_export_downloads_a_zip_with_the_account_and_the_consent_record(signed_in, owner):
    response = signed_in.post("/settings/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "no-store" in response["Cache-Control"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("detach/everything.json"))
    assert data["account"]["email"] == owner.email
    assert data["consent"]["version"] == owner.consent_version


def test_the_export_is_logged_without_content(signed_in, owner, caplog):
    with caplog.at_level(logging.INFO, logger="detach.users.views"):
        signed_in.post("/settings/export/")
    assert f"data export downloaded: user id {owner.pk}" in caplog.text
    assert owner.email not in caplog.text


def test_deletion_asks_to_reauthenticate_first(owner_client, owner):
    response = owner_client.post("/settings/delete/", {"confirm": "delete my account"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")
    assert User.objects.filter(pk=owner.pk).exists()


def test_deletion_without_the_typed_confirmation_deletes_nothing(signed_in, owner):
    response = signed_in.post("/settings/delete/", {"confirm": "yes"})
    # Sent back with a GET (post/redirect/get), where the note and the words typed wait.
    assert response.status_code == 303
    assert response["Location"].startswith("/settings/delete/?sent=")
    page = signed_in.get(response["Location"])
    assert "Please type" in page.content.decode()
    assert 'value="yes"' in page.content.decode()
    assert User.objects.filter(pk=owner.pk).exists()


def rows_pointing_at(user_pk) -> dict[str, int]:
    from django.apps import apps

    left = {}
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is User:
                count = model._base_manager.filter(**{field.attname: user_pk}).count()
                if count:
                    left[f"{model._meta.label}.{field.name}"] = count
    return left


def test_deletion_removes_every_row_the_person_owns(signed_in, owner):
    TOTP.activate(owner, generate_totp_secret())
    stranger = UserFactory()
    assert rows_pointing_at(owner.pk)
    response = signed_in.post("/settings/delete/", {"confirm": "Delete my account"})
    assert response.status_code == 200
    assert "Your account is deleted" in response.content.decode()
    assert not User.objects.filter(pk=owner.pk).exists()
    assert rows_pointing_at(owner.pk) == {}
    assert User.objects.filter(pk=stranger.pk).exists()


def test_deletion_ends_every_session_and_the_person_cannot_sign_in_again(signed_in, owner):
    other_device = Client()
    other_device.post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    signed_in.post("/settings/delete/", {"confirm": "delete my account"})
    assert other_device.get("/progress/").status_code == 302
    response = Client().post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    assert response.status_code == 200


def test_deletion_sends_a_confirmation_without_content(
    signed_in, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post("/settings/delete/", {"confirm": "delete my account"})
    deleted = [m for m in mail.outbox if "deleted" in m.subject]
    assert len(deleted) == 1
    assert deleted[0].to == [owner.email]


def test_two_factor_secrets_are_stored_encrypted_with_the_field_key(owner):
    secret = generate_totp_secret()
    authenticator = TOTP.activate(owner, secret).instance
    stored = Authenticator.objects.get(pk=authenticator.pk).data["secret"]
    assert stored.startswith("enc1:")
    assert secret not in stored
    assert fields.decrypt(stored) == secret


def test_key_rotation_re_encrypts_two_factor_secrets_and_is_safe_to_re_run(owner, settings):
    old_key, new_key = fields.generate_key(), fields.generate_key()
    # The owner's display name was encrypted with the test run's key: it stays readable.
    first_key = settings.FIELD_ENCRYPTION_KEYS[0]
    settings.FIELD_ENCRYPTION_KEYS = [old_key, first_key]
    secret = generate_totp_secret()
    authenticator = TOTP.activate(owner, secret).instance
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key, first_key]
    call_command("rotate_field_key", stdout=io.StringIO())
    stored = Authenticator.objects.get(pk=authenticator.pk).data["secret"]
    assert not fields.needs_rotation(stored)
    out = io.StringIO()
    call_command("rotate_field_key", stdout=out)
    assert "Re-encrypted 0 value(s)" in out.getvalue()
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    assert fields.decrypt(stored) == secret


def test_the_admin_sign_in_goes_through_allauth(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_people_who_are_not_staff_cannot_open_the_admin(owner_client):
    assert owner_client.get("/admin/").status_code in (302, 403)
    assert owner_client.get("/admin/login/").status_code == 403


@override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "5/5m/key"})
def test_failed_sign_ins_are_limited(client, owner):
    for _ in range(5):
        client.post("/accounts/login/", {"login": owner.email, "password": "wrong password!"})
    response = client.post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode()


def test_signing_up_sends_an_email_to_verify_the_address(client, db):
    client.post(
        "/accounts/signup/",
        {
            "email": "verify@example.org",
            "password1": "a long enough passphrase",
            "password2": "a long enough passphrase",
            "consent": "on",
        },
    )
    assert any("verify@example.org" in m.to for m in mail.outbox)
    assert any("/accounts/confirm-email/" in m.body for m in mail.outbox)


def test_changing_the_password_sends_a_security_notification(signed_in, owner):
    mail.outbox.clear()
    response = signed_in.post(
        "/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "a brand new passphrase",
            "password2": "a brand new passphrase",
        },
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "password" in mail.outbox[0].subject.lower()


def test_the_sessions_page_lists_where_the_person_is_signed_in(signed_in):
    text = page_text(signed_in.get("/accounts/sessions/"))
    assert "Where you are signed in" in text
    assert "This device" in text


def test_a_person_turns_on_two_factor_sign_in_and_the_secret_is_stored_encrypted(signed_in, owner):
    import time

    from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, hotp_value

    assert signed_in.get("/accounts/2fa/totp/activate/").status_code == 200
    secret = signed_in.session[SECRET_SESSION_KEY]
    code = f"{hotp_value(secret, int(time.time()) // 30):06d}"
    response = signed_in.post("/accounts/2fa/totp/activate/", {"code": code})
    assert response.status_code == 302
    stored = Authenticator.objects.get(user=owner, type=Authenticator.Type.TOTP).data["secret"]
    assert stored.startswith("enc1:") and secret not in stored
    signed_in.post("/accounts/logout/")
    response = Client().post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    assert response["Location"].startswith("/accounts/2fa/authenticate/")


@pytest.fixture
def full_history(owner):
    """The owner with something in every app: a quiz, entries, drafts, tags, practices."""
    from tests.journal.factories import DraftFactory

    call_command("seed_demo", email=owner.email, password=PASSWORD, days=40, verbosity=0)
    DraftFactory(user=owner)
    return owner


def test_the_export_holds_every_entry_decrypted_and_every_record(signed_in, full_history):
    from journal.models import Entry
    from practices.models import BreathingSession
    from quiz.models import Attempt

    archive = zipfile.ZipFile(io.BytesIO(signed_in.post("/settings/export/").content))
    data = json.loads(archive.read("detach/everything.json"))
    entries = Entry.objects.filter(user=full_history)
    exported = {row["uuid"]: row for row in data["journal.entry"]}
    assert len(exported) == entries.count() > 20
    for entry in entries:
        assert exported[str(entry.uuid)]["body"] == entry.body
    markdown = [n for n in archive.namelist() if n.startswith("detach/journal/")]
    assert len(markdown) == entries.count()
    assert len(data["quiz.attempt"]) == Attempt.objects.filter(user=full_history).count()
    assert all(a["answers"] for a in data["quiz.attempt"])
    assert (
        len(data["practices.breathingsession"])
        == BreathingSession.objects.filter(user=full_history).count()
    )
    assert any(name.endswith(".csv") and "mood" in name for name in archive.namelist())


def test_deleting_a_full_account_leaves_no_row_pointing_at_the_person(signed_in, full_history):
    pk = full_history.pk
    assert len(rows_pointing_at(pk)) >= 8
    signed_in.post("/settings/delete/", {"confirm": "delete my account"})
    assert rows_pointing_at(pk) == {}
    from practices.models import AreaRating

    assert AreaRating.objects.count() == 0


def test_key_rotation_re_encrypts_journal_text_in_batches_and_keeps_the_dates(owner, settings):
    from django.db import connection

    from journal.models import Entry
    from tests.journal.factories import EntryFactory

    old_key, new_key = fields.generate_key(), fields.generate_key()
    # The owner's display name was encrypted with the test run's key: it stays readable.
    first_key = settings.FIELD_ENCRYPTION_KEYS[0]
    settings.FIELD_ENCRYPTION_KEYS = [old_key, first_key]
    entries = [EntryFactory(user=owner, body=f"private words {n}") for n in range(7)]
    updated = {e.pk: Entry.objects.get(pk=e.pk).updated_at for e in entries}
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key, first_key]
    call_command("rotate_field_key", batch_size=3, stdout=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM journal_entry")
        raw = [row[0] for row in cursor.fetchall()]
    assert raw and not any(fields.needs_rotation(value) for value in raw)
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    for entry in entries:
        fresh = Entry.objects.get(pk=entry.pk)
        assert fresh.body == entry.body
        assert fresh.updated_at == updated[entry.pk]


SETTINGS_PAGES = [
    "/settings/",
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/2fa/",
    "/accounts/sessions/",
    "/settings/export/",
    "/settings/delete/",
]


def settings_link_is_current(response) -> bool:
    html = response.content.decode()
    link = re.search(r'<a class="nav-link[^"]*"[^>]*href="/settings/"', html)
    assert link, "the main menu has no Settings link"
    return "aria-current" in link.group(0) and " active" in link.group(0)


@pytest.mark.parametrize("path", SETTINGS_PAGES)
def test_every_settings_page_marks_settings_current_in_the_main_menu(signed_in, path):
    assert settings_link_is_current(signed_in.get(path))


def test_confirming_an_email_address_is_not_a_settings_page(signed_in, owner):
    from allauth.account.models import EmailConfirmationHMAC

    address = EmailAddress.objects.create(user=owner, email="second@example.org")
    response = signed_in.get(f"/accounts/confirm-email/{EmailConfirmationHMAC(address).key}/")
    assert "Confirm your email address" in page_text(response)
    assert not settings_link_is_current(response)
    assert not settings_link_is_current(signed_in.get("/accounts/confirm-email/"))
    assert not settings_link_is_current(signed_in.get("/accounts/reauthenticate/"))


def test_the_settings_page_does_not_repeat_its_side_menu(owner_client):
    html = owner_client.get("/settings/").content.decode()
    for path in [
        "/accounts/password/change/",
        "/accounts/email/",
        "/accounts/2fa/",
        "/accounts/sessions/",
        "/settings/export/",
        "/settings/delete/",
    ]:
        assert html.count(f'href="{path}"') == 1, path
