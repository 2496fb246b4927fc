"""The plan and the kept answers are private: encrypted at rest, in the export, gone with the
account, never in the admin, a log or a URL."""

import io
import json
import logging
import zipfile

import pytest
from django.contrib import admin
from django.db import connection
from django.test import Client

from detach.fields import EncryptedTextField
from detach.safety import content
from detach.safety.models import RelationshipCheck, SafetyPlan
from detach.users.export import build_export_zip
from tests.factories import PASSWORD
from tests.safety.factories import RelationshipCheckFactory, SafetyPlanFactory

pytestmark = pytest.mark.django_db

SECRET = "the blue door on Harbour Street"


def test_every_section_of_the_plan_and_the_answers_are_encrypted_fields():
    for name in content.PLAN_FIELDS:
        assert isinstance(SafetyPlan._meta.get_field(name), EncryptedTextField), name
    assert isinstance(RelationshipCheck._meta.get_field("answers_text"), EncryptedTextField)
    text_fields = {
        f.name
        for model in (SafetyPlan, RelationshipCheck)
        for f in model._meta.concrete_fields
        if f.get_internal_type() == "TextField" and not isinstance(f, EncryptedTextField)
    }
    assert text_fields == set()


def test_the_database_holds_no_plan_words_or_answers_in_the_clear(owner):
    SafetyPlanFactory(user=owner, **{name: f"{SECRET} ({name})" for name in content.PLAN_FIELDS})
    RelationshipCheckFactory(user=owner, answers={"afraid": "yes", "money": "not_sure"})
    columns = ", ".join(content.PLAN_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM safety_safetyplan")  # noqa: S608 (our own names)
        plan_row = cursor.fetchone()
        cursor.execute("SELECT answers_text FROM safety_relationshipcheck")
        (answers_raw,) = cursor.fetchone()
    for raw in (*plan_row, answers_raw):
        assert raw.startswith("enc1:")
        assert "Harbour" not in raw
    for word in ("afraid", "money", "yes", "not_sure"):
        assert word not in answers_raw
    assert SafetyPlan.objects.get(user=owner).reasons == f"{SECRET} (reasons)"


def read_export(user) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(build_export_zip(user)))


def test_the_export_holds_my_plan_and_kept_answers_readably(owner):
    SafetyPlanFactory(user=owner, warning_signs=SECRET, people_and_places="")
    RelationshipCheckFactory(user=owner, answers={"afraid": "yes", "money": "not_sure"})
    archive = read_export(owner)
    plan = archive.read("detach/safety/safety-plan.md").decode()
    assert plan.startswith("# My safety plan")
    assert f"## 1. My warning signs\n\n{SECRET}\n" in plan
    assert "## 3. People and places that take my mind off things\n\n(empty)" in plan
    assert "## My reasons to keep going\n\nThe dog, and the sea in June." in plan
    check = archive.read("detach/safety/relationship-check.md").decode()
    assert "- Do you ever feel afraid of them, or of how they will react? Yes" in check
    money = content.QUESTIONS_BY_CODE["money"].text
    assert f"- {money} Not sure" in check
    assert "planning any distance needs care" in check
    data = json.loads(archive.read("detach/everything.json"))
    assert data["safety.safetyplan"][0]["warning_signs"] == SECRET
    kept = json.loads(data["safety.relationshipcheck"][0]["answers_text"])
    assert kept == {"afraid": "yes", "money": "not_sure"}


def test_the_export_holds_nothing_of_anyone_elses_plan_or_answers(owner, stranger):
    SafetyPlanFactory(user=stranger, reasons=SECRET)
    RelationshipCheckFactory(user=stranger)
    archive = read_export(owner)
    names = archive.namelist()
    assert not [name for name in names if name.startswith("detach/safety/")]
    everything = b"".join(archive.read(name) for name in names)
    assert SECRET.encode() not in everything
    data = json.loads(archive.read("detach/everything.json"))
    assert data["safety.safetyplan"] == [] and data["safety.relationshipcheck"] == []


def test_deleting_my_account_removes_my_plan_and_answers(owner, stranger):
    SafetyPlanFactory(user=owner)
    RelationshipCheckFactory(user=owner)
    theirs = SafetyPlanFactory(user=stranger)
    client = Client()
    client.post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.post("/settings/delete/", {"confirm": "delete my account"})
    assert "Your account is deleted" in response.content.decode()
    assert not SafetyPlan.objects.filter(user_id=owner.pk).exists()
    assert not RelationshipCheck.objects.filter(user_id=owner.pk).exists()
    assert SafetyPlan.objects.filter(pk=theirs.pk).exists()


def test_no_safety_model_is_in_the_admin():
    assert not [m for m in admin.site._registry if m._meta.app_label == "safety"]


def test_what_a_person_writes_or_answers_is_never_logged_nor_put_in_a_url(
    owner, owner_client, caplog
):
    caplog.set_level(logging.DEBUG)
    data = {name: SECRET for name in content.PLAN_FIELDS}
    saved = owner_client.post("/help/safety-plan/edit/", data)
    kept = owner_client.post(
        "/help/relationship-check/",
        {**{q.code: "yes" for q in content.QUESTIONS}, "keep": "on"},
    )
    shown = Client().post("/help/relationship-check/", {q.code: "yes" for q in content.QUESTIONS})
    assert saved["Location"] == "/help/safety-plan/"
    assert kept["Location"] == "/help/relationship-check/"
    assert shown.status_code == 200 and "Location" not in shown
    assert SECRET not in caplog.text
    assert "afraid" not in caplog.text


def test_the_pages_of_a_signed_in_person_are_never_stored_by_the_browser(owner, owner_client):
    SafetyPlanFactory(user=owner)
    for url in ("/help/safety-plan/", "/help/relationship-check/"):
        assert "no-store" in owner_client.get(url).headers["Cache-Control"]


def test_key_rotation_re_encrypts_the_plan_and_the_kept_answers(owner, settings):
    from django.core.management import call_command

    from detach import fields

    old_key, new_key = fields.generate_key(), fields.generate_key()
    # The owner's display name was encrypted with the test run's key: it stays readable.
    first_key = settings.FIELD_ENCRYPTION_KEYS[0]
    settings.FIELD_ENCRYPTION_KEYS = [old_key, first_key]
    SafetyPlanFactory(user=owner, reasons=SECRET)
    RelationshipCheckFactory(user=owner, answers={"afraid": "yes"})
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key, first_key]
    call_command("rotate_field_key", stdout=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute("SELECT reasons FROM safety_safetyplan")
        (reasons,) = cursor.fetchone()
        cursor.execute("SELECT answers_text FROM safety_relationshipcheck")
        (answers_raw,) = cursor.fetchone()
    assert not fields.needs_rotation(reasons) and not fields.needs_rotation(answers_raw)
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    assert SafetyPlan.objects.get(user=owner).reasons == SECRET
    assert RelationshipCheck.objects.get(user=owner).answers == {"afraid": "yes"}
