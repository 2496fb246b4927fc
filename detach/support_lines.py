"""Support lines by country: crisis lines, domestic-abuse lines and emergency numbers.

Every line here was checked by a person against a page its owner publishes (or, where noted,
the public body that funds or regulates it), and records that page and the day it was checked.
A test fails once any check is more than a year old: open the source page again, correct what
changed, and move ``reviewed`` to that day. A line that cannot be checked is left out rather
than guessed; a person is better served by findahelpline.com than by a wrong number.

Pure data and lookups: no request, no database.
"""

from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit

from detach.users.timezones import country_for_zone

CRISIS = "crisis"
ABUSE = "abuse"
EMERGENCY = "emergency"
KIND_ORDER = (CRISIS, ABUSE, EMERGENCY)

# Lines for anyone, wherever they are, listed after a country's own.
WORLDWIDE = "world"
# The choice on the help page for a country with no lines of its own here.
ELSEWHERE = "other"


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, as IANA's zone.tab names it
    name: str
    # How a sentence names it after "in": "the United States", "Canada".
    in_name: str = ""


@dataclass(frozen=True)
class Contact:
    """One way to reach a line: the words a person reads and the link a phone opens."""

    label: str
    href: str


@dataclass(frozen=True)
class SupportLine:
    country: str  # a Country code, or WORLDWIDE
    kind: str
    name: str
    about: str
    contacts: tuple[Contact, ...]
    source: str  # the page the line was checked against
    reviewed: date  # the day it was checked there
    # Where a line for anywhere applies, when not everywhere ("across the European Union").
    area: str = ""

    @property
    def place(self) -> str:
        """ "in Canada", or a worldwide line's own area."""
        return self.area or f"in {_IN_NAMES.get(self.country, 'any country')}"

    @property
    def numbers(self) -> str:
        """The numbers to call, as said aloud: "999 or 112"."""
        return " or ".join(
            c.label.removeprefix("Call ") for c in self.contacts if c.href.startswith("tel:")
        )

    @property
    def source_site(self) -> str:
        """ "https://www.samaritans.org/how-we-can-help/…" → "samaritans.org" """
        return urlsplit(self.source).hostname.removeprefix("www.")


COUNTRIES: tuple[Country, ...] = (
    Country("US", "United States", "the United States"),
    Country("CA", "Canada", "Canada"),
    Country("GB", "United Kingdom", "the United Kingdom"),
    Country("IE", "Ireland", "Ireland"),
    Country("AU", "Australia", "Australia"),
)
COUNTRY_NAMES = {country.code: country.name for country in COUNTRIES}
_IN_NAMES = {country.code: country.in_name for country in COUNTRIES}

CHECKED = date(2026, 11, 30)


def _call(number: str, dial: str) -> Contact:
    return Contact(f"Call {number}", f"tel:{dial}")


def _text(number: str, dial: str, body: str = "") -> Contact:
    if body:
        # "?&body=" is the form both Android and iOS read.
        return Contact(f"Text {body} to {number}", f"sms:{dial}?&body={body}")
    return Contact(f"Text {number}", f"sms:{dial}")


SAMARITANS = SupportLine(
    "GB",
    CRISIS,
    "Samaritans",
    "Free from any phone, day and night, whatever you are going through.",
    (_call("116 123", "116123"),),
    "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
    CHECKED,
)

