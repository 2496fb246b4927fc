"""A person with a realistic history, for demos, screenshots and the benchmark.

    manage.py seed_demo --email demo@example.org --password "a long passphrase" --days 365

Creates the person (or empties and refills their history): a quiz every few weeks drifting
slowly towards security, journal entries on most days with moods, emotions and tags, breathing
and noting sessions, expectation checks, fulfilment maps and activities, and three people they
are working on. Rows go in with bulk inserts, so five years take well under a minute.

The in-the-moment apps (urges, letters, lines) fill their own part: each offers a
``demo.seed(user, *, first, days, rng, people) -> (what, count)`` listed in ``DEMO_PARTS``.
"""

import math
import random
from datetime import datetime, time, timedelta
from importlib import import_module

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from detach.people.models import Person
from journal.blind_index import index_entries
from journal.models import Entry, Tag, tag_name_key
from journal.prompt_bank import PROMPTS
from journal.vocabulary import EMOTIONS
from practices.areas import AREAS
from practices.models import (
    Activity,
    AreaRating,
    BreathingSession,
    ExpectationCheck,
    FulfillmentMap,
    NotingPractice,
)
from quiz import questionnaire as q
from quiz.models import Attempt

TAG_NAMES = ["work", "family", "friends", "evenings", "sleep", "them", "weekend", "walks"]
OPENINGS = [
    "Woke up thinking about the message I did not get.",
    "A quieter day. I went for a walk before work and noticed the trees turning.",
    "I caught myself checking my phone again and put it in the drawer for an hour.",
    "Dinner with an old friend. I laughed more than I have in weeks.",
    "Felt the familiar knot when plans changed at the last minute.",
    "I tried the breathing pacer before bed and slept a little better.",
    "Wrote down what I expected of them today, and most of it was about me.",
    "Spent the afternoon painting. Nobody needed to see it.",
]
MIDDLES = [
    "The worry came in waves, and each one passed a bit sooner than the last.",
    "I noticed the urge to send another message and let it sit for ten minutes.",
    "It is strange how much lighter the day feels when I plan something for myself.",
    "I reminded myself that a slow reply is not a verdict on me.",
    "Part of me wanted to pull away completely; I stayed and said one honest thing.",
]
EXPECTATIONS = [
    ("They should always answer within the hour.", "I would like a reply when they can."),
    ("They must never be in a bad mood around me.", "I can ask how they are, and let them be."),
    ("They should know what I need without asking.", "I will say what I need, kindly."),
    ("They should always make me feel better.", "I can soothe myself first, then reach out."),
]
ACTIVITIES = [
    ("friends", "Coffee with Sam"),
    ("body", "Swim at the lido"),
    ("creativity", "Sketch for an hour"),
    ("nature", "Walk by the river"),
    ("learning", "Spanish lesson"),
    ("rest", "A slow morning alone"),
    ("community", "Volunteer at the garden"),
    ("family", "Call my sister"),
]
PEOPLE = [
    ("Sam", Person.Relationship.EX_PARTNER, Person.Contact.NO_CONTACT),
    ("Mum", Person.Relationship.PARENT, Person.Contact.CLOSE),
    ("Jo", Person.Relationship.FRIEND, Person.Contact.LIMITED),
]
# Modules with ``seed(user, *, first, days, rng, people)``, each deleting its rows first.
DEMO_PARTS: list[str] = [
    "practices.letters.demo",
    "practices.dearman.demo",
    "practices.urges.demo",
    "practices.lines.demo",
    "progress.path.demo",
]
NOTICED = [
    ("A thought: they are losing interest", "worry"),
    ("Tight chest", "anxiety"),
    ("Urge to check their profile", "longing"),
    ("Heavy, slow feeling", "sadness"),
]


