from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from quiz import questionnaire as q
from quiz import scoring
from quiz.models import Attempt
from tests.quiz.factories import AttemptFactory, CompletedAttemptFactory, answers_for

pytestmark = pytest.mark.django_db

V1 = q.current()  # the version new attempts use


def test_answers_are_checked_against_the_attempts_own_version(owner):
    attempt = AttemptFactory(user=owner)
    with pytest.raises(ValueError):
        attempt.record_answers({"NOPE1": 3})
    with pytest.raises(ValueError):
        attempt.record_answers({"ANX01": 8})
    attempt.record_answers({"ANX01": "5"})
    assert attempt.answers == {"ANX01": 5}


def test_the_page_in_hand_is_the_first_with_a_gap(owner):
    attempt = AttemptFactory(user=owner)
    assert attempt.first_open_page() == 1
    full = answers_for()
    attempt.record_answers({i.code: full[i.code] for i in V1.page(1) + V1.page(3)})
    assert attempt.first_open_page() == 2
    attempt.record_answers(full)
    assert attempt.first_open_page() == V1.page_count
    assert attempt.all_answered()


def test_completing_scores_by_version_and_refuses_missing_answers(owner):
    attempt = AttemptFactory(user=owner)
    attempt.record_answers({"ANX01": 4})
    with pytest.raises(ValueError):
        attempt.complete()
    attempt.record_answers(answers_for(anxiety=2, avoidance=6, love_addict=3, love_avoidant=5))
    attempt.complete()
    attempt.save()
    attempt.refresh_from_db()
    stored = (attempt.anxiety, attempt.avoidance, attempt.love_addict, attempt.love_avoidant)
    assert stored == (2.0, 6.0, 3.0, 5.0)
    assert attempt.dominant_style == "avoidant"


def test_a_person_has_at_most_one_unfinished_attempt(owner, stranger):
    AttemptFactory(user=owner)
    AttemptFactory(user=stranger)
    CompletedAttemptFactory(user=owner)
    with pytest.raises(IntegrityError), transaction.atomic():
        AttemptFactory(user=owner)


def test_a_completed_attempt_must_carry_its_scores(owner):
    with pytest.raises(IntegrityError), transaction.atomic():
        AttemptFactory(user=owner, completed_at=timezone.now())


def test_the_focus_key_keeps_named_relationships_apart_and_ignores_case_and_spacing(owner):
    general = CompletedAttemptFactory(user=owner)
    partner = CompletedAttemptFactory(user=owner, focus="named", focus_name="My  Partner")
    same = CompletedAttemptFactory(user=owner, focus="named", focus_name="my partner")
    ex = CompletedAttemptFactory(user=owner, focus="named", focus_name="my ex")
    assert general.focus_key == "general"
    assert partner.focus_key == same.focus_key
    assert partner.focus_key != ex.focus_key
    assert general.focus_label == "Close relationships in general"
    assert ex.focus_label == "my ex"


def test_an_old_result_keeps_the_version_it_was_taken_with(owner, monkeypatch):
    """A new version with different keying does not touch a result scored by version 1."""
    old = CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2, version=1)
    flipped = q.Questionnaire(
        version=3,
        page_size=8,
        items=tuple(q.Item(i.code, i.text, i.scale, reverse=not i.reverse) for i in q.get(1).items),
    )
    monkeypatch.setitem(q.QUESTIONNAIRES, 3, flipped)
    monkeypatch.setattr(q, "CURRENT_VERSION", 3)
    old.refresh_from_db()
    assert old.version == 1
    assert old.questionnaire is q.get(1)
    assert (old.anxiety, old.avoidance) == (6.0, 2.0)
    # Re-scoring the stored answers by their own version gives the same numbers.
    assert scoring.score(old.questionnaire, old.answers).anxiety == 6.0
    assert scoring.score(flipped, old.answers).anxiety != 6.0
    # A new attempt starts on the new version.
    old.delete()
    new = Attempt.objects.create(user=owner)
    assert new.version == 3
    assert new.questionnaire is flipped


def test_deleting_a_person_removes_their_attempts(owner):
    CompletedAttemptFactory(user=owner, completed_at=timezone.now() - timedelta(days=3))
    AttemptFactory(user=owner)
    owner.delete()
    assert not Attempt.objects.exists()
