"""``{% load lines_check_in %}{% lines_check_in %}``: the daily check-in on any signed-in page
(``templates/lines/_check_in.html``), answering back to the page it is on. One query: today's
check-in."""

from django import template

from practices.lines.forms import CheckInForm
from practices.lines.selectors import check_in_on, people_with_lines

register = template.Library()


def check_in_context(user, form: CheckInForm | None = None) -> dict:
    """What ``lines/_check_in.html`` needs: today's answer (in the person's own day) and the
    form, holding today's note so that answering again keeps it unless it is changed. After a
    "Not today", ``slip_people`` lists their people with lines, to say whose line it was (one
    more query, on those days only)."""
    today_check_in = check_in_on(user, user.local_today())
    initial = {"note": today_check_in.note} if today_check_in else {}
    if today_check_in and today_check_in.person_id:
        initial["person"] = today_check_in.person
    form = form or CheckInForm(initial=initial, user=user)
    slipped = today_check_in is not None and not today_check_in.kept
    slip_people = list(people_with_lines(user)) if slipped else []
    # The select draws from this list, so rendering it makes no second query.
    form.fields["person"].widget.choices = [
        ("", form.fields["person"].empty_label),
        *((person.uuid, person.name) for person in slip_people),
    ]
    return {"today_check_in": today_check_in, "check_in_form": form, "slip_people": slip_people}


@register.inclusion_tag("lines/_check_in.html", takes_context=True)
def lines_check_in(context) -> dict:
    request = context["request"]
    return {
        **check_in_context(request.user),
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
