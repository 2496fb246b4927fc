"""The fulfilment page's repeated pieces of HTML: activity rows, map links, then-and-now rows.

Made in Python rather than by template includes and loops: a week's plan and the history show
up to seventeen activities, the history a dozen maps, and the template work per row was most of
the page's cost (see docs/performance.md). Every piece of the person's text goes through
``format_html``, so it is escaped.
"""

from collections.abc import Iterable
from datetime import date

from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from detach.links import uuid_links
from detach.templatetags.icons import icon
from practices.map_charts import ThenNow
from practices.models import (
    Activity,
    BreathingSession,
    ExpectationCheck,
    FulfillmentMap,
    NotingPractice,
)


def activity_rows(activities: Iterable[Activity], today: date, *, notes: bool) -> list[SafeString]:
    """Each activity as an ``<li>``: done or planned, when, its area, its note (with
    ``notes``) and its buttons, each naming the activity for screen readers."""
    done_url, edit_url, delete_url = (
        uuid_links(f"practices:activity_{name}") for name in ("done", "edit", "delete")
    )
    rows = []
    for activity in activities:
        done = activity.is_done
        day = activity.done_on if done else activity.planned_for
        label = "today" if day == today and not done else f"{day:%A} {day.day} {day:%B}"
        when = format_html('<time datetime="{}">{}</time>', day.isoformat(), label)
        if done:
            status = format_html(
                '<span class="activity-done-icon">{}</span> '
                '<span class="visually-hidden">Done:</span>',
                icon("check-circle-fill"),
            )
            duration = f" · {activity.duration_display}" if activity.duration_seconds else ""
            detail = format_html("Done on {} · enjoyed {}/10{}", when, activity.enjoyment, duration)
            buttons = format_html(
                '<a class="btn btn-sm btn-outline-secondary" href="{}">Edit log'
                '<span class="visually-hidden">: {}</span></a>',
                done_url(activity.uuid),
                activity.title,
            )
        else:
            status = format_html('{} <span class="visually-hidden">Planned:</span>', icon("circle"))
            detail = format_html("Planned for {}", when)
            buttons = format_html(
                '<a class="btn btn-sm btn-primary" href="{}">Log as done'
                '<span class="visually-hidden">: {}</span></a> '
                '<a class="btn btn-sm btn-outline-secondary" href="{}">Edit'
                '<span class="visually-hidden">: {}</span></a>',
                done_url(activity.uuid),
                activity.title,
                edit_url(activity.uuid),
                activity.title,
            )
        area = f" · {activity.area_name}" if activity.area_name else ""
        note = (
            format_html('<p class="small mb-0 activity-note">{}</p>', linebreaksbr(activity.note))
            if notes and activity.note
            else ""
        )
        rows.append(
            format_html(
                '<li class="activity-item{}">'
                '<div class="d-flex flex-wrap gap-2 justify-content-between align-items-start">'
                '<div><p class="mb-0">{} <strong class="activity-title">{}</strong></p>'
                '<p class="small text-body-secondary mb-0">{}{}</p>{}</div>'
                '<div class="d-flex gap-1 flex-shrink-0">{} '
                '<a class="btn btn-sm btn-outline-danger" href="{}" aria-label="Delete: {}">{}</a>'
                "</div></div></li>",
                " is-done" if done else "",
                status,
                activity.title,
                detail,
                area,
                note,
                buttons,
                delete_url(activity.uuid),
                activity.title,
                icon("trash"),
            )
        )
    return rows


def map_links(maps: list[FulfillmentMap]) -> SafeString:
    """Each map as a link to its page, newest first, as the items of an inline list."""
    link = uuid_links("practices:map_detail")
    return format_html_join(
        "",
        '<li class="list-inline-item"><a href="{}">{}</a></li>',
        ((link(m.uuid), f"{m.taken_on.day} {m.taken_on:%b %Y}") for m in reversed(maps)),
    )


def then_now_rows(rows: list[ThenNow]) -> SafeString:
    """The then-and-now table's body: each area's fulfilment on the first and latest map."""
    cells = []
    for row in rows:
        if row.change > 0:
            change = format_html("{} up {}", icon("arrow-up-right"), row.change)
        elif row.change < 0:
            change = format_html("{} down {}", icon("arrow-down-right"), row.size)
        else:
            change = "same"
        cells.append((row.name, row.then, row.now, change))
    return format_html_join(
        "",
        '<tr><th scope="row">{}</th><td>{}</td><td>{}</td><td class="text-nowrap">{}</td></tr>',
        cells,
    )


