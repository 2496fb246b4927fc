"""Forms of the journal: writing an entry, and the list's filters.

The forms own validation; on an error the page is shown again with everything typed kept.
"""

from datetime import date

from crispy_forms.bootstrap import InlineCheckboxes, InlineRadios
from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Field, Layout
from django import forms

from detach.forms import max_lengths
from detach.submissions import submission_field
from journal.models import MAX_BODY_LENGTH, MAX_TAG_LENGTH, MAX_TITLE_LENGTH, MAX_VERSION, Tag
from journal.prompt_bank import PROMPTS_BY_CODE
from journal.selectors import tags_for
from journal.vocabulary import EMOTIONS, LOWEST_MOOD, MOOD_CHOICES, clean_emotions

MAX_NEW_TAGS = 10
# Shown when the hidden version of the page is not a version an entry can have.
OUT_OF_DATE = (
    "This page lost track of which version of the entry it shows. Your words are still here: "
    "copy them somewhere safe if you like, then open the entry again to save them."
)
EARLIEST_ENTRY_DATE = date(1900, 1, 1)
# The check-in's "one word": room for a short phrase, and the same limit in the browser.
MAX_CHECK_IN_WORD_LENGTH = 40


def split_tag_names(raw: str | None) -> list[str]:
    """Comma-separated names, trimmed, inner spaces collapsed, each once (ignoring case)."""
    names: list[str] = []
    seen: set[str] = set()
    for part in (raw or "").split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


class EntryForm(forms.Form):
    title = forms.CharField(
        label="Title (optional)",
        required=False,
        max_length=MAX_TITLE_LENGTH,
        widget=forms.TextInput(attrs={"dir": "auto"}),
        error_messages={"max_length": "Please keep the title under %(limit_value)d characters."},
    )
    body = forms.CharField(
        label="Your entry",
        max_length=MAX_BODY_LENGTH,
        widget=forms.Textarea(attrs={"rows": 12, "dir": "auto"}),
        error_messages={
            "required": "Write a few words before saving: even one line is enough.",
            "max_length": "This entry is very long. Please split it into two entries.",
        },
    )
    mood = forms.TypedChoiceField(
        label="How are you feeling? (optional)",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "Rather not say"), *MOOD_CHOICES],
        widget=forms.RadioSelect,
    )
    emotions = forms.MultipleChoiceField(
        label="Emotions you notice (optional)",
        required=False,
        choices=EMOTIONS,
        widget=forms.CheckboxSelectMultiple,
    )
    tags = forms.MultipleChoiceField(
        label="Your tags", required=False, widget=forms.CheckboxSelectMultiple
    )
    new_tags = forms.CharField(
        label="New tags (optional)",
        required=False,
        max_length=500,
        widget=forms.TextInput(attrs={"dir": "auto"}),
        help_text="Separate tags with commas, for example: family, work, small wins.",
    )
    entry_date = forms.DateField(
        label="Day this entry is about",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Please enter a date such as 2026-03-14."},
        help_text="Today by default; choose an earlier day to write about it.",
    )
    prompt_code = forms.CharField(required=False, widget=forms.HiddenInput)
    version = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_VERSION,
        widget=forms.HiddenInput,
        error_messages={
            key: OUT_OF_DATE for key in ("invalid", "min_value", "max_value", "max_digits")
        },
    )
    draft = forms.UUIDField(required=False, widget=forms.HiddenInput)
    # One submit, one entry: the same form posted twice saves once (detach.submissions).
    submission = submission_field()

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.today = user.local_today()
        self.user_tags: dict[str, Tag] = {str(tag.uuid): tag for tag in tags_for(user)}
        self.fields["tags"].choices = [(key, tag.name) for key, tag in self.user_tags.items()]
        if not self.user_tags:
            self.fields["tags"].widget = forms.MultipleHiddenInput()
        self.fields["entry_date"].widget.attrs["max"] = self.today.isoformat()
        if not self.is_bound and "entry_date" not in self.initial:
            self.initial["entry_date"] = self.today
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Field("title", autocomplete="off"),
            Field("body", css_class="journal-body"),
            InlineRadios("mood"),
            # Right under the moods: one quiet line with a crisis line, shown for "Very low".
            HTML('{% include "journal/_mood_care.html" with shown=form.very_low_chosen %}'),
            InlineCheckboxes("emotions"),
            InlineCheckboxes("tags") if self.user_tags else Field("tags"),
            Field("new_tags", autocomplete="off"),
            Field("entry_date"),
            Field("prompt_code"),
            Field("version"),
            Field("draft"),
            Field("submission"),
        )

    def full_clean(self):
        super().full_clean()
        # The version is a hidden field: its problem is said at the top of the form, where it
        # can be seen, instead of next to an input nobody sees.
        if self._errors and "version" in self._errors:
            for error in self._errors.pop("version"):
                self.add_error(None, error)

    @property
    def very_low_chosen(self) -> bool:
        """The lowest mood is chosen (sent, restored from a draft or already saved)."""
        return str(self["mood"].value()) == str(LOWEST_MOOD)

    def clean_entry_date(self) -> date:
        day = self.cleaned_data["entry_date"]
        if day > self.today:
            raise forms.ValidationError(
                "This day has not happened yet where you are. Choose today or an earlier day."
            )
        if day < EARLIEST_ENTRY_DATE:
            raise forms.ValidationError("Please choose a day after 1900.")
        return day

    def clean_prompt_code(self) -> str:
        code = self.cleaned_data.get("prompt_code") or ""
        return code if code in PROMPTS_BY_CODE else ""

    def clean_tags(self) -> list[Tag]:
        return [self.user_tags[key] for key in self.cleaned_data.get("tags", [])]

    def clean_new_tags(self) -> list[str]:
        names = split_tag_names(self.cleaned_data.get("new_tags"))
        if len(names) > MAX_NEW_TAGS:
            raise forms.ValidationError(f"Please add at most {MAX_NEW_TAGS} new tags at a time.")
        too_long = [name for name in names if len(name) > MAX_TAG_LENGTH]
        if too_long:
            raise forms.ValidationError(f"Please keep each tag under {MAX_TAG_LENGTH} characters.")
        return names


