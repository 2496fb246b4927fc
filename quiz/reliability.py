"""Reliable change: the published figures each form's threshold rests on, with their sources.

A change between two results counts as larger than ordinary retest noise only when it passes the
reliable change index of Jacobson & Truax (1991), "Clinical significance: a statistical approach
to defining meaningful change in psychotherapy research", Journal of Consulting and Clinical
Psychology 59(1), 12-19:

    threshold = Z * SD * sqrt(2 * (1 - r))

where r is the test-retest reliability of the score and SD the spread of that score between
people. Both are needed per form and per dimension; this module holds every one of them, next to
where it comes from, and says plainly where no published figure exists.

Where a figure is unknown we take the *most conservative plausible* value: the one that makes the
threshold larger (reliability at the low end of the published range, SD at the high end), so the
app would rather miss a real change than call noise movement.
"""

import math
from dataclasses import dataclass

from quiz.questionnaire import ANXIETY, AVOIDANCE

# 95% two-sided: a change this large would come from retest noise alone less than 5% of the time.
RELIABLE_CHANGE_Z = 1.96

GENERAL = "general"
RELATIONSHIP = "relationship"
FORMS = (GENERAL, RELATIONSHIP)
DIMENSIONS = (ANXIETY, AVOIDANCE)

# --- Published retest reliabilities ---------------------------------------------------------
#
# ECR-RS (Experiences in Close Relationships - Relationship Structures): Fraley, Heffernan,
# Vicary & Brumbaugh (2011), Psychological Assessment 23(3), 615-625, and R. C. Fraley's page
# on the measure (labs.psychology.illinois.edu/~rcfraley/measures/relstructures.htm): "the
# test-retest reliability (over 30 days) of the individual scales are approximately .65 for the
# domain of romantic relationships (including individuals who experienced breakups during the
# 30-day period) and .80 in the parental domain."
ECR_RS_RETEST_ROMANTIC = 0.65
ECR_RS_RETEST_PARENTAL = 0.80
# ECR-R: Sibley, Fischer & Liu (2005), Personality and Social Psychology Bulletin 31(11),
# 1524-1536: anxiety and avoidance shared about 85% of their variance over three weeks (a
# latent stability, so an observed retest correlation would be lower than sqrt(.85) = .92).
ECR_R_SHARED_VARIANCE_3_WEEKS = 0.85

# The lowest published retest figure in the family of questionnaires Detach's forms follow.
LOWEST_PUBLISHED_RETEST = min(ECR_RS_RETEST_ROMANTIC, ECR_RS_RETEST_PARENTAL)

# --- Standard deviations: none found -----------------------------------------------------------
#
# We looked for published between-person SDs of ECR-R and ECR-RS scale means on the 1-7 scale
# (Fraley, Waller & Brennan 2000, JPSP 78, 350-365; Fraley et al. 2011; Sibley et al. 2005) and
# could not reach a table giving them. So no SD below is sourced. We use 1.5 points, which we take
# to be the high end of the plausible spread of a 1-7 mean of several agreement statements (the
# earlier, equally unsourced working value was 1.1); a higher SD only makes the threshold
# stricter. The three-statement anxiety scale of the relationship form gets 1.7: a mean of fewer
# statements spreads wider, and again the larger value is the cautious one. Replace these with
# published or our own figures when they exist.
CONSERVATIVE_SD = 1.5
CONSERVATIVE_SD_THREE_ITEMS = 1.7


@dataclass(frozen=True)
class Reliability:
    retest: float
    sd: float
    source: str  # said on the page, in plain words

    @property
    def threshold(self) -> float:
        """The smallest change, in points on 1-7, larger than ordinary retest noise."""
        return RELIABLE_CHANGE_Z * self.sd * math.sqrt(2 * (1 - self.retest))


# The general form is Detach's own statements, not the ECR-R: its reliability has never been
# measured. It gets the lowest published retest figure of the family (.65, ECR-RS romantic
# domain) and the conservative SD, so it is held to at least as strict a rule as any tested form.
_GENERAL_SOURCE = (
    "Detach's general statements have not been tested in research, so nobody knows how much "
    "their scores wobble from one day to the next. The rule borrows the most cautious published "
    "figure for questionnaires of this kind (a retest reliability of .65, reported for the "
    "ECR-RS by Fraley and colleagues in 2011) and a cautious spread of 1.5 points, for which no "
    "published figure was found."
)
# The relationship form follows the ECR-RS structure about one person. Our own wording, so its
# reliability is not known either; the ECR-RS figure for romantic partners (.65) is the lower of
# the two published and is used whoever the person is.
_RELATIONSHIP_SOURCE = (
    "The statements about one person follow the structure of the ECR-RS, whose scores agree "
    "with themselves about .65 over 30 days for romantic partners and .80 for parents (Fraley "
    "and colleagues, 2011). Detach's wording is its own and untested, so the rule uses the lower "
    "figure, .65, for everyone, and a cautious spread (1.5 points for avoidance, 1.7 for the "
    "three anxiety statements) because no published figure was found."
)

RELIABILITY: dict[tuple[str, str], Reliability] = {
    (GENERAL, ANXIETY): Reliability(LOWEST_PUBLISHED_RETEST, CONSERVATIVE_SD, _GENERAL_SOURCE),
    (GENERAL, AVOIDANCE): Reliability(LOWEST_PUBLISHED_RETEST, CONSERVATIVE_SD, _GENERAL_SOURCE),
    (RELATIONSHIP, ANXIETY): Reliability(
        ECR_RS_RETEST_ROMANTIC, CONSERVATIVE_SD_THREE_ITEMS, _RELATIONSHIP_SOURCE
    ),
    (RELATIONSHIP, AVOIDANCE): Reliability(
        ECR_RS_RETEST_ROMANTIC, CONSERVATIVE_SD, _RELATIONSHIP_SOURCE
    ),
}


def reliability(form: str, dimension: str) -> Reliability:
    return RELIABILITY[(form, dimension)]


def threshold(form: str, dimension: str) -> float:
    return reliability(form, dimension).threshold
