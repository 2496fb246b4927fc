"""Quiz results and answers as CSV files for the account export.

The export's JSON already holds every attempt; these files are what a spreadsheet wants: one
row per finished result, and every answer next to the statement it answered.
"""

from detach.csv_export import csv_text
from quiz import content, scoring
from quiz.models import Attempt


def export_files(user) -> dict[str, str]:
    attempts = list(
        Attempt.objects.for_user(user).select_related("person").order_by("started_at", "pk")
    )
    results = []
    answers = []
    for attempt in attempts:
        if attempt.is_complete:
            shares = {
                s.style: s.percent
                for s in scoring.blend_percentages(attempt.anxiety, attempt.avoidance)
            }
            results.append(
                (
                    attempt.completed_at.astimezone(user.zone).date().isoformat(),
                    str(attempt.uuid),
                    attempt.version,
                    attempt.form,
                    attempt.focus_label,
                    f"{attempt.anxiety:.2f}",
                    f"{attempt.avoidance:.2f}",
                    _two_places(attempt.love_addict),
                    _two_places(attempt.love_avoidant),
                    content.STYLE_NAMES[attempt.dominant_style],
                    *(shares[style] for style in scoring.STYLES),
                )
            )
        items = {item.code: item for item in attempt.questionnaire.items}
        for code, value in attempt.answers.items():
            item = items.get(code)
            answers.append(
                (
                    str(attempt.uuid),
                    attempt.version,
                    code,
                    attempt.statement(item) if item else "",
                    item.scale if item else "",
                    "yes" if item and item.reverse else "no",
                    value,
                )
            )
    return {
        "quiz/results.csv": csv_text(
            [
                "date",
                "result",
                "questionnaire_version",
                "form",
                "about",
                "anxiety_1_to_7",
                "avoidance_1_to_7",
                "love_addict_1_to_7",
                "love_avoidant_1_to_7",
                "largest_share",
                *(f"{style}_percent" for style in scoring.STYLES),
            ],
            results,
        ),
        "quiz/answers.csv": csv_text(
            [
                "result",
                "questionnaire_version",
                "item",
                "statement",
                "scale",
                "reverse_keyed",
                "answer_1_to_7",
            ],
            answers,
        ),
    }


def _two_places(value: float | None) -> str:
    """A score to two decimals; blank for a lens the form does not ask."""
    return "" if value is None else f"{value:.2f}"
