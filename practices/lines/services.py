"""Writes that span more than one row: an edit keeps the earlier wording, and a check-in
replaces the day's earlier answer."""

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from practices.lines.models import CheckIn, Line, LineRevision


def line_edit(*, line: Line, old_text: str, new_text: str, person) -> Line:
    """Save the new wording (and who it is about); keep the old wording when it changed."""
    with transaction.atomic():
        now = timezone.now()
        if new_text != old_text:
            LineRevision.objects.create(
                user=line.user,
                line=line,
                text=old_text,
                written_at=line.updated_at,
                replaced_at=now,
            )
            line.updated_at = now
        line.text = new_text
        line.person = person
        line.save()
    return line


def check_in(*, user, day: date, kept: bool, note: str, person=None) -> CheckIn:
    """One check-in a local day: answering again the same day changes the answer (a double
    tap makes one row, the unique constraint guards the rest). ``person`` (whose line a slip
    was) is kept only on a "Not today"."""
    person = None if kept else person
    try:
        with transaction.atomic():
            record, _created = CheckIn.objects.update_or_create(
                user=user, day=day, defaults={"kept": kept, "note": note, "person": person}
            )
    except IntegrityError:
        # Two taps at once: both found no row and one inserted first. The answer stands.
        record = CheckIn.objects.get(user=user, day=day)
        record.kept, record.note, record.person = kept, note, person
        record.save(update_fields=["kept", "note", "person"])
    return record
