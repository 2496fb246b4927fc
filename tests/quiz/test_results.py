"""The results page, the list of past results, deletion and the retake suggestion."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from quiz import questionnaire as q
from quiz.models import Attempt
from tests.html import page_text
from tests.quiz.factories import AttemptFactory, CompletedAttemptFactory, PersonFactory

pytestmark = pytest.mark.django_db


def result_url(attempt: Attempt) -> str:
    return reverse("quiz:result", kwargs={"uuid": attempt.uuid})


def days_ago(n: float):
    return timezone.now() - timedelta(days=n)


def test_a_result_shows_both_scores_the_blend_and_the_dominant_style(owner_client, owner):
    # anxiety 6 -> a = 5/6, avoidance 2 -> v = 1/6: ambivalent 25/36 = 69%, secure 5/36 = 14%,
    # fearful 5/36 = 14%, avoidant 1/36 = 3%.
    attempt = CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2)
    text = owner_client.get(result_url(attempt)).content.decode()
    assert "6.0" in text and "83 of 100" in text
    assert "2.0" in text and "17 of 100" in text
    words = page_text(text)
    # The blend in words, nearest first: 0.69 close to, 0.14 some way from, 0.03 far from.
    assert (
        "Your scores sit closest to the ambivalent corner, some way from the secure corner, "
        "some way from the fearful corner and far from the avoidant corner."
    ) in words
    # The numbers only behind "How this is worked out", never as a percent of a person.
    assert "How this is worked out" in text
    assert "Ambivalent (preoccupied): 69." in words
    assert "69%" not in text
    assert "Nearest corner: Ambivalent (preoccupied)" in text
    assert "No clear lead" not in text
    assert "How it can show in relationships" in text
    assert "What tends to help" in text
    assert "not a diagnosis" in text


def test_a_result_draws_the_plane_with_a_text_alternative(owner_client, owner):
    attempt = CompletedAttemptFactory(user=owner, anxiety=2, avoidance=6)
    text = owner_client.get(result_url(attempt)).content.decode()
    assert '<svg viewBox="0 0 360 360" role="img"' in text
    for quadrant in ("Secure", "Ambivalent", "Avoidant", "Fearful"):
        assert f">{quadrant}</text>" in text
    assert "This result sits at anxiety 2.0 and avoidance 6.0" in text
    assert "There are no earlier results of this focus yet." in text
    assert text.count('class="plane-point plane-point-current"') == 1


def test_the_lens_states_its_level_and_thresholds(owner_client, owner):
    attempt = CompletedAttemptFactory(user=owner, love_addict=6, love_avoidant=2)
    text = owner_client.get(result_url(attempt)).content.decode()
    assert "Love-addiction lens" in text and "Love-avoidance lens" in text
    assert 'quiz-level-high">High' in text
    assert 'quiz-level-low">Low' in text
    assert "below 3.5 reads as low, from 3.5 up to 5 as moderate, and 5 or above as high" in text


def test_next_steps_link_to_the_practices_that_suit_the_profile(owner_client, owner):
    anxious = CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2, completed_at=days_ago(2))
    text = owner_client.get(result_url(anxious)).content.decode()
    first = text.index('href="/practices/fulfillment/"')
    assert first < text.index('href="/practices/expectations/"')
    avoidant = CompletedAttemptFactory(
        user=owner, anxiety=2, avoidance=6, love_addict=2, love_avoidant=2
    )
    text = owner_client.get(result_url(avoidant)).content.decode()
    assert text.index('href="/practices/mindfulness/"') < text.index(
        'href="/practices/expectations/"'
    )
    assert 'href="/practices/fulfillment/"' not in text


def test_a_retake_shows_the_change_and_whether_it_beats_retest_noise(owner_client, owner):
    CompletedAttemptFactory(user=owner, anxiety=7, avoidance=2, completed_at=days_ago(35))
    later = CompletedAttemptFactory(user=owner, anxiety=4, avoidance=4)
    text = owner_client.get(result_url(later)).content.decode()
    assert "Since your last result" in text
    # General form: r = .65, SD = 1.5, so SE of a difference = 1.5 * sqrt(0.7) = 1.255.
    # Anxiety 7 -> 4: RCI = -3 / 1.255 = -2.39, reliable. Avoidance 2 -> 4: RCI 1.59, not.
    assert "-3.0 (lower)" in text
    assert "Yes: larger than ordinary retest noise" in text
    assert "+2.0 (higher)" in text
    assert "Not yet: within ordinary retest noise" in text
    assert "more than about 2.5 points" in text
    assert "have not been tested in research" in text  # the source, said on the page
    # The trail joins the earlier point to this one.
    assert 'class="plane-trail"' in text
    assert "A thin line joins 1 earlier result of the same focus" in text


def test_a_result_of_another_focus_is_not_compared(owner_client, owner):
    CompletedAttemptFactory(user=owner, anxiety=6, completed_at=days_ago(35))
    named = CompletedAttemptFactory(user=owner, anxiety=2, focus="named", focus_name="my partner")
    text = owner_client.get(result_url(named)).content.decode()
    assert "This is your first result about “my partner”" in page_text(text)
    assert 'class="plane-trail"' not in text


def test_an_unfinished_attempt_has_no_result_yet(owner_client, owner):
    attempt = AttemptFactory(user=owner)
    response = owner_client.get(result_url(attempt))
    assert response.status_code == 302
    assert response["Location"].endswith("/page/1/")


def test_the_index_lists_every_past_result_with_focus_scores_and_style(owner_client, owner):
    CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2, completed_at=days_ago(40))
    CompletedAttemptFactory(
        user=owner, anxiety=2, avoidance=6, focus="named", focus_name="my partner"
    )
    text = owner_client.get("/quiz/").content.decode()
    assert text.count('<tr>\n            <th scope="row">') == 2
    assert "my partner" in text
    assert "Close relationships in general" in text
    assert "Ambivalent (preoccupied)" in text
    assert "Avoidant (dismissing)" in text
    assert text.index("my partner") < text.index("Close relationships in general")


def test_a_retake_is_suggested_after_four_weeks_and_never_blocked(owner_client, owner):
    old = CompletedAttemptFactory(user=owner, completed_at=days_ago(29))
    index = owner_client.get("/quiz/").content.decode()
    assert "Time for a fresh look?" in index
    assert "Taking the quiz again" in owner_client.get(result_url(old)).content.decode()
    Attempt.objects.update(completed_at=days_ago(3))
    assert "Time for a fresh look?" not in owner_client.get("/quiz/").content.decode()
    # A retake is possible at any time.
    assert owner_client.post("/quiz/take/", {"focus": "general"}).status_code == 302
    assert Attempt.objects.filter(user=owner, completed_at__isnull=True).count() == 1


def test_a_person_can_delete_a_result_after_confirming(owner_client, owner):
    attempt = CompletedAttemptFactory(user=owner)
    url = reverse("quiz:delete", kwargs={"uuid": attempt.uuid})
    confirm = owner_client.get(url)
    assert confirm.status_code == 200
    assert "Delete this result?" in confirm.content.decode()
    assert Attempt.objects.filter(pk=attempt.pk).exists()
    response = owner_client.post(url)
    assert response["Location"] == "/quiz/"
    assert not Attempt.objects.filter(pk=attempt.pk).exists()


def test_the_result_page_is_printable(owner_client, owner):
    attempt = CompletedAttemptFactory(user=owner)
    text = owner_client.get(result_url(attempt)).content.decode()
    assert "data-quiz-print hidden" in text
    assert "js/quiz-print.js" in text
    assert 'class="d-flex flex-wrap gap-2 no-print"' in text


def test_the_index_stays_within_a_fixed_query_budget_with_fifty_results(
    owner_client, owner, django_assert_max_num_queries
):
    for n in range(50):
        CompletedAttemptFactory(
            user=owner,
            focus="named" if n % 2 else "general",
            focus_name="my partner" if n % 2 else None,
            completed_at=days_ago(n * 7 + 1),
        )
    people = PersonFactory.create_batch(10, user=owner)
    for n, person in enumerate(people):
        CompletedAttemptFactory(
            user=owner, form="relationship", person=person, completed_at=days_ago(n + 0.5)
        )
    AttemptFactory(user=owner, form="relationship", person=people[0])
    owner_client.get("/quiz/")  # a first visit, so only the page's own work is counted below
    # 1 session, 2 user (allauth's usersessions track no activity: nothing is written per
    # request), 3 the finished attempts with their people (one query, nothing looked up per
    # row), 4 the unfinished attempt with its person, 5 the people to offer the quiz about.
    # Twelve rows, then sixty: a query per row would show at once.
    with django_assert_max_num_queries(5):
        response = owner_client.get("/quiz/")
    assert response.status_code == 200
    assert response.content.decode().count('<th scope="row"><a href="/quiz/results/') == 12
    with django_assert_max_num_queries(5):
        response = owner_client.get("/quiz/?results=all")
    assert response.content.decode().count('<th scope="row"><a href="/quiz/results/') == 60


def test_the_index_shows_the_latest_twelve_results_and_links_to_all_of_them(owner_client, owner):
    attempts = [
        CompletedAttemptFactory(user=owner, completed_at=days_ago(n * 30 + 1)) for n in range(13)
    ]
    page = owner_client.get("/quiz/").content.decode()
    assert result_url(attempts[0]) in page
    assert result_url(attempts[11]) in page
    assert result_url(attempts[12]) not in page
    assert 'href="?results=all#quiz-history-title">Show all your results' in page
    every = owner_client.get("/quiz/?results=all").content.decode()
    assert result_url(attempts[12]) in every
    assert "Show all your results" not in every
    assert "Show only the latest" in every


def test_twelve_results_need_no_link_to_more(owner_client, owner):
    for n in range(12):
        CompletedAttemptFactory(user=owner, completed_at=days_ago(n * 30 + 1))
    page = owner_client.get("/quiz/").content.decode()
    assert page.count('<th scope="row"><a href="/quiz/results/') == 12
    assert "Show all your results" not in page


def test_a_result_page_stays_within_a_fixed_query_budget_with_a_long_history(
    owner_client, owner, django_assert_max_num_queries
):
    for n in range(30):
        CompletedAttemptFactory(user=owner, completed_at=days_ago(n * 7 + 8))
    latest = CompletedAttemptFactory(user=owner)
    owner_client.get("/quiz/")  # a first visit, so only the page's own work is counted below
    # 1 session, 2 user, 3 the attempt, 4 earlier attempts of any focus (one query, matched in
    # Python; thirty of them on the plane's trail and the comparison), 5 the latest attempt (is
    # this the newest?).
    with django_assert_max_num_queries(5):
        response = owner_client.get(result_url(latest))
    assert response.status_code == 200


def test_every_quiz_page_dates_a_result_on_the_persons_own_day(owner_client, owner):
    owner.timezone = "Pacific/Kiritimati"  # fourteen hours ahead of UTC
    owner.save(update_fields=["timezone"])
    done = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # already the 28th there
    earlier = CompletedAttemptFactory(user=owner, completed_at=done - timedelta(days=30))
    attempt = CompletedAttemptFactory(user=owner, completed_at=done)
    listed = owner_client.get("/quiz/").content.decode()
    assert f'<a href="{attempt.get_absolute_url()}">28 Nov 2026</a>' in listed
    assert f'<a href="{earlier.get_absolute_url()}">29 Oct 2026</a>' in listed
    result = page_text(owner_client.get(result_url(attempt)))
    assert "Taken on 28 Nov 2026" in result
    assert "Compared with your result of 29 Oct 2026" in result
    assert "This result, 28 Nov 2026" in result  # the plane's own labels
    confirm = page_text(owner_client.get(reverse("quiz:delete", kwargs={"uuid": attempt.uuid})))
    assert "The result from 28 Nov 2026" in confirm


def test_the_results_list_shows_a_named_focus_as_typed_and_escaped(owner_client, owner):
    name = """<b>Sam & "Alex"</b>'s <script>x()</script>"""
    CompletedAttemptFactory(user=owner, focus="named", focus_name=name, anxiety=6, avoidance=2)
    html = owner_client.get("/quiz/").content.decode()
    table = html[html.index('<table class="table quiz-history') :]
    assert name in page_text(table)
    assert name not in table and escape(name) in table
    assert "<script>x()" not in html
    assert '<td data-label="Anxiety">6.0</td>' in table
    assert '<td data-label="Nearest corner">Ambivalent (preoccupied)</td>' in table


