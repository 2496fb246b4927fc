from django import template

from detach.users.devices import Device, describe

register = template.Library()


@register.filter
def device(user_agent: str) -> Device:
    """``{% with device=session.user_agent|device %}{% include "users/_device.html" %}``"""
    return describe(user_agent or "")
