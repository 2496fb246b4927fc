"""What the reminders (``detach.users``) need from the quiz, found by convention so that the
kernel never imports the quiz: each person's latest finished attempt, for the retake reminder."""

from quiz.selectors import with_latest_completed


def annotate_people(people):
    """Adds ``latest_quiz_uuid`` and ``latest_quiz_at`` to each person."""
    return with_latest_completed(people)
