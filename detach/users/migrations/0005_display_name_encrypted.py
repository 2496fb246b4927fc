# The display name becomes an EncryptedTextField: the column widens to text, then every stored
# value (the empty ones too: the field decrypts whatever it reads) is encrypted in place.

import detach.fields
from django.db import migrations

from detach import fields


def _rewrite(schema_editor, change, keep):
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    table, column = quote("users_user"), quote("display_name")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, {column} FROM {table}")
        rows = cursor.fetchall()
        for pk, value in rows:
            if keep(value or ""):
                continue
            cursor.execute(
                f"UPDATE {table} SET {column} = %s WHERE id = %s", [change(value or ""), pk]
            )


def encrypt_names(apps, schema_editor):
    _rewrite(schema_editor, fields.encrypt, lambda v: v.startswith(f"{fields.PREFIX}:"))


def decrypt_names(apps, schema_editor):
    _rewrite(
        schema_editor,
        lambda v: fields.decrypt(v)[:60],
        lambda v: not v.startswith(f"{fields.PREFIX}:"),
    )


class Migration(migrations.Migration):

    dependencies = [
        ('users', '0004_reminder_log'),
    ]

    operations = [
        migrations.AlterField(
            model_name='user',
            name='display_name',
            field=detach.fields.EncryptedTextField(blank=True, default='', max_length=60),
        ),
        migrations.RunPython(encrypt_names, decrypt_names),
    ]
