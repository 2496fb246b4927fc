"""Demo letters for seed_demo: a few unsent letters over the years, most already answered."""

from datetime import datetime, time, timedelta

from practices.letters.models import Letter

BODIES = [
    "I keep drafting this in my head. I miss how things were, and I know that missing is "
    "not the same as wanting it back.",
    "You said you would call and you did not. I am angry, and I am also tired of waiting.",
    "I wanted to tell you about my day, out of habit. It was a good day. I told a friend instead.",
    "Thank you for the years that were kind. I am taking some space now, for me.",
    "Why did you leave it like that? I may never know, and I am learning to live with it.",
]
EVERY_DAYS = 20  # about one letter every three weeks


def seed(user, *, first, days, rng, people) -> tuple[str, int]:
    Letter.objects.for_user(user).delete()
    letters = []
    for offset in range(rng.randrange(EVERY_DAYS), days, EVERY_DAYS):
        day = first + timedelta(days=offset)
        written = datetime.combine(day, time(22, rng.randrange(60)), tzinfo=user.zone)
        recent = days - offset <= 2
        answer = "" if recent else rng.choice([Letter.Answer.KEEP, Letter.Answer.LATER])
        letters.append(
            Letter(
                user=user,
                person=rng.choice([*people, None]),
                body=rng.choice(BODIES),
                written_at=written,
                updated_at=written,
                asked_at=None if recent else written + timedelta(days=1),
                answered_at=None if recent else written + timedelta(days=1),
                answer=answer,
            )
        )
    Letter.objects.bulk_create(letters)
    return "unsent letters", len(letters)