@max_lengths(word=MAX_CHECK_IN_WORD_LENGTH)
class CheckInForm(forms.Form):
    """The ten-second check-in: a mood on the journal's scale and, if the person likes, one
    word. Saved as a journal entry (``journal.services.check_in_create``)."""

    mood = forms.TypedChoiceField(
        label="How are you right now?",
        coerce=int,
        choices=MOOD_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose the mood nearest to how you are. A rough guess is fine.",
            "invalid_choice": "Choose one of the five moods.",
        },
    )
    word = forms.CharField(
        label="One word for it (optional)",
        required=False,
        widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "off"}),
    )
    # One submit, one check-in: a double tap saves once (detach.submissions).
    submission = submission_field()

    def __init__(self, *args, very_low_today: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # A fresh form after a "Very low" check-in keeps the quiet care line in view.
        self.care_shown = self.very_low_chosen or (not self.is_bound and very_low_today)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            InlineRadios("mood"),
            # Right under the moods, as on the entry form: shown for "Very low". (The layout is
            # drawn in the including page's context, where this form is ``check_in_form``.)
            HTML('{% include "journal/_mood_care.html" with shown=check_in_form.care_shown %}'),
            Field("word"),
            Field("submission"),
        )

    @property
    def very_low_chosen(self) -> bool:
        return self.is_bound and str(self["mood"].value()) == str(LOWEST_MOOD)


