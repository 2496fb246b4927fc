from datetime import date

from django import forms
from django.core.exceptions import ValidationError

from detach.forms import max_lengths
from practices.forms.common import LONG_TEXT, helper_without_form_tag, text_area
from practices.models import PatternNotice, Pull


@max_lengths(moment=LONG_TEXT, felt=LONG_TEXT, did=LONG_TEXT, next_time=LONG_TEXT)
class PatternNoticeForm(forms.ModelForm):
    """Noticing my pattern: one real moment, looked at kindly."""

    class Meta:
        model = PatternNotice
        fields = ["practiced_on", "moment", "pull", "felt", "did", "next_time"]
        labels = {
            "practiced_on": "When was it?",
            "moment": "What happened?",
            "pull": "What did you feel pulled to do?",
            "felt": "What did you feel, or want to do? (optional)",
            "did": "What did you do?",
            "next_time": "What might you try next time? (optional)",
        }
        help_texts = {
            "practiced_on": "Today, unless you are writing about an earlier day.",
            "moment": "A few words are enough: “They did not answer all evening.”",
            "felt": "In your body, in your thoughts, the urge itself.",
            "did": "Whatever it was, it is fine to write it down as it was.",
            "next_time": "Something small and kind: wait an hour, breathe first, call a friend.",
        }
        widgets = {
            "practiced_on": forms.DateInput(attrs={"type": "date"}),
            "moment": text_area(3),
            "pull": forms.RadioSelect,
            "felt": text_area(2),
            "did": text_area(2),
            "next_time": text_area(2),
        }
        error_messages = {
            "practiced_on": {"required": "Please give the day it happened."},
            "moment": {"required": "Please write a few words about what happened."},
            "pull": {"required": "Please choose the pull you felt, or “Something else”."},
            "did": {"required": "Please write what you did, even “nothing yet”."},
        }

    def __init__(self, *args, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["pull"].choices = Pull.choices  # a radio group has no blank option
        if not self.instance.pk:
            self.initial.setdefault("practiced_on", today)
        self.fields["practiced_on"].widget.attrs["max"] = today.isoformat()
        self.helper = helper_without_form_tag()

    def clean_practiced_on(self) -> date:
        day = self.cleaned_data["practiced_on"]
        if day > self.today:
            raise ValidationError("That day has not come yet. Choose today or an earlier day.")
        return day


@max_lengths(looking_back=LONG_TEXT)
class LookingBackForm(forms.ModelForm):
    """Coming back to a noticed moment later: how does it look from here?"""

    class Meta:
        model = PatternNotice
        fields = ["looking_back"]
        labels = {"looking_back": "From here, in a few words"}
        help_texts = {
            "looking_back": "How does that moment look from here? Did anything you tried help?"
        }
        widgets = {"looking_back": text_area(3)}
        error_messages = {
            "looking_back": {"required": "Please write a few words, or leave it for another day."}
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["looking_back"].required = True
        self.helper = helper_without_form_tag()
