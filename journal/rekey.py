"""What the journal does after ``rotate_field_key`` (found by the kernel by convention): the
search index's keys derive from the field key, so its tokens are rebuilt under the new one."""

from journal.blind_index import rebuild


def after_field_key_rotation(batch_size: int) -> tuple[str, int]:
    return "journal entries re-indexed for search", rebuild(batch_size=batch_size)
