"""Practice data as CSV files for the account export.

The export's JSON already holds every owned row; this adds what a spreadsheet wants, and the
fulfilment map ratings, which hang off the (owned) map rather than being owned rows themselves.
"""

from detach.csv_export import csv_text
from practices import selectors
from practices.areas import AREAS_BY_CODE


def export_files(user) -> dict[str, str]:
    maps = selectors.fulfillment_maps(user)
    map_rows = [
        (m.taken_on.isoformat(), str(m.uuid), code, AREAS_BY_CODE[code].name, imp, ful)
        for m in maps
        for code, (imp, ful) in m.as_dict().items()
    ]
    sessions = [
        (
            s.practiced_on.isoformat(),
            s.pattern,
            s.counts,
            s.duration_seconds,
            s.calm_before,
            s.calm_after,
        )
        for s in selectors.breathing_sessions(user)
    ]
    days = [
        (d.day.isoformat(), d.module.value, d.kind, d.sessions, d.seconds)
        for d in selectors.practice_by_day(user)
    ]
    notices = [
        (
            n.practiced_on.isoformat(),
            n.pull,
            n.moment,
            n.felt,
            n.did,
            n.next_time,
            n.looking_back,
            n.looked_back_on.isoformat() if n.looked_back_on else "",
        )
        for n in selectors.pattern_notices(user).reverse()
    ]
    return {
        "practices/pattern_notices.csv": csv_text(
            [
                "date",
                "pull",
                "what_happened",
                "felt",
                "what_i_did",
                "next_time",
                "looking_back",
                "looked_back_on",
            ],
            notices,
        ),
        "practices/fulfilment_maps.csv": csv_text(
            ["taken_on", "map", "area", "area_name", "importance", "fulfilment"], map_rows
        ),
        "practices/breathing_sessions.csv": csv_text(
            ["date", "pattern", "counts", "duration_seconds", "calm_before", "calm_after"],
            sessions,
        ),
        "practices/practice_by_day.csv": csv_text(
            ["date", "module", "kind", "sessions", "seconds"], days
        ),
    }
