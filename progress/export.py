"""The path in the account export, readable: when the person started and finished, the session
and each session they marked done with its day.

The export's JSON already holds the row itself (session slugs and ISO days); this names the
sessions as the person saw them. Sessions counted as done because the exercise was done on its
own are not listed: those records are in the export under their own apps."""

from progress.models import PathState
from progress.path.sessions import BY_SLUG, SESSIONS


def _name(slug: str) -> str:
    session = BY_SLUG.get(slug)
    # A session later taken off the path keeps its slug rather than vanishing from the export.
    return f"Step {session.step} · {session.title}" if session else slug


def export_files(user) -> dict[str, str]:
    state = PathState.objects.for_user(user).first()
    if state is None:
        return {}
    lines = ["# Your path", ""]
    lines.append(f"- Started: {state.started_at.astimezone(user.zone).date().isoformat()}")
    if state.finished_on:
        lines.append(f"- First finished: {state.finished_on.isoformat()}")
    lines += ["", "## Sessions you marked done", ""]
    written = {session.slug: n for n, session in enumerate(SESSIONS)}
    done = sorted(state.done.items(), key=lambda item: (written.get(item[0], len(written)), item))
    lines += [f"- {day}: {_name(slug)}" for slug, day in done] or ["None yet."]
    return {"path.md": "\n".join(lines) + "\n"}