def cut(text: str, limit: int) -> str:
    """``text`` at most ``limit`` characters long, ending with "…" when cut (as the
    ``truncatechars`` filter does)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_rows(checks: Iterable[ExpectationCheck]) -> list[SafeString]:
    """Each expectation check as a card: when, whom it concerns, the expectation and its
    reframe (shortened), how realistic and in whose control, and whether it was revisited."""
    detail_url, revisit_url = (
        uuid_links("practices:check_detail"),
        uuid_links("practices:check_revisit"),
    )
    rows = []
    for check in checks:
        day = check.practiced_on
        concerns = format_html(" · about {}", check.concerns) if check.concerns else ""
        if check.revisited_on:
            revisited = format_html(
                "{} revisited {} {}",
                icon("check2"),
                check.revisited_on.day,
                f"{check.revisited_on:%b}",
            )
        else:
            revisited = format_html('<a href="{}">Note how it went</a>', revisit_url(check.uuid))
        rows.append(
            format_html(
                '<li class="card card-calm mb-2"><div class="card-body">'
                '<p class="small text-body-secondary mb-1"><time datetime="{}">{}</time>{}</p>'
                '<h3 class="h6 mb-1"><a href="{}">{}</a></h3>'
                '<p class="mb-1"><span class="text-body-secondary">Reframed:</span> {}</p>'
                '<p class="small mb-0">Realistic: {}/10 · In my control: {} · {}</p>'
                "</div></li>",
                day.isoformat(),
                f"{day.day} {day:%B %Y}",
                concerns,
                detail_url(check.uuid),
                cut(check.expectation, 140),
                cut(check.reframe, 160),
                check.realism,
                check.get_control_display().lower(),
                revisited,
            )
        )
    return rows


def session_rows(sessions: Iterable[BreathingSession], today: date) -> list[SafeString]:
    """Each breathing session as a table row: when, the pattern, how long, calm before and
    after (and the change, on wider screens), and a delete button naming the day."""
    delete_url = uuid_links("practices:session_delete")
    rows = []
    for session in sessions:
        day = session.practiced_on
        short = f"{day.day} {day:%b}" if day.year == today.year else f"{day.day} {day:%b %Y}"
        change = session.calm_change
        change_note = (
            format_html(
                ' <span class="calm-change d-none d-sm-inline">({}{})</span>',
                "+" if change > 0 else "",
                change,
            )
            if change
            else ""
        )
        rows.append(
            format_html(
                '<tr><th scope="row" class="text-nowrap"><time datetime="{}">{}</time></th>'
                '<td>{}</td><td class="text-nowrap">{}</td>'
                '<td class="text-nowrap">{} → {}{}</td>'
                '<td><a class="btn btn-sm btn-outline-danger" href="{}" '
                'aria-label="Delete the session of {}">{}</a></td></tr>',
                day.isoformat(),
                short,
                session.pattern_name,
                session.duration_display,
                session.calm_before,
                session.calm_after,
                change_note,
                delete_url(session.uuid),
                f"{day.day} {day:%B %Y}",
                icon("trash"),
            )
        )
    return rows


def noting_rows(notings: Iterable[NotingPractice]) -> list[SafeString]:
    """Each noting practice as a card: when and what kind, the name given to the feeling,
    what was noticed, how strong before and after, and the acceptance and letting go."""
    delete_url = uuid_links("practices:noting_delete")
    rows = []
    for noting in notings:
        day = f"{noting.practiced_on.day} {noting.practiced_on:%B %Y}"
        after = (
            format_html(" → {}", noting.intensity_after)
            if noting.intensity_after is not None
            else ""
        )
        letting_go = format_html(" · {}", noting.letting_go) if noting.letting_go else ""
        rows.append(
            format_html(
                '<li class="card card-calm mb-2"><div class="card-body">'
                '<div class="d-flex justify-content-between gap-2">'
                '<p class="small text-body-secondary mb-1"><time datetime="{}">{}</time> · {}</p>'
                '<a class="btn btn-sm btn-outline-danger" href="{}" '
                'aria-label="Delete the noting practice of {}">{}</a></div>'
                '<h3 class="h6 mb-1">“{}”</h3><p class="mb-1">{}</p>'
                '<p class="small mb-0">Strength {}{} · {}{}</p></div></li>',
                noting.practiced_on.isoformat(),
                day,
                noting.get_kind_display(),
                delete_url(noting.uuid),
                day,
                icon("trash"),
                noting.name,
                linebreaksbr(noting.noticed),
                noting.intensity_before,
                after,
                noting.get_acceptance_display(),
                letting_go,
            )
        )
    return rows
