"""Lighthouse scores (accessibility, best practices, SEO) for public and signed-in pages, on
phone and desktop. Exits non-zero when any score is under the budget.

Usage: python scripts/lighthouse.py   (what `make lighthouse` runs)
Serves the app production-like (scripts/serving.py), seeds a demo person and signs them in
through a server-side session, then runs the npm `lighthouse` 12.x CLI with Debian's Chromium
(CHROME_PATH, default /usr/bin/chromium).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import serving

BUDGET = 95
EMAIL = "lighthouse@example.org"
CATEGORIES = ["accessibility", "best-practices", "seo"]
PUBLIC_PAGES = [
    "/",
    "/help/",
    "/help/safety-plan/",
    "/help/relationship-check/",
    "/accounts/login/",
    "/accounts/signup/",
]
SIGNED_IN_PAGES = [
    "/today/",
    "/path/",
    "/path/a-blend-not-a-box/",
    "/progress/",
    "/journal/",
    "/quiz/",
]
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--disable-background-networking --disable-component-update --disable-sync --no-first-run"
)


def run_lighthouse(url: str, *, desktop: bool, cookie: str | None, out: Path) -> dict:
    command = [
        str(serving.ROOT / "node_modules" / ".bin" / "lighthouse"),
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
    subprocess.run(command, check=True, cwd=serving.ROOT)  # noqa: S603
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
    workdir = serving.workdir("detach-lighthouse-")
    env = serving.production_env(workdir)
    env["CHROME_PATH"] = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    serving.prepare(env)
    serving.seed(EMAIL, "lighthouse passphrase", 120, env)
    cookie = serving.session_for(EMAIL, env)
    rows, worst = [], 100
    with serving.gunicorn(env) as base:
        for path in PUBLIC_PAGES + SIGNED_IN_PAGES:
            for desktop in (False, True):
                result = run_lighthouse(
                    base + path,
                    desktop=desktop,
                    cookie=cookie if path in SIGNED_IN_PAGES else None,
                    out=workdir / "report.json",
                )
                worst = min(worst, *result["scores"].values())
                rows.append((path, "desktop" if desktop else "phone", result))
    print(f"\n{'page':<22}{'device':<9}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for path, device, result in rows:
        scores = "".join(f"{result['scores'][c]:>16}" for c in CATEGORIES)
        below = min(result["scores"].values()) < BUDGET
        flag = "  <- " + ", ".join(result["failing_audits"]) if below else ""
        print(f"{path:<22}{device:<9}{scores}{flag}")
    verdict = "pass" if worst >= BUDGET else "FAIL"
    print(f"\nLowest score {worst} (budget {BUDGET}): {verdict}")
    return 0 if worst >= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
