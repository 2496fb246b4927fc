"""Writes of the journal that touch several rows at once, each in one transaction."""

from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from django.db import IntegrityError, transaction
from django.utils import timezone

from journal.blind_index import index_entry
from journal.care import should_offer_support, window_start
from journal.models import CareState, Draft, Entry, Tag, fold_tag_name, tag_name_key
from journal.selectors import lowest_mood_dates, tags_for
from journal.vocabulary import LOWEST_MOOD, clean_emotions

# Drafts whose entry was saved keep no text, only a marker that stops a late autosave from
# bringing them back; after this long nothing can still be in flight, so they are removed.
SAVED_DRAFT_GRACE = timedelta(days=1)
CHECK_IN_TITLE = "Check-in"


class VersionConflict(Exception):
    """The entry moved on since the form was opened (another tab saved first)."""

    def __init__(self, entry: Entry):
        super().__init__("The entry was changed elsewhere.")
        self.entry = entry


@dataclass(frozen=True)
class EntryData:
    title: str
    body: str
    mood: int | None
    emotions: list[str]
    tags: list[Tag]
    new_tags: list[str]
    entry_date: object
    prompt_code: str

    @classmethod
    def from_form(cls, cleaned: dict) -> "EntryData":
        return cls(
            title=cleaned.get("title") or "",
            body=cleaned["body"],
            mood=cleaned.get("mood"),
            emotions=clean_emotions(cleaned.get("emotions")),
            tags=list(cleaned.get("tags") or []),
            new_tags=list(cleaned.get("new_tags") or []),
            entry_date=cleaned["entry_date"],
            prompt_code=cleaned.get("prompt_code") or "",
        )


def tags_ensure(*, user, names: list[str]) -> list[Tag]:
    """The person's tags with these names, creating the missing ones (case-insensitive).

    Two saves creating the same new tag at once end with one tag: the database refuses the
    second (a unique name key per person), and the second save then uses the first one's."""
    if not names:
        return []
    existing = {fold_tag_name(tag.name): tag for tag in tags_for(user)}
    tags = []
    for name in names:
        folded = fold_tag_name(name)
        tag = existing.get(folded)
        if tag is None:
            tag = _tag_create(user=user, name=name)
            existing[folded] = tag
        tags.append(tag)
    return tags


def _tag_create(*, user, name: str) -> Tag:
    tag = Tag(user=user, name=name)
    try:
        with transaction.atomic():
            tag.save()
    except IntegrityError:
        twin = Tag.objects.for_user(user).filter(name_key=tag_name_key(user.pk, name)).first()
        if twin is None:
            raise
        return twin
    return tag


def _apply(entry: Entry, data: EntryData) -> None:
    entry.title = data.title
    entry.body = data.body
    entry.mood = data.mood
    entry.emotions = data.emotions
    entry.entry_date = data.entry_date
    entry.prompt_code = data.prompt_code


def _set_tags(*, user, entry: Entry, data: EntryData) -> None:
    tags = {tag.pk: tag for tag in data.tags}
    for tag in tags_ensure(user=user, names=data.new_tags):
        tags.setdefault(tag.pk, tag)
    entry.tags.set(list(tags.values()))


def _close_draft(*, user, draft_key: UUID | None) -> None:
    """Wipe the draft the form came from (it is now an entry) and sweep old closed ones."""
    now = timezone.now()
    drafts = Draft.objects.for_user(user)
    if draft_key is not None:
        for draft in drafts.filter(uuid=draft_key):
            draft.title = draft.body = draft.new_tags = ""
            draft.emotions, draft.tag_uuids = [], []
            draft.saved_at = now
            draft.save()
    drafts.filter(saved_at__lt=now - SAVED_DRAFT_GRACE).delete()


def entry_create(
    *,
    user,
    data: EntryData,
    draft_key: UUID | None = None,
    submission: UUID | None = None,
    is_check_in: bool = False,
) -> Entry:
    """A new entry. ``submission`` is the token of the form it came from: posting the same
    form again (a double tap, a retry after a lost answer) returns the first entry."""
    if submission is not None:
        earlier = Entry.objects.for_user(user).filter(submission=submission).first()
        if earlier is not None:
            return earlier
    try:
        with transaction.atomic():
            entry = Entry(user=user, submission=submission, is_check_in=is_check_in)
            _apply(entry, data)
            entry.save()
            index_entry(entry)
            _set_tags(user=user, entry=entry, data=data)
            _close_draft(user=user, draft_key=draft_key)
    except IntegrityError:
        # The same form, posted twice at once: the other post saved it first.
        earlier = None
        if submission is not None:
            earlier = Entry.objects.for_user(user).filter(submission=submission).first()
        if earlier is None:
            raise
        return earlier
    return entry