LINES: tuple[SupportLine, ...] = (
    # United States
    SupportLine(
        "US",
        CRISIS,
        "988 Suicide & Crisis Lifeline",
        "Free and confidential, day and night, for anyone in distress.",
        (_call("988", "988"), _text("988", "988")),
        # The Lifeline's own terms cover its phone, text and chat services; the FCC's
        # text-to-988 rule (fcc.gov/fcc-adopts-rules-text-988) routes texts to 988 to it.
        "https://988lifeline.org/terms-of-service",
        CHECKED,
    ),
    SupportLine(
        "US",
        ABUSE,
        "National Domestic Violence Hotline",
        "Free, confidential support from advocates, day and night, for anyone affected by "
        "abuse in a relationship.",
        (_call("1-800-799-7233", "+18007997233"), _text("88788", "88788", body="START")),
        # The US Department of Justice's Office for Victims of Crime, which funds the Hotline;
        # the Hotline's own site (thehotline.org) could not be read in full from here.
        "https://ovc.ojp.gov/news/grantee-news/"
        "national-domestic-violence-hotline-answers-6-million-contacts",
        CHECKED,
    ),
    SupportLine(
        "US",
        EMERGENCY,
        "Emergency services",
        "Police, fire or ambulance when someone is in danger now.",
        (_call("911", "911"),),
        # The FCC, which regulates 911 calling.
        "https://docs.fcc.gov/public/attachments/DOC-237653A2.txt",
        CHECKED,
    ),
    # Canada
    SupportLine(
        "CA",
        CRISIS,
        "9-8-8: Suicide Crisis Helpline",
        "Free, day and night, in English and French.",
        (_call("9-8-8", "988"), _text("9-8-8", "988")),
        # Health Canada, whose Public Health Agency funds the helpline (run by CAMH). The
        # CRTC's decision 2022-234 set 9-8-8 for both calls and texts.
        "https://search.open.canada.ca/qpnotes/record/hc-sc,MMHA-2024-QP-0032",
        CHECKED,
    ),
    SupportLine(
        "CA",
        ABUSE,
        "ShelterSafe.ca",
        "A map of women's shelters across Canada, kept by Women's Shelters Canada. Most "
        "answer their phone day and night, and you do not need to stay at a shelter to get "
        "help.",
        (Contact("Open sheltersafe.ca", "https://sheltersafe.ca/"),),
        "https://sheltersafe.ca/about-shelters/",
        CHECKED,
    ),
    SupportLine(
        "CA",
        EMERGENCY,
        "Emergency services",
        "Police, fire or ambulance when someone is in danger now.",
        (_call("9-1-1", "911"),),
        # The CRTC, which regulates 9-1-1 calling.
        "https://crtc.gc.ca/eng/archive/2024/lt240125.htm",
        CHECKED,
    ),
    # United Kingdom
    SAMARITANS,
    SupportLine(
        "GB",
        ABUSE,
        "National Domestic Abuse Helpline, run by Refuge",
        "Free and confidential, day and night.",
        (_call("0808 2000 247", "+448082000247"),),
        "https://refuge.org.uk/news/"
        "refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims",
        CHECKED,
    ),
    SupportLine(
        "GB",
        EMERGENCY,
        "Emergency services",
        "Police, fire, ambulance or coastguard when someone is in danger now.",
        (_call("999", "999"), _call("112", "112")),
        # A police force's own guide to emergency calls (999, and 112 alongside it).
        "https://www.devon-cornwall.police.uk/youth/8-10/phoning-999/",
        CHECKED,
    ),
    # Ireland
    # Samaritans covers the UK and Ireland from one contact page.
    replace(SAMARITANS, country="IE"),
    SupportLine(
        "IE",
        ABUSE,
        "Women's Aid 24-hour National Freephone Helpline",
        "Free and confidential support for anyone living with abuse from a partner or ex, "
        "day and night.",
        (_call("1800 341 900", "+353800341900"),),
        # Women's Aid's own announcement of the helpline going day and night, with its number.
        "https://www.womensaid.ie/about/newsevents/news/2016/09/05/"
        "media-release-41-calls-a-day-to-womens-aid-in-2016/",
        date(2026, 12, 1),
    ),
    SupportLine(
        "IE",
        EMERGENCY,
        "Emergency services",
        "Gardaí, ambulance, fire or coast guard when someone is in danger now.",
        (_call("112", "112"), _call("999", "999")),
        "http://www.112.ie/What_happens_/128",
        CHECKED,
    ),
    # Australia
    SupportLine(
        "AU",
        CRISIS,
        "Lifeline",
        "Crisis support day and night; free from a mobile.",
        (_call("13 11 14", "131114"),),
        # A Lifeline centre's own answers about the national 13 11 14 line.
        "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
        CHECKED,
    ),
    SupportLine(
        "AU",
        ABUSE,
        "1800RESPECT",
        "Counselling and support for anyone affected by domestic, family or sexual violence, "
        "day and night.",
        (_call("1800 737 732", "1800737732"), _text("0458 737 732", "0458737732")),
        "https://www.1800respect.org.au/terms-and-conditions",
        CHECKED,
    ),
    SupportLine(
        "AU",
        EMERGENCY,
        "Emergency services (Triple Zero)",
        "Police, fire or ambulance when someone is in danger now; 112 also works from a mobile.",
        (_call("000", "000"), _call("112", "112")),
        # The ACMA, which regulates the emergency call service.
        "http://www.acma.gov.au/theACMA/emergency-call-service-faq-i-acma",
        CHECKED,
    ),
    # Anywhere
    SupportLine(
        WORLDWIDE,
        CRISIS,
        "Find A Helpline",
        "Free, confidential helplines in many countries, searchable by country and by what "
        "you are going through.",
        (Contact("Open findahelpline.com", "https://findahelpline.com"),),
        "https://findahelpline.com/AU",
        CHECKED,
    ),
    SupportLine(
        WORLDWIDE,
        EMERGENCY,
        "Emergency services in the European Union",
        "112 reaches emergency services in any EU country, free, from any phone.",
        (_call("112", "112"),),
        # Ireland's health service, on the EU-wide number.
        "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
        CHECKED,
        area="across the European Union",
    ),
)


