"""Every response turns off the browser features Detach never uses (issue 19, item 7)."""

import pytest

FEATURES_OFF = ["camera", "microphone", "geolocation", "payment", "usb"]


def policy(response) -> dict[str, str]:
    header = response.headers["Permissions-Policy"]
    return dict(part.strip().split("=", 1) for part in header.split(","))


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/no-such-page/"])
def test_every_response_to_a_visitor_sends_a_permissions_policy(client, db, path):
    features = policy(client.get(path))
    for feature in FEATURES_OFF:
        assert features[feature] == "()"


def test_signed_in_pages_and_redirects_send_it_too(owner_client):
    for response in (owner_client.get("/progress/"), owner_client.get("/accounts/login/")):
        assert policy(response)["camera"] == "()"
