"""A readable name for the browser behind a user-agent string ("Firefox", "Android"), through
ua-parser's maintained rules rather than patterns of our own. The words around the names ("on",
what to say when nothing is recognised) are in ``users/_device.html``."""

import re
from dataclasses import dataclass
from functools import lru_cache

from ua_parser import parse

# ua-parser's family names, as a person knows their browser and system.
BROWSERS = {
    "Mobile Safari": "Safari",
    "Mobile Safari UI/WKWebView": "Safari",
    "HeadlessChrome": "Chrome",
    "Chrome Mobile WebView": "Chrome",
    "Edge Mobile": "Edge",
}
SYSTEMS = {"Mac OS X": "macOS", "Chrome OS": "ChromeOS"}
# On these, the device says more than the system ("iPhone" rather than "iOS").
NAMED_DEVICES = {"iPhone", "iPad"}
UNKNOWN = {"", "Other", "Generic"}


@dataclass(frozen=True)
class Device:
    browser: str = ""  # empty when not recognised
    system: str = ""


def _browser_name(family: str) -> str:
    if family in BROWSERS:
        return BROWSERS[family]
    # "Firefox Mobile", "Chrome Mobile iOS", "Firefox iOS": the browser is what a person knows.
    return " ".join(re.sub(r"\b(Mobile|iOS)\b", " ", family).split())


@lru_cache(maxsize=512)
def describe(user_agent: str) -> Device:
    result = parse(user_agent or "")
    browser = result.user_agent.family if result.user_agent else ""
    system = result.os.family if result.os else ""
    device = result.device.family if result.device else ""
    if device in NAMED_DEVICES:
        system = device
    return Device(
        browser="" if browser in UNKNOWN else _browser_name(browser),
        system="" if system in UNKNOWN else SYSTEMS.get(system, system),
    )
