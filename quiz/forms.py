from django import forms

from quiz.models import Attempt
from quiz.questionnaire import AGREEMENT, Item

FOCUS_NAME_MAX = 60


class FocusForm(forms.Form):
    """What the answers are about: close relationships in general, or one named relationship."""

    focus = forms.ChoiceField(
        label="What will your answers be about?",
        choices=Attempt.Focus.choices,
        initial=Attempt.Focus.GENERAL,
        widget=forms.RadioSelect,
    )
    focus_name = forms.CharField(
        label="A private name for this relationship",
        required=False,
        max_length=FOCUS_NAME_MAX,
        help_text=(
            "Only if you chose one relationship: a word or two such as “my partner”. Only you "
            "see it, and it is stored encrypted. Use the same name next time to compare results."
        ),
    )

    def __init__(self, *args, known_names: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.known_names = known_names or []
        if self.known_names:
            # A <datalist> offers names used before, so a retake lands in the same history.
            self.fields["focus_name"].widget.attrs["list"] = "quiz-focus-names"
        self.fields["focus_name"].widget.attrs["autocomplete"] = "off"
        self.fields["focus_name"].widget.attrs["dir"] = "auto"

    def clean(self):
        cleaned = super().clean()
        name = " ".join((cleaned.get("focus_name") or "").split())
        if cleaned.get("focus") == Attempt.Focus.NAMED:
            if not name:
                self.add_error(
                    "focus_name",
                    "Give this relationship a private name, such as “my partner”, or choose "
                    "close relationships in general.",
                )
            cleaned["focus_name"] = name
        else:
            cleaned["focus_name"] = ""
        return cleaned


class QuizPageForm(forms.Form):
    """One page of statements, each a required choice on the 1-7 agreement scale."""

    def __init__(self, *args, items: tuple[Item, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            self.fields[item.code] = forms.TypedChoiceField(
                label=item.text,
                choices=AGREEMENT,
                coerce=int,
                widget=forms.RadioSelect(attrs={"class": "quiz-point-input"}),
                error_messages={
                    "required": "Please choose an answer for this statement.",
                    "invalid_choice": "Please choose one of the seven answers.",
                },
            )

    def answered(self) -> dict[str, int]:
        """The valid answers given, even when others on the page are missing."""
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        return {
            code: value
            for code, value in self.cleaned_data.items()
            if code in self.fields and isinstance(value, int)
        }
