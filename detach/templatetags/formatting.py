"""Template filters for dates, times and shortened text: ``{% load formatting %}`` then
``{{ entry.entry_date|long_date }}``. Each is a function of ``detach.formatting``; a missing value
shows as nothing."""

from django import template

from detach import formatting

register = template.Library()

DATE_FILTERS = (
    "long_date",
    "weekday_date",
    "weekday",
    "full_date",
    "short_date",
    "day_month",
    "short_day_month",
    "month_year",
    "short_month_year",
    "short_day_month_year",
    "short_quarter_year",
    "date_time",
    "clock",
    "iso_date",
    "iso_datetime",
    "month_name",
    "short_month",
    "iso_month",
)


def _blank_when_missing(function):
    def apply(value):
        return "" if value in (None, "") else function(value)

    apply.__name__ = function.__name__
    apply.__doc__ = function.__doc__
    return apply


for _name in DATE_FILTERS:
    register.filter(_name, _blank_when_missing(getattr(formatting, _name)), is_safe=True)


@register.filter(is_safe=False)
def shorten(text, limit):
    """``{{ text|shorten:140 }}``: cut at a word near 140 characters, with "…"."""
    return formatting.shorten(text or "", int(limit))
