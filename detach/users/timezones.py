"""The time zones a person can choose: real places, grouped by region ("America" → "New York",
"Sao Paulo"), with UTC offered once.

The places are IANA's own list of one zone per country region (``zone.tab``, from the tzdata
package), so there is no "Factory", "localtime", "posixrules", "Etc/GMT+5" or legacy alias
("US/Eastern", "Asia/Calcutta") to wade through. Every name on it is one ``zoneinfo`` can load.
The same list names each place's country, from which the help page guesses where someone lives.
"""

from functools import lru_cache
from importlib.resources import files

UTC = "UTC"


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """Each place on IANA's list with the country it is in: "Europe/Dublin" → "IE"."""
    table = (files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {row[2]: row[0] for row in rows}


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    return frozenset(_zone_countries())


def country_for_zone(name: str) -> str | None:
    """The country (ISO 3166 code) a time zone is in, as IANA lists it, or None for UTC, a
    legacy alias or anything else that is not a place. A guess only: a person can be anywhere."""
    return _zone_countries().get(name or "")


def zones_in(countries) -> dict[str, str]:
    """Every place in these countries with its country: what a browser's own time zone is
    matched against on the help page."""
    wanted = set(countries)
    return {zone: code for zone, code in sorted(_zone_countries().items()) if code in wanted}


def place_label(name: str) -> str:
    """ "America/Sao_Paulo" → "Sao Paulo"; "America/Argentina/Buenos_Aires" → "Buenos Aires
    (Argentina)"; a name that is not a place is shown as it is, underscores as spaces."""
    _region, _, place = name.partition("/")
    *within, city = (place or name).replace("_", " ").split("/")
    return f"{city} ({', '.join(within)})" if within else city


@lru_cache(maxsize=1)
def _grouped() -> tuple:
    regions: dict[str, list[tuple[str, str]]] = {}
    for name in places():
        regions.setdefault(name.split("/", 1)[0], []).append((name, place_label(name)))
    return tuple(
        (region, sorted(zones, key=lambda zone: zone[1]))
        for region, zones in sorted(regions.items())
    )


def timezone_choices(keep: str = "") -> list:
    """UTC, then one group per region. ``keep`` is a zone saved before this list existed (a
    legacy alias like "US/Eastern"): it stays offered, first, so saving a form keeps it."""
    choices: list = [(UTC, UTC)]
    if keep and keep != UTC and keep not in places():
        choices.insert(0, (keep, keep.replace("_", " ")))
    return [*choices, *_grouped()]
