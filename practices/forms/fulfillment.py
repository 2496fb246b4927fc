from datetime import date, timedelta

from crispy_forms.layout import Div, Field, Fieldset, Layout
from django import forms
from django.core.exceptions import ValidationError

from detach.formatting import weekday, weekday_date
from detach.forms import max_lengths
from detach.submissions import submission_field
from practices.areas import AREA_CHOICES, AREAS
from practices.forms.common import (
    HINT,
    LINE_TEXT,
    LONG_TEXT,
    SCALE,
    ScaleField,
    Snippet,
    helper_without_form_tag,
    scale_field,
    text_area,
)
from practices.models import Activity

PLAN_DAYS = 7
IMPORTANCE_QUESTION = "How much does this matter to you?"
FULFILMENT_QUESTION = "How fulfilled do you feel here right now?"
MAX_ACTIVITY_MINUTES = 24 * 60


class FulfillmentMapForm(forms.Form):
    """Every life area rated twice: how important it is to you, and how fulfilled it is now."""

    def __init__(self, *args, previous: dict[str, tuple[int, int]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        previous = previous or {}
        blocks = []
        for area in AREAS:
            importance, fulfilment = previous.get(area.code, (None, None))
            self.fields[f"importance_{area.code}"] = ScaleField(
                IMPORTANCE_QUESTION, low="Not at all", high="A great deal"
            )
            self.fields[f"importance_{area.code}"].initial = importance
            self.fields[f"fulfilment_{area.code}"] = ScaleField(
                FULFILMENT_QUESTION, low="Not at all", high="Fully"
            )
            self.fields[f"fulfilment_{area.code}"].initial = fulfilment
            blocks.append(
                Fieldset(
                    area.name,
                    Snippet(HINT, text=area.question, hint_id=f"area-{area.code}"),
                    Div(
                        Field(f"importance_{area.code}", template=SCALE),
                        Field(f"fulfilment_{area.code}", template=SCALE),
                        css_class="map-scales",
                    ),
                    css_class="map-area",
                    aria_describedby=f"area-{area.code}",
                )
            )
        self.helper = helper_without_form_tag(Layout(*blocks))

    def ratings(self) -> dict[str, tuple[int, int]]:
        """{area code: (importance, fulfilment)} from a valid form."""
        return {
            area.code: (
                self.cleaned_data[f"importance_{area.code}"],
                self.cleaned_data[f"fulfilment_{area.code}"],
            )
            for area in AREAS
        }


def plan_day_choices(today: date) -> list[tuple[str, str]]:
    """Today and the six days after it, named the way a person says them."""
    choices = []
    for offset in range(PLAN_DAYS):
        day = today + timedelta(days=offset)
        if offset == 0:
            label = f"Today ({weekday(day)})"
        elif offset == 1:
            label = f"Tomorrow ({weekday(day)})"
        else:
            label = weekday_date(day)
        choices.append((day.isoformat(), label))
    return choices


@max_lengths(title=LINE_TEXT)
class ActivityPlanForm(forms.ModelForm):
    """A small activity for this week, for yourself, without your partner."""

    submission = submission_field()

    planned_for = forms.TypedChoiceField(
        label="When this week?",
        coerce=date.fromisoformat,
        empty_value=None,
        error_messages={
            "required": "Please choose a day in the coming week.",
            "invalid_choice": "Please choose a day in the coming week.",
        },
    )

    class Meta:
        model = Activity
        fields = ["title", "area", "planned_for"]
        labels = {
            "title": "Something small, just for you",
            "area": "Which part of your life does it feed? (optional)",
        }
        help_texts = {
            "title": "Something you will do without your partner: “Swim on Thursday evening”, "
            "“Call Sam”, “Two hours at the library”."
        }
        widgets = {"title": forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"})}
        error_messages = {"title": {"required": "Please write what you would like to do."}}

    def __init__(self, *args, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        choices = plan_day_choices(today)
        current = self.instance.planned_for if self.instance.pk else None
        if current and current.isoformat() not in dict(choices):
            choices.insert(0, (current.isoformat(), weekday_date(current)))
        self.fields["planned_for"].choices = choices
        self.fields["planned_for"].initial = (current or today).isoformat()
        self.fields["area"].choices = [("", "Choose if you like")] + AREA_CHOICES
        self.helper = helper_without_form_tag()

    def clean_title(self) -> str:
        title = self.cleaned_data["title"].strip()
        if not title:
            raise ValidationError("Please write what you would like to do.")
        return title[:200]


@max_lengths(note=LONG_TEXT)
class ActivityDoneForm(forms.ModelForm):
    """Logging an activity as done: when, how much it was enjoyed, and a note."""

    enjoyment = scale_field(
        "How much did you enjoy it, from 0 to 10?",
        help_text="0: not at all. 10: very much. Any answer is useful.",
    )
    minutes = forms.IntegerField(
        label="How many minutes did it take? (optional)",
        required=False,
        min_value=1,
        max_value=MAX_ACTIVITY_MINUTES,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = Activity
        fields = ["done_on", "enjoyment", "note"]
        labels = {"done_on": "When did you do it?", "note": "A note (optional)"}
        help_texts = {"note": "What was it like? Anything you want to remember."}
        widgets = {"done_on": forms.DateInput(attrs={"type": "date"}), "note": text_area(3)}

    def __init__(self, *args, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["done_on"].required = True
        self.fields["done_on"].error_messages["required"] = "Please give the day you did it."
        if self.instance.done_on is None:
            self.initial["done_on"] = today
        if self.instance.duration_seconds:
            self.fields["minutes"].initial = round(self.instance.duration_seconds / 60)
        self.fields["done_on"].widget.attrs["max"] = today.isoformat()
        self.helper = helper_without_form_tag(Layout("done_on", "enjoyment", "minutes", "note"))

    def clean_done_on(self) -> date:
        done_on = self.cleaned_data["done_on"]
        if done_on > self.today:
            raise ValidationError("That day has not come yet. Choose today or an earlier day.")
        return done_on

    def save(self, commit: bool = True) -> Activity:
        minutes = self.cleaned_data.get("minutes")
        self.instance.duration_seconds = minutes * 60 if minutes else None
        return super().save(commit=commit)
