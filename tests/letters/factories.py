import factory

from practices.letters.models import Letter
from tests.factories import UserFactory


class LetterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Letter

    user = factory.SubFactory(UserFactory)
    body = "I wanted to tell you that I still think of you."
