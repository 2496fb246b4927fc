"""Production settings are checked in a child process, as a real start-up would read them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": "a-production-secret-key-that-is-long-and-random-0123456789-abcdefghij",
    "DJANGO_ALLOWED_HOSTS": "detach.example.org",
    "FIELD_ENCRYPTION_KEY": "YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWE=",
}


def run_manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "FIELD_"))}
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deployment_check_passes_clean_in_production():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "FIELD_ENCRYPTION_KEY"]
)
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert missing in result.stderr


def test_a_malformed_boolean_fails_loudly():
    result = run_manage("check", env={"DJANGO_DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be true or false" in result.stderr


def print_setting(expression: str, env: dict) -> str:
    result = run_manage(
        "shell", "-c", f"from django.conf import settings; print({expression})", env=env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_rate_limits_live_in_a_cache_shared_by_every_worker():
    backend = "settings.CACHES['default']['BACKEND']"
    assert print_setting(backend, {}) == "django.core.cache.backends.db.DatabaseCache"
    with_redis = {"REDIS_URL": "redis://127.0.0.1:6379/0"}
    assert print_setting(backend, with_redis) == "django.core.cache.backends.redis.RedisCache"


def test_production_turns_on_hsts_secure_cookies_and_the_https_redirect():
    checks = (
        "settings.SECURE_HSTS_SECONDS > 0 and settings.SESSION_COOKIE_SECURE and "
        "settings.CSRF_COOKIE_SECURE and settings.SECURE_SSL_REDIRECT"
    )
    assert print_setting(checks, PRODUCTION_ENV) == "True"
    assert print_setting("settings.PASSWORD_HASHERS[0]", PRODUCTION_ENV).endswith(
        "Argon2PasswordHasher"
    )
