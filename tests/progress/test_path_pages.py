"""The path's pages through the test client: the steps, a session, marking it done, resuming,
tailoring, the welcome after a gap, and the look back at the end."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from progress.models import PathState
from progress.path.sessions import SESSIONS, STEPS
from tests.html import page_text
from tests.journal.factories import EntryFactory
from tests.people.factories import PersonFactory
from tests.practices.factories import BreathingSessionFactory, ExpectationCheckFactory
from tests.quiz.factories import CompletedAttemptFactory
from tests.urges.factories import UrgeFactory

pytestmark = pytest.mark.django_db

PATH = "/path/"
FIRST = SESSIONS[0]


def session_url(slug):
    return reverse("path:session", args=[slug])


def state_of(user) -> PathState:
    return PathState.objects.for_user(user).get()


def test_the_path_lists_four_steps_and_sixteen_sessions_with_their_minutes(owner_client):
    text = page_text(owner_client.get(PATH).content.decode())
    for step in STEPS:
        assert step.title in text
        for session in step.sessions:
            assert session.title in text
    assert "0 of 16 sessions done" in text
    assert "Start the first session" in text


def test_a_session_says_how_long_it_takes_and_opens_its_exercise(owner_client):
    response = owner_client.get(session_url(FIRST.slug))
    text = page_text(response.content.decode())
    assert f"About {FIRST.minutes} minutes" in text
    assert reverse(FIRST.exercise.url_name) in response.content.decode()
    assert FIRST.exercise.label in text


def test_an_unknown_session_is_a_404(owner_client):
    assert owner_client.get(session_url("no-such-session")).status_code == 404


def test_marking_a_session_done_moves_on_to_the_next(owner, owner_client):
    response = owner_client.post(reverse("path:done", args=[FIRST.slug]))
    assert response.status_code == 302
    assert response["Location"] == session_url(SESSIONS[1].slug)
    assert FIRST.slug in state_of(owner).done
    text = page_text(owner_client.get(PATH).content.decode())
    assert "1 of 16 sessions done" in text


def test_marking_done_is_a_post_only(owner, owner_client):
    assert owner_client.get(reverse("path:done", args=[FIRST.slug])).status_code == 405
    assert not PathState.objects.for_user(owner).filter(done__has_key=FIRST.slug).exists()


def test_a_session_can_be_marked_not_done_again(owner, owner_client):
    owner_client.post(reverse("path:done", args=[FIRST.slug]))
    owner_client.post(reverse("path:not_done", args=[FIRST.slug]))
    assert FIRST.slug not in state_of(owner).done


def test_opening_and_doing_a_session_out_of_order_keeps_the_persons_place(owner_client):
    owner_client.post(reverse("path:done", args=[FIRST.slug]))
    late = STEPS[3].sessions[1]
    assert owner_client.get(session_url(late.slug)).status_code == 200
    assert owner_client.get(PATH).context["plan"].next.session == SESSIONS[1]
    owner_client.post(reverse("path:done", args=[late.slug]))
    plan = owner_client.get(PATH).context["plan"]
    assert plan.next.session == SESSIONS[1]
    assert plan.view_of(late.slug).is_done


def test_a_session_done_out_of_order_leads_back_to_the_persons_place(owner_client):
    owner_client.post(reverse("path:done", args=[FIRST.slug]))
    late = STEPS[3].sessions[1]
    owner_client.post(reverse("path:done", args=[late.slug]))
    html = owner_client.get(session_url(late.slug)).content.decode()
    assert f'href="{session_url(SESSIONS[1].slug)}">Your next session: ' in html


def test_a_done_session_followed_by_the_persons_place_links_there_once(owner_client):
    owner_client.post(reverse("path:done", args=[FIRST.slug]))
    html = owner_client.get(session_url(FIRST.slug)).content.decode()
    assert "Your next session" not in html
    assert html.count(f'href="{session_url(SESSIONS[1].slug)}"') == 1


def test_another_persons_progress_is_not_mine(owner_client, stranger_client):
    owner_client.post(reverse("path:done", args=[FIRST.slug]))
    assert stranger_client.get(PATH).context["plan"].done == 0


def test_a_quiz_taken_on_its_own_counts_and_the_session_offers_a_review(owner, owner_client):
    CompletedAttemptFactory(user=owner)
    text = page_text(owner_client.get(PATH).content.decode())
    assert "Done on your own" in text
    session = page_text(owner_client.get(session_url(FIRST.slug)).content.decode())
    assert "Read it as a review" in session
    assert "Count it as reviewed" in session


def test_a_strangers_quiz_does_not_count_for_me(owner_client, stranger):
    CompletedAttemptFactory(user=stranger)
    assert "Done on your own" not in page_text(owner_client.get(PATH).content.decode())


def step_two_order(client):
    plan = client.get(PATH).context["plan"]
    return [view.session.slug for view in plan.steps[1].sessions]


def test_an_anxious_result_orders_outside_fulfilment_before_open_steps(owner, owner_client):
    CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2)
    order = step_two_order(owner_client)
    assert order.index("one-thing-just-for-you") < order.index("a-small-open-step")


def test_an_avoidant_result_orders_a_small_open_step_first(owner, owner_client):
    CompletedAttemptFactory(user=owner, anxiety=2, avoidance=6)
    assert step_two_order(owner_client)[1] == "a-small-open-step"


def test_the_reading_leans_on_the_latest_quiz(owner, owner_client):
    CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2)
    text = page_text(owner_client.get(session_url(FIRST.slug)).content.decode())
    assert "Your last result leaned towards anxiety" in text


def test_a_person_kept_at_a_distance_brings_the_urge_session_forward(owner, owner_client):
    PersonFactory(user=owner, contact="none")
    assert step_two_order(owner_client)[1] == "when-the-pull-comes"
    text = page_text(owner_client.get(session_url("when-the-pull-comes")).content.decode())
    assert "You chose to keep less contact with someone" in text


def test_returning_after_two_weeks_is_welcomed_without_a_penalty(owner, owner_client):
    today = owner.local_today()
    PathState.objects.create(user=owner, done={FIRST.slug: (today - timedelta(40)).isoformat()})
    EntryFactory(user=owner, entry_date=today - timedelta(days=15))
    text = page_text(owner_client.get(PATH).content.decode())
    assert "Welcome back" in text
    assert "Two minutes of breathing" in text
    assert "missed" not in text.lower() and "streak" not in text.lower()


@pytest.mark.parametrize("days_ago", [0, 3, 13])
def test_someone_active_in_the_last_two_weeks_is_not_greeted_as_returning(
    owner, owner_client, days_ago
):
    today = owner.local_today()
    PathState.objects.create(user=owner, done={FIRST.slug: (today - timedelta(40)).isoformat()})
    EntryFactory(user=owner, entry_date=today - timedelta(days=30))
    UrgeFactory(user=owner, started_at=timezone.now() - timedelta(days=days_ago))
    assert "Welcome back" not in page_text(owner_client.get(PATH).content.decode())


def test_a_session_marked_lately_counts_as_being_active(owner, owner_client):
    today = owner.local_today()
    PathState.objects.create(user=owner, done={FIRST.slug: (today - timedelta(2)).isoformat()})
    EntryFactory(user=owner, entry_date=today - timedelta(days=30))
    assert "Welcome back" not in page_text(owner_client.get(PATH).content.decode())


def test_a_first_visit_is_not_welcomed_back(owner_client):
    assert "Welcome back" not in page_text(owner_client.get(PATH).content.decode())


def test_the_last_session_leads_to_the_look_back(owner, owner_client):
    today = owner.local_today().isoformat()
    PathState.objects.create(user=owner, done={s.slug: today for s in SESSIONS[:-1]})
    response = owner_client.post(reverse("path:done", args=[SESSIONS[-1].slug]))
    assert response["Location"] == reverse("path:review")
    assert state_of(owner).finished_on == owner.local_today()
    text = page_text(owner_client.get(PATH).content.decode())
    assert "You have been through the whole path" in text


def test_the_look_back_counts_what_was_done_since_the_path_began(owner, owner_client):
    state = PathState.objects.create(user=owner, started_at=timezone.now() - timedelta(hours=1))
    ExpectationCheckFactory.create_batch(2, user=owner)
    BreathingSessionFactory(user=owner)
    UrgeFactory(user=owner)
    EntryFactory.create_batch(3, user=owner)
    # From before the path began: not counted.
    old = ExpectationCheckFactory(user=owner)
    type(old).objects.filter(pk=old.pk).update(created_at=state.started_at - timedelta(days=1))
    ExpectationCheckFactory(user=PersonFactory().user)
    text = page_text(owner_client.get(reverse("path:review")).content.decode())
    assert "2 expectations checked" in text
    assert "1 breathing session" in text
    assert "1 pause before reaching out" in text
    assert "3 journal entries" in text


def test_the_look_back_sets_the_quiz_then_beside_now(owner, owner_client):
    state = PathState.objects.create(user=owner)
    CompletedAttemptFactory(
        user=owner, anxiety=6, avoidance=3, completed_at=state.started_at - timedelta(days=30)
    )
    CompletedAttemptFactory(user=owner, anxiety=2, avoidance=3)
    text = page_text(owner_client.get(reverse("path:review")).content.decode())
    assert "Your quiz, then and now" in text
    assert "anxiety score went down" in text


def test_the_look_back_invites_a_second_quiz_with_only_one(owner, owner_client):
    CompletedAttemptFactory(user=owner)
    text = page_text(owner_client.get(reverse("path:review")).content.decode())
    assert "you need two results of the quiz" in text


def test_the_path_page_costs_the_same_queries_with_a_long_history(
    owner, owner_client, django_assert_num_queries
):
    PathState.objects.create(user=owner, done={FIRST.slug: "2026-01-01"})
    for days in range(40):
        CompletedAttemptFactory(user=owner, completed_at=owner.date_joined - timedelta(days))
    ExpectationCheckFactory.create_batch(30, user=owner)
    EntryFactory.create_batch(30, user=owner)
    PersonFactory.create_batch(10, user=owner)
    UrgeFactory.create_batch(30, user=owner)
    # Queries: the session, the user, the path's facts (state, records, latest activity, quiz,
    # contact: one).
    with django_assert_num_queries(3):
        owner_client.get(PATH)
    with django_assert_num_queries(3):
        owner_client.get(session_url(SESSIONS[5].slug))


def test_the_look_back_page_has_a_flat_query_count(owner, owner_client, django_assert_num_queries):
    PathState.objects.create(user=owner)
    for days in range(30):
        CompletedAttemptFactory(user=owner, completed_at=owner.date_joined - timedelta(days))
    EntryFactory.create_batch(30, user=owner)
    # Queries: session, user, the path's facts, the counts (one), the quiz results (one).
    with django_assert_num_queries(5):
        owner_client.get(reverse("path:review"))
