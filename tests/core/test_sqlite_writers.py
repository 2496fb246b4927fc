"""Eight people writing at once on the default SQLite file get no "database is locked"
(issue 19, item 8): write-ahead logging, a busy timeout and immediate transactions.

The writers run in a child process against a real file (the test database is in memory, where
none of this applies), each in its own thread and connection, all released at the same moment.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
WRITERS, WRITES_EACH = 8, 15

SCRIPT = f"""
import datetime, threading
import django
django.setup()
from django.core.management import call_command
from django.db import connection, transaction

call_command("migrate", verbosity=0)
from detach.users.models import User
from journal.models import Entry

with connection.cursor() as cursor:
    cursor.execute("PRAGMA journal_mode")
    print("journal_mode", cursor.fetchone()[0])
people = [User.objects.create_user(f"writer{{n}}@example.org", None) for n in range({WRITERS})]
connection.close()
start, errors = threading.Barrier({WRITERS}), []

def write(person):
    start.wait()
    try:
        for n in range({WRITES_EACH}):
            # Read, then write, in one transaction: the shape of every save in Detach (and the
            # one a deferred SQLite transaction cannot upgrade while another writer holds it).
            with transaction.atomic():
                count = Entry.objects.filter(user=person).count()
                Entry.objects.create(
                    user=person, body=f"entry {{count}}", entry_date=datetime.date(2026, 1, 1)
                )
                User.objects.filter(pk=person.pk).update(reminder_hour=n % 24)
    except Exception as exc:
        errors.append(repr(exc))
    finally:
        connection.close()

threads = [threading.Thread(target=write, args=(p,)) for p in people]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("entries", Entry.objects.count())
print("errors", len(errors))
for error in errors[:5]:
    print(error)
"""


def test_the_sqlite_database_is_set_for_many_writers():
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("the database is not SQLite")
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 20
    assert "journal_mode=WAL" in options["init_command"]


def test_eight_people_writing_at_once_on_a_sqlite_file_never_see_database_is_locked(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'detach.sqlite3'}",
        DJANGO_SETTINGS_MODULE="detach.settings",
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["journal_mode"] == "wal"
    assert lines["errors"] == "0", result.stdout
    assert int(lines["entries"]) == WRITERS * WRITES_EACH
