"""Reads of a person's safety data, each through the ownership helpers."""

from detach.safety.models import RelationshipCheck, SafetyPlan


def plan_for(user) -> SafetyPlan | None:
    """The person's safety plan, or None (always None for a visitor)."""
    return SafetyPlan.objects.for_user(user).first()


def plans_for(user):
    """The person's safety plan as a queryset (at most one row), for counting and exists."""
    return SafetyPlan.objects.for_user(user)


def kept_check_for(user) -> RelationshipCheck | None:
    """The relationship-check answers the person chose to keep, or None."""
    return RelationshipCheck.objects.for_user(user).first()
