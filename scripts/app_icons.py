"""Draws the PNG app icons (home screen, maskable, Apple touch) from the SVGs in static/img/.

Run after changing static/img/app-icon*.svg: `.venv/bin/python scripts/app_icons.py`. The PNGs are
committed, so neither the app nor CI needs a browser to have them. Uses Playwright with Debian's
Chromium, like the browser tests."""

from pathlib import Path

from playwright.sync_api import sync_playwright

IMG = Path(__file__).resolve().parent.parent / "static" / "img"
ICONS = [
    ("app-icon.svg", "app-icon-192.png", 192),
    ("app-icon.svg", "app-icon-512.png", 512),
    ("app-icon-maskable.svg", "app-icon-maskable-192.png", 192),
    ("app-icon-maskable.svg", "app-icon-maskable-512.png", 512),
    ("app-icon-maskable.svg", "apple-touch-icon.png", 180),
]


def main() -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        for source, target, size in ICONS:
            page = browser.new_page(viewport={"width": size, "height": size})
            svg = (IMG / source).read_text()
            page.set_content(
                f"<style>html,body{{margin:0;background:transparent}}svg{{display:block;"
                f"width:{size}px;height:{size}px}}</style>{svg}"
            )
            page.screenshot(path=str(IMG / target), omit_background=True)
            page.close()
            print(f"{target}: {size}×{size}")
        browser.close()


if __name__ == "__main__":
    main()
