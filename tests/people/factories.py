import factory

from detach.people.models import Person
from tests.factories import UserFactory


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    user = factory.SubFactory(UserFactory)
    name = "Sam"
    relationship = Person.Relationship.EX_PARTNER
    contact = Person.Contact.LIMITED