class Command(BaseCommand):
    help = "Create or refill a demo person with N days of realistic history."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument("--password", required=True)
        parser.add_argument("--days", type=int, default=365)
        parser.add_argument("--seed", type=int, default=7, help="random seed, for repeatable data")

    def handle(self, *args, email, password, days, seed, **options):
        if days < 1:
            raise CommandError("--days must be at least 1.")
        rng = random.Random(seed)
        with transaction.atomic():
            user = self.person(email, password)
            today = user.local_today()
            first = today - timedelta(days=days - 1)
            # The person has been here as long as their history.
            user.date_joined = self.at(user, first, 9)
            user.save(update_fields=["date_joined"])
            people = self.people(user, first)
            counts = {
                "people": len(people),
                "quiz results": self.quizzes(user, first, days, rng),
                "journal entries": self.journal(user, first, days, rng),
                "practice records": self.practices(user, first, days, rng),
            }
            for part in DEMO_PARTS:
                what, count = import_module(part).seed(
                    user, first=first, days=days, rng=rng, people=people
                )
                counts[what] = count
        summary = ", ".join(f"{n} {what}" for what, n in counts.items())
        self.stdout.write(self.style.SUCCESS(f"{email}: {days} days, {summary}."))

    def person(self, email, password):
        User = get_user_model()
        user = User.objects.filter(email=email.lower()).first()
        if user is None:
            user = User.objects.create_user(
                email, password, display_name="Alex", timezone="Europe/London"
            )
            user.record_consent()
            user.save()
        else:
            if not user.check_password(password):  # a changed password signs them out
                user.set_password(password)
                user.save(update_fields=["password"])
            for model in (
                Attempt,
                Entry,
                Tag,
                BreathingSession,
                NotingPractice,
                ExpectationCheck,
                FulfillmentMap,
                Activity,
                Person,
            ):
                model.objects.for_user(user).delete()
        return user

    def people(self, user, first) -> list[Person]:
        joined = self.at(user, first, 9)
        return Person.objects.bulk_create(
            Person(
                user=user, name=name, relationship=relationship, contact=contact, created_at=joined
            )
            for name, relationship, contact in PEOPLE
        )

    @staticmethod
    def drift(day_index: int, days: int) -> float:
        """0 at the start, 1 at the end: the slow movement towards security."""
        return day_index / max(days - 1, 1)

    def at(self, user, day, hour=20):
        return datetime.combine(day, time(hour, 0), tzinfo=user.zone)

    def quizzes(self, user, first, days, rng) -> int:
        questionnaire = q.current()
        attempts, offset = [], 0
        while offset < days:
            progress = self.drift(offset, days)
            anxiety = 5.6 - 2.0 * progress + rng.uniform(-0.3, 0.3)
            avoidance = 3.4 - 0.6 * progress + rng.uniform(-0.3, 0.3)
            targets = {
                q.ANXIETY: anxiety,
                q.AVOIDANCE: avoidance,
                q.LOVE_ADDICT: anxiety - 0.3,
                q.LOVE_AVOIDANT: avoidance - 0.2,
            }
            answers = {}
            for item in questionnaire.items:
                value = min(7, max(1, round(targets[item.scale] + rng.uniform(-1, 1))))
                answers[item.code] = 8 - value if item.reverse else value
            started = self.at(user, first + timedelta(days=offset), 19)
            attempt = Attempt(
                user=user, version=questionnaire.version, answers=answers, started_at=started
            )
            attempt.complete(now=started + timedelta(minutes=9))
            attempts.append(attempt)
            offset += rng.randint(21, 35)
        Attempt.objects.bulk_create(attempts)
        return len(attempts)

    def journal(self, user, first, days, rng) -> int:
        tags = Tag.objects.bulk_create(
            [Tag(user=user, name=name, name_key=tag_name_key(user.pk, name)) for name in TAG_NAMES]
        )
        entries = []
        for offset in range(days):
            if rng.random() < 0.2:  # most days, not every day
                continue
            day = first + timedelta(days=offset)
            progress = self.drift(offset, days)
            # Moods run a little higher in the stretches with more practice (see practices()).
            weekly = 0.5 * math.sin(2 * math.pi * offset / 35)
            mood = min(5, max(1, round(2.4 + 1.4 * progress + weekly + rng.uniform(-1, 1))))
            body = " ".join([rng.choice(OPENINGS), rng.choice(MIDDLES)])
            entries.append(
                Entry(
                    user=user,
                    title=rng.choice(["", "", "Evening", "Small things", "A hard one"]),
                    body=body,
                    mood=mood if rng.random() < 0.9 else None,
                    emotions=rng.sample([code for code, _ in EMOTIONS], k=rng.randint(0, 3)),
                    prompt_code=rng.choice(PROMPTS).code if rng.random() < 0.4 else "",
                    entry_date=day,
                )
            )
        Entry.objects.bulk_create(entries, batch_size=500)
        # auto_now_add set every row to now; spread creation times over the history instead.
        for entry in entries:
            entry.created_at = entry.updated_at = self.at(user, entry.entry_date, 21)
        Entry.objects.bulk_update(entries, ["created_at", "updated_at"], batch_size=500)
        links = [
            Entry.tags.through(entry_id=entry.pk, tag_id=tag.pk)
            for entry in entries
            for tag in rng.sample(tags, k=rng.randint(0, 2))
        ]
        Entry.tags.through.objects.bulk_create(links, batch_size=1000)
        # The search index, as the services write it with each entry, in bulk.
        index_entries(entries)
        return len(entries)

    def practices(self, user, first, days, rng) -> int:
        breathing, noting, checks, maps, ratings, activities = [], [], [], [], [], []
        for offset in range(days):
            day = first + timedelta(days=offset)
            progress = self.drift(offset, days)
            # Life has fuller and emptier stretches: practice comes and goes in waves.
            wave = 0.15 + 0.85 * (0.5 + 0.5 * math.sin(2 * math.pi * offset / 35))
            if rng.random() < (0.3 + 0.3 * progress) * wave:
                before = rng.randint(2, 6)
                breathing.append(
                    BreathingSession(
                        user=user,
                        pattern="box",
                        inhale_seconds=4,
                        hold_in_seconds=4,
                        exhale_seconds=4,
                        hold_out_seconds=4,
                        duration_seconds=60 * rng.choice([3, 5, 5, 10]),
                        calm_before=before,
                        calm_after=min(10, before + rng.randint(0, 3)),
                        practiced_on=day,
                        created_at=self.at(user, day, 8),
                    )
                )
            if rng.random() < 0.12 * wave:
                noticed, name = rng.choice(NOTICED)
                noting.append(
                    NotingPractice(
                        user=user,
                        noticed=noticed,
                        kind=rng.choice(["thought", "feeling", "urge"]),
                        name=name,
                        intensity_before=rng.randint(4, 8),
                        acceptance="partly",
                        letting_go="I let it pass like weather.",
                        intensity_after=rng.randint(2, 5),
                        practiced_on=day,
                        created_at=self.at(user, day, 13),
                    )
                )
            if rng.random() < 0.07:
                expectation, reframe = rng.choice(EXPECTATIONS)
                checks.append(
                    ExpectationCheck(
                        user=user,
                        expectation=expectation,
                        concerns="my partner",
                        realism=rng.randint(1, 5),
                        control=rng.choice(["no", "partly"]),
                        reframe=reframe,
                        self_offer="A walk and a kind word to myself.",
                        practiced_on=day,
                        created_at=self.at(user, day, 18),
                    )
                )
            if offset % 28 == 0:
                fmap = FulfillmentMap(user=user, taken_on=day, created_at=self.at(user, day, 10))
                maps.append(fmap)
                ratings.append(
                    [
                        (
                            area.code,
                            rng.randint(5, 10),
                            min(10, max(0, round(3 + 4 * progress + rng.uniform(-2, 2)))),
                        )
                        for area in AREAS
                    ]
                )
            if rng.random() < 0.15:
                area, title = rng.choice(ACTIVITIES)
                done = rng.random() < 0.8
                activities.append(
                    Activity(
                        user=user,
                        title=title,
                        area=area,
                        planned_for=day,
                        done_on=day if done else None,
                        enjoyment=rng.randint(5, 10) if done else None,
                        note="Glad I went." if done else "",
                        duration_seconds=60 * rng.choice([30, 45, 60, 90]) if done else None,
                        created_at=self.at(user, day, 9),
                    )
                )
        for model, rows in (
            (BreathingSession, breathing),
            (NotingPractice, noting),
            (ExpectationCheck, checks),
            (Activity, activities),
        ):
            model.objects.bulk_create(rows, batch_size=500)
        FulfillmentMap.objects.bulk_create(maps)
        AreaRating.objects.bulk_create(
            [
                AreaRating(map=fmap, area=area, importance=importance, fulfilment=fulfilment)
                for fmap, rows in zip(maps, ratings, strict=True)
                for area, importance, fulfilment in rows
            ],
            batch_size=1000,
        )
        return len(breathing) + len(noting) + len(checks) + len(maps) + len(activities)
