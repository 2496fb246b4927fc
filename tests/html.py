"""Reading a page as a person does: its visible text, with entities decoded.

Compare what a person wrote (or a prompt, a question) with ``page_text(html)``, never with the raw
HTML: templates escape apostrophes and ampersands, so raw text stops matching on the day the
words contain one."""

from html.parser import HTMLParser

SKIPPED = {"script", "style", "template"}


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self._skipping += 1

    def handle_endtag(self, tag):
        if tag in SKIPPED and self._skipping:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def page_text(html) -> str:
    """The text of ``html`` (a string, bytes or a response) with runs of whitespace as one space."""
    if hasattr(html, "content"):
        html = html.content
    if isinstance(html, bytes):
        html = html.decode()
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())
