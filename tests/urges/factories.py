from datetime import timedelta

import factory
from django.utils import timezone

from practices.urges.models import Kind, Outcome, Urge
from tests.factories import UserFactory


class UrgeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Urge

    user = factory.SubFactory(UserFactory)
    kind = Kind.TEXT_OR_CALL
    intensity_before = 7
    pause_minutes = 10
    started_at = factory.LazyFunction(lambda: timezone.now() - timedelta(minutes=1))
    started_on = factory.LazyAttribute(lambda o: o.started_at.date())


class AnsweredUrgeFactory(UrgeFactory):
    outcome = Outcome.PASSED
    intensity_after = 3
    answered_at = factory.LazyAttribute(lambda o: o.started_at + timedelta(minutes=12))
