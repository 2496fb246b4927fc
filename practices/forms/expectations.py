from crispy_forms.layout import Field, Layout
from django import forms

from detach.forms import max_lengths
from detach.submissions import submission_field
from practices.forms.common import (
    LONG_TEXT,
    SHORT_TEXT,
    Snippet,
    helper_without_form_tag,
    scale_field,
    text_area,
)
from practices.models import Control, ExpectationCheck


@max_lengths(expectation=LONG_TEXT, concerns=SHORT_TEXT, reframe=LONG_TEXT, self_offer=LONG_TEXT)
class ExpectationCheckForm(forms.ModelForm):
    submission = submission_field()
    realism = scale_field(
        "How realistic is it, from 0 to 10?",
        help_text="0: nobody could manage this every time. 10: entirely fair to expect.",
    )

    class Meta:
        model = ExpectationCheck
        fields = ["expectation", "concerns", "realism", "control", "reframe", "self_offer"]
        labels = {
            "expectation": "The expectation, in your own words",
            "concerns": "Whom it concerns (optional)",
            "control": "Is it in your control?",
            "reframe": "Say it again as a preference or a request",
            "self_offer": "What could you offer yourself instead?",
        }
        help_texts = {
            "expectation": "For example: “They should always answer my messages straight away.”",
            "concerns": "A first name, initials or a word only you understand. Private, like "
            "everything here.",
            "reframe": "“I would like…”, “I would enjoy it if…” or “Could you…?”: something a "
            "person can say yes or no to.",
            "self_offer": "If they cannot give you this, what could you give yourself? A walk, a "
            "call to a friend, a kind word, some rest.",
        }
        widgets = {
            "expectation": text_area(3, **{"data-absolute-words": "hint"}),
            "concerns": forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
            "control": forms.RadioSelect,
            "reframe": text_area(3),
            "self_offer": text_area(3),
        }
        error_messages = {
            "expectation": {"required": "Please write the expectation you want to look at."},
            "control": {"required": "Please choose how much of this is in your control."},
            "reframe": {"required": "Please try a gentler way of saying it, even a rough one."},
            "self_offer": {"required": "Please write one small thing you could give yourself."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["control"].choices = Control.choices  # a radio group has no blank option
        self.helper = helper_without_form_tag(
            Layout(
                "expectation",
                Snippet("practices/expectations/absolute_hint.html"),
                Field("concerns", wrapper_class="concerns-field"),
                "realism",
                "control",
                "reframe",
                "self_offer",
            )
        )

    def clean_concerns(self) -> str:
        return self.cleaned_data["concerns"].strip()


@max_lengths(outcome=LONG_TEXT)
class RevisitForm(forms.ModelForm):
    """Coming back to a check later: how did it go?"""

    class Meta:
        model = ExpectationCheck
        fields = ["outcome"]
        labels = {"outcome": "How did it go?"}
        help_texts = {
            "outcome": "What happened since, and how do you see this expectation now? There is "
            "no right answer."
        }
        widgets = {"outcome": text_area(4)}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].required = True
        self.fields["outcome"].error_messages["required"] = (
            "Please write a few words about how it went."
        )
        self.helper = helper_without_form_tag()