def test_a_result_of_the_new_version_is_not_compared_with_the_old_version(owner_client, owner):
    CompletedAttemptFactory(
        user=owner, anxiety=7, avoidance=1, version=1, completed_at=days_ago(40)
    )
    new = CompletedAttemptFactory(user=owner, anxiety=1, avoidance=1, version=2)
    text = owner_client.get(result_url(new)).content.decode()
    assert "data-new-version" in text
    assert "a new version began" in text
    assert "This is your first result with this version" in page_text(text)
    assert "larger than ordinary retest noise" not in text.split("Since your last result")[1][:2000]
    assert 'class="plane-trail"' not in text


def test_an_old_version_result_still_shows_with_its_own_scores(owner_client, owner):
    old = CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2, version=1)
    assert old.questionnaire is q.get(1)
    text = owner_client.get(result_url(old)).content.decode()
    assert "Questionnaire version 1" in text
    assert "Nearest corner: Ambivalent (preoccupied)" in text


def test_the_same_answer_to_every_statement_gets_a_gentle_note(owner_client, owner):
    attempt = CompletedAttemptFactory(user=owner)
    attempt.answers = {item.code: 7 for item in q.current().items}
    attempt.complete()
    attempt.save()
    text = owner_client.get(result_url(attempt)).content.decode()
    assert "data-all-the-same" in text
    assert "it means this result may not mean much" in page_text(text)
    varied = CompletedAttemptFactory(user=owner, anxiety=6, avoidance=2)
    assert "data-all-the-same" not in owner_client.get(result_url(varied)).content.decode()


