"""The relationship form: nine statements about one person, scored like the ECR-RS."""

import re
from datetime import timedelta

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from quiz import questionnaire as q
from quiz import results, scoring, selectors
from quiz.models import Attempt
from tests.html import page_text
from tests.quiz.factories import CompletedAttemptFactory, PersonFactory

pytestmark = pytest.mark.django_db
REL = q.get(1, q.RELATIONSHIP)


@pytest.fixture
def sam(owner):
    return PersonFactory(user=owner, name="Sam <b>")


def answers(values: list[int]) -> dict[str, int]:
    """Raw answers to statements 1-9, in order."""
    return {item.code: value for item, value in zip(REL.items, values, strict=True)}


# --- The statements --------------------------------------------------------------------------


def test_the_form_has_the_ecr_rs_structure():
    assert [(i.code, i.scale, i.reverse) for i in REL.items] == [
        ("REL01", "avoidance", True),
        ("REL02", "avoidance", True),
        ("REL03", "avoidance", True),
        ("REL04", "avoidance", True),
        ("REL05", "avoidance", False),
        ("REL06", "avoidance", False),
        ("REL07", "anxiety", False),
        ("REL08", "anxiety", False),
        ("REL09", "anxiety", False),
    ]


def test_every_statement_is_about_that_one_person():
    for item in REL.items:
        assert item.text.count("{name}") == 1, item.text
        assert "someone" not in item.text and "people" not in item.text
        assert not re.search(r"\b(us|we)\b", item.text, re.IGNORECASE)


# --- Scoring by hand -------------------------------------------------------------------------


def test_all_the_same_answer_scores_by_hand():
    # All 7: avoidance (4 reversed at 1 + 2 at 7) / 6 = 18 / 6 = 3.0; anxiety 7.0.
    scores = scoring.score(REL, answers([7] * 9))
    assert (scores.anxiety, scores.avoidance) == (7.0, 3.0)
    assert (scores.love_addict, scores.love_avoidant) == (None, None)
    # All 1: avoidance (4 at 7 + 2 at 1) / 6 = 30 / 6 = 5.0; anxiety 1.0.
    scores = scoring.score(REL, answers([1] * 9))
    assert (scores.anxiety, scores.avoidance) == (1.0, 5.0)
    assert scoring.answered_all_the_same(answers([4] * 9))


def test_a_secure_leaning_pattern_scores_by_hand():
    # Turns to them easily (6, 7, 6, 5), little unease (2, 1), little worry (2, 1, 3).
    scores = scoring.score(REL, answers([6, 7, 6, 5, 2, 1, 2, 1, 3]))
    assert scores.avoidance == pytest.approx((2 + 1 + 2 + 3 + 2 + 1) / 6)  # 11/6 = 1.83
    assert scores.anxiety == pytest.approx(6 / 3)  # 2.0
    assert scoring.dominant_style(scores.anxiety, scores.avoidance) == scoring.SECURE


def test_an_anxious_pattern_scores_by_hand():
    # Leans on them (6, 6, 5, 6), opens up (2, 2), and worries a lot (7, 6, 7).
    scores = scoring.score(REL, answers([6, 6, 5, 6, 2, 2, 7, 6, 7]))
    assert scores.avoidance == pytest.approx((2 + 2 + 3 + 2 + 2 + 2) / 6)  # 13/6 = 2.17
    assert scores.anxiety == pytest.approx(20 / 3)  # 6.67
    assert scoring.dominant_style(scores.anxiety, scores.avoidance) == scoring.AMBIVALENT


def test_an_avoidant_pattern_scores_by_hand():
    # Does not turn to them (2, 1, 2, 3), keeps feelings back (6, 7), little worry (2, 1, 1).
    scores = scoring.score(REL, answers([2, 1, 2, 3, 6, 7, 2, 1, 1]))
    assert scores.avoidance == pytest.approx((6 + 7 + 6 + 5 + 6 + 7) / 6)  # 37/6 = 6.17
    assert scores.anxiety == pytest.approx(4 / 3)  # 1.33
    assert scoring.dominant_style(scores.anxiety, scores.avoidance) == scoring.AVOIDANT


# --- Starting, answering, the result ---------------------------------------------------------


def test_someone_elses_person_is_404(owner_client, stranger):
    theirs = PersonFactory(user=stranger)
    assert owner_client.get(f"/quiz/take/?person={theirs.uuid}").status_code == 404
    assert owner_client.post("/quiz/take/", {"person": theirs.uuid}).status_code == 404
    assert owner_client.get("/quiz/take/?person=not-a-uuid").status_code == 404
    assert not Attempt.objects.exists()


def test_the_intro_offers_each_of_my_people_and_a_way_to_add_one(owner_client, sam, stranger):
    PersonFactory(user=stranger, name="Not mine")
    html = owner_client.get("/quiz/").content.decode()
    assert f'href="/quiz/take/?person={sam.uuid}">About <bdi dir="auto">Sam &lt;b&gt;</bdi>' in html
    assert "Not mine" not in html
    assert 'href="/people/"' in html


def test_starting_about_a_person_asks_nine_statements_about_them(owner_client, owner, sam):
    html = owner_client.get(f"/quiz/take/?person={sam.uuid}").content.decode()
    assert "There are 9 statements, all about" in page_text(html)
    assert '<bdi dir="auto" class="fw-semibold">Sam &lt;b&gt;</bdi>' in html
    response = owner_client.post("/quiz/take/", {"person": sam.uuid})
    attempt = Attempt.objects.get(user=owner)
    assert (attempt.form, attempt.person, attempt.version) == ("relationship", sam, 1)
    page = owner_client.get(response["Location"]).content.decode()
    assert page.count("<fieldset") == 9
    assert 'Leaning on <bdi dir="auto">Sam &lt;b&gt;</bdi> feels easy.' in page
    assert "<b>" not in page.split("<main", 1)[1].split("</main>")[0]


