"""The quiz read the progress page makes: every finished result as plain scores, oldest first."""

from datetime import timedelta

import pytest
from django.utils import timezone

from quiz import selectors
from tests.quiz.factories import AttemptFactory, CompletedAttemptFactory

pytestmark = pytest.mark.django_db


def test_quiz_points_are_my_finished_results_oldest_first_with_their_focus(owner, stranger):
    now = timezone.now()
    CompletedAttemptFactory(
        user=owner,
        anxiety=3,
        avoidance=5,
        focus="named",
        focus_name="my partner",
        completed_at=now - timedelta(days=2),
    )
    CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2, completed_at=now - timedelta(30))
    AttemptFactory(user=owner)  # unfinished
    CompletedAttemptFactory(user=stranger, completed_at=now - timedelta(days=1))

    points = selectors.quiz_points(owner)
    assert [(p.anxiety, p.avoidance) for p in points] == [(6.0, 2.0), (3.0, 5.0)]
    assert points[0].focus_key != points[1].focus_key
    assert "my partner" in points[1].focus_label
    assert points[0].completed_at < points[1].completed_at