def test_close_shares_say_no_clear_lead_instead_of_a_largest_share(owner_client, owner):
    # 4 and 4: every corner 0.25, so the top two are 0 points apart.
    even = CompletedAttemptFactory(user=owner, anxiety=4, avoidance=4)
    text = owner_client.get(result_url(even)).content.decode()
    assert "No clear lead" in text
    assert "largest share" not in text.lower()
    assert "with no clear lead" in page_text(text)
    listing = owner_client.get("/quiz/").content.decode()
    assert '<td data-label="Nearest corner">No clear lead</td>' in listing
    # The chart's text alternative names no one corner either.
    assert "about as near two corners or more" in text
    assert not re.search(r"nearest the \w+ corner", text)


@pytest.mark.parametrize("form", ["general", "relationship"])
def test_a_result_says_where_its_change_threshold_comes_from_and_what_has_no_source(
    owner, owner_client, form
):
    from quiz import reliability

    extra = {"person": PersonFactory(user=owner)} if form == "relationship" else {}
    # Said where the result is compared with an earlier one.
    earlier = timezone.now() - timedelta(days=35)
    CompletedAttemptFactory(user=owner, form=form, completed_at=earlier, **extra)
    result = CompletedAttemptFactory(user=owner, form=form, **extra)
    text = page_text(owner_client.get(reverse("quiz:result", args=[result.uuid])))
    source = reliability.reliability(form, "anxiety").source
    assert source in text
    assert "no published figure was found" in source
