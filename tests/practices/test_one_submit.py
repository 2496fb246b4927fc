"""One submit, one record: each practice form posted twice (a double tap, a retry after a lost
answer) saves one record, and the second answer goes where the first went."""

from datetime import timedelta
from uuid import uuid4

import pytest
from django.urls import reverse

from detach.submissions import save_once
from practices.models import Activity, BreathingSession, ExpectationCheck, NotingPractice
from tests.practices.test_expectations import VALID as CHECK
from tests.practices.test_mindfulness import NOTING, SESSION

pytestmark = pytest.mark.django_db


def _activity(owner):
    return {"title": "Pottery on my own", "planned_for": owner.local_today() + timedelta(days=1)}


FORMS = [
    ("practices:check_new", ExpectationCheck, lambda owner: CHECK),
    ("practices:noting", NotingPractice, lambda owner: NOTING),
    ("practices:activity_new", Activity, _activity),
    ("practices:breathing", BreathingSession, lambda owner: SESSION),
]


@pytest.mark.parametrize(("url_name", "model", "data"), FORMS, ids=[f[0] for f in FORMS])
def test_each_create_form_carries_a_hidden_submission_token(owner_client, url_name, model, data):
    html = owner_client.get(reverse(url_name)).content.decode()
    assert html.count('name="submission"') == 1
    assert 'type="hidden" name="submission"' in html


@pytest.mark.parametrize(("url_name", "model", "data"), FORMS, ids=[f[0] for f in FORMS])
def test_the_same_form_posted_twice_saves_one_record(owner, owner_client, url_name, model, data):
    posted = {**data(owner), "submission": str(uuid4())}
    first = owner_client.post(reverse(url_name), posted)
    second = owner_client.post(reverse(url_name), posted)
    assert model.objects.filter(user=owner).count() == 1
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]


@pytest.mark.parametrize(("url_name", "model", "data"), FORMS, ids=[f[0] for f in FORMS])
def test_two_forms_with_their_own_tokens_save_two_records(
    owner, owner_client, url_name, model, data
):
    for _ in range(2):
        owner_client.post(reverse(url_name), {**data(owner), "submission": str(uuid4())})
    assert model.objects.filter(user=owner).count() == 2


def test_the_second_expectation_post_goes_to_the_first_check(owner, owner_client):
    posted = {**CHECK, "submission": str(uuid4())}
    owner_client.post(reverse("practices:check_new"), posted)
    second = owner_client.post(reverse("practices:check_new"), posted)
    check = ExpectationCheck.objects.get(user=owner)
    assert second["Location"] == reverse("practices:check_detail", args=[check.uuid])


def test_a_parallel_save_with_the_same_token_returns_the_first_record(owner):
    """Two posts passed the "already saved?" check at once: the database refuses the second
    row, and the second post gets the first one's record."""
    token = uuid4()
    first, created = save_once(
        NotingPractice(user=owner, practiced_on=owner.local_today(), **_noting()), token
    )
    again, created_again = save_once(
        NotingPractice(user=owner, practiced_on=owner.local_today(), **_noting()), token
    )
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk
    assert NotingPractice.objects.count() == 1


def _noting() -> dict:
    return {
        "noticed": NOTING["noticed"],
        "kind": NOTING["kind"],
        "name": NOTING["name"],
        "intensity_before": 8,
        "acceptance": NOTING["acceptance"],
    }
