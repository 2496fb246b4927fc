"""The journal in the account export: readable Markdown and a CSV of moods, only one's own."""

import io
import zipfile

import pytest

from detach.users.export import build_export_zip
from tests.journal.factories import EntryFactory, TagFactory

pytestmark = pytest.mark.django_db


def test_the_export_holds_each_entry_as_markdown_and_the_moods_as_csv(owner, stranger):
    tag = TagFactory(user=owner, name="coast")
    entry = EntryFactory(
        user=owner,
        title="By the water",
        body="The lighthouse again.",
        mood=4,
        emotions=["calm"],
        prompt_code="mindfulness-03",
        tags=[tag],
    )
    EntryFactory(user=stranger, body="not yours")
    archive = zipfile.ZipFile(io.BytesIO(build_export_zip(owner)))
    names = archive.namelist()
    markdown_name = f"detach/journal/{entry.entry_date.isoformat()}-{str(entry.uuid)[:8]}.md"
    assert markdown_name in names
    markdown = archive.read(markdown_name).decode()
    assert markdown.startswith("# By the water")
    assert "The lighthouse again." in markdown
    assert "Mood: 4 of 5 (Good)" in markdown
    assert "Tags: coast" in markdown
    assert "Describe the place around you" in markdown
    moods = archive.read("detach/journal-moods.csv").decode().splitlines()
    assert moods[0] == "day,mood,mood_words,emotions,written_at"
    assert len(moods) == 2
    everything = b"".join(archive.read(name) for name in names)
    assert b"not yours" not in everything
