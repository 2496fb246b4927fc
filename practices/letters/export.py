"""Unsent letters as Markdown in the account export, one file each (the JSON has the rows)."""

from django.utils import timezone

from practices.letters import selectors


def export_files(user) -> dict[str, str]:
    files = {}
    for letter in selectors.letters_for(user).order_by("written_at", "id"):
        written = timezone.localtime(letter.written_at, user.zone)
        to = letter.person.name if letter.person else "nobody in particular"
        lines = [
            f"# To {to}",
            "",
            f"Written {written.isoformat(timespec='minutes')}. Never sent.",
            "",
            letter.body,
            "",
        ]
        files[f"letters/{written.date().isoformat()}-{letter.uuid.hex[:8]}.md"] = "\n".join(lines)
    return files
