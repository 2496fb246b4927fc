"""Writes to the person's place on the path, each from a POST. Each takes the row lock, so two
tabs marking two sessions at once both count."""

from datetime import date

from django.db import transaction

from progress.models import PathState
from progress.path.sessions import Session


def _locked_state(user) -> PathState:
    state, _created = PathState.objects.select_for_update().get_or_create(user=user)
    return state


def mark_done(*, user, session: Session, today: date, finishes: bool) -> PathState:
    """Mark the session done (keeping the first day it was); ``finishes`` says that with it
    every session counts as done, sessions done on their own included."""
    with transaction.atomic():
        state = _locked_state(user)
        state.done = {**state.done, session.slug: state.done.get(session.slug, today.isoformat())}
        if finishes and state.finished_on is None:
            state.finished_on = today
        state.last_marked_on = today
        state.save(update_fields=["done", "finished_on", "last_marked_on"])
    return state


def mark_not_done(*, user, session: Session) -> PathState:
    with transaction.atomic():
        state = _locked_state(user)
        state.done = {slug: day for slug, day in state.done.items() if slug != session.slug}
        state.save(update_fields=["done"])
    return state
