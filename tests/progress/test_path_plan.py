"""The path's content and its pure logic: order, tailoring, status, the next session, and
greeting a return after a gap."""

from datetime import date, timedelta

import pytest
from django.template.loader import get_template
from django.urls import reverse

from detach import steps as detach_steps
from progress.path import plan
from progress.path.sessions import ANXIETY, AVOIDANCE, CLOSE, DISTANCE, SESSIONS, STEPS

STEP_TWO = STEPS[1]


def slugs(sessions):
    return [s.slug for s in sessions]


def test_the_four_steps_come_in_the_articles_order_with_their_one_name():
    assert [s.title for s in STEPS] == [s.name for s in detach_steps.STEPS]


@pytest.mark.parametrize("step", STEPS, ids=lambda s: str(s.number))
def test_each_step_has_four_to_six_sessions_of_three_to_eight_minutes(step):
    assert 4 <= len(step.sessions) <= 6
    assert all(3 <= s.minutes <= 8 for s in step.sessions)


@pytest.mark.parametrize("session", SESSIONS, ids=lambda s: s.slug)
def test_every_session_has_a_reading_and_an_exercise_that_opens(session):
    get_template(session.reading_template)
    assert reverse(session.exercise.url_name)


def test_slugs_are_unique():
    assert len(set(slugs(SESSIONS))) == len(SESSIONS)


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        (None, None),
        ((5.5, 2.0), ANXIETY),
        ((2.0, 5.5), AVOIDANCE),
        ((3.0, 2.0), None),  # both below the middle: no leaning
        ((5.2, 5.0), None),  # close: no leaning
        ((5.5, 5.0), ANXIETY),
    ],
)
def test_the_leaning_follows_the_stronger_dimension_above_the_middle(scores, expected):
    assert plan.leaning(scores) == expected


def test_an_anxious_leaning_brings_soothing_and_outside_fulfilment_forward():
    order = slugs(plan.ordered(STEP_TWO, ANXIETY, frozenset()))
    assert order[0] == "where-your-days-find-meaning"
    assert order.index("one-thing-just-for-you") < order.index("a-small-open-step")
    assert order.index("when-the-pull-comes") < order.index("a-small-open-step")


def test_an_avoidant_leaning_brings_small_open_steps_forward():
    order = slugs(plan.ordered(STEP_TWO, AVOIDANCE, frozenset()))
    assert order[:2] == ["where-your-days-find-meaning", "a-small-open-step"]


def test_keeping_distance_from_someone_brings_the_urge_session_forward():
    order = slugs(plan.ordered(STEP_TWO, None, frozenset({DISTANCE})))
    assert order[1] == "when-the-pull-comes"


def test_staying_close_brings_lines_forward_in_the_expectations_step():
    order = slugs(plan.ordered(STEPS[2], None, frozenset({CLOSE})))
    assert order[1] == "lines-that-are-yours"


def test_without_a_leaning_the_order_is_the_written_one():
    for step in STEPS:
        assert plan.ordered(step, None, frozenset()) == step.sessions


def build(done=None, elsewhere=(), scores=None, contact=()):
    return plan.build_plan(
        done=done or {},
        done_elsewhere=frozenset(elsewhere),
        scores=scores,
        contact=frozenset(contact),
    )


def test_a_new_person_starts_at_the_first_session():
    path = build()
    assert path.next.session.slug == SESSIONS[0].slug
    assert path.done == 0 and not path.started and not path.finished


def test_an_exercise_done_on_its_own_counts_and_is_offered_as_a_review():
    path = build(elsewhere={"general_quiz"})
    first = path.view_of("a-blend-not-a-box")
    assert first.status == plan.DONE_ELSEWHERE and first.is_done
    assert path.next.session.slug == "one-person-at-a-time"
    assert path.done == 1


def test_a_session_done_out_of_order_leaves_the_next_one_where_it_was():
    path = build(done={"breath-by-breath": "2026-11-02"})
    assert path.next.session.slug == "a-blend-not-a-box"
    assert path.view_of("breath-by-breath").done_on == date(2026, 11, 2)


def test_once_a_session_is_done_the_next_is_the_first_not_done():
    path = build(done={"a-blend-not-a-box": "2026-11-02"})
    assert path.next.session.slug == "one-person-at-a-time"


def test_with_every_session_done_the_path_is_finished():
    half = {s.slug: "2026-11-01" for s in SESSIONS[::2]}
    others = {s.evidence for s in SESSIONS[1::2] if s.evidence}
    unmarked = [s.slug for s in SESSIONS[1::2] if not s.evidence]
    assert not build(done=half, elsewhere=others).finished
    path = build(done={**half, **dict.fromkeys(unmarked, "2026-11-01")}, elsewhere=others)
    assert path.finished and path.next is None and path.done == path.total


def test_the_next_session_follows_the_persons_tailored_order():
    done = {s.slug: "2026-11-01" for s in STEPS[0].sessions}
    done["where-your-days-find-meaning"] = "2026-11-02"
    assert build(done=done, scores=(2.0, 6.0)).next.session.slug == "a-small-open-step"
    assert build(done=done, scores=(6.0, 2.0)).next.session.slug == "one-thing-just-for-you"


def test_neighbours_follow_the_persons_order():
    path = build(scores=(2.0, 6.0))
    before, after = path.neighbours("where-your-days-find-meaning")
    assert before.session.slug == STEPS[0].sessions[-1].slug
    assert after.session.slug == "a-small-open-step"
    assert path.neighbours(SESSIONS[0].slug)[0] is None


TODAY = date(2026, 12, 1)


def test_coming_back_after_two_weeks_is_a_return():
    assert plan.came_back(TODAY - timedelta(days=14), TODAY)


def test_coming_back_after_a_few_days_is_not():
    assert not plan.came_back(TODAY - timedelta(days=13), TODAY)


def test_a_first_visit_is_not_a_return():
    assert not plan.came_back(None, TODAY)
