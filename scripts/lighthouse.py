"""Lighthouse scores (accessibility, best practices, SEO) for public and signed-in pages, on
phone and desktop. Exits non-zero when any score is under the budget.

Usage: python scripts/lighthouse.py   (what `make lighthouse` runs)
Serves the app with gunicorn on a free port against a throw-away SQLite database (or the
DATABASE_URL given), signs a demo person in through a server-side session, and runs the npm
`lighthouse` 12.x CLI with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
BUDGET = 95
CATEGORIES = ["accessibility", "best-practices", "seo"]
PUBLIC_PAGES = ["/", "/help/", "/accounts/login/", "/accounts/signup/"]
SIGNED_IN_PAGES = ["/progress/", "/journal/", "/quiz/"]
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--disable-background-networking --disable-component-update --disable-sync --no-first-run"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def manage(*args: str, env: dict) -> str:
    return subprocess.run(  # noqa: S603
        [PY, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


SESSION_SCRIPT = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
user = get_user_model().objects.get(email="lighthouse@example.org")
store = SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.create()
print(store.session_key)
"""


def prepare(env: dict) -> str:
    manage("migrate", "--noinput", env=env)
    manage("collectstatic", "--noinput", env=env)
    commands = manage("help", "--commands", env=env).split()
    if "seed_demo" in commands:
        manage(
            "seed_demo",
            "--email",
            "lighthouse@example.org",
            "--password",
            "lighthouse passphrase",
            "--days",
            "120",
            env=env,
        )
    else:
        manage(
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model; "
            "get_user_model().objects.filter(email='lighthouse@example.org').exists() or "
            "get_user_model().objects.create_user('lighthouse@example.org', "
            "'lighthouse passphrase')",
            env=env,
        )
    return manage("shell", "-c", SESSION_SCRIPT, env=env).strip().splitlines()[-1]


def run_lighthouse(url: str, *, desktop: bool, cookie: str | None, out: Path) -> dict:
    command = [
        str(ROOT / "node_modules" / ".bin" / "lighthouse"),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if desktop:
        command.append("--preset=desktop")
    if cookie:
        command.append("--extra-headers=" + json.dumps({"Cookie": f"sessionid={cookie}"}))
    subprocess.run(command, check=True, cwd=ROOT)  # noqa: S603
    report = json.loads(out.read_text())
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    failing = [
        audit["id"]
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") == "binary"
    ]
    return {"scores": scores, "failing_audits": failing}


def main() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="detach-lighthouse-"))
    env = {
        **os.environ,
        "DJANGO_DEBUG": "false",
        "DJANGO_MANIFEST_STATIC": "true",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium"),
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'lighthouse.sqlite3'}")
    cookie = prepare(env)
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
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        rows, worst = [], 100
        for path in PUBLIC_PAGES + SIGNED_IN_PAGES:
            signed_in = path in SIGNED_IN_PAGES
            for desktop in (False, True):
                result = run_lighthouse(
                    base + path,
                    desktop=desktop,
                    cookie=cookie if signed_in else None,
                    out=workdir / "report.json",
                )
                worst = min(worst, *result["scores"].values())
                rows.append((path, "desktop" if desktop else "phone", result))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"\n{'page':<22}{'device':<9}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for path, device, result in rows:
        scores = "".join(f"{result['scores'][c]:>16}" for c in CATEGORIES)
        flag = (
            ""
            if min(result["scores"].values()) >= BUDGET
            else "  <- " + ", ".join(result["failing_audits"])
        )
        print(f"{path:<22}{device:<9}{scores}{flag}")
    verdict = "pass" if worst >= BUDGET else "FAIL"
    print(f"\nLowest score {worst} (budget {BUDGET}): {verdict}")
    return 0 if worst >= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
