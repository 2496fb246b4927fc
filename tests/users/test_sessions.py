"""The sessions page names each device as a person knows it ("Firefox on Android"), every column
has a header, and the device in use is marked."""

from html.parser import HTMLParser

import pytest
from django.test import Client

from detach.users.devices import Device, describe
from tests.factories import PASSWORD
from tests.html import page_text

FIREFOX_ANDROID = "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0"
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)
EDGE_WINDOWS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"
)
CHROME_MAC = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36"
)
SAMSUNG_ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"
)
CHROME_IPAD = (
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1"
)


@pytest.mark.parametrize(
    ("user_agent", "expected"),
    [
        (FIREFOX_ANDROID, Device("Firefox", "Android")),
        (SAFARI_IPHONE, Device("Safari", "iPhone")),
        (EDGE_WINDOWS, Device("Edge", "Windows")),
        (CHROME_MAC, Device("Chrome", "macOS")),
        (SAMSUNG_ANDROID, Device("Samsung Internet", "Android")),
        (CHROME_IPAD, Device("Chrome", "iPad")),
        ("curl/8.5.0", Device("curl", "")),
        ("", Device("", "")),
        ("something nobody has ever seen", Device("", "")),
    ],
)
def test_a_user_agent_is_described_as_a_person_knows_their_browser(user_agent, expected):
    assert describe(user_agent) == expected


def signed_in_with(person, user_agent) -> Client:
    client = Client(HTTP_USER_AGENT=user_agent)
    response = client.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


class _Table(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, str, dict]]] = []
        self.cell: list | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self.cell = [tag, "", dict(attrs)]

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self.cell is not None:
            self.rows[-1].append((self.cell[0], " ".join(self.cell[1].split()), self.cell[2]))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[1] += data


def table_of(response) -> list[list[tuple[str, str, dict]]]:
    parser = _Table()
    parser.feed(response.content.decode())
    return parser.rows


@pytest.fixture
def three_devices(owner):
    signed_in_with(owner, FIREFOX_ANDROID)
    signed_in_with(owner, SAFARI_IPHONE)
    return signed_in_with(owner, EDGE_WINDOWS)


def test_the_sessions_page_names_each_device_and_never_shows_the_raw_browser_string(
    three_devices,
):
    text = page_text(three_devices.get("/accounts/sessions/"))
    assert "Firefox on Android" in text
    assert "Safari on iPhone" in text
    assert "Edge on Windows" in text
    assert "Mozilla/5.0" not in text
    assert "Gecko" not in text


def test_every_column_of_the_sessions_table_has_a_header(three_devices):
    header, *rows = table_of(three_devices.get("/accounts/sessions/"))
    assert [kind for kind, _, _ in header] == ["th"] * len(header)
    assert all(text for _, text, _ in header), header
    assert all(attrs.get("scope") == "col" for _, _, attrs in header)
    assert len(rows) == 3
    assert all(len(row) == len(header) for row in rows)


def test_the_device_in_use_is_marked_and_says_when_it_signed_in(three_devices):
    header, *rows = table_of(three_devices.get("/accounts/sessions/"))
    marked = [row for row in rows if "This device" in row[0][1]]
    assert len(marked) == 1
    assert marked[0][0][1] == "Edge on Windows This device"
    signed_in_column = [text for _, text, _ in header].index("Signed in")
    assert (
        marked[0][signed_in_column][1] in ("now", "a second ago")
        or "seconds ago" in (marked[0][signed_in_column][1])
    )
