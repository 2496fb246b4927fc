import factory

from practices.dearman.models import ClearRequest
from tests.factories import UserFactory


class ClearRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClearRequest

    user = factory.SubFactory(UserFactory)
    describe = "On Sunday you called three times during dinner."
    express = "I felt cornered."
    ask = "Please call once, and I will call back."
    reinforce = "Then I can really listen."
