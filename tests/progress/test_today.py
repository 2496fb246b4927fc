"""Today, the signed-in home: the one next thing on the path, a warm welcome after a long gap
(never a count of missed days), the one tap for a pull to reach out, the day's prompt and the
check-in, with one primary action and a query count that does not grow with the history."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from journal.selectors import todays_prompt
from progress.models import PathState
from progress.path.sessions import BY_SLUG, SESSIONS, STEPS
from tests.factories import UserFactory
from tests.html import page_text
from tests.journal.factories import EntryFactory, bulk_entries
from tests.people.factories import PersonFactory
from tests.quiz.factories import CompletedAttemptFactory

TODAY = "/today/"
FIRST, SECOND = STEPS[0].sessions[0], STEPS[0].sessions[1]


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index('<main id="main"') : html.index("</main>")]


def done(*sessions, day="2026-11-01") -> dict[str, str]:
    return {session.slug: day for session in sessions}


def primary_buttons(response) -> list[str]:
    return re.findall(r'<a class="btn btn-primary[^"]*" href="([^"]+)"', main_html(response))


def test_a_visitor_is_sent_to_sign_in(client, db):
    response = client.get(TODAY)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_someone_new_is_invited_to_start_the_path_with_no_deadlines(owner_client):
    response = owner_client.get(TODAY)
    text = page_text(response)
    assert "16 short sessions" in text and "no deadlines" in text
    assert f"First: {FIRST.title} · about {FIRST.minutes} minutes" in text
    assert primary_buttons(response) == [FIRST.get_absolute_url()]
    assert "Welcome back" not in text


def test_the_next_session_moves_on_as_sessions_are_done(owner, owner_client):
    state = PathState.objects.create(user=owner, done=done(FIRST))
    response = owner_client.get(TODAY)
    text = page_text(response)
    assert f"Step 1 · {STEPS[0].title}" in text
    assert SECOND.title in text and f"About {SECOND.minutes} minutes" in text
    assert primary_buttons(response) == [SECOND.get_absolute_url()]

    state.done = done(*STEPS[0].sessions)
    state.save()
    response = owner_client.get(TODAY)
    step_two = STEPS[1].sessions[0]
    assert f"Step 2 · {STEPS[1].title}" in page_text(response)
    assert primary_buttons(response) == [step_two.get_absolute_url()]


def test_a_session_whose_exercise_was_done_on_its_own_counts_as_done(owner, owner_client):
    # The quiz, taken before the path existed, is the first session's exercise.
    CompletedAttemptFactory(user=owner, anxiety=4, avoidance=4)
    response = owner_client.get(TODAY)
    assert primary_buttons(response) == [SECOND.get_absolute_url()]
    assert "Continue the path" in page_text(response)


def test_a_session_done_out_of_order_keeps_the_persons_place(owner, owner_client):
    PathState.objects.create(user=owner, done=done(FIRST, BY_SLUG["breath-by-breath"]))
    assert primary_buttons(owner_client.get(TODAY)) == [SECOND.get_absolute_url()]


def test_coming_back_after_two_weeks_is_welcomed_with_a_short_way_in(owner, owner_client):
    away_since = owner.local_today() - timedelta(days=14)
    PathState.objects.create(user=owner, done=done(FIRST, day=away_since.isoformat()))
    response = owner_client.get(TODAY)
    text = page_text(response)
    assert "Welcome back" in text
    assert "two minutes of slow breathing" in text
    assert 'href="/practices/mindfulness/breathing/?minutes=2&amp;pattern=slow"' in main_html(
        response
    )
    # No guilt and no counting: the gap is not named.
    assert not re.search(r"\b14\b|two weeks|missed|streak", text, re.IGNORECASE)
    # The way back in is a link; the next session stays the one primary action.
    assert primary_buttons(response) == [SECOND.get_absolute_url()]
    # Looking again changes nothing: the welcome follows what the person did, not visits.
    assert "Welcome back" in page_text(owner_client.get(TODAY))


def test_coming_back_after_three_days_is_no_event(owner, owner_client):
    away_since = owner.local_today() - timedelta(days=30)
    PathState.objects.create(user=owner, done=done(FIRST, day=away_since.isoformat()))
    EntryFactory(user=owner, entry_date=owner.local_today() - timedelta(days=3))
    assert "Welcome back" not in page_text(owner_client.get(TODAY))


def test_a_check_in_after_a_long_gap_ends_the_welcome(owner, owner_client):
    away_since = owner.local_today() - timedelta(days=30)
    PathState.objects.create(user=owner, done=done(FIRST, day=away_since.isoformat()))
    assert "Welcome back" in page_text(owner_client.get(TODAY))
    EntryFactory(user=owner, mood=3, is_check_in=True, title="Check-in", body="")
    assert "Welcome back" not in page_text(owner_client.get(TODAY))


def test_a_first_visit_is_not_a_return_and_writes_nothing(owner, owner_client):
    assert "Welcome back" not in page_text(owner_client.get(TODAY))
    assert not PathState.objects.for_user(owner).exists()


def test_a_finished_path_leads_to_the_review_and_to_keep_practising(owner, owner_client):
    PathState.objects.create(user=owner, done=done(*SESSIONS))
    response = owner_client.get(TODAY)
    text = page_text(response)
    assert "You have walked the whole path" in text
    assert primary_buttons(response) == [reverse("path:review")]
    assert 'href="/practices/"' in main_html(response)
    assert "Continue the path" not in text


@pytest.mark.parametrize("sessions_done", [(), (FIRST,), SESSIONS])
def test_there_is_one_primary_action_whatever_the_state(owner, owner_client, sessions_done):
    PathState.objects.create(
        user=owner,
        done=done(*sessions_done, day=(owner.local_today() - timedelta(days=30)).isoformat()),
    )
    html = main_html(owner_client.get(TODAY))
    assert len(re.findall(r'class="btn btn-primary\b', html)) == 1


def test_the_one_tap_to_reach_out_is_on_the_page_as_a_secondary_button(owner_client):
    html = main_html(owner_client.get(TODAY))
    assert re.search(
        r'<a class="btn btn-outline-primary" href="/urges/ride/">.*?I want to reach out</a>',
        html,
        re.S,
    )


def test_the_days_prompt_is_shown_and_another_works_without_and_with_htmx(owner, owner_client):
    response = owner_client.get(TODAY)
    assert todays_prompt(owner).text in page_text(response)

    response = owner_client.get(f"{TODAY}?prompt=1")
    text, html = page_text(response), main_html(response)
    assert todays_prompt(owner, 1).text in text
    assert todays_prompt(owner).text not in text
    another = re.search(r'<a [^>]*id="another-prompt"[^>]*>', html).group(0)
    assert 'href="/today/?prompt=2"' in another
    assert 'hx-get="/today/prompt/?prompt=2"' in another
    assert 'id="prompt-region"' in html

    card = owner_client.get("/today/prompt/?prompt=3", HTTP_HX_REQUEST="true")
    assert todays_prompt(owner, 3).text in page_text(card)
    assert "<html" not in card.content.decode()
    assert 'href="/today/?prompt=4"' in card.content.decode()
    plain = owner_client.get("/today/prompt/?prompt=3")
    assert (plain.status_code, plain["Location"]) == (302, "/today/?prompt=3")


def test_the_prompt_leans_on_the_latest_quiz_like_everywhere_else(owner, owner_client):
    CompletedAttemptFactory(user=owner, anxiety=7, avoidance=1)
    assert todays_prompt(owner).text in page_text(owner_client.get(TODAY))


def test_a_person_is_greeted_by_the_name_they_chose(owner, owner_client):
    owner.display_name = "Robin"
    owner.save()
    assert "Hello, Robin" in page_text(owner_client.get(TODAY))


def history(user, entries: int) -> None:
    bulk_entries(user, entries)
    for level in (2, 4, 6, 3, 5):
        CompletedAttemptFactory(user=user, anxiety=level, avoidance=7 - level)
    PersonFactory.create_batch(3, user=user)
    EntryFactory(user=user, mood=2, is_check_in=True, title="Check-in", body="tired")
    PathState.objects.create(user=user, done=done(FIRST, SECOND))


def test_today_costs_four_queries_however_long_the_history(
    owner, owner_client, django_assert_num_queries
):
    # 1 the session, 2 the user, 3 the path's facts (state, records done with the tools, the
    # latest quiz scores, the kinds of contact, the latest activity: one query), 4 today's
    # latest check-in. The prompt comes from the scores the facts hold. A GET writes nothing.
    newcomer = UserFactory()
    history(owner, entries=60)
    for client_user in (owner, newcomer):
        owner_client.force_login(client_user)
        with django_assert_num_queries(4):
            response = owner_client.get(TODAY)
        assert response.status_code == 200
