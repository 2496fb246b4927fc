"""A place on the path for ``seed_demo``: started with the history, a session or so marked done
every twelve days, finished for a history of six months or more."""

from datetime import datetime, time, timedelta

from progress.models import PathState
from progress.path.sessions import SESSIONS

DAYS_PER_SESSION = 12


def seed(user, *, first, days, rng, people) -> tuple[str, int]:
    PathState.objects.for_user(user).delete()
    marked = min(len(SESSIONS), days // DAYS_PER_SESSION)
    done = {
        session.slug: (first + timedelta(days=i * DAYS_PER_SESSION)).isoformat()
        for i, session in enumerate(SESSIONS[:marked])
    }
    finished_on = None
    if marked == len(SESSIONS):
        finished_on = first + timedelta(days=(marked - 1) * DAYS_PER_SESSION)
    PathState.objects.create(
        user=user,
        done=done,
        started_at=datetime.combine(first, time(9), tzinfo=user.zone),
        finished_on=finished_on,
    )
    return "path sessions done", marked
