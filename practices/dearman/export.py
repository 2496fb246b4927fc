"""Clear requests as one Markdown file in the account export (the JSON has the rows)."""

from django.utils import timezone

from practices.dearman import selectors

PARTS = (
    ("What happened", "describe"),
    ("How it is for me", "express"),
    ("What I ask", "ask"),
    ("Why it helps", "reinforce"),
    ("The line I come back to", "hold_to"),
    ("What I could give on", "negotiate"),
)


def export_files(user) -> dict[str, str]:
    requests = list(selectors.requests_for(user).order_by("created_at", "id"))
    if not requests:
        return {}
    lines = ["# Clear requests", ""]
    for clear_request in requests:
        made = timezone.localtime(clear_request.created_at, user.zone)
        to = clear_request.person.name if clear_request.person else "nobody in particular"
        lines += [f"## To {to}, {made.date().isoformat()}", "", f"> {clear_request.assembled}", ""]
        for label, name in PARTS:
            if value := getattr(clear_request, name):
                lines += [f"- **{label}:** {value}"]
        lines.append("")
    return {"clear-requests.md": "\n".join(lines)}
