from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse

from detach.formatting import full_date, short_day_month, shorten
from practices.models import ExpectationCheck
from tests.html import page_text
from tests.practices.factories import ExpectationCheckFactory, a_year_of_history

pytestmark = pytest.mark.django_db

VALID = {
    "expectation": "They should always answer my messages within the hour.",
    "concerns": "R.",
    "realism": "2",
    "control": "no",
    "reframe": "I would like a short message when they are busy.",
    "self_offer": "A walk by the river and a call with Ana.",
}


def test_the_module_page_has_a_lesson_the_exercise_and_an_empty_history(owner_client):
    response = owner_client.get(reverse("practices:expectations"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Where expectations come from" in html
    assert 'href="/practices/expectations/new/"' in html
    assert "Your checks will appear here" in html
    # The lesson is open for someone who has not practised yet.
    assert '<details class="lesson card card-calm" open>' in html


def test_a_new_check_is_saved_for_today_and_shown_with_its_absolute_words(owner_client, owner):
    response = owner_client.post(reverse("practices:check_new"), VALID)
    check = ExpectationCheck.objects.get(user=owner)
    assert response.status_code == 302
    assert response["Location"] == reverse("practices:check_detail", args=[check.uuid])
    assert check.practiced_on == owner.local_today()
    assert check.realism == 2 and check.control == "no"

    page = owner_client.get(response["Location"]).content.decode()
    assert '<mark class="absolute-word">should</mark>' in page
    assert '<mark class="absolute-word">always</mark>' in page
    assert "Is it a wish you could ask for instead?" in page
    assert "A walk by the river" in page


def test_every_free_text_of_a_check_is_ciphertext_in_the_database(owner_client, owner):
    owner_client.post(reverse("practices:check_new"), VALID)
    check = ExpectationCheck.objects.get(user=owner)
    owner_client.post(reverse("practices:check_revisit", args=[check.uuid]), {"outcome": "Fine."})
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT expectation, concerns, reframe, self_offer, outcome "
            "FROM practices_expectationcheck WHERE id = %s",
            [check.pk],
        )
        raw = cursor.fetchone()
    assert all(value.startswith("enc1:") for value in raw)
    assert not any("always" in value or "Ana" in value for value in raw)


def test_a_check_with_missing_answers_keeps_what_was_typed_and_says_what_is_missing(
    owner_client, owner
):
    response = owner_client.post(
        reverse("practices:check_new"), {**VALID, "reframe": "", "realism": "12"}, follow=True
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not ExpectationCheck.objects.exists()
    assert "Please try a gentler way of saying it" in html
    assert "Please choose a number from 0 to 10." in html
    assert "within the hour" in html  # nothing typed is lost


def test_the_form_prepares_the_live_hint_about_absolute_words(owner_client):
    html = owner_client.get(reverse("practices:check_new")).content.decode()
    assert 'data-absolute-words="hint"' in html
    assert 'id="absolute-hint"' in html and 'aria-live="polite"' in html
    assert "js/practices-expectations.js" in html
    # A radio group is a fieldset with a legend.
    assert "<legend" in html and "Is it in your control?" in html


def test_a_check_can_be_revisited_later_with_how_it_went(owner_client, owner):
    check = ExpectationCheckFactory(user=owner, practiced_on=owner.local_today() - timedelta(7))
    response = owner_client.post(
        reverse("practices:check_revisit", args=[check.uuid]),
        {"outcome": "I asked for a message instead. It helped."},
    )
    check.refresh_from_db()
    assert response.status_code == 302
    assert check.outcome == "I asked for a message instead. It helped."
    assert check.revisited_on == owner.local_today()
    page = owner_client.get(reverse("practices:check_detail", args=[check.uuid]))
    assert "I asked for a message instead" in page.content.decode()


def test_an_empty_revisit_is_refused_kindly(owner_client, owner):
    check = ExpectationCheckFactory(user=owner)
    response = owner_client.post(
        reverse("practices:check_revisit", args=[check.uuid]), {"outcome": ""}, follow=True
    )
    assert response.status_code == 200
    assert "Please write a few words about how it went." in response.content.decode()


def test_a_check_can_be_edited(owner_client, owner):
    check = ExpectationCheckFactory(user=owner)
    response = owner_client.post(
        reverse("practices:check_edit", args=[check.uuid]),
        {**VALID, "expectation": "I wish they could call more often.", "realism": "7"},
    )
    check.refresh_from_db()
    assert response.status_code == 302
    assert check.expectation == "I wish they could call more often."
    assert check.realism == 7


def test_a_check_can_be_deleted_after_a_confirmation(owner_client, owner):
    check = ExpectationCheckFactory(user=owner)
    url = reverse("practices:check_delete", args=[check.uuid])
    assert "cannot be brought back" in owner_client.get(url).content.decode()
    assert ExpectationCheck.objects.filter(pk=check.pk).exists()
    response = owner_client.post(url)
    assert response.status_code == 302
    assert not ExpectationCheck.objects.filter(pk=check.pk).exists()


def test_the_history_lists_my_checks_and_not_anyone_elses(owner_client, owner, stranger):
    ExpectationCheckFactory(user=owner, expectation="Mine: they must call.")
    ExpectationCheckFactory(user=stranger, expectation="Someone else's expectation")
    html = owner_client.get(reverse("practices:expectations")).content.decode()
    assert "Mine: they must call." in html
    assert "Someone else" not in html
    assert '<details class="lesson card card-calm">' in html  # folded once there is history


def test_the_module_page_with_a_year_of_history_stays_within_its_query_budget(
    owner_client, owner, django_assert_max_num_queries
):
    a_year_of_history(owner, today=owner.local_today())
    # session, user, count of checks, the checks shown
    with django_assert_max_num_queries(4):
        response = owner_client.get(reverse("practices:expectations"))
    assert response.content.decode().count('class="card card-calm mb-2"') == 10
    # Showing all 92 checks costs the same number of queries.
    with django_assert_max_num_queries(4):
        response = owner_client.get(reverse("practices:expectations") + "?history=all")
    assert response.content.decode().count('class="card card-calm mb-2"') == 92


def test_how_it_went_can_be_posted_from_the_check_page_itself(owner_client, owner):
    check = ExpectationCheckFactory(user=owner)
    url = reverse("practices:check_detail", args=[check.uuid])
    response = owner_client.post(url, {"outcome": "We talked. It went better than I feared."})
    check.refresh_from_db()
    assert response.status_code == 302
    assert check.outcome.startswith("We talked.")
    fresh = ExpectationCheckFactory(user=owner)
    url = reverse("practices:check_detail", args=[fresh.uuid])
    invalid = owner_client.post(url, {"outcome": ""}, follow=True)
    assert invalid.status_code == 200
    assert "Please write a few words about how it went." in invalid.content.decode()


def test_the_history_shortens_and_escapes_what_the_person_wrote(owner_client, owner):
    today = owner.local_today()
    expectation = "They'll <script>alert('x')</script> & \"always\" " + "call " * 40
    reframe = 'I\'d like a "quick" text & a <i>calmer</i> tone'
    check = ExpectationCheckFactory(
        user=owner,
        expectation=expectation,
        reframe=reframe,
        concerns="<u>R.</u> & Jo's",
        practiced_on=today,
    )
    long_word = ExpectationCheckFactory(
        user=owner, expectation="<b>" + "x" * 200, practiced_on=today - timedelta(days=1)
    )
    revisited = ExpectationCheckFactory(
        user=owner, practiced_on=today - timedelta(days=3), revisited_on=today
    )
    response = owner_client.get(reverse("practices:expectations"))
    html, text = response.content.decode(), page_text(response)
    assert "<script>" not in html and "<i>calmer" not in html and "<u>" not in html
    shortened = shorten(expectation, 140)
    assert shortened.endswith("call…") and len(shortened) <= 140
    assert f"{full_date(today)} · about <u>R.</u> & Jo's {shortened} Reframed: {reframe}" in text
    assert "<b>" + "x" * 136 + "…" in text  # a word longer than the limit is cut inside
    assert f'<time datetime="{today.isoformat()}">{full_date(today)}</time>' in html
    assert f'href="{check.get_absolute_url()}">' in html
    assert f'href="{long_word.get_absolute_url()}">' in html
    assert (
        f'href="{reverse("practices:check_revisit", args=[check.uuid])}">Note how it went' in html
    )
    assert f"In my control: no, it depends on someone else · revisited {today.day} " in text
    assert f"revisited {short_day_month(today)}" in text
    assert f'href="{reverse("practices:check_detail", args=[revisited.uuid])}"' in html
