"""Re-encrypt every encrypted value with the first key of FIELD_ENCRYPTION_KEY.

Rotation: put the new key first and keep the old ones after it (all keys decrypt), run this
command, then remove the old keys. It works in batches, each in its own transaction, and skips
values already under the new key, so it is safe to interrupt and run again. Then each app's
``<app>/rekey.py`` ``after_field_key_rotation(batch_size)`` rebuilds what it derived from the
key (the journal's search index).
"""

from allauth.mfa.models import Authenticator
from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import TextField, Value

from detach import fields
from detach.discovery import app_modules
from detach.fields import EncryptedTextField

# allauth's two-factor records keep their secrets, encrypted through our MFA adapter, in JSON.
AUTHENTICATOR_SECRET_KEYS = ("secret", "seed")


class Command(BaseCommand):
    help = "Re-encrypt every encrypted value with the newest field key (safe to re-run)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size: int, **options):
        total = 0
        for model in apps.get_models():
            names = [
                f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)
            ]
            if names:
                total += self.rotate_model(model, names, batch_size)
        total += self.rotate_authenticators(batch_size)
        self.stdout.write(self.style.SUCCESS(f"Re-encrypted {total} value(s)."))
        for module in app_modules("rekey", provides="after_field_key_rotation"):
            what, count = module.after_field_key_rotation(batch_size)
            self.stdout.write(self.style.SUCCESS(f"{count} {what}."))

    def rotate_model(self, model, names: list[str], batch_size: int) -> int:
        """Read the raw ciphertext (bypassing the field's decryption) to find stale values."""
        rotated, last_pk = 0, None
        manager = model._base_manager
        while True:
            batch = manager.order_by("pk")
            if last_pk is not None:
                batch = batch.filter(pk__gt=last_pk)
            pks = list(batch.values_list("pk", flat=True)[:batch_size])
            if not pks:
                return rotated
            last_pk = pks[-1]
            with transaction.atomic():
                raw_rows = self.raw_values(model, names, pks)
                for pk, raw in raw_rows.items():
                    stale = {n: v for n, v in raw.items() if fields.needs_rotation(v)}
                    if stale:
                        # The field decrypts with any key and re-encrypts with the first.
                        new = {n: fields.encrypt(fields.decrypt(v)) for n, v in stale.items()}
                        # A plain Value reaches the column as it is: no second encryption,
                        # and no auto_now field moves.
                        manager.filter(pk=pk).update(
                            **{n: Value(v, output_field=TextField()) for n, v in new.items()}
                        )
                        rotated += len(stale)

    @staticmethod
    def raw_values(model, names: list[str], pks: list) -> dict:
        table = model._meta.db_table
        columns = [model._meta.get_field(n).column for n in names]
        pk_column = model._meta.pk.column
        quote = connection.ops.quote_name
        placeholders = ", ".join(["%s"] * len(pks))
        sql = (
            f"SELECT {quote(pk_column)}, {', '.join(quote(c) for c in columns)} "  # noqa: S608
            f"FROM {quote(table)} WHERE {quote(pk_column)} IN ({placeholders})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, pks)
            return {row[0]: dict(zip(names, row[1:], strict=True)) for row in cursor.fetchall()}

    def rotate_authenticators(self, batch_size: int) -> int:
        rotated = 0
        for authenticator in Authenticator.objects.iterator(chunk_size=batch_size):
            data, changed = dict(authenticator.data), False
            for key in AUTHENTICATOR_SECRET_KEYS:
                value = data.get(key)
                if isinstance(value, str) and fields.needs_rotation(value):
                    data[key] = fields.encrypt(fields.decrypt(value))
                    changed = True
            if changed:
                Authenticator.objects.filter(pk=authenticator.pk).update(data=data)
                rotated += 1
        return rotated
