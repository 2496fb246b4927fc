import re
from pathlib import Path

from django.conf import settings
from django.template import Context, Template

from detach.templatetags.icons import ICON_DIR

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def test_every_icon_named_in_a_template_exists_in_the_icon_package():
    names = set()
    for template in TEMPLATES.rglob("*.html"):
        names |= set(re.findall(r'\{% icon "([a-z0-9-]+)" %\}', template.read_text()))
    assert names, "no icons found: the pattern is wrong"
    missing = sorted(n for n in names if not (ICON_DIR / f"{n.removeprefix('bi-')}.svg").exists())
    assert missing == []


def test_mood_icons_exist():
    from journal import vocabulary

    assert vocabulary.MOODS
    for mood in vocabulary.MOODS:
        assert (ICON_DIR / f"{mood.icon}.svg").exists()


def test_an_icon_is_inline_svg_hidden_from_screen_readers():
    html = Template('{% icon "gear" %}').render(Context())
    assert html.startswith('<svg aria-hidden="true" focusable="false"')
    assert 'width="1em"' in html


def test_no_template_uses_the_icon_font_any_more():
    offenders = [str(t) for t in TEMPLATES.rglob("*.html") if '<i class="bi' in t.read_text()]
    assert offenders == []
