"""Rebuild the journal's blind search index, for one person or everyone.

    manage.py rebuild_search_index                      # everyone
    manage.py rebuild_search_index --email a@example.org

Each batch of entries is re-tokenised in its own transaction, so the command is safe to
interrupt and run again. ``rotate_field_key`` runs it too: the index keys derive from the field
key, so tokens made under an old key stop matching once a new key is first.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from journal.blind_index import rebuild


class Command(BaseCommand):
    help = "Rebuild the journal's search index (for one person with --email, else everyone)."

    def add_arguments(self, parser):
        parser.add_argument("--email", help="only this person")
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, email: str | None, batch_size: int, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        user_ids = None
        if email is not None:
            user = get_user_model().objects.filter(email__iexact=email).first()
            if user is None:
                raise CommandError(f"No person has the email {email}.")
            user_ids = [user.pk]
        count = rebuild(user_ids, batch_size=batch_size)
        noun = "entry" if count == 1 else "entries"
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} journal {noun}."))
