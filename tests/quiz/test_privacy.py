"""Another person gets 404 on every quiz URL that names an attempt, and changes nothing."""

import pytest
from django.urls import reverse

from quiz.models import Attempt
from tests.quiz.factories import AttemptFactory, CompletedAttemptFactory, answers_for

pytestmark = pytest.mark.django_db


def snapshot(attempt: Attempt) -> tuple:
    attempt.refresh_from_db()
    return (
        attempt.answers,
        attempt.completed_at,
        attempt.anxiety,
        attempt.avoidance,
        attempt.focus_name,
        attempt.updated_at,
    )


@pytest.fixture
def finished(owner):
    return CompletedAttemptFactory(
        user=owner, anxiety=6, avoidance=2, focus="named", focus_name="Robin at work"
    )


@pytest.fixture
def unfinished(owner):
    attempt = AttemptFactory(user=owner, focus="named", focus_name="Robin at work")
    attempt.record_answers({"ANX01": 5})
    attempt.save()
    return attempt


@pytest.mark.parametrize("name", ["quiz:result", "quiz:delete"])
def test_another_person_gets_404_on_my_result_urls(stranger_client, finished, name):
    url = reverse(name, kwargs={"uuid": finished.uuid})
    before = snapshot(finished)
    assert stranger_client.get(url).status_code == 404
    if name == "quiz:delete":
        assert stranger_client.post(url).status_code == 404
    assert Attempt.objects.filter(pk=finished.pk).exists()
    assert snapshot(finished) == before


def test_another_person_gets_404_on_my_quiz_pages_and_cannot_answer_them(
    stranger_client, unfinished
):
    url = reverse("quiz:page", kwargs={"uuid": unfinished.uuid, "number": 1})
    before = snapshot(unfinished)
    assert stranger_client.get(url).status_code == 404
    data = {code: 1 for code in answers_for()}
    assert stranger_client.post(url, data).status_code == 404
    assert stranger_client.post(url, {**data, "back": "1"}).status_code == 404
    assert snapshot(unfinished) == before


def test_another_person_gets_404_on_a_finished_attempts_pages(stranger_client, finished):
    url = reverse("quiz:page", kwargs={"uuid": finished.uuid, "number": 1})
    assert stranger_client.get(url).status_code == 404
    assert stranger_client.post(url, {}).status_code == 404


def test_another_person_cannot_discard_my_unfinished_attempt(stranger_client, unfinished):
    url = reverse("quiz:discard", kwargs={"uuid": unfinished.uuid})
    before = snapshot(unfinished)
    assert stranger_client.post(url).status_code == 404
    assert snapshot(unfinished) == before


def test_a_finished_result_cannot_be_thrown_away_as_unfinished(owner_client, finished):
    url = reverse("quiz:discard", kwargs={"uuid": finished.uuid})
    assert owner_client.post(url).status_code == 404
    assert Attempt.objects.filter(pk=finished.pk).exists()


def test_my_results_and_unfinished_quiz_never_show_on_another_persons_pages(
    stranger_client, finished, unfinished
):
    index = stranger_client.get("/quiz/").content.decode()
    assert str(finished.uuid) not in index
    assert "Robin at work" not in index
    assert "unfinished quiz" not in index
    # Taking the quiz starts the stranger's own attempt rather than resuming mine.
    response = stranger_client.get("/quiz/take/")
    assert response.status_code == 200
    assert "Robin at work" not in response.content.decode()


def test_a_malformed_uuid_is_not_a_route(owner_client):
    assert owner_client.get("/quiz/results/not-a-uuid/").status_code == 404


def test_a_visitor_is_sent_to_sign_in(client, finished):
    for url in ("/quiz/", "/quiz/take/", reverse("quiz:result", kwargs={"uuid": finished.uuid})):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