def test_a_finished_relationship_quiz_scores_and_shows_its_own_result(owner_client, owner, sam):
    owner_client.post("/quiz/take/", {"person": sam.uuid})
    attempt = Attempt.objects.get(user=owner)
    url = f"/quiz/take/{attempt.uuid}/page/1/"
    response = owner_client.post(url, answers([6, 6, 5, 6, 2, 2, 7, 6, 7]))
    attempt.refresh_from_db()
    assert attempt.is_complete
    assert attempt.anxiety == pytest.approx(20 / 3)
    assert attempt.love_addict is None
    html = owner_client.get(response["Location"]).content.decode()
    assert "Nine statements about one person" in html
    assert "Two patterns: love addiction and love avoidance" not in html
    assert f'href="/quiz/take/?person={sam.uuid}">Take it again about' in html


def test_a_persons_result_draws_their_trail_and_not_anyone_elses(owner_client, owner, sam):
    other = PersonFactory(user=owner, name="my sister")
    earlier = timezone.now() - timedelta(days=30)
    CompletedAttemptFactory(user=owner, form="relationship", person=sam, completed_at=earlier)
    CompletedAttemptFactory(user=owner, form="relationship", person=other, completed_at=earlier)
    CompletedAttemptFactory(user=owner, completed_at=earlier)  # general: not joined either
    latest = CompletedAttemptFactory(user=owner, form="relationship", person=sam, anxiety=6)
    html = owner_client.get(latest.get_absolute_url()).content.decode()
    assert "A thin line joins 1 earlier result of the same focus" in html
    assert "Since your last result" in html


# --- Per-person results for the person's page ------------------------------------------------


def test_person_results_are_mine_oldest_first_in_one_query(
    owner, stranger, sam, django_assert_num_queries
):
    for days in (40, 10, 20):
        CompletedAttemptFactory(
            user=owner,
            form="relationship",
            person=sam,
            anxiety=days // 10,
            completed_at=timezone.now() - timedelta(days=days),
        )
    with django_assert_num_queries(1):
        points = selectors.person_results(owner, sam)
    assert [p.anxiety for p in points] == [4, 2, 1]
    assert selectors.person_results(stranger, sam) == []


def test_the_person_results_template_shows_plane_list_and_retake(owner, sam):
    CompletedAttemptFactory(user=owner, form="relationship", person=sam, anxiety=6, avoidance=2)
    arranged = results.person_results(selectors.person_results(owner, sam))
    html = render_to_string(
        "quiz/_person_results.html", {"person": sam, "data": {"results": arranged}}
    )
    assert '<bdi dir="auto">Sam &lt;b&gt;</bdi>' in html
    assert "<svg" in html
    assert "anxiety 6.0, avoidance 2.0" in html
    assert f'href="/quiz/take/?person={sam.uuid}">Take it again about' in html
    empty = render_to_string(
        "quiz/_person_results.html",
        {"person": sam, "data": {"results": results.person_results([])}},
    )
    assert "You have not answered the statements about" in empty
    assert "<svg" not in empty


def test_relationship_trails_group_results_by_person_in_two_queries(
    owner, django_assert_num_queries
):
    people = PersonFactory.create_batch(3, user=owner)
    for n, person in enumerate(people):
        for k in range(2):
            CompletedAttemptFactory(
                user=owner,
                form="relationship",
                person=person,
                completed_at=timezone.now() - timedelta(days=10 * k + n + 1),
            )
    with django_assert_num_queries(2):
        trails = selectors.relationship_trails(owner)
        names = [t.person.name for t in trails]
    assert sorted(names) == sorted(p.name for p in people)
    assert all(len(t.points) == 2 for t in trails)


# --- Side by side ----------------------------------------------------------------------------


def test_closer_and_calmer_only_past_the_threshold():
    # Threshold: the larger of 2.46 and 2.79.
    sister, sam = (2.0, 1.0), (6.0, 5.0)  # distances 1.0 and 6.40: 5.4 apart; 4 and 4 points
    found = scoring.compare_relationships([sam, sister])
    assert (found.nearer, found.further) == (1, 0)
    assert found.apart and found.calmer_and_closer
    assert found.threshold == pytest.approx(1.96 * 1.7 * (0.7**0.5))
    near = scoring.compare_relationships([(3.0, 3.0), (5.0, 3.0)])  # 2.83 vs 4.47: 1.64
    assert not near.apart and not near.calmer_and_closer
    # Nearer the secure corner but more anxious: apart, yet not "closer and calmer".
    mixed = scoring.compare_relationships([(3.0, 1.0), (1.0, 7.0)])  # 2.0 vs 6.0
    assert mixed.apart and not mixed.calmer_and_closer
    assert scoring.compare_relationships([(3.0, 3.0)]) is None


@pytest.mark.parametrize(
    "pair",
    [
        [(3.0, 1.0), (3.0, 6.0)],  # the same anxiety: not "calmer"
        [(1.0, 1.0), (1.2, 5.0)],  # 0.2 points less anxious: noise, not "calmer"
        [(1.0, 2.0), (5.0, 3.0)],  # one point less avoidant: noise, not "closer"
    ],
)
def test_calmer_and_closer_needs_each_score_reliably_lower(pair):
    found = scoring.compare_relationships(pair)
    assert found.apart and not found.calmer_and_closer
