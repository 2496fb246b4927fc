"""Urges in the account export: one readable Markdown file, oldest first. (The export's JSON
already holds every row.)"""

from practices.urges.models import Urge


def _describe(urge: Urge) -> list[str]:
    what = urge.own_words if urge.kind == "own" else urge.get_kind_display()
    lines = [f"## {urge.started_at.isoformat(timespec='minutes')}: {what}", ""]
    if urge.person is not None:
        lines.append(f"- About: {urge.person.name}")
    if urge.kind != "own" and urge.own_words:
        lines.append(f"- In my own words: {urge.own_words}")
    lines.append(f"- How strong at first: {urge.intensity_before} of 10")
    lines.append(f"- Pause: {urge.pause_minutes} minutes")
    if urge.outcome:
        lines.append(f"- What happened: {urge.get_outcome_display()}")
    if urge.intensity_after is not None:
        lines.append(f"- How strong afterwards: {urge.intensity_after} of 10")
    if urge.instead:
        lines += ["", "What I did instead:", "", urge.instead]
    lines.append("")
    return lines


def export_files(user) -> dict[str, str]:
    urges = Urge.objects.for_user(user).select_related("person").order_by("started_at", "id")
    lines = ["# Urges ridden out", ""]
    count = 0
    for urge in urges:
        lines += _describe(urge)
        count += 1
    if not count:
        return {}
    return {"urges.md": "\n".join(lines)}
