"""Sign-in limits count each person's address, not the proxy's (issue 19, item 6).

Behind a reverse proxy every request arrives from the proxy. With the proxy trusted
(ALLAUTH_TRUSTED_PROXY_COUNT or ALLAUTH_TRUSTED_CLIENT_IP_HEADER), one address trying password
after password is stopped, and everyone else behind the same proxy still signs in.
"""

import pytest
from django.test import Client

from tests.core.test_production_settings import run_manage
from tests.factories import PASSWORD, UserFactory

LOGIN = "/accounts/login/"
LIMITED = "Too many failed login attempts"
ATTACKER, NEIGHBOUR = "203.0.113.7", "198.51.100.23"


def behind_proxy(address: str) -> Client:
    # The proxy (REMOTE_ADDR 10.0.0.2) appends the address it saw to X-Forwarded-For.
    return Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=address)


def fail_ten_times(client: Client) -> None:
    for n in range(10):
        response = client.post(LOGIN, {"login": f"guess{n}@example.org", "password": "wrong!!"})
        assert LIMITED not in response.content.decode()


@pytest.fixture
def neighbour(db):
    return UserFactory(email="neighbour@example.org")


def test_ten_failed_sign_ins_from_one_address_leave_another_behind_the_proxy_free(
    settings, neighbour
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    fail_ten_times(behind_proxy(ATTACKER))

    again = behind_proxy(ATTACKER).post(LOGIN, {"login": "guess@example.org", "password": "x"})
    assert LIMITED in again.content.decode()

    response = behind_proxy(NEIGHBOUR).post(LOGIN, {"login": neighbour.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/today/"


def test_a_client_address_header_set_by_the_proxy_is_used_when_named(settings, neighbour):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    fail_ten_times(Client(REMOTE_ADDR="10.0.0.2", HTTP_X_REAL_IP=ATTACKER))
    response = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_REAL_IP=NEIGHBOUR).post(
        LOGIN, {"login": neighbour.email, "password": PASSWORD}
    )
    assert response.status_code == 302


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(settings, neighbour):
    """Nothing trusted by default: a forged X-Forwarded-For cannot dodge the limit, so everyone
    behind one untrusted address shares it (which is why a proxy must be named)."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    fail_ten_times(behind_proxy(ATTACKER))
    response = behind_proxy(NEIGHBOUR).post(LOGIN, {"login": neighbour.email, "password": PASSWORD})
    assert LIMITED in response.content.decode()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLAUTH_TRUSTED_PROXY_COUNT": "one"}, "ALLAUTH_TRUSTED_PROXY_COUNT must be a whole"),
        ({"ALLAUTH_TRUSTED_PROXY_COUNT": "-1"}, "ALLAUTH_TRUSTED_PROXY_COUNT must be 0 or more"),
        (
            {"ALLAUTH_TRUSTED_CLIENT_IP_HEADER": "X-Real-IP: 1.2.3.4"},
            "ALLAUTH_TRUSTED_CLIENT_IP_HEADER must be a header name",
        ),
        (
            {"ALLAUTH_TRUSTED_CLIENT_IP_HEADER": "X-Real-IP", "ALLAUTH_TRUSTED_PROXY_COUNT": "1"},
            "not both",
        ),
    ],
)
def test_a_malformed_proxy_setting_fails_loudly_at_start_up(env, message):
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert message in result.stderr


def test_a_request_that_skipped_the_proxy_is_counted_under_the_connecting_address(
    settings, neighbour
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2  # but only one hop in the header
    response = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=NEIGHBOUR).post(
        LOGIN, {"login": neighbour.email, "password": PASSWORD}
    )
    assert response.status_code == 302


def test_a_missing_client_address_header_is_not_a_refusal(settings, neighbour):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    response = Client(REMOTE_ADDR="10.0.0.2").post(
        LOGIN, {"login": neighbour.email, "password": PASSWORD}
    )
    assert response.status_code == 302
