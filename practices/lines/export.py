"""My lines in the account export: one Markdown file with every line (its earlier wordings
under it) and every check-in."""

from practices.lines import stretches
from practices.lines.models import CheckIn, Line, LineRevision


def _line_markdown(line: Line, revisions: list[LineRevision]) -> list[str]:
    about = line.person.name if line.person else "no one in particular"
    out = [f"## {line.text}", "", f"- About: {about}", f"- Set: {line.created_at.isoformat()}"]
    if line.retired_at:
        out.append(f"- Retired: {line.retired_at.isoformat()}")
    for revision in revisions:
        out.append(
            f"- Earlier wording, from {revision.written_at.isoformat()} until "
            f"{revision.replaced_at.isoformat()}: {revision.text}"
        )
    out.append("")
    return out


def _kept_with(person, check_ins: list[CheckIn]) -> list[str]:
    """Days within my lines with one person: a slip named with someone else does not count
    against them, a slip with no one named counts against everyone."""
    days = stretches.days_with([(c.day, c.kept, c.person_id) for c in check_ins], person.pk)
    kept = sum(k for _day, k in days)
    longest = stretches.longest_stretch(days)
    return [f"- {person.name}: {kept} of {len(days)} days, longest stretch {longest.days}"]


def export_files(user) -> dict[str, str]:
    lines = list(Line.objects.for_user(user).select_related("person").order_by("created_at"))
    check_ins = list(CheckIn.objects.for_user(user).select_related("person").order_by("day"))
    if not lines and not check_ins:
        return {}
    revisions: dict[int, list[LineRevision]] = {}
    for revision in LineRevision.objects.for_user(user).order_by("replaced_at", "id"):
        revisions.setdefault(revision.line_id, []).append(revision)
    out = ["# My lines", ""]
    for line in lines:
        out += _line_markdown(line, revisions.get(line.pk, []))
    out += ["# Check-ins: kept my lines today?", ""]
    for check_in in check_ins:
        answer = "yes" if check_in.kept else "not today"
        if check_in.person and not check_in.kept:
            answer += f" (a line with {check_in.person.name})"
        note = f" — {check_in.note}" if check_in.note else ""
        out.append(f"- {check_in.day.isoformat()}: {answer}{note}")
    people = {line.person.pk: line.person for line in lines if line.person}
    if check_ins and people:
        out += ["", "# Days within my lines, with each person", ""]
        for person in people.values():
            out += _kept_with(person, check_ins)
        out += [
            "",
            "A “Not today” named with someone else does not count against a person; one with "
            "no one named counts against everyone.",
        ]
    return {"lines.md": "\n".join(out) + "\n"}
