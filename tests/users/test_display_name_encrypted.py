"""The display name is a person's own words, so it is only ciphertext in the database
(issue 19, item 7), and the migration encrypts names saved before."""

import importlib

from django.db import connection

from detach import fields
from tests.factories import UserFactory

migration = importlib.import_module("detach.users.migrations.0005_display_name_encrypted")


def stored_name(user) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT display_name FROM users_user WHERE id = %s", [user.pk])
        return cursor.fetchone()[0]


def test_the_display_name_is_stored_encrypted_and_read_back_as_written(db):
    user = UserFactory(display_name="Sâm ✿")
    raw = stored_name(user)
    assert raw.startswith("enc1:") and "Sâm" not in raw
    user.refresh_from_db()
    assert user.display_name == "Sâm ✿"


def test_the_settings_page_saves_it_encrypted_and_refuses_a_long_one(owner_client, owner):
    data = {"display_name": "Robin", "timezone": "UTC", "reminder_hour": "18"}
    assert owner_client.post("/settings/", data).status_code == 302
    assert stored_name(owner).startswith("enc1:")
    response = owner_client.post("/settings/", {**data, "display_name": "x" * 61}, follow=True)
    assert response.status_code == 200
    owner.refresh_from_db()
    assert owner.display_name == "Robin"


def test_the_migration_encrypts_plain_names_and_empty_ones_and_can_go_back(db):
    named, unnamed = UserFactory(), UserFactory()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE users_user SET display_name = 'Alex' WHERE id = %s", [named.pk])
        cursor.execute("UPDATE users_user SET display_name = '' WHERE id = %s", [unnamed.pk])

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection
    migration.encrypt_names(None, editor)
    assert fields.decrypt(stored_name(named)) == "Alex"
    assert fields.decrypt(stored_name(unnamed)) == ""
    already = stored_name(named)
    migration.encrypt_names(None, editor)
    assert stored_name(named) == already, "running it again encrypts twice"

    migration.decrypt_names(None, editor)
    assert (stored_name(named), stored_name(unnamed)) == ("Alex", "")
