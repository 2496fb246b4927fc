"""Nothing of the journal is registered in the Django admin, on purpose: entries, drafts and tag
names are what people tell no one else. A test keeps it that way."""
