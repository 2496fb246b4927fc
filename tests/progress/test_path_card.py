"""Issue 18, requirement 6: the progress page shows where on the path the person is, in one
line: the step, the sessions done and the next one; a look back once it is all done; an
invitation before they have opened it."""

import datetime
import re

from django.urls import reverse

from progress.models import PathState
from progress.path.sessions import SESSIONS, STEPS


def path_card(client) -> tuple[str, str]:
    """The card's text, and its markup."""
    html = client.get("/progress/").content.decode()
    match = re.search(r"<section[^>]*data-path-card.*?</section>", html, re.S)
    assert match, "the progress page has no path card"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(0)).split()), match.group(0)


def mark_done(user, sessions, **extra) -> PathState:
    return PathState.objects.create(
        user=user, done={s.slug: "2026-11-10" for s in sessions}, **extra
    )


def test_the_card_shows_the_step_the_sessions_done_and_the_next_one(owner, owner_client):
    # Step 1 and the first two sessions of step 2: the next one is in step 2.
    step_one, step_two = STEPS[0].sessions, STEPS[1].sessions
    mark_done(owner, [*step_one, *step_two[:2]])
    done = len(step_one) + 2
    text, html = path_card(owner_client)
    assert f"step 2 of 4 · {done} of {len(SESSIONS)} sessions done" in text
    upcoming = next(s for s in step_two if s not in step_two[:2])
    assert f"next: {upcoming.title}" in text
    assert f'href="{upcoming.get_absolute_url()}"' in html


def test_the_card_keeps_the_persons_place_after_a_session_done_out_of_order(owner, owner_client):
    mark_done(owner, [*STEPS[0].sessions[:1], STEPS[2].sessions[1]])
    upcoming = STEPS[0].sessions[1]
    text, html = path_card(owner_client)
    assert f"step 1 of 4 · 2 of {len(SESSIONS)} sessions done · next: {upcoming.title}" in text
    assert f'href="{upcoming.get_absolute_url()}"' in html


def test_once_every_session_is_done_the_card_leads_to_the_look_back(owner, owner_client):
    mark_done(owner, SESSIONS, finished_on=datetime.date(2026, 11, 30))
    text, html = path_card(owner_client)
    assert "You have been through the whole path — look back" in text
    assert f'href="{reverse("path:review")}"' in html
    assert "sessions done" not in text


def test_someone_who_never_opened_the_path_is_invited_to_start_it(owner, owner_client):
    text, html = path_card(owner_client)
    assert "Start the path" in text
    assert f'href="{reverse("path:index")}"' in html
    assert not PathState.objects.exists(), "looking at progress is not coming by the path"
