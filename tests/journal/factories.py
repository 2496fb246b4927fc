"""Journal rows for tests."""

import factory
from django.utils import timezone

from journal.blind_index import index_entries, index_entry
from journal.models import Draft, Entry, Tag
from tests.factories import UserFactory


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"tag {n}")


class EntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Entry
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    title = ""
    body = factory.Sequence(lambda n: f"Entry number {n}.\nA second line.")
    mood = None
    entry_date = factory.LazyFunction(lambda: timezone.localdate())

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)

    @factory.post_generation
    def search_tokens(self, create, extracted, **kwargs):
        # The services index every entry they write; entries made here are indexed the same
        # way, unless a test asks for an entry the index has never seen (search_tokens=False).
        if create and extracted is not False:
            index_entry(self)


class DraftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Draft

    user = factory.SubFactory(UserFactory)
    body = "Half a sentence"


def bulk_entries(user, count: int, *, start=None, mood_cycle=(1, 2, 3, 4, 5, None)) -> list[Entry]:
    """Many entries quickly (one per day going back from ``start``), for query budgets."""
    start = start or user.local_today()
    entries = [
        Entry(
            user=user,
            title=f"Title {n}" if n % 3 == 0 else "",
            body=f"Day {n}: a few quiet words about the day.\nAnd a second line.",
            mood=mood_cycle[n % len(mood_cycle)],
            emotions=["calm"] if n % 2 else [],
            entry_date=start - timezone.timedelta(days=n // 2),
        )
        for n in range(count)
    ]
    entries = Entry.objects.bulk_create(entries, batch_size=500)
    index_entries(entries)
    return entries
