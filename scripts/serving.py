"""Serve Detach production-like for the measuring scripts (Lighthouse, the benchmark).

gunicorn with DEBUG off and compressed, hashed static files; PostgreSQL when DATABASE_URL points
at it, else a throw-away SQLite file. Nothing here is used by the app itself.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

SESSION_SCRIPT = """
import sys
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
user = get_user_model().objects.get(email=sys.argv[-1])
store = SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.create()
print(store.session_key)
"""


def production_env(workdir: Path) -> dict:
    env = {
        **os.environ,
        "DJANGO_DEBUG": "false",
        "DJANGO_MANIFEST_STATIC": "true",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
        # As in production: keep database connections between requests.
        "DATABASE_CONN_MAX_AGE": "60",
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'detach.sqlite3'}")
    return env


def manage(*args: str, env: dict) -> str:
    return subprocess.run(  # noqa: S603
        [PY, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def prepare(env: dict) -> None:
    manage("migrate", "--noinput", env=env)
    manage("collectstatic", "--noinput", env=env)


def seed(email: str, password: str, days: int, env: dict) -> None:
    manage("seed_demo", "--email", email, "--password", password, "--days", str(days), env=env)


def session_for(email: str, env: dict) -> str:
    """A signed-in session made on the server side, as the cookie a browser would hold."""
    script = SESSION_SCRIPT.replace("sys.argv[-1]", repr(email))
    return manage("shell", "-c", script, env=env).strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def gunicorn(env: dict, workers: int = 2):
    """Yield the base URL of a running gunicorn; stop it afterwards."""
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            PY,
            "-m",
            "gunicorn",
            "detach.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not answer on /healthz")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=15)


def workdir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))
