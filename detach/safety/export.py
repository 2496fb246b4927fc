"""The safety plan and the kept relationship-check answers in the account export, as Markdown.

The export's JSON already holds both rows (decrypted); these files are the readable copies: the
plan under its seven headings, and each kept answer next to its question.
"""

from detach.safety import content, selectors
from detach.safety.models import sections_with_text


def _plan_markdown(plan) -> str:
    lines = ["# My safety plan", "", f"- Last changed: {plan.updated_at.isoformat()}", ""]
    for section in sections_with_text(plan):
        number = f"{section['step']}. " if section["step"] else ""
        lines += [f"## {number}{section['heading']}", "", section["text"] or "(empty)", ""]
    return "\n".join(lines)


def _check_markdown(check) -> str:
    assessment = check.assessment()
    lines = [
        "# Is this relationship safe? The answers I kept",
        "",
        f"- Answered: {check.answered_at.isoformat()}",
        f"- Questions version: {check.version}",
        "",
    ]
    for question, answer in content.answered_questions(check.answers):
        lines.append(f"- {question.text} {answer}")
    lines += [
        "",
        "What the answers suggested: "
        + (
            "planning any distance needs care, with a domestic-abuse advocate."
            if assessment.needs_care
            else "no answer pointed to a risk in planning some distance."
        ),
        "",
    ]
    return "\n".join(lines)


def export_files(user) -> dict[str, str]:
    files: dict[str, str] = {}
    plan = selectors.plan_for(user)
    if plan is not None:
        files["safety/safety-plan.md"] = _plan_markdown(plan)
    check = selectors.kept_check_for(user)
    if check is not None:
        files["safety/relationship-check.md"] = _check_markdown(check)
    return files
