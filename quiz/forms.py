from django import forms

from quiz.questionnaire import AGREEMENT, Item


class StartForm(forms.Form):
    """Start an attempt: about close relationships in general, or about one of your people.

    The old "one relationship I name" choice is retired: its results stay readable, and a
    relationship is now answered with the nine statements about one person."""

    person = forms.UUIDField(required=False, widget=forms.HiddenInput)


class QuizPageForm(forms.Form):
    """One page of statements, each a required choice on the 1-7 agreement scale."""

    def __init__(self, *args, items: tuple[Item, ...], words=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            self.fields[item.code] = forms.TypedChoiceField(
                # ``words`` fills in a relationship statement's name; plain text, escaped later.
                label=words(item) if words else item.text,
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
