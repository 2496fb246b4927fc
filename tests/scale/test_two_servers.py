"""Two app servers behind one address, sharing PostgreSQL and Redis, behave as one (issue 19,
item 9): a session made on one is good on the other, a sign-in lockout counted on one holds on
the other, and reminders sent from both at once go out once each.

Real processes: two gunicorn servers on two ports and two `send_reminders` runs, against a
database this test creates and a Redis database number of its own (flushed before and after).
It runs in the normal suite when DATABASE_URL is PostgreSQL (under CI=true a missing Redis is a
failure), and skips on SQLite, where one machine is the whole shape.
"""

import http.client
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import dj_database_url
import psycopg
import pytest
import redis

from detach.fields import generate_key

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = DATABASE_URL.startswith(("postgres://", "postgresql://"))
# A Redis database number kept for this test (flushed): never the one the app uses.
REDIS_URL = os.environ.get("SCALE_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
PASSWORD = "a calm and long passphrase"
REMINDED = 30

pytestmark = [
    pytest.mark.scale,
    pytest.mark.skipif(
        not ON_POSTGRES,
        reason="needs DATABASE_URL on PostgreSQL (SQLite is "
        "one machine: nothing to share between servers)",
    ),
]


def redis_or_skip() -> redis.Redis:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"no Redis at {REDIS_URL} (.ci/run starts one)")
    return client


@pytest.fixture(scope="module")
def shared_redis():
    client = redis_or_skip()
    client.flushdb()
    yield REDIS_URL
    client.flushdb()


@pytest.fixture(scope="module")
def shared_database():
    """A fresh database on the same PostgreSQL server, migrated, dropped afterwards."""
    config = dj_database_url.parse(DATABASE_URL)
    name = f"detach_scale_{uuid.uuid4().hex[:10]}"
    admin = psycopg.connect(
        host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    admin.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(DATABASE_URL)
    url = urlunsplit(parts._replace(path=f"/{name}"))
    try:
        yield url
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="module")
def environment(shared_database, shared_redis, tmp_path_factory):
    """What every process of the deployment shares: database, Redis, keys, mail directory."""
    mail_dir = tmp_path_factory.mktemp("mail")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "EMAIL_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="detach.settings",
        DJANGO_SECRET_KEY="scale-test-secret-" + uuid.uuid4().hex * 2,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        FIELD_ENCRYPTION_KEY=generate_key(),
        DATABASE_URL=shared_database,
        REDIS_URL=shared_redis,
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(mail_dir),
        ACCOUNT_EMAIL_VERIFICATION="optional",
    )
    manage(env, "migrate", "--noinput", "-v0")
    return env


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def servers(environment, tmp_path_factory):
    logs = tmp_path_factory.mktemp("servers")
    ports, processes = [free_port(), free_port()], []
    for name, port in zip("AB", ports, strict=True):
        log = (logs / f"{name}.log").open("w")
        processes.append(
            subprocess.Popen(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "detach.wsgi:application",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "1",
                ],
                cwd=ROOT,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    try:
        for port, process in zip(ports, processes, strict=True):
            wait_until_serving(port, process, logs)
        yield ports
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def wait_until_serving(port: int, process: subprocess.Popen, logs: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail("a server stopped:\n" + "\n".join(p.read_text() for p in logs.iterdir()))
        try:
            if Browser().get(port, "/accounts/login/").status == 200:
                return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"no server on port {port} after 90 s")


class Response:
    def __init__(self, status: int, headers, body: str):
        self.status, self.headers, self.body = status, headers, body


class Browser:
    """One person's browser: one cookie jar, whichever server answers (the address is shared
    in production; here each request names the port of the server it goes to)."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, port: int, method: str, path: str, form: dict | None = None) -> Response:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Host": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        raw = connection.getresponse()
        text = raw.read().decode()
        for header in raw.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return Response(raw.status, raw.headers, text)

    def get(self, port: int, path: str) -> Response:
        return self.request(port, "GET", path)

    def post_form(self, port: int, path: str, form: dict) -> Response:
        page = self.get(port, path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body).group(1)
        return self.request(port, "POST", path, {"csrfmiddlewaretoken": token, **form})

    def sign_in(self, port: int, email: str, password: str) -> Response:
        return self.post_form(port, "/accounts/login/", {"login": email, "password": password})


def create_people(env: dict, code: str) -> None:
    manage(env, "shell", "-c", "from tests.scale.people import *\n" + code)


def test_a_session_made_on_one_server_is_good_on_the_other(environment, servers):
    a, b = servers
    create_people(environment, "person('session@example.org')")
    browser = Browser()
    assert browser.get(b, "/progress/").status == 302, "signed in before signing in"
    response = browser.sign_in(a, "session@example.org", PASSWORD)
    assert (response.status, response.headers["Location"]) == (302, "/today/")
    assert browser.get(b, "/progress/").status == 200
    browser.post_form(b, "/accounts/logout/", {})
    assert browser.get(a, "/progress/").status == 302, "signed out on B, still in on A"


def test_a_sign_in_lockout_counted_on_one_server_holds_on_the_other(environment, servers):
    a, b = servers
    create_people(environment, "person('locked@example.org')")
    attacker = Browser()
    for _ in range(5):
        response = attacker.sign_in(a, "locked@example.org", "not the password")
        assert response.status == 200
        assert "Too many failed login attempts" not in response.body
    assert "Too many failed login attempts" in attacker.sign_in(a, "locked@example.org", "x").body

    response = Browser().sign_in(b, "locked@example.org", PASSWORD)
    assert response.status in (200, 429)
    assert "Too many failed login attempts" in response.body


def test_reminders_sent_from_both_servers_at_once_go_out_once_each(environment, servers):
    create_people(environment, f"reminded({REMINDED})")
    runs = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "send_reminders"],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    sent = [int(re.search(r"Sent (\d+)", out).group(1)) for out, _ in outputs]
    assert sum(sent) == REMINDED, outputs

    recipients = [
        match
        for path in Path(environment["EMAIL_FILE_PATH"]).iterdir()
        for match in re.findall(r"^To: (.+)$", path.read_text(), flags=re.MULTILINE)
    ]
    assert len(recipients) == REMINDED
    assert len(set(recipients)) == REMINDED, "someone got the same reminder twice"
