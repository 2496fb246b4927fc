"""`{% icon "gear" %}`: a Bootstrap Icons SVG, inline.

Inline icons need no icon font (about 130 KB) and no 85 KB stylesheet listing every icon; each
page carries only the few it shows. Icons are decorative: hidden from screen readers, so the
text beside them must say what they mean.
"""

import re
from functools import cache

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe

register = template.Library()
ICON_DIR = settings.BASE_DIR / "node_modules" / "bootstrap-icons" / "icons"
NAME = re.compile(r"^[a-z0-9-]+$")


@cache
def _svg(name: str) -> str:
    name = name.removeprefix("bi-")
    if not NAME.match(name):
        raise template.TemplateSyntaxError(f"Not an icon name: {name!r}")
    path = ICON_DIR / f"{name}.svg"
    if not path.exists():
        raise template.TemplateSyntaxError(f"No Bootstrap icon called {name!r}")
    svg = path.read_text().strip()
    svg = re.sub(r'\swidth="16"\sheight="16"', ' width="1em" height="1em"', svg, count=1)
    return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


@register.simple_tag
def icon(name: str) -> str:
    return mark_safe(_svg(name))  # noqa: S308 (a file from the bootstrap-icons package)