class EntryFilterForm(forms.Form):
    """The list's search box and filters, read from the query string."""

    q = forms.CharField(
        label="Search your entries",
        required=False,
        max_length=200,
        # The hint below the whole form says how search works.
        widget=forms.SearchInput(
            attrs={"autocomplete": "off", "aria-describedby": "search-help", "dir": "auto"}
        ),
    )
    tag = forms.ChoiceField(label="Tag", required=False)
    mood = forms.TypedChoiceField(
        label="Mood",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", "Any mood"), *MOOD_CHOICES],
    )
    start = forms.DateField(
        label="From",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        label="Until",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, tags: list[Tag], **kwargs):
        super().__init__(*args, **kwargs)
        self.tags_by_key = {str(tag.uuid): tag for tag in tags}
        self.fields["tag"].choices = [("", "Any tag")] + [
            (key, tag.name) for key, tag in self.tags_by_key.items()
        ]
        for name, field in self.fields.items():
            field.widget.attrs["class"] = (
                "form-select" if name in ("tag", "mood") else "form-control"
            )
        # Tag names are the person's own words, in whatever script they write.
        self.fields["tag"].widget.attrs["dir"] = "auto"

    def full_clean(self):
        super().full_clean()
        # The template draws each widget itself (see templates/journal/index.html): a field
        # with a problem is marked on its widget, and its message is shown under it.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["class"] += " is-invalid"
                described = f"{attrs.get('aria-describedby', '')} {self[name].auto_id}-error"
                attrs["aria-describedby"] = described.strip()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "The end of the range comes before its start.")
        return cleaned

    @property
    def chosen_tag(self) -> Tag | None:
        return self.tags_by_key.get(self.cleaned_data.get("tag") or "")


def draft_fields(data, *, user_tag_keys: set[str], today: date) -> dict:
    """What an autosave keeps from a half-written form: everything typed, nothing validated
    strictly (a draft may be unfinished), but only known choices and the person's own tags."""
    mood = data.get("mood")
    entry_date = None
    try:
        entry_date = date.fromisoformat(data.get("entry_date") or "")
    except ValueError:
        entry_date = None
    if entry_date is not None and not (EARLIEST_ENTRY_DATE <= entry_date <= today):
        entry_date = None
    prompt_code = data.get("prompt_code") or ""
    fields = {
        "title": (data.get("title") or "")[:MAX_TITLE_LENGTH],
        "body": (data.get("body") or "")[:MAX_BODY_LENGTH],
        "mood": int(mood) if mood in {"1", "2", "3", "4", "5"} else None,
        "emotions": clean_emotions(data.getlist("emotions")),
        "tag_uuids": [key for key in data.getlist("tags") if key in user_tag_keys],
        "new_tags": (data.get("new_tags") or "")[:500],
        "prompt_code": prompt_code if prompt_code in PROMPTS_BY_CODE else "",
        "entry_date": entry_date,
    }
    version = parse_version(data.get("version"))
    if version is not None:
        fields["base_version"] = version
    return fields


def parse_version(raw: str | None) -> int | None:
    """The version a page says it started from: None when it says none, ValueError when what
    it says is not a version an entry can have (negative, not a number, beyond the range)."""
    raw = (raw or "").strip()
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()) or len(raw) > len(str(MAX_VERSION)):
        raise ValueError("not a version")
    version = int(raw)
    if not 1 <= version <= MAX_VERSION:
        raise ValueError("not a version")
    return version


def initial_from_draft(draft) -> dict:
    """Form values restored from a draft."""
    initial = {
        "title": draft.title,
        "body": draft.body,
        "mood": draft.mood,
        "emotions": draft.emotions,
        "tags": draft.tag_uuids,
        "new_tags": draft.new_tags,
        "prompt_code": draft.prompt_code,
        "draft": draft.uuid,
    }
    if draft.entry_date:
        initial["entry_date"] = draft.entry_date
    if draft.base_version:
        initial["version"] = draft.base_version
    return initial


def initial_from_entry(entry) -> dict:
    return {
        "title": entry.title,
        "body": entry.body,
        "mood": entry.mood,
        "emotions": entry.emotions,
        "tags": [str(tag.uuid) for tag in entry.tags.all()],
        "entry_date": entry.entry_date,
        "prompt_code": entry.prompt_code,
        "version": entry.version,
    }
