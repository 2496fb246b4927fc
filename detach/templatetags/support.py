"""Two addresses every page and every email carries: "Leave quickly" and the support page.

Template tags rather than context processors: error pages (a CSRF failure, say) are rendered
without the request's context processors, and still need both.
"""

from django import template
from django.conf import settings
from django.urls import reverse

from detach import support_lines

register = template.Library()


@register.simple_tag
def quick_exit_url() -> str:
    """``{% quick_exit_url %}``: the neutral page "Leave quickly" goes to (QUICK_EXIT_URL)."""
    return settings.QUICK_EXIT_URL


@register.simple_tag(takes_context=True)
def support_url(context) -> str:
    """``{% support_url %}``: the absolute address of the support page, for emails. From the
    request when there is one (as allauth builds its own links), else from SITE_URL."""
    path = reverse("help")
    request = context.get("request")
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.SITE_URL + path


@register.inclusion_tag("pages/_support_lines.html", takes_context=True)
def support_lines_for_person(context, heading: str = "h4") -> dict:
    """``{% support_lines_for_person heading="h3" %}``: the checked lines for where the person
    is (their time zone's country first, then anywhere), or every country's for a visitor, each
    country under a heading of the level that fits the page."""
    user = getattr(context.get("request"), "user", None)
    zone = user.timezone if user is not None and user.is_authenticated else None
    return {"groups": support_lines.groups_for_zone(zone), "named": True, "heading": heading}
