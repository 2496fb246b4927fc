"""Factories shared by every app's tests. Each app keeps its own in tests/<app>/factories.py."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone as django_tz

from detach.users.models import CONSENT_VERSION

PASSWORD = "a calm and long passphrase"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    timezone = "Europe/London"
    consent_version = CONSENT_VERSION
    consent_at = factory.LazyFunction(django_tz.now)

    @classmethod
    def _create(cls, model_class, *args, password=PASSWORD, **kwargs):
        user = model_class.objects.create_user(*args, password=password, **kwargs)
        # As after a real sign-up and confirmation: allauth's record of the address.
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
        return user
