"""``{% load journal_check_in %}{% journal_check_in latest %}``: the ten-second check-in
(``templates/journal/_check_in.html``) on a page of another app, answering back to that page.
No query of its own: the page passes the mood of today's latest check-in
(``journal.selectors.latest_check_in_mood``), read with the rest of what it shows."""

from django import template

from journal.care import care_line
from journal.forms import CheckInForm
from journal.vocabulary import LOWEST_MOOD, Mood

register = template.Library()


def check_in_context(user, latest: Mood | None, form: CheckInForm | None = None) -> dict:
    """What ``journal/_check_in.html`` needs: today's latest check-in (to say so, and to keep
    the quiet care line in view after a "Very low"), the form, and the person's crisis line."""
    very_low_today = latest is not None and latest.value == LOWEST_MOOD
    return {
        "latest_check_in": latest,
        "check_in_form": form or CheckInForm(very_low_today=very_low_today),
        "care_line": care_line(user),
    }


@register.inclusion_tag("journal/_check_in.html", takes_context=True)
def journal_check_in(context, latest: Mood | None) -> dict:
    request = context["request"]
    return {
        **check_in_context(request.user, latest),
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
