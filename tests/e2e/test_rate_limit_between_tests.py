"""One browser test's sign-ins never count against the next one's.

allauth allows 30 sign-ins a minute from one address, and every browser test signs in from
127.0.0.1. The cache holding that count is a database table the flush between tests leaves
alone, so the count used to carry over: on a fast machine a test's sign-in got "Too many
requests". The two tests run in this order; the second fails if the count carries over."""

from allauth.core import ratelimit
from django.test import RequestFactory

LOGINS_PER_MINUTE = 30


def test_a_browser_test_can_use_up_the_sign_in_limit(live_server, transactional_db):
    request = RequestFactory().post("/accounts/login/", REMOTE_ADDR="127.0.0.1")
    for _ in range(LOGINS_PER_MINUTE):
        assert ratelimit.consume(request, action="login")
    assert not ratelimit.consume(request, action="login", dry_run=True)


def test_the_next_browser_test_still_signs_in(signed_in_page):
    assert signed_in_page.url.endswith("/today/")
