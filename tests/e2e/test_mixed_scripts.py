"""Arabic reads right to left in a real browser, next to English that reads left to right
(issue 14, item 4): the browser works the direction out from each text's own letters."""

import re

from journal.models import Entry
from tests.journal.factories import EntryFactory

ARABIC = "أشعر بالهدوء اليوم، وكتبت رسالة لم أرسلها."
ENGLISH = "A calm morning by the harbour, and a letter I did not send."
DIRECTION = "el => getComputedStyle(el).direction"


def direction(locator) -> str:
    return locator.evaluate(DIRECTION)


def test_an_arabic_entry_reads_right_to_left_and_an_english_one_left_to_right(signed_in_page):
    page = signed_in_page
    english = EntryFactory(user=page.user, body=ENGLISH)

    page.goto("/journal/new/")
    page.locator("#id_body").fill(ARABIC)
    assert direction(page.locator("#id_body")) == "rtl"  # the box follows what is typed
    page.locator("#id_new_tags").fill("عائلة")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url(re.compile(r"/journal/[0-9a-f-]{36}/$"))
    assert ARABIC in [entry.body for entry in Entry.objects.filter(user=page.user)]
    assert direction(page.locator(".journal-text")) == "rtl"
    assert direction(page.locator(".tag-chip")) == "rtl"

    page.goto("/journal/")
    arabic_row = page.locator(".journal-row", has_text=ARABIC)
    english_row = page.locator(".journal-row", has_text=ENGLISH)
    assert direction(arabic_row.locator(".journal-snippet")) == "rtl"
    assert direction(english_row.locator(".journal-snippet")) == "ltr"

    page.goto(english.get_absolute_url())
    assert direction(page.locator(".journal-text")) == "ltr"
