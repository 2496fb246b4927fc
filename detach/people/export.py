"""The people a person is working on as a CSV in the account export (names decrypted)."""

from detach.csv_export import csv_text
from detach.people import selectors


def export_files(user) -> dict[str, str]:
    rows = [
        (
            person.name,
            person.get_relationship_display(),
            person.get_contact_display(),
            person.created_at.isoformat(),
        )
        for person in selectors.people_for(user)
    ]
    if not rows:
        return {}
    return {"people.csv": csv_text(["name", "relationship", "contact", "added"], rows)}
