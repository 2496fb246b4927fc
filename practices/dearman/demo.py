"""Demo clear requests for seed_demo: a few a year, for the people contact goes on with."""

from datetime import datetime, time, timedelta

from detach.people.models import Person
from practices.dearman.models import ClearRequest

REQUESTS = [
    {
        "describe": "Last Sunday you called three times during dinner.",
        "express": "I felt cornered, and I could not enjoy the evening.",
        "ask": "Please call once, and I will call back when I can.",
        "reinforce": "Then when we talk I can really listen.",
        "hold_to": "One call, and I call back.",
        "negotiate": "I can set a regular time on Sundays.",
    },
    {
        "describe": "When we meet, the conversation turns to my old relationship.",
        "express": "I feel pulled back into it.",
        "ask": "I would like us to talk about other things for now.",
        "reinforce": "I will enjoy our time together much more.",
        "hold_to": "",
        "negotiate": "",
    },
]
EVERY_DAYS = 120


def seed(user, *, first, days, rng, people) -> tuple[str, int]:
    ClearRequest.objects.for_user(user).delete()
    in_contact = [p for p in people if p.contact != Person.Contact.NO_CONTACT] or [None]
    rows = []
    for offset in range(rng.randrange(EVERY_DAYS), days, EVERY_DAYS):
        made = datetime.combine(first + timedelta(days=offset), time(19), tzinfo=user.zone)
        rows.append(
            ClearRequest(
                user=user,
                person=rng.choice(in_contact),
                created_at=made,
                updated_at=made,
                **rng.choice(REQUESTS),
            )
        )
    ClearRequest.objects.bulk_create(rows)
    return "clear requests", len(rows)
