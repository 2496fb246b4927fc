"""The journal in the account export: one Markdown file per entry and a CSV of moods."""

import csv
import io

from journal.selectors import entries_for
from journal.vocabulary import mood_word


def _markdown(entry) -> str:
    lines = [f"# {entry.title or entry.entry_date.isoformat()}", ""]
    lines.append(f"- Day: {entry.entry_date.isoformat()}")
    if entry.mood:
        lines.append(f"- Mood: {entry.mood} of 5 ({mood_word(entry.mood)})")
    if entry.emotions:
        lines.append(f"- Emotions: {', '.join(entry.emotion_labels)}")
    tags = sorted(tag.name for tag in entry.tags.all())
    if tags:
        lines.append(f"- Tags: {', '.join(tags)}")
    if entry.prompt:
        lines.append(f"- Prompt: {entry.prompt.text}")
    lines.append(f"- Written: {entry.created_at.isoformat()}")
    if entry.was_edited:
        lines.append(f"- Last changed: {entry.updated_at.isoformat()}")
    lines += ["", entry.body, ""]
    return "\n".join(lines)


def export_files(user) -> dict[str, str]:
    files: dict[str, str] = {}
    moods = io.StringIO()
    writer = csv.writer(moods)
    writer.writerow(["day", "mood", "mood_words", "emotions", "written_at"])
    entries = entries_for(user).prefetch_related("tags").order_by("entry_date", "created_at", "id")
    for entry in entries:
        files[f"journal/{entry.entry_date.isoformat()}-{str(entry.uuid)[:8]}.md"] = _markdown(entry)
        writer.writerow(
            [
                entry.entry_date.isoformat(),
                entry.mood or "",
                mood_word(entry.mood) if entry.mood else "",
                " ".join(entry.emotions),
                entry.created_at.isoformat(),
            ]
        )
    if files:
        files["journal-moods.csv"] = moods.getvalue()
    return files
