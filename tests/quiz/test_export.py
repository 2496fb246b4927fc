import csv
import io

import pytest

from quiz import questionnaire as q
from quiz.export import export_files
from tests.quiz.factories import AttemptFactory, CompletedAttemptFactory

pytestmark = pytest.mark.django_db


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_export_offers_results_and_answers_as_csv_of_only_my_attempts(owner, stranger):
    CompletedAttemptFactory(
        user=owner, anxiety=6, avoidance=2, focus="named", focus_name="my partner"
    )
    unfinished = AttemptFactory(user=owner)
    unfinished.record_answers({"ANX01": 3})
    unfinished.save()
    CompletedAttemptFactory(user=stranger)

    files = export_files(owner)
    results = rows(files["quiz/results.csv"])
    assert len(results) == 1
    assert results[0]["about"] == "my partner"
    assert results[0]["anxiety_1_to_7"] == "6.00"
    assert results[0]["largest_share"] == "Ambivalent (preoccupied)"
    assert results[0]["ambivalent_percent"] == "69"
    answers = rows(files["quiz/answers.csv"])
    assert len(answers) == len(q.current().items) + 1  # 49 of version 2, one of the unfinished
    anx04 = next(a for a in answers if a["item"] == "ANX04")
    assert anx04["reverse_keyed"] == "yes"
    assert anx04["answer_1_to_7"] == "2"  # reverse-keyed: raw 2 counts as 6
    assert anx04["statement"].startswith("I rarely wonder")
