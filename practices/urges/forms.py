from crispy_forms.layout import Field, Layout
from django import forms

from detach.people.models import Person
from practices.forms.common import SCALE, ScaleField, helper_without_form_tag, text_area
from practices.urges.models import (
    INSTEAD_MAX_LENGTH,
    OWN_WORDS_MAX_LENGTH,
    PAUSE_MINUTES_DEFAULT,
    PAUSE_MINUTES_MAX,
    PAUSE_MINUTES_MIN,
    Kind,
    Outcome,
    Urge,
)

PAUSE_CHOICES = [(m, f"{m} minutes") for m in (2, 5, 10, 15, 20, 30)]
KIND_TEMPLATE = "urges/forms/kind.html"


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Person) -> str:
        return obj.name  # decrypted here, shown only to its owner


class RideForm(forms.ModelForm):
    """What the urge is, before the pause starts. The pause starts when it is saved."""

    person = PersonChoiceField(
        queryset=Person.objects.none(),
        required=False,
        label="Who is it about?",
        empty_label="No one in particular",
    )
    kind = forms.ChoiceField(
        label="What do you feel like doing?",
        choices=Kind.choices,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        error_messages={"required": "Please choose what the urge is, or “In my own words”."},
    )
    own_words = forms.CharField(
        label="In your own words (optional unless you chose “In my own words”)",
        max_length=OWN_WORDS_MAX_LENGTH,
        required=False,
        widget=text_area(2, maxlength=OWN_WORDS_MAX_LENGTH),
    )
    intensity_before = ScaleField(
        "How strong is the urge right now?", low="barely there", high="as strong as it gets"
    )
    pause_minutes = forms.TypedChoiceField(
        label="How long a pause?",
        choices=PAUSE_CHOICES,
        coerce=int,
        initial=PAUSE_MINUTES_DEFAULT,
        widget=forms.RadioSelect,
        help_text=f"Ten minutes is a good start; anything from {PAUSE_MINUTES_MIN} to "
        f"{PAUSE_MINUTES_MAX} helps.",
        error_messages={"required": "Please choose how long to pause."},
    )

    class Meta:
        model = Urge
        fields = ["person", "kind", "own_words", "intensity_before", "pause_minutes"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.for_user(user)
        self.helper = helper_without_form_tag(
            Layout(
                "person",
                Field("kind", template=KIND_TEMPLATE),
                "own_words",
                Field("intensity_before", template=SCALE),
                "pause_minutes",
            )
        )

    def clean(self):
        cleaned = super().clean()
        missing = not cleaned.get("own_words", "").strip() and "own_words" not in self.errors
        if cleaned.get("kind") == Kind.OWN_WORDS and missing:
            self.add_error("own_words", "Please say the urge in a few words.")
        return cleaned


class OutcomeForm(forms.ModelForm):
    """How it went: information, not a score. Every answer is a fine answer."""

    outcome = forms.ChoiceField(
        label="What happened?",
        choices=Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose what happened; any answer is fine."},
    )
    intensity_after = ScaleField(
        "How strong is the urge now?", low="barely there", high="as strong as it gets"
    )
    instead = forms.CharField(
        label="What did you do instead? (optional)",
        max_length=INSTEAD_MAX_LENGTH,
        required=False,
        widget=text_area(3, maxlength=INSTEAD_MAX_LENGTH),
    )

    class Meta:
        model = Urge
        fields = ["intensity_after", "outcome", "instead"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = helper_without_form_tag(
            Layout(Field("intensity_after", template=SCALE), "outcome", "instead")
        )
