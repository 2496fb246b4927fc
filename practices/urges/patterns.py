"""Connecting an urge to how a person tends to attach, gently. Pure functions.

The pull towards someone (to text, to check, to reread) often goes with worry about closeness;
the pull away (to go quiet, to cancel, to end it) often goes with unease about it. The quiz's
anxiety and avoidance scores (1-7) say which of these a person leans towards; the page offers
that as a possible link, never as a label."""

# Above the scale's midpoint (4, "neither agree nor disagree") a score leans that way.
LEANS_FROM = 4.0


def pattern_note(side: str, scores: tuple[float, float] | None) -> str:
    """Which note to show beside the guidance:

    - ``"towards_matches"`` / ``"away_matches"``: the urge's direction fits the person's
      higher-leaning quiz score;
    - ``"towards"`` / ``"away"``: the direction alone (no quiz result, or no lean that way);
    - ``""``: the urge is in the person's own words, so there is nothing to connect.
    """
    if not side:
        return ""
    if scores is not None:
        anxiety, avoidance = scores
        leaning = anxiety if side == "towards" else avoidance
        other = avoidance if side == "towards" else anxiety
        if leaning >= LEANS_FROM and leaning >= other:
            return f"{side}_matches"
    return side