def check_in_create(
    *, user, mood: int, word: str, day: date, submission: UUID | None = None
) -> Entry:
    """A ten-second check-in, kept as a journal entry so its mood joins the mood history: the
    title says what it is, the body is the one word (if any), encrypted like every entry's
    text and found by search like it. The same form posted twice makes one entry."""
    data = EntryData(
        title=CHECK_IN_TITLE,
        body=word,
        mood=mood,
        emotions=[],
        tags=[],
        new_tags=[],
        entry_date=day,
        prompt_code="",
    )
    return entry_create(user=user, data=data, submission=submission, is_check_in=True)


def entry_update(
    *,
    user,
    entry: Entry,
    data: EntryData,
    expected_version: int | None,
    draft_key: UUID | None = None,
) -> Entry:
    """Save an edit, or raise VersionConflict when the entry moved on since the form opened."""
    with transaction.atomic():
        current = Entry.objects.for_user(user).select_for_update().get(pk=entry.pk)
        if expected_version is None or current.version != expected_version:
            raise VersionConflict(current)
        _apply(current, data)
        current.version += 1
        current.save()
        index_entry(current)
        _set_tags(user=user, entry=current, data=data)
        _close_draft(user=user, draft_key=draft_key)
    return current


def already_saved(current: Entry, data: EntryData) -> bool:
    """True when the entry already holds exactly this edit: the same form was posted twice and
    the first post saved it (so the second is no conflict)."""
    posted_tags = {fold_tag_name(tag.name) for tag in data.tags}
    posted_tags |= {fold_tag_name(name) for name in data.new_tags}
    return (
        current.title == data.title
        and current.body == data.body
        and current.mood == data.mood
        and current.emotions == data.emotions
        and current.entry_date == data.entry_date
        and current.prompt_code == data.prompt_code
        and {fold_tag_name(tag.name) for tag in current.tags.all()} == posted_tags
    )


def entry_delete(*, entry: Entry) -> None:
    with transaction.atomic():
        entry.delete()  # its drafts and search tokens go with it (CASCADE); tags stay


def support_note_claim(*, user, entry: Entry) -> bool:
    """True (and remembered for the person's local day) when the quiet support note is due.

    Only an entry at the lowest mood can bring the note; it is offered at most once a day."""
    if entry.mood != LOWEST_MOOD:
        return False
    today = user.local_today()
    with transaction.atomic():
        state, _created = CareState.objects.select_for_update().get_or_create(user=user)
        dates = lowest_mood_dates(user, since=window_start(today))
        if not should_offer_support(dates, today, state.support_note_offered_on):
            return False
        state.support_note_offered_on = today
        state.save(update_fields=["support_note_offered_on"])
    return True


def draft_autosave(*, user, key: UUID | None, fields: dict, entry: Entry | None = None) -> Draft:
    """Store what is being typed. ``key`` names the draft the page holds; an unknown key starts
    a new one under that name. A draft whose entry was already saved is left alone."""
    with transaction.atomic():
        draft = None
        if key is not None:
            draft = Draft.objects.for_user(user).select_for_update().filter(uuid=key).first()
        if draft is not None and not draft.is_open:
            return draft
        if draft is None:
            draft = Draft(user=user, entry=entry)
            if key is not None and not Draft.objects.filter(uuid=key).exists():
                draft.uuid = key
            if entry is not None:
                draft.base_version = fields.get("base_version") or entry.version
        for name, value in fields.items():
            if name != "base_version":
                setattr(draft, name, value)
        try:
            with transaction.atomic():
                draft.save()
        except IntegrityError:
            # Two first saves of the same new key raced (the timer and the closing page): the
            # other one created it, so this one updates it.
            draft = Draft.objects.for_user(user).select_for_update().get(uuid=key)
            for name, value in fields.items():
                if name != "base_version":
                    setattr(draft, name, value)
            draft.save()
    return draft


def draft_discard(*, draft: Draft) -> None:
    draft.delete()
