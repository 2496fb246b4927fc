"""Issue 18, requirement 6: the path is kept with everything else. It is in the export (the row
in the JSON, and a readable file naming the sessions), and deleting the account removes it.

PathState has no object URL of its own, so it has no entry in the isolation registry
(tests/security/test_isolation.py, which walks UUID URLs): the path's pages are per person and
name sessions by slug, and each person reads only their own row through ``for_user``."""

import datetime
import io
import json
import zipfile

import pytest
from django.test import Client

from detach.users.models import User
from progress.export import export_files
from progress.models import PathState
from progress.path.sessions import SESSIONS
from tests.factories import PASSWORD, UserFactory


@pytest.fixture
def signed_in(owner) -> Client:
    """Signed in, with the password confirmed just now (export and deletion ask for it)."""
    client = Client()
    client.post("/accounts/login/", {"login": owner.email, "password": PASSWORD})
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    return client


@pytest.fixture
def state(owner) -> PathState:
    return PathState.objects.create(
        user=owner,
        done={SESSIONS[4].slug: "2026-11-20", SESSIONS[0].slug: "2026-11-02"},
        last_marked_on=datetime.date(2026, 11, 20),
        finished_on=datetime.date(2026, 11, 30),
    )


def test_the_export_holds_the_path_readable_and_as_data(signed_in, owner, state):
    archive = zipfile.ZipFile(io.BytesIO(signed_in.post("/settings/export/").content))
    readable = archive.read("detach/path.md").decode()
    started = state.started_at.astimezone(owner.zone).date().isoformat()
    assert f"- Started: {started}" in readable
    assert "- First finished: 2026-11-30" in readable
    # Done sessions in the path's order, each with its day.
    first = f"- 2026-11-02: Step 1 · {SESSIONS[0].title}"
    fifth = f"- 2026-11-20: Step 2 · {SESSIONS[4].title}"
    assert first in readable and fifth in readable
    assert readable.index(first) < readable.index(fifth)
    data = json.loads(archive.read("detach/everything.json"))
    (row,) = data["progress.pathstate"]
    assert row["done"] == state.done
    assert row["last_marked_on"] == "2026-11-20"
    assert data["account"]["preferences"]["remind_path"] is False


def test_someone_who_never_opened_the_path_gets_no_path_file(owner):
    assert export_files(owner) == {}


def test_a_session_later_taken_off_the_path_stays_in_the_export_by_its_slug(owner):
    PathState.objects.create(user=owner, done={"a-retired-session": "2026-10-01"})
    assert "- 2026-10-01: a-retired-session" in export_files(owner)["path.md"]


def test_the_export_holds_only_the_persons_own_path(owner):
    # The stranger's row comes first, so reading "the first row" would find theirs.
    PathState.objects.create(user=UserFactory(), done={SESSIONS[9].slug: "2026-11-03"})
    PathState.objects.create(user=owner, done={SESSIONS[2].slug: "2026-11-04"})
    readable = export_files(owner)["path.md"]
    assert SESSIONS[2].title in readable
    assert SESSIONS[9].title not in readable


def test_deleting_the_account_removes_the_path(signed_in, owner, state):
    stranger_state = PathState.objects.create(
        user=UserFactory(), done={SESSIONS[1].slug: "2026-11-03"}
    )
    response = signed_in.post("/settings/delete/", {"confirm": "delete my account"})
    assert response.status_code == 200
    assert not User.objects.filter(pk=owner.pk).exists()
    assert not PathState.objects.filter(pk=state.pk).exists()
    assert list(PathState.objects.all()) == [stranger_state]
