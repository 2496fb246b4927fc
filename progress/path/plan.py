"""The path as one person sees it: pure functions of the sessions, what they have done and
their latest quiz, with no request and no ORM.

Tailoring moves sessions inside a step, never across steps: the first session of each step
stays first (the step stands on it); after it come the sessions that lean the person's way
(by their latest quiz, and by the contact they keep with their people), then the rest in the
order written. Nothing here is due on a date: there are no deadlines and no streaks."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from progress.path.sessions import ANXIETY, AVOIDANCE, STEPS, Session, Step

# Scores are means on the quiz's 1-7 agreement scale; 4 is its neutral middle.
MIDPOINT = 4.0
# Within this distance anxiety and avoidance count as equally strong: no leaning.
TIE_MARGIN = 0.5
# Coming back after this long is greeted with "welcome back" and a short way in.
WELCOME_BACK_AFTER = timedelta(days=14)

DONE = "done"  # marked done on the path
DONE_ELSEWHERE = "done_elsewhere"  # its exercise was done with the tool, on its own
NEXT = "next"
OPEN = "open"


def leaning(scores: tuple[float, float] | None) -> str | None:
    """ANXIETY or AVOIDANCE when one is above the middle of the scale and clearly the stronger;
    None without a quiz result, when both are low, or when they are close."""
    if scores is None:
        return None
    anxiety, avoidance = scores
    if max(anxiety, avoidance) <= MIDPOINT or abs(anxiety - avoidance) < TIE_MARGIN:
        return None
    return ANXIETY if anxiety > avoidance else AVOIDANCE


def ordered(step: Step, lean: str | None, contact: frozenset[str]) -> tuple[Session, ...]:
    """The step's sessions in this person's order."""
    first, *rest = step.sessions

    def fit(session: Session) -> int:
        return (session.leans is not None and session.leans == lean) + (
            session.contact is not None and session.contact in contact
        )

    # sorted() is stable: sessions that fit equally keep the order they were written in.
    return (first, *sorted(rest, key=fit, reverse=True))


@dataclass(frozen=True)
class SessionView:
    session: Session
    status: str
    done_on: date | None  # the day it was marked done on the path

    @property
    def is_done(self) -> bool:
        return self.status in (DONE, DONE_ELSEWHERE)


@dataclass(frozen=True)
class StepView:
    step: Step
    sessions: tuple[SessionView, ...]

    @property
    def done(self) -> int:
        return sum(view.is_done for view in self.sessions)

    @property
    def is_done(self) -> bool:
        return self.done == len(self.sessions)


@dataclass(frozen=True)
class PathPlan:
    steps: tuple[StepView, ...]
    next: SessionView | None  # None once every session is done
    lean: str | None

    @property
    def sessions(self) -> tuple[SessionView, ...]:
        return tuple(view for step in self.steps for view in step.sessions)

    @property
    def done(self) -> int:
        return sum(step.done for step in self.steps)

    @property
    def total(self) -> int:
        return len(self.sessions)

    @property
    def finished(self) -> bool:
        return self.next is None

    @property
    def started(self) -> bool:
        return self.done > 0

    @property
    def next_step(self) -> StepView | None:
        if self.next is None:
            return None
        return next(s for s in self.steps if s.step.number == self.next.session.step)

    def view_of(self, slug: str) -> SessionView:
        return next(view for view in self.sessions if view.session.slug == slug)

    def neighbours(self, slug: str) -> tuple[SessionView | None, SessionView | None]:
        """The sessions before and after this one, in this person's order."""
        order = self.sessions
        index = next(i for i, view in enumerate(order) if view.session.slug == slug)
        before = order[index - 1] if index > 0 else None
        after = order[index + 1] if index + 1 < len(order) else None
        return before, after


def build_plan(
    *,
    done: Mapping[str, str],
    done_elsewhere: frozenset[str],
    scores: tuple[float, float] | None,
    contact: frozenset[str],
) -> PathPlan:
    """``done`` maps session slugs to the ISO day they were marked done; ``done_elsewhere``
    holds the evidence keys the person has records of. The next session is the first not done
    in their order: opening sessions out of order never loses their place."""
    lean = leaning(scores)

    def status(session: Session) -> tuple[str, date | None]:
        if session.slug in done:
            return DONE, date.fromisoformat(done[session.slug])
        if session.evidence is not None and session.evidence in done_elsewhere:
            return DONE_ELSEWHERE, None
        return OPEN, None

    order = [session for step in STEPS for session in ordered(step, lean, contact)]
    statuses = {session.slug: status(session) for session in order}
    upcoming = next((s for s in order if statuses[s.slug][0] == OPEN), None)
    if upcoming is not None:
        statuses[upcoming.slug] = (NEXT, None)

    steps = tuple(
        StepView(
            step, tuple(SessionView(s, *statuses[s.slug]) for s in ordered(step, lean, contact))
        )
        for step in STEPS
    )
    plan = PathPlan(steps=steps, next=None, lean=lean)
    if upcoming is not None:
        plan = PathPlan(steps=steps, next=plan.view_of(upcoming.slug), lean=lean)
    return plan


def came_back(last_active: date | None, today: date) -> bool:
    """True when the person had been active here before and not for a long while: greeted as
    welcome, with a short way back in. A first visit is not a return."""
    return last_active is not None and today - last_active >= WELCOME_BACK_AFTER
