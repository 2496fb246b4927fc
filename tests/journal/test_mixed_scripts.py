"""Arabic or Hebrew words read right to left: each text a person wrote sits in an element with
``dir="auto"`` on the list, the entry page and the search results (issue 14, item 4)."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.journal.factories import EntryFactory, TagFactory

pytestmark = pytest.mark.django_db
INDEX = reverse("journal:index")

TITLE = "رسالة لنفسي"
BODY = "أشعر بالهدوء اليوم، وكتبت رسالة لم أرسلها."
TAG = "عائلة"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _DirAutoTexts(HTMLParser):
    """(tag, visible text) of every element marked ``dir="auto"``."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, list[str] | None]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.open.append((tag, [] if dict(attrs).get("dir") == "auto" else None))

    def handle_startendtag(self, tag, attrs):
        pass  # <path/> inside an icon: no text

    def handle_endtag(self, tag):
        while self.open:
            name, parts = self.open.pop()
            if parts is not None:
                self.found.append((name, " ".join("".join(parts).split())))
            if name == tag:
                break

    def handle_data(self, data):
        for _, parts in self.open:
            if parts is not None:
                parts.append(data)


def dir_auto_texts(response) -> list[tuple[str, str]]:
    assert response.status_code == 200
    parser = _DirAutoTexts()
    parser.feed(response.content.decode())
    parser.close()
    return parser.found


def holds(found: list[tuple[str, str]], text: str, tag: str | None = None) -> bool:
    """Some element with dir="auto" holds exactly ``text`` (and nothing else)."""
    return any(held == text and (tag is None or name == tag) for name, held in found)


@pytest.fixture
def arabic_entry(owner):
    tag = TagFactory(user=owner, name=TAG)
    return EntryFactory(user=owner, title=TITLE, body=BODY, tags=[tag])


def test_the_list_shows_an_arabic_title_body_and_tag_each_in_its_own_direction(
    owner_client, arabic_entry
):
    found = dir_auto_texts(owner_client.get(INDEX))
    assert holds(found, TITLE, "h3")
    assert holds(found, BODY, "p")
    assert holds(found, TAG, "a")  # the tag chip
    assert any(name == "select" and TAG in held for name, held in found)  # the tag filter


def test_the_entry_page_shows_an_arabic_title_body_and_tag_each_in_its_own_direction(
    owner_client, arabic_entry
):
    found = dir_auto_texts(owner_client.get(arabic_entry.get_absolute_url()))
    assert holds(found, TITLE, "h1")
    assert holds(found, BODY, "div")
    assert holds(found, TAG, "a")


def test_search_results_show_an_arabic_title_excerpt_and_tag_each_in_its_own_direction(
    owner_client, arabic_entry
):
    EntryFactory(user=arabic_entry.user, body="An English day, nothing to find.")
    found = dir_auto_texts(owner_client.get(INDEX, {"q": "بالهدوء"}))
    assert holds(found, TITLE, "h3")
    assert holds(found, BODY, "p")  # the excerpt, with the matched word marked inside it
    assert holds(found, TAG, "a")
    assert not any("English day" in held for _, held in found)
