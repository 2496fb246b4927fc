"""How the practice pages are made: markup in templates, one loop per list without the costs
that add up per row, links from the models, and no code that only the tests use."""

import pytest
from django.urls import reverse

from tests.practices.factories import (
    ActivityFactory,
    BreathingSessionFactory,
    ExpectationCheckFactory,
    NotingPracticeFactory,
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "prop", "url_name"),
    [
        (ActivityFactory, "done_url", "practices:activity_done"),
        (ActivityFactory, "edit_url", "practices:activity_edit"),
        (ActivityFactory, "delete_url", "practices:activity_delete"),
        (ExpectationCheckFactory, "revisit_url", "practices:check_revisit"),
        (BreathingSessionFactory, "delete_url", "practices:session_delete"),
        (NotingPracticeFactory, "delete_url", "practices:noting_delete"),
    ],
)
def test_each_row_action_links_where_reverse_would(factory, prop, url_name):
    obj = factory()
    assert getattr(obj, prop) == reverse(url_name, kwargs={"uuid": obj.uuid})
