"""When to offer the quiet support note: a pure rule, tested without a database; and which
crisis line the quiet "Very low" line names.

Three entries at the lowest mood within seven local days (today and the six before) bring a
note pointing to the support page, at most once per local day. It never blocks writing.
"""

from collections.abc import Iterable
from datetime import date, timedelta

from detach import support_lines

LOW_DAYS_WINDOW = 7
LOW_ENTRIES_NEEDED = 3


def window_start(today: date) -> date:
    return today - timedelta(days=LOW_DAYS_WINDOW - 1)


def should_offer_support(
    lowest_mood_dates: Iterable[date], today: date, last_offered_on: date | None
) -> bool:
    """``lowest_mood_dates`` has one date per entry recorded at the lowest mood."""
    if last_offered_on == today:
        return False
    start = window_start(today)
    recent = [day for day in lowest_mood_dates if start <= day <= today]
    return len(recent) >= LOW_ENTRIES_NEEDED


def care_line(user) -> support_lines.SupportLine:
    """The crisis line for where the person lives, guessed from their time zone."""
    return support_lines.crisis_line_for_zone(user.timezone)
