import pytest
from django.test import Client

from tests.factories import UserFactory


@pytest.fixture
def owner(db):
    """The person whose data a test looks at."""
    return UserFactory(email="owner@example.org")


@pytest.fixture
def stranger(db):
    """Another person, who must never see the owner's data (a 404, never a 403)."""
    return UserFactory(email="stranger@example.org")


@pytest.fixture
def owner_client(owner) -> Client:
    client = Client()
    client.force_login(owner)
    return client


@pytest.fixture
def stranger_client(stranger) -> Client:
    client = Client()
    client.force_login(stranger)
    return client
