"""Chromium itself says Detach can be installed: no installability errors, manifest read.

Installing is not offered in an incognito profile, so this test opens a real (throw-away)
profile instead of the shared browser's fresh contexts."""

import pytest

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP


@pytest.fixture
def profile_page(chromium_browser, live_server, tmp_path):
    context = chromium_browser.browser_type.launch_persistent_context(
        str(tmp_path / "profile"),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        viewport=DESKTOP,
        base_url=live_server.url,
    )
    yield context.pages[0] if context.pages else context.new_page()
    context.close()


def test_chromium_finds_nothing_stopping_detach_being_installed(profile_page):
    profile_page.goto("/")
    profile_page.wait_for_load_state("networkidle")
    cdp = profile_page.context.new_cdp_session(profile_page)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert errors == [], errors
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == []
    assert manifest["url"].endswith("/manifest.webmanifest")
