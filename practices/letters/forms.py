from django import forms

from detach.people.models import Person
from practices.forms.common import helper_without_form_tag, text_area
from practices.letters.models import BODY_MAX_LENGTH, Letter


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, person: Person) -> str:
        return person.name


class LetterForm(forms.ModelForm):
    person = PersonChoiceField(
        label="To",
        queryset=Person.objects.none(),
        required=False,
        empty_label="Nobody in particular",
        help_text="Only a label for you: nothing is ever sent to anyone.",
    )
    body = forms.CharField(
        label="What you want to say",
        max_length=BODY_MAX_LENGTH,
        widget=text_area(rows=10, maxlength=BODY_MAX_LENGTH),
        help_text="Write it all, as you would send it. It stays here, encrypted, seen by you "
        "alone.",
        error_messages={
            "required": "Write a few words, or all of it: the page is yours.",
            "max_length": f"Please keep it to {BODY_MAX_LENGTH} characters or fewer (it has "
            "%(show_value)d). Nothing you wrote is lost: perhaps split it in two letters.",
        },
    )

    class Meta:
        model = Letter
        fields = ["person", "body"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.for_user(user)
        self.helper = helper_without_form_tag()


class AnswerForm(forms.Form):
    """The one question, a day after writing: still want to send it?"""

    LET_GO = "let_go"
    answer = forms.ChoiceField(
        choices=[
            (Letter.Answer.KEEP, "Keep it here"),
            (LET_GO, "Let it go"),
            (Letter.Answer.LATER, "Decide later"),
        ],
        error_messages={"required": "Please choose one of the three."},
    )
