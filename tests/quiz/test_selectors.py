"""The reads other apps rely on: latest_scores, completed_attempts, retake_due."""

from datetime import timedelta

import pytest
from django.utils import timezone

from quiz import selectors
from tests.quiz.factories import AttemptFactory, CompletedAttemptFactory

pytestmark = pytest.mark.django_db


def days_ago(n: float):
    return timezone.now() - timedelta(days=n)


def test_latest_scores_is_none_before_any_finished_attempt(owner):
    assert selectors.latest_scores(owner) is None
    AttemptFactory(user=owner)  # unfinished attempts do not count
    assert selectors.latest_scores(owner) is None


def test_latest_scores_are_the_most_recent_finished_attempt_of_any_focus(owner, stranger):
    CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2, completed_at=days_ago(30))
    CompletedAttemptFactory(
        user=owner,
        anxiety=3,
        avoidance=5,
        focus="named",
        focus_name="my partner",
        completed_at=days_ago(2),
    )
    CompletedAttemptFactory(user=stranger, anxiety=7, avoidance=7, completed_at=days_ago(1))
    assert selectors.latest_scores(owner) == (3.0, 5.0)
    assert isinstance(selectors.latest_scores(owner)[0], float)


def test_completed_attempts_are_the_persons_own_newest_first(owner, stranger):
    old = CompletedAttemptFactory(user=owner, completed_at=days_ago(60))
    new = CompletedAttemptFactory(user=owner, completed_at=days_ago(1))
    AttemptFactory(user=owner)
    CompletedAttemptFactory(user=stranger)
    assert list(selectors.completed_attempts(owner)) == [new, old]


def test_a_retake_is_due_about_four_weeks_after_the_latest_result(owner):
    assert selectors.retake_due(owner) is False
    CompletedAttemptFactory(user=owner, completed_at=days_ago(40))
    recent = CompletedAttemptFactory(user=owner, completed_at=days_ago(27))
    assert selectors.retake_due(owner) is False
    assert selectors.retake_due(owner, now=recent.completed_at + timedelta(days=28)) is True


def test_earlier_same_focus_keeps_focuses_apart_and_runs_oldest_first(owner, stranger):
    g1 = CompletedAttemptFactory(user=owner, completed_at=days_ago(90))
    p1 = CompletedAttemptFactory(
        user=owner, focus="named", focus_name="my partner", completed_at=days_ago(80)
    )
    g2 = CompletedAttemptFactory(user=owner, completed_at=days_ago(60))
    CompletedAttemptFactory(
        user=owner, focus="named", focus_name="my ex", completed_at=days_ago(50)
    )
    p2 = CompletedAttemptFactory(
        user=owner, focus="named", focus_name="My Partner", completed_at=days_ago(10)
    )
    g3 = CompletedAttemptFactory(user=owner, completed_at=days_ago(1))
    CompletedAttemptFactory(user=stranger, completed_at=days_ago(70))
    assert selectors.earlier_same_focus(g3) == [g1, g2]
    assert selectors.earlier_same_focus(p2) == [p1]
    assert selectors.earlier_same_focus(g1) == []


def test_named_focuses_offers_each_name_once_most_recent_first(owner, stranger):
    CompletedAttemptFactory(
        user=owner, focus="named", focus_name="my partner", completed_at=days_ago(20)
    )
    CompletedAttemptFactory(user=owner, focus="named", focus_name="my ex", completed_at=days_ago(9))
    AttemptFactory(user=owner, focus="named", focus_name="My partner")
    CompletedAttemptFactory(user=stranger, focus="named", focus_name="secret")
    assert selectors.named_focuses(owner) == ["My partner", "my ex"]
