"""Attribute values of a rendered page, decoded as a browser reads them (``aria-label`` and the
like), so a test compares them with what a person wrote rather than with escaped HTML."""

from html.parser import HTMLParser


class _AttributeParser(HTMLParser):
    def __init__(self, name: str):
        super().__init__(convert_charrefs=True)
        self.name = name
        self.values: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.values.extend(value for key, value in attrs if key == self.name and value is not None)


def attribute_values(html, name: str) -> list[str]:
    """Every value of the attribute ``name`` in ``html`` (a string or a response)."""
    if hasattr(html, "content"):
        html = html.content.decode()
    parser = _AttributeParser(name)
    parser.feed(html)
    parser.close()
    return parser.values
