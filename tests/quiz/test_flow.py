"""Taking the quiz through the Django test client: start, pages, back, resume, finish."""

import pytest
from django.urls import reverse

from quiz import questionnaire as q
from quiz.models import Attempt
from tests.html import page_text
from tests.quiz.factories import AttemptFactory, answers_for

V1 = q.current()  # the version new attempts use (2)


def page_url(attempt: Attempt, number: int) -> str:
    return reverse("quiz:page", kwargs={"uuid": attempt.uuid, "number": number})


def page_data(number: int, answers: dict[str, int], **extra) -> dict:
    data = {item.code: answers[item.code] for item in V1.page(number) if item.code in answers}
    data.update(extra)
    return data


@pytest.fixture
def started(owner):
    return AttemptFactory(user=owner)


def test_the_intro_explains_the_quiz_and_says_it_is_not_a_diagnosis(owner_client):
    response = owner_client.get("/quiz/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "What it measures" in text
    assert "about ten minutes" in text
    assert "not a diagnosis" in text
    assert "Only you" in text
    assert 'href="/quiz/take/"' in text


def test_take_offers_the_general_quiz_and_points_to_the_one_person_quiz(owner_client):
    response = owner_client.get("/quiz/take/")
    assert response.status_code == 200
    text = page_text(response.content.decode())
    assert "There are 49 statements on 7 pages" in text
    assert "the quiz about one person" in text
    assert "One relationship I name" not in text


def test_starting_creates_one_attempt_and_opens_page_one(owner_client, owner):
    response = owner_client.post("/quiz/take/", {})
    attempt = Attempt.objects.get(user=owner)
    assert response.status_code == 302
    assert response["Location"] == page_url(attempt, 1)
    assert attempt.version == q.CURRENT_VERSION
    assert (attempt.form, attempt.focus, attempt.person) == ("general", "general", None)
    assert attempt.focus_name is None
    assert attempt.completed_at is None


def test_a_named_focus_can_no_longer_be_started(owner_client, owner):
    # The retired choice, sent by hand: the general quiz starts, and no name is kept.
    owner_client.post("/quiz/take/", {"focus": "named", "focus_name": "my partner"})
    attempt = Attempt.objects.get(user=owner)
    assert (attempt.form, attempt.focus, attempt.focus_name) == ("general", "general", None)


def test_an_old_focus_name_stays_stored_encrypted(owner):
    from django.db import connection

    attempt = AttemptFactory(user=owner, focus="named", focus_name="my partner Sam")
    with connection.cursor() as cursor:
        cursor.execute("SELECT focus_name FROM quiz_attempt WHERE id = %s", [attempt.pk])
        stored = cursor.fetchone()[0]
    assert "Sam" not in stored
    assert stored.startswith("enc1:")


def test_take_resumes_the_unfinished_attempt_at_the_page_in_hand(owner_client, started):
    answers = answers_for()
    started.record_answers({i.code: answers[i.code] for i in V1.page(1) + V1.page(2)})
    started.save()
    response = owner_client.get("/quiz/take/")
    assert response["Location"] == page_url(started, 3)
    # Starting again while one is unfinished resumes it rather than making a second.
    response = owner_client.post("/quiz/take/", {})
    assert response["Location"] == page_url(started, 3)
    assert Attempt.objects.count() == 1


def test_a_page_shows_its_items_as_fieldsets_with_a_progress_indicator(owner_client, started):
    response = owner_client.get(page_url(started, 1))
    text = response.content.decode()
    assert response.status_code == 200
    assert "Page 1 of 7" in text
    assert text.count("<fieldset") == 7
    assert text.count("<legend") == 7
    assert "Strongly disagree" in text and "Strongly agree" in text
    assert '<progress class="quiz-progress-bar" max="49" value="0"' in text


def test_the_progress_bar_counts_the_statements_answered_as_its_words_do(owner_client, started):
    answers = answers_for()
    owner_client.post(page_url(started, 1), page_data(1, answers, next="1"))
    text = owner_client.get(page_url(started, 2)).content.decode()
    assert "Page 2 of 7" in text
    assert "7 of 49 statements answered" in page_text(text)
    assert '<progress class="quiz-progress-bar" max="49" value="7"' in text


def test_skipping_ahead_is_sent_back_to_the_first_open_page(owner_client, started):
    response = owner_client.get(page_url(started, 4))
    assert response.status_code == 302
    assert response["Location"] == page_url(started, 1)


def test_a_submitted_page_is_saved_and_the_next_page_opens(owner_client, started):
    answers = answers_for(anxiety=6)
    response = owner_client.post(page_url(started, 1), page_data(1, answers, next="1"))
    assert response["Location"] == page_url(started, 2)
    started.refresh_from_db()
    assert started.answers == {i.code: answers[i.code] for i in V1.page(1)}


def test_a_page_with_an_unanswered_item_redirects_and_keeps_the_other_answers(
    owner_client, started
):
    answers = answers_for(anxiety=6)
    data = page_data(1, answers, next="1")
    missing = V1.page(1)[2].code
    del data[missing]
    response = owner_client.post(page_url(started, 1), data)
    # Post/redirect/get: Back after it never meets "Confirm Form Resubmission".
    assert response.status_code == 303
    # Only a marker travels in the address, never an answer.
    assert response["Location"] == page_url(started, 1) + "?missing=1"
    # The chosen answers are saved, so a closed tab loses nothing that was chosen.
    started.refresh_from_db()
    assert missing not in started.answers
    assert started.answers == {i.code: answers[i.code] for i in V1.page(1) if i.code != missing}


def test_the_page_after_the_redirect_marks_each_unanswered_item(owner_client, started):
    answers = answers_for(anxiety=6)
    data = page_data(1, answers, next="1")
    missing = V1.page(1)[2].code
    del data[missing]
    response = owner_client.post(page_url(started, 1), data, follow=True)
    text = response.content.decode()
    assert response.status_code == 200
    assert "1 statement on this page still needs an answer" in page_text(text)
    assert 'href="#item-' + missing + '">Statement 3</a>' in text
    assert f'id="id_{missing}_error"' in text
    assert f'aria-describedby="id_{missing}_error"' in text
    assert text.count("Please choose an answer for this statement.") == 1
    assert text.count('aria-invalid="true"') == 7  # the seven choices of the one statement
    # The chosen answers are shown checked again.
    kept = V1.page(1)[0].code
    radio_id = f"id_{kept}_{answers[kept] - 1}"
    assert f'class="quiz-point-input" id="{radio_id}" required checked' in text
    assert text.count("checked") == 6  # the other six of the page of seven


def test_the_missing_marker_shows_nothing_once_every_item_is_answered(owner_client, started):
    answers = answers_for()
    started.record_answers({i.code: answers[i.code] for i in V1.page(1)})
    started.save()
    response = owner_client.get(page_url(started, 1) + "?missing=1")
    assert response.status_code == 200
    text = response.content.decode()
    assert "still need" not in text
    assert "aria-invalid" not in text
    assert text.count("checked") == 7


def test_an_answer_off_the_scale_is_refused(owner_client, started):
    data = page_data(1, answers_for(), next="1")
    refused = V1.page(1)[0].code
    data[refused] = "9"
    response = owner_client.post(page_url(started, 1), data)
    assert response.status_code == 303
    started.refresh_from_db()
    assert refused not in started.answers
    text = owner_client.get(response["Location"]).content.decode()
    assert f'id="id_{refused}_error"' in text


def test_going_back_keeps_answers_on_both_pages(owner_client, started):
    answers = answers_for(avoidance=2)
    owner_client.post(page_url(started, 1), page_data(1, answers, next="1"))
    half = dict(list(page_data(2, answers).items())[:3])
    response = owner_client.post(page_url(started, 2), {**half, "back": "1"})
    assert response["Location"] == page_url(started, 1)
    page_one = owner_client.get(page_url(started, 1)).content.decode()
    assert page_one.count("checked") == 7
    page_two = owner_client.get(page_url(started, 2)).content.decode()
    assert page_two.count("checked") == 3


def test_save_and_finish_later_keeps_the_answers_and_returns_to_the_intro(owner_client, started):
    data = dict(list(page_data(1, answers_for()).items())[:4])
    response = owner_client.post(page_url(started, 1), {**data, "leave": "1"})
    assert response["Location"] == "/quiz/"
    started.refresh_from_db()
    assert len(started.answers) == 4
    assert "You stopped on page 1 of 7" in owner_client.get("/quiz/").content.decode()


def test_the_last_page_completes_and_scores_the_attempt(owner_client, started):
    answers = answers_for(anxiety=6, avoidance=2, love_addict=5, love_avoidant=3)
    for number in range(1, V1.page_count + 1):
        response = owner_client.post(page_url(started, number), page_data(number, answers))
    started.refresh_from_db()
    assert response["Location"] == reverse("quiz:result", kwargs={"uuid": started.uuid})
    assert started.completed_at is not None
    assert (started.anxiety, started.avoidance) == (6.0, 2.0)
    assert (started.love_addict, started.love_avoidant) == (5.0, 3.0)


def test_a_finished_attempt_cannot_be_changed_through_its_pages(owner_client, started):
    answers = answers_for(anxiety=6)
    for number in range(1, V1.page_count + 1):
        owner_client.post(page_url(started, number), page_data(number, answers))
    other = answers_for(anxiety=1)
    response = owner_client.post(page_url(started, 1), page_data(1, other))
    started.refresh_from_db()
    assert response["Location"] == reverse("quiz:result", kwargs={"uuid": started.uuid})
    assert started.anxiety == 6.0
    assert started.answers == answers


def test_the_last_page_with_an_earlier_gap_returns_to_that_page(owner_client, started):
    answers = answers_for()
    started.record_answers({i.code: answers[i.code] for i in V1.items if i.code != "ANX05"})
    started.save()
    response = owner_client.post(page_url(started, 7), page_data(7, answers))
    assert response.status_code == 303
    assert response["Location"] == page_url(started, 4) + "?missing=1"  # ANX05 is on page 4
    started.refresh_from_db()
    assert started.completed_at is None


def test_a_page_number_outside_the_questionnaire_is_404(owner_client, started):
    assert owner_client.get(page_url(started, 8)).status_code == 404
    assert owner_client.get(page_url(started, 0)).status_code == 404


def test_discarding_the_unfinished_attempt_lets_a_person_start_over(owner_client, started):
    url = reverse("quiz:discard", kwargs={"uuid": started.uuid})
    assert owner_client.get(url).status_code == 405
    response = owner_client.post(url)
    assert response["Location"] == "/quiz/take/"
    assert not Attempt.objects.exists()
