"""Safety rows for tests."""

import json

import factory

from detach.safety import content
from detach.safety.models import RelationshipCheck, SafetyPlan
from tests.factories import UserFactory


class SafetyPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SafetyPlan

    user = factory.SubFactory(UserFactory)
    warning_signs = "I stop sleeping and check my phone over and over."
    on_my_own = "A long shower, then the breathing pacer."
    people_and_places = "The library on Saturday mornings."
    people_to_ask = "My cousin Ana."
    professionals = "My doctor's surgery."
    safer_surroundings = "Leave the car keys with Ana."
    reasons = "The dog, and the sea in June."


class RelationshipCheckFactory(factory.django.DjangoModelFactory):
    """Kept answers; ``RelationshipCheckFactory(answers={"afraid": "yes", ...})`` sets them."""

    class Meta:
        model = RelationshipCheck

    class Params:
        answers = {question.code: content.NO for question in content.QUESTIONS}

    user = factory.SubFactory(UserFactory)
    answers_text = factory.LazyAttribute(lambda o: json.dumps(o.answers, sort_keys=True))
