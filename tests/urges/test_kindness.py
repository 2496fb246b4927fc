"""The self-compassion break offered after a slip: three steps, and nothing stored."""

from tests.html import page_text


def test_the_kindness_page_walks_three_steps(owner_client):
    response = owner_client.get("/urges/kindness/")
    assert response.status_code == 200
    text = page_text(response.content.decode())
    assert "This hurts right now" in text
    assert "Slips are part of changing" in text
    assert "May I be kind to myself" in text


def test_the_kindness_page_needs_an_account(client):
    response = client.get("/urges/kindness/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
