"""Demo lines for ``seed_demo``: a few lines per seeded person (some reworded, one retired) and
a check-in on most days, with slips that grow rarer over the months (never a clean record)."""

from datetime import datetime, time, timedelta

from practices.lines.models import CheckIn, Line, LineRevision

# (person's name or None, [wordings, oldest first], retired)
LINES = [
    (
        "Sam",
        [
            "I don't check their profiles.",
            "I don't check their Instagram, or anyone's photos of them.",
        ],
        False,
    ),
    ("Sam", ["I don't reread our old messages."], False),
    ("Sam", ["I don't answer if they write late at night."], True),
    (
        "Jo",
        ["We meet in a café, not at home.", "We meet in a café, for an hour, and I leave on time."],
        False,
    ),
    (
        "Mum",
        [
            "I say no to Sunday lunch when I need the day.",
            "I say no to Sunday lunch when I need the day, without a long explanation.",
        ],
        False,
    ),
    ("Mum", ["I don't take calls after 9 pm."], False),
    (None, ["I keep my phone out of the bedroom."], False),
]
SLIP_NOTES = [
    "Looked at their page after a hard day.",
    "Answered at midnight. Noticed how tired I was.",
    "Said yes when I meant no.",
    "",
    "",
]


def _at(user, day, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=user.zone)


def seed(user, *, first, days, rng, people) -> tuple[str, int]:
    Line.objects.filter(user=user).delete()
    CheckIn.objects.filter(user=user).delete()
    by_name = {person.name: person for person in people}
    lines, revisions = [], []
    for index, (name, wordings, retired) in enumerate(LINES):
        set_on = first + timedelta(days=min(index * 3, days - 1))
        reworded_on = first + timedelta(days=min(index * 3 + days // 3, days - 1))
        line = Line(
            user=user,
            person=by_name.get(name),
            text=wordings[-1],
            created_at=_at(user, set_on, 21),
            updated_at=_at(user, reworded_on if len(wordings) > 1 else set_on, 21),
            retired_at=_at(user, first + timedelta(days=days * 2 // 3), 20) if retired else None,
        )
        lines.append(line)
        for earlier in wordings[:-1]:
            revisions.append((line, earlier, line.created_at, line.updated_at))
    Line.objects.bulk_create(lines)
    LineRevision.objects.bulk_create(
        LineRevision(user=user, line=line, text=text, written_at=written, replaced_at=replaced)
        for line, text, written, replaced in revisions
    )
    check_ins = []
    for offset in range(days):
        if rng.random() < 0.12:  # a day without a check-in
            continue
        progress = offset / max(days - 1, 1)
        slipped = rng.random() < 0.28 - 0.2 * progress
        day = first + timedelta(days=offset)
        check_ins.append(
            CheckIn(
                user=user,
                day=day,
                kept=not slipped,
                note=rng.choice(SLIP_NOTES) if slipped else "",
                created_at=_at(user, day, 22),
            )
        )
    CheckIn.objects.bulk_create(check_ins, batch_size=500)
    return "line check-ins", len(check_ins)
