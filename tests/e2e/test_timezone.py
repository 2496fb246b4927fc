"""The browser's own time zone comes first in the time zone choice: chosen for a person still on
the default (UTC), offered with a button to anyone who chose another."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.e2e.test_account_deletion import sign_in
from tests.factories import UserFactory


@pytest.fixture
def in_sao_paulo(chromium_browser, live_server):
    context = chromium_browser.new_context(
        base_url=live_server.url, timezone_id="America/Sao_Paulo"
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def first_option(page) -> tuple[str, str]:
    return page.locator("#id_timezone option").first.evaluate("o => [o.value, o.textContent]")


def test_a_person_on_the_default_gets_the_browsers_zone_chosen_and_keeps_it_by_saving(
    in_sao_paulo, transactional_db
):
    person = UserFactory(email="utc@example.org", timezone="UTC")
    sign_in(in_sao_paulo, person.email)
    in_sao_paulo.goto("/settings/")
    assert first_option(in_sao_paulo) == ["America/Sao_Paulo", "Sao Paulo (America)"]
    expect(in_sao_paulo.locator("#id_timezone")).to_have_value("America/Sao_Paulo")
    expect(in_sao_paulo.locator("#timezone-suggestion")).to_contain_text(
        "Your browser is in Sao Paulo (America) time, so that is chosen above."
    )
    in_sao_paulo.get_by_role("button", name="Save settings").click()
    expect(in_sao_paulo.get_by_role("status").filter(has_text="saved")).to_be_visible()
    assert get_user_model().objects.get(pk=person.pk).timezone == "America/Sao_Paulo"


def test_a_person_who_chose_a_zone_keeps_it_and_is_offered_the_browsers(
    in_sao_paulo, transactional_db
):
    person = UserFactory(email="paris@example.org", timezone="Europe/Paris")
    sign_in(in_sao_paulo, person.email)
    in_sao_paulo.goto("/settings/")
    assert first_option(in_sao_paulo) == ["America/Sao_Paulo", "Sao Paulo (America)"]
    expect(in_sao_paulo.locator("#id_timezone")).to_have_value("Europe/Paris")
    in_sao_paulo.get_by_role("button", name="Use it").click()
    expect(in_sao_paulo.locator("#id_timezone")).to_have_value("America/Sao_Paulo")
