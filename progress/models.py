"""Where a person is on the path. Everything else the top floor shows is read from the apps."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from detach.ownership import OwnedModel


class PathState(OwnedModel):
    """One row per person who has marked a path session done: the sessions marked (with the
    local day), when they started and first finished. Written only by a POST; where the person
    is on the path is worked out from it and from what they did with the tools. No free text:
    nothing here needs encrypting."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="path_state"
    )
    # {session slug: ISO local date marked done}. A mapping, not rows: the whole path is
    # sixteen sessions, read and written together under a row lock.
    done = models.JSONField(default=dict, blank=True)
    started_at = models.DateTimeField(default=timezone.now, editable=False)
    finished_on = models.DateField("first finished", null=True, blank=True)
    # The local day a session was last marked done: the reminder waits while the person is
    # on their way.
    last_marked_on = models.DateField("last session marked", null=True, blank=True)

    def __str__(self) -> str:
        return "Path"