@dataclass(frozen=True)
class LineGroup:
    """The lines of one country (or of anywhere), in the order crisis, abuse, emergency."""

    code: str
    name: str
    lines: tuple[SupportLine, ...]

    @property
    def in_name(self) -> str:
        return _IN_NAMES.get(self.code, self.name)

    @property
    def emergency(self) -> SupportLine | None:
        return next((line for line in self.lines if line.kind == EMERGENCY), None)


def _order(lines) -> tuple[SupportLine, ...]:
    return tuple(sorted(lines, key=lambda line: KIND_ORDER.index(line.kind)))


def lines_for(code: str) -> tuple[SupportLine, ...]:
    return _order(line for line in LINES if line.country == code)


def group_for(code: str) -> LineGroup:
    name = COUNTRY_NAMES.get(code, "Anywhere")
    return LineGroup(code, name, lines_for(code))


def known_country(code: str | None) -> str | None:
    """``code`` if Detach lists lines for it, ELSEWHERE for any other real choice, else None."""
    if not code:
        return None
    code = code.upper() if code != ELSEWHERE else code
    if code in COUNTRY_NAMES:
        return code
    return ELSEWHERE


def arranged(chosen: str | None) -> tuple[LineGroup, list[LineGroup]]:
    """What the help page shows first and what follows under "Elsewhere".

    A country Detach lists comes first with its own lines; every other country and the lines
    for anywhere follow. With no country, or one Detach has no lines for, the lines for anywhere
    come first (findahelpline.com finds a local line) and every country follows."""
    if chosen in COUNTRY_NAMES:
        others = [group_for(c.code) for c in COUNTRIES if c.code != chosen]
        return group_for(chosen), [*others, group_for(WORLDWIDE)]
    return group_for(WORLDWIDE), [group_for(c.code) for c in COUNTRIES]


def groups_for_zone(zone: str | None) -> list[LineGroup]:
    """The lines to show beside a plan or a check: the country a person's time zone is in (a
    guess) when Detach lists it, then the lines for anywhere; without a time zone or a listed
    country, every country's (the person finds their own; the help page has the chooser)."""
    code = known_country(country_for_zone(zone)) if zone else None
    if code in COUNTRY_NAMES:
        return [group_for(code), group_for(WORLDWIDE)]
    return [*(group_for(c.code) for c in COUNTRIES), group_for(WORLDWIDE)]


def emergency_lines() -> list[SupportLine]:
    """Each country's emergency numbers, then the EU's, for the page's first warning."""
    return [line for line in LINES if line.kind == EMERGENCY]


def crisis_line_for_zone(zone: str) -> SupportLine:
    """The crisis line for the country a person's time zone is in (a guess), or
    findahelpline.com when Detach lists none there."""
    return crisis_line(known_country(country_for_zone(zone)))


def crisis_line(code: str | None) -> SupportLine:
    """The one crisis line to name for a person: their country's, or findahelpline.com."""
    for line in lines_for(code or WORLDWIDE):
        if line.kind == CRISIS:
            return line
    return lines_for(WORLDWIDE)[0]


REVIEW_EVERY_DAYS = 365


def overdue(today: date, lines=LINES) -> list[str]:
    """Lines last checked more than a year before ``today``: check them again."""
    return [
        f"{line.country} {line.name} (checked {line.reviewed.isoformat()})"
        for line in lines
        if (today - line.reviewed).days > REVIEW_EVERY_DAYS
    ]
