"""How Detach writes dates, times and shortened text: one module, used by templates (through the
filters in ``detach/templatetags/formatting.py``) and by chart labels alike.

Plain functions on English names rather than Django's localised ``|date``: the app is written
in English only, and ``|date`` costs about 33 µs a call (it looks up translations for every
month and weekday name), which adds up on a list of rows. Datetimes are shown in the current
time zone, which ``detach.middleware.PersonTimezoneMiddleware`` sets to the person's own.
"""

from datetime import date, datetime

from django.utils import timezone

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SHORT_MONTHS = tuple(month[:3] for month in MONTHS)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _local(moment: date | datetime) -> date | datetime:
    """A datetime in the current time zone (the person's); a plain date as it is."""
    if isinstance(moment, datetime) and timezone.is_aware(moment):
        return timezone.localtime(moment)
    return moment


def long_date(day: date) -> str:
    """Friday 27 November 2026"""
    day = _local(day)
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def weekday_date(day: date) -> str:
    """Friday 27 November"""
    day = _local(day)
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def weekday(day: date) -> str:
    """Friday"""
    return WEEKDAYS[_local(day).weekday()]


def full_date(day: date) -> str:
    """27 November 2026"""
    day = _local(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """27 Nov 2026"""
    day = _local(day)
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def day_month(day: date) -> str:
    """27 November"""
    day = _local(day)
    return f"{day.day} {MONTHS[day.month - 1]}"


def short_day_month(day: date) -> str:
    """27 Nov"""
    day = _local(day)
    return f"{day.day} {SHORT_MONTHS[day.month - 1]}"


def month_year(day: date) -> str:
    """November 2026"""
    day = _local(day)
    return f"{MONTHS[day.month - 1]} {day.year}"


def short_month_year(day: date) -> str:
    """Nov ’26 (a chart's axis label)"""
    day = _local(day)
    return f"{SHORT_MONTHS[day.month - 1]} ’{day.year % 100:02d}"


def short_day_month_year(day: date) -> str:
    """27 Nov ’26 (a chart's axis label when its days span more than one year)"""
    day = _local(day)
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} ’{day.year % 100:02d}"


def short_quarter_year(day: date) -> str:
    """Oct–Dec ’26: the quarter holding ``day`` (a chart's axis label over years)"""
    day = _local(day)
    first = 3 * ((day.month - 1) // 3)
    return f"{SHORT_MONTHS[first]}–{SHORT_MONTHS[first + 2]} ’{day.year % 100:02d}"


def month_name(day: date) -> str:
    """November"""
    return MONTHS[_local(day).month - 1]


def short_month(day: date) -> str:
    """Nov"""
    return SHORT_MONTHS[_local(day).month - 1]


def iso_month(day: date) -> str:
    """2026-11, for query strings naming a month"""
    day = _local(day)
    return f"{day.year:04d}-{day.month:02d}"


def date_time(moment: datetime) -> str:
    """27 November 2026, 14:05 (in the person's time zone)"""
    moment = _local(moment)
    return f"{full_date(moment)}, {moment:%H:%M}"


def clock(moment: datetime) -> str:
    """14:05 (in the person's time zone)"""
    return f"{_local(moment):%H:%M}"


def iso_datetime(moment: datetime) -> str:
    """2026-11-27T14:05:00+11:00, for ``<time datetime>`` (in the person's time zone)"""
    return _local(moment).isoformat()


def iso_date(day: date) -> str:
    """2026-11-27, for ``<time datetime>`` and query strings"""
    day = _local(day)
    return (day.date() if isinstance(day, datetime) else day).isoformat()


def shorten(text: str, limit: int) -> str:
    """``text`` at most ``limit`` characters long: cut after a whole word where there is one,
    ending with "…" when cut."""
    if len(text) <= limit:
        return text
    window = text[: limit - 1]
    if not text[limit - 1].isspace() and " " in window:
        window = window.rsplit(" ", 1)[0]
    return window.rstrip(" ,;:.") + "…"
