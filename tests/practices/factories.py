"""Factories for the practice modules, and a year of history for query-budget tests."""

from datetime import date, timedelta

import factory

from practices import breathing
from practices.areas import AREAS
from practices.models import (
    Acceptance,
    Activity,
    AreaRating,
    BreathingSession,
    Control,
    ExpectationCheck,
    FulfillmentMap,
    NotedKind,
    NotingPractice,
    PatternNotice,
    Pull,
)
from tests.factories import UserFactory


class ExpectationCheckFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExpectationCheck

    user = factory.SubFactory(UserFactory)
    expectation = "They should always answer my messages straight away."
    concerns = "R."
    realism = 3
    control = Control.NO
    reframe = "I would like a quick message when they are busy."
    self_offer = "A walk and a call with my sister."
    practiced_on = factory.LazyFunction(date.today)


class FulfillmentMapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FulfillmentMap
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    taken_on = factory.LazyFunction(date.today)

    @factory.post_generation
    def ratings(obj, create, extracted, **kwargs):
        """ratings={code: (importance, fulfilment)}; every area gets (5, 5) unless given."""
        if not create:
            return
        given = extracted or {}
        AreaRating.objects.bulk_create(
            AreaRating(
                map=obj,
                area=area.code,
                importance=given.get(area.code, (5, 5))[0],
                fulfilment=given.get(area.code, (5, 5))[1],
            )
            for area in AREAS
        )


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity

    user = factory.SubFactory(UserFactory)
    title = "Swim at the lido"
    area = "body"
    planned_for = factory.LazyFunction(date.today)


class BreathingSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BreathingSession

    user = factory.SubFactory(UserFactory)
    pattern = breathing.BOX.code
    inhale_seconds = 4
    hold_in_seconds = 4
    exhale_seconds = 4
    hold_out_seconds = 4
    duration_seconds = 300
    calm_before = 3
    calm_after = 6
    practiced_on = factory.LazyFunction(date.today)


class NotingPracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NotingPractice

    user = factory.SubFactory(UserFactory)
    noticed = "I keep checking whether they have replied."
    kind = NotedKind.URGE
    name = "checking"
    intensity_before = 7
    acceptance = Acceptance.PARTLY
    letting_go = "Put the phone in another room."
    intensity_after = 4
    practiced_on = factory.LazyFunction(date.today)


def a_year_of_history(user, *, today: date) -> None:
    """What a person who practised all year leaves behind: checks and notings twice a week,
    a breathing session most days, a map every month, and three activities a week."""
    for offset in range(365):
        day = today - timedelta(days=offset)
        if offset % 3 == 0:
            BreathingSessionFactory(
                user=user, practiced_on=day, calm_before=offset % 7, calm_after=offset % 7 + 2
            )
        if offset % 4 == 0:
            ExpectationCheckFactory(user=user, practiced_on=day)
            NotingPracticeFactory(user=user, practiced_on=day)
        if offset % 2 == 0:
            ActivityFactory(
                user=user,
                planned_for=day,
                done_on=day if offset % 4 == 0 else None,
                enjoyment=7 if offset % 4 == 0 else None,
            )
        if offset % 30 == 0:
            FulfillmentMapFactory(
                user=user,
                taken_on=day,
                ratings={area.code: (8, (offset // 30 + i) % 11) for i, area in enumerate(AREAS)},
            )


class PatternNoticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PatternNotice

    user = factory.SubFactory(UserFactory)
    moment = "They left my message on read all evening."
    pull = Pull.CLING
    felt = "A knot in my stomach; I wanted to send another."
    did = "Wrote three drafts, sent none, went for a walk."
    next_time = "Put the phone in the drawer for an hour."
    practiced_on = factory.LazyFunction(date.today)
