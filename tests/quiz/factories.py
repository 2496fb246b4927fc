"""Quiz attempts for tests, with answers that produce chosen scores."""

from datetime import timedelta

import factory
from django.utils import timezone

from detach.people.models import Person
from quiz import questionnaire as q
from quiz.models import Attempt
from tests.factories import UserFactory
from tests.people import factories as people_factories


def answers_for(
    *,
    anxiety: int = 4,
    avoidance: int = 4,
    love_addict: int = 4,
    love_avoidant: int = 4,
    version: int = q.CURRENT_VERSION,
    form: str = q.GENERAL,
) -> dict[str, int]:
    """Raw answers whose keyed value is the given level on every item of each scale."""
    levels = {
        q.ANXIETY: anxiety,
        q.AVOIDANCE: avoidance,
        q.LOVE_ADDICT: love_addict,
        q.LOVE_AVOIDANT: love_avoidant,
    }
    return {
        item.code: (8 - levels[item.scale]) if item.reverse else levels[item.scale]
        for item in q.get(version, form).items
    }


class PersonFactory(people_factories.PersonFactory):
    """One of the people a person is working on, each with a name of their own."""

    name = factory.Sequence(lambda n: f"Person {n}")
    relationship = Person.Relationship.PARTNER


class AttemptFactory(factory.django.DjangoModelFactory):
    """An unfinished attempt with no answers yet."""

    class Meta:
        model = Attempt

    user = factory.SubFactory(UserFactory)
    form = Attempt.Form.GENERAL
    person = None
    version = factory.LazyAttribute(
        lambda o: q.CURRENT_RELATIONSHIP_VERSION if o.form == q.RELATIONSHIP else q.CURRENT_VERSION
    )
    focus = Attempt.Focus.GENERAL
    answers = factory.LazyFunction(dict)


class CompletedAttemptFactory(AttemptFactory):
    """A finished attempt; pass anxiety/avoidance/love_addict/love_avoidant as whole levels."""

    anxiety = 4
    avoidance = 4
    # The relationship form has no lenses.
    love_addict = factory.LazyAttribute(lambda o: None if o.form == q.RELATIONSHIP else 4)
    love_avoidant = factory.LazyAttribute(lambda o: None if o.form == q.RELATIONSHIP else 4)
    answers = factory.LazyAttribute(
        lambda o: answers_for(
            anxiety=o.anxiety,
            avoidance=o.avoidance,
            love_addict=o.love_addict or 4,
            love_avoidant=o.love_avoidant or 4,
            version=o.version,
            form=o.form,
        )
    )
    completed_at = factory.LazyFunction(timezone.now)
    started_at = factory.LazyAttribute(lambda o: o.completed_at - timedelta(minutes=12))
