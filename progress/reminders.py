"""What the reminders (``detach.users``) need from the path, found by convention so that the
kernel never imports progress: the next session's title, length and address, and the last day
the person marked a session done. All of it is added to the people queryset in SQL, so the reminder
run stays one query however many people asked for the nudge.

Only our own content and dates come out of here: the session titles are Detach's words, and
the path keeps no free text, so a reminder built from these cannot quote the person."""

from collections.abc import Callable

from django.db.models import Case, F, IntegerField, Q, TextField, Value, When

from progress.path.sessions import SESSIONS, Session


def _not_done(session: Session) -> Q:
    return ~Q(path_state__done__has_key=session.slug)


def _next_session(value: Callable[[Session], Value]) -> Case:
    """``value`` of the session the email should name, or NULL once the path is finished.

    The first session in the path's written order not marked done (the first of all for
    someone who never marked one). The page may order the rest of a step by the person's quiz
    and count an exercise done on its own; SQL does not know those, so the email can name a
    session the page would put later or count as done already; it is still a session of the
    path the person has not marked, and the link opens it."""
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
