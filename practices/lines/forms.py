from crispy_forms.helper import FormHelper
from django import forms

from detach.people.models import Person
from detach.people.selectors import people_for
from practices.lines.models import LINE_MAX_LENGTH, NOTE_MAX_LENGTH, Line
from practices.lines.selectors import people_with_lines


def _helper() -> FormHelper:
    """Templates write their own <form> (method, csrf, buttons); crispy lays out the fields."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    return helper


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Person) -> str:
        return obj.name


class LineForm(forms.ModelForm):
    person = PersonChoiceField(
        label="About",
        queryset=Person.objects.none(),
        required=False,
        empty_label="No one in particular",
        error_messages={"invalid_choice": "Please choose one of your people, or no one."},
    )
    text = forms.CharField(
        label="My line",
        max_length=LINE_MAX_LENGTH,
        help_text="In your own words, as something you do or don't do. It is encrypted and "
        "seen by you alone.",
        widget=forms.Textarea(
            attrs={"rows": 2, "dir": "auto", "autocomplete": "off", "maxlength": LINE_MAX_LENGTH}
        ),
        error_messages={
            "required": "Please write your line, even a few words.",
            "max_length": f"Please keep it to {LINE_MAX_LENGTH} characters or fewer (it has "
            "%(show_value)d). A line is easier to keep when it is short.",
        },
    )

    class Meta:
        model = Line
        fields = ["person", "text"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people_for(user)
        self.helper = _helper()

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError("Please write your line, even a few words.")
        return text


class CheckInForm(forms.Form):
    """Two buttons (``kept`` = yes / no) and an optional one-line note; after a "Not today",
    optionally whose line it was (one of their people with lines; anything else is refused)."""

    kept = forms.TypedChoiceField(
        choices=[("yes", "Yes"), ("no", "Not today")],
        coerce=lambda value: value == "yes",
        error_messages={"required": "Please choose Yes or Not today."},
    )
    note = forms.CharField(
        label="A note, if you like",
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.TextInput(
            attrs={
                "dir": "auto",
                "autocomplete": "off",
                "maxlength": NOTE_MAX_LENGTH,
                "placeholder": "One line, only for you",
            }
        ),
        error_messages={
            "max_length": f"Please keep the note to {NOTE_MAX_LENGTH} characters or fewer "
            "(it has %(show_value)d)."
        },
    )

    person = PersonChoiceField(
        label="Whose line was it?",
        queryset=Person.objects.none(),
        to_field_name="uuid",
        required=False,
        empty_label="Rather not say",
        help_text="If you like. Only you see it.",
        error_messages={"invalid_choice": "Please choose one of your people, or rather not say."},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people_with_lines(user)
        self.helper = _helper()

    def clean_note(self) -> str:
        return self.cleaned_data["note"].strip()
