"""Views of the journal, one module per part: the list, entries, drafts and the calendar."""
