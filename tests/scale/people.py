"""People for the two-server test, created inside the deployment's own database (run through
`manage.py shell` by tests/scale/test_two_servers.py)."""

from allauth.account.models import EmailAddress

from detach.users.models import User

PASSWORD = "a calm and long passphrase"


def person(email: str, **fields) -> User:
    user = User.objects.create_user(email, PASSWORD, timezone="UTC", **fields)
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    return user


def reminded(count: int) -> None:
    """People whose daily nudge is due now: from midnight of their day (UTC)."""
    for n in range(count):
        person(f"reminded{n}@example.org", remind_daily_practice=True, reminder_hour=0)
