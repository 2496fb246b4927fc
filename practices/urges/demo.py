"""Years of urges for ``seed_demo``: many early on, mostly about the ex, often acted on; fewer
later, mostly ridden out, and calmer after the pause."""

from datetime import datetime, time, timedelta

from practices.urges.models import Kind, Outcome, Urge

INSTEAD = [
    "Made tea and stood by the window until it eased.",
    "Texted my sister instead.",
    "Went for a short walk around the block.",
    "Wrote the message in my journal and left it there.",
    "Put the phone in the other room and watched an episode.",
    "",
    "",
]
TOWARDS = [Kind.TEXT_OR_CALL, Kind.CHECK_PROFILE, Kind.REREAD, Kind.GO_WHERE_THEY_ARE]
AWAY = [Kind.PULL_AWAY, Kind.CANCEL_PLANS, Kind.SHUT_DOWN]
OWN_WORDS = ["Look up where they are working now", "Ask them if they miss me"]


def seed(user, *, first, days, rng, people) -> tuple[str, int]:
    Urge.objects.for_user(user).delete()
    ex, parent, friend = (people + [None, None, None])[:3]
    urges = []
    for offset in range(days):
        progress = offset / max(days - 1, 1)
        # Early on about one urge a day, later one or two a week.
        if rng.random() > 0.9 - 0.72 * progress:
            continue
        day = first + timedelta(days=offset)
        hour = rng.choice([8, 13, 19, 21, 22, 23])
        started_at = datetime.combine(day, time(hour, rng.randrange(60)), tzinfo=user.zone)
        roll = rng.random()
        if roll < 0.65:
            person, kind = ex, rng.choice(TOWARDS)
        elif roll < 0.8:
            person, kind = parent, rng.choice(AWAY)
        elif roll < 0.95:
            person, kind = friend, rng.choice(TOWARDS + AWAY)
        else:
            person, kind = ex, Kind.OWN_WORDS
        before = max(2, min(10, round(8.5 - 3 * progress + rng.uniform(-2, 2))))
        answered = rng.random() < 0.9
        outcome, after, instead = "", None, ""
        if answered:
            ride_chance = 0.45 + 0.45 * progress
            if rng.random() < ride_chance:
                outcome = rng.choice([Outcome.PASSED, Outcome.OTHER])
                after = max(0, before - rng.randint(1, 5))
                if outcome == Outcome.OTHER:
                    instead = rng.choice(INSTEAD)
            else:
                outcome = Outcome.REACHED_OUT
                after = max(0, min(10, before + rng.randint(-2, 1)))
        minutes = rng.choice([5, 10, 10, 10, 15, 20])
        urges.append(
            Urge(
                user=user,
                person=person,
                kind=kind,
                own_words=rng.choice(OWN_WORDS) if kind == Kind.OWN_WORDS else "",
                intensity_before=before,
                pause_minutes=minutes,
                started_at=started_at,
                started_on=day,
                outcome=outcome,
                intensity_after=after,
                instead=instead,
                answered_at=started_at + timedelta(minutes=minutes + 2) if answered else None,
            )
        )
    Urge.objects.bulk_create(urges, batch_size=500)
    return "urges", len(urges)
