"""What the reminders (``detach.users``) need from the path, found by convention so that the
kernel never imports progress: the next session's title, length and address, and the last day
the person marked a session done. All of it is added to the people queryset in SQL, so the reminder
run stays one query however many people asked for the nudge.

Only our own content and dates come out of here: the session titles are Detach's words, and
the path keeps no free text, so a reminder built from these cannot quote the person."""

from collections.abc import Callable

from django.db.models import Case, F, IntegerField, Q, TextField, Value, When

from progress.path.evidence import read_plan
from progress.path.sessions import SESSIONS, Session


def _not_done(session: Session) -> Q:
    return ~Q(path_state__done__has_key=session.slug)


def _next_session(value: Callable[[Session], Value]) -> Case:
    """``value`` of the session the email should name, or NULL once the path is finished.

    The first session in the path's written order not marked done (the first of all for
    someone who never marked one). It decides, for everyone at once, who may get the nudge;
    the page orders a step by the person's quiz and counts an exercise done on its own, which
    SQL does not know, so ``next_path_session`` names the session for the few it goes to."""
    return Case(
        When(path_state__finished_on__isnull=False, then=Value(None)),
        *(When(_not_done(session), then=value(session)) for session in SESSIONS),
        default=Value(None),
    )


def annotate_people(people):
    """Adds ``path_next_title``, ``path_next_minutes``, ``path_next_url`` (None once the path
    is finished) and ``path_last_marked_on`` (None if they never marked a session) to each
    person."""
    return people.annotate(
        path_next_title=_next_session(lambda s: Value(s.title, output_field=TextField())),
        path_next_minutes=_next_session(lambda s: Value(s.minutes, output_field=IntegerField())),
        path_next_url=_next_session(
            lambda s: Value(s.get_absolute_url(), output_field=TextField())
        ),
        path_last_marked_on=F("path_state__last_marked_on"),
    )


def next_path_session(person) -> tuple[str, int, str] | None:
    """The title, minutes and address of the session Today offers this person (their order,
    exercises done on their own counted), or None when none waits: one query, asked only for
    someone the nudge is about to go to, so the email and Today always name the same session."""
    _facts, plan = read_plan(person)
    if plan.next is None:
        return None
    session = plan.next.session
    return session.title, session.minutes, session.get_absolute_url()
