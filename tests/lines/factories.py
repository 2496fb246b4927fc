from datetime import date, timedelta

import factory

from practices.lines.models import CheckIn, Line, LineRevision
from tests.factories import UserFactory


class LineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Line

    user = factory.SubFactory(UserFactory)
    person = None
    text = "I don't check their Instagram."


class LineRevisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LineRevision

    line = factory.SubFactory(LineFactory)
    user = factory.SelfAttribute("line.user")
    text = "I don't check their profiles."
    written_at = factory.SelfAttribute("line.created_at")


class CheckInFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CheckIn

    user = factory.SubFactory(UserFactory)
    day = factory.Sequence(lambda n: date(2025, 1, 1) + timedelta(days=n))
    kept = True
    note = ""
