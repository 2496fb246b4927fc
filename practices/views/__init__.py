"""Views of the practice modules, one module per practice module plus the overview."""
