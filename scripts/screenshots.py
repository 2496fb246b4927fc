"""Full-page screenshots of Detach pages at desktop and phone widths, for looking at.

Usage: python scripts/screenshots.py BASE_URL OUTPUT_DIR [PATH ...]
Signs in as SCREENSHOT_EMAIL / SCREENSHOT_PASSWORD when both are set (create the person first,
for example with `manage.py seed_demo`), and captures each PATH in light and dark mode.
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main() -> None:
    base, out, *paths = sys.argv[1:]
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    email, password = os.environ.get("SCREENSHOT_EMAIL"), os.environ.get("SCREENSHOT_PASSWORD")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"), args=ARGS
        )
        for scheme in ("light", "dark"):
            for size_name, viewport in SIZES.items():
                context = browser.new_context(viewport=viewport, base_url=base, color_scheme=scheme)
                page = context.new_page()
                if email and password:
                    page.goto("/accounts/login/")
                    page.fill("#id_login", email)
                    page.fill("#id_password", password)
                    page.click("button[type=submit]")
                    page.wait_for_load_state()
                for path in paths or ["/"]:
                    page.goto(path)
                    page.wait_for_load_state("networkidle")
                    slug = path.strip("/").replace("/", "_").replace("?", "_") or "home"
                    page.screenshot(
                        path=out_dir / f"{slug}-{size_name}-{scheme}.png", full_page=True
                    )
                context.close()
        browser.close()


if __name__ == "__main__":
    main()
