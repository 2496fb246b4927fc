from crispy_forms.layout import Div, Fieldset, Layout
from django import forms
from django.core.exceptions import ValidationError

from detach.forms import max_lengths
from detach.submissions import submission_field
from practices import breathing
from practices.forms.common import (
    HINT,
    LONG_TEXT,
    SHORT_TEXT,
    Snippet,
    helper_without_form_tag,
    scale_field,
    text_area,
)
from practices.models import Acceptance, BreathingSession, NotedKind, NotingPractice

MAX_SESSION_MINUTES = 120


def seconds_field(label: str, low: int, high: int) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=low,
        max_value=high,
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "data-pacer-count": label}),
        help_text=f"{low} to {high} seconds",
    )


class BreathingSessionForm(forms.ModelForm):
    """The plain logging form. The pacer (JS) fills in the pattern and the time it ran; without
    JS a person breathes with their own timer and types the minutes."""

    submission = submission_field()

    calm_before = scale_field(
        "Before you start: how calm do you feel, from 0 to 10?",
        help_text="0: not calm at all. 10: completely calm.",
    )
    pattern = forms.ChoiceField(
        label="Breathing pattern",
        choices=breathing.PATTERN_CHOICES,
        initial=breathing.BOX.code,
        widget=forms.RadioSelect,
    )
    inhale = seconds_field("Breathe in", *breathing.INHALE_RANGE)
    hold_in = seconds_field("Hold", *breathing.HOLD_RANGE)
    exhale = seconds_field("Breathe out", *breathing.EXHALE_RANGE)
    hold_out = seconds_field("Hold again", *breathing.HOLD_RANGE)
    # Entered on purpose: nothing is filled in beforehand, so a plain submit logs no time that
    # was not breathed.
    minutes = forms.IntegerField(
        label="Minutes",
        min_value=0,
        max_value=MAX_SESSION_MINUTES,
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    seconds = forms.IntegerField(
        label="Seconds (optional)",
        min_value=0,
        max_value=59,
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    # The time the pacer actually ran, filled in by its script when it stops or ends.
    breathed_seconds = forms.FloatField(
        min_value=0,
        max_value=MAX_SESSION_MINUTES * 60,
        required=False,
        widget=forms.HiddenInput(attrs={"data-pacer-breathed": ""}),
    )
    calm_after = scale_field(
        "Afterwards: how calm do you feel now, from 0 to 10?",
        help_text="Notice any change, however small. No change is fine too.",
    )

    class Meta:
        model = BreathingSession
        fields = ["calm_before", "calm_after"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, value in (("inhale", 4), ("hold_in", 2), ("exhale", 6), ("hold_out", 0)):
            self.fields[name].initial = value
        self.helper = helper_without_form_tag(
            Layout(
                Fieldset("1. Before", "calm_before", css_class="practice-step"),
                Fieldset(
                    "2. Choose a pattern",
                    "pattern",
                    Fieldset(
                        "Your own pattern (used when “My own pattern” is chosen)",
                        Div(
                            Div("inhale", css_class="col-6 col-md-3"),
                            Div("hold_in", css_class="col-6 col-md-3"),
                            Div("exhale", css_class="col-6 col-md-3"),
                            Div("hold_out", css_class="col-6 col-md-3"),
                            css_class="row g-2",
                        ),
                        css_class="custom-pattern",
                        css_id="custom-pattern",
                    ),
                    css_class="practice-step",
                ),
                Snippet("practices/mindfulness/pacer.html"),
                Fieldset(
                    "4. Afterwards",
                    Fieldset(
                        "How long did you breathe?",
                        Snippet(
                            HINT,
                            text="The pacer fills this in when it stops. Breathed on your own? "
                            "Write the time from your timer.",
                            hint_id="duration-help",
                        ),
                        Div(
                            Div("minutes", css_class="col-6 col-md-3"),
                            Div("seconds", css_class="col-6 col-md-3"),
                            # On a phone "Seconds (optional)" wraps: keep the boxes in line.
                            css_class="row g-2 align-items-end",
                        ),
                    ),
                    "breathed_seconds",
                    "calm_after",
                    css_class="practice-step",
                ),
            )
        )

    def clean(self):
        cleaned = super().clean()
        code = cleaned.get("pattern")
        if code == breathing.CUSTOM:
            for name, label in (
                ("inhale", "breathing in"),
                ("hold_in", "the first hold"),
                ("exhale", "breathing out"),
                ("hold_out", "the second hold"),
            ):
                if cleaned.get(name) is None and name not in self.errors:
                    self.add_error(name, f"Please give the seconds for {label}.")
        if "minutes" not in self.errors and "seconds" not in self.errors:
            duration = self.duration_from(cleaned)
            if duration is None:
                self.add_error(
                    "minutes",
                    "Nothing is logged yet: the pacer has not run. If you breathed on your own, "
                    "write how many minutes here.",
                )
            elif duration == 0:
                self.add_error(
                    "minutes", "Please give how long you breathed, at least a few seconds."
                )
            else:
                cleaned["duration_seconds"] = duration
        return cleaned

    @staticmethod
    def duration_from(cleaned: dict) -> int | None:
        """Seconds breathed: what the person wrote wins (they may correct the pacer), else the
        pacer's own time, to the nearest second. None when neither says anything."""
        minutes, seconds = cleaned.get("minutes"), cleaned.get("seconds")
        if minutes is not None or seconds is not None:
            return (minutes or 0) * 60 + (seconds or 0)
        breathed = cleaned.get("breathed_seconds")
        if breathed is None:
            return None
        return int(breathed + 0.5)

    def chosen_pattern(self) -> breathing.Pattern:
        data = self.cleaned_data
        return breathing.pattern_for(
            data["pattern"],
            inhale=data.get("inhale") or 0,
            hold_in=data.get("hold_in") or 0,
            exhale=data.get("exhale") or 0,
            hold_out=data.get("hold_out") or 0,
        )

    def save(self, commit: bool = True) -> BreathingSession:
        pattern = self.chosen_pattern()
        session = self.instance
        session.pattern = pattern.code
        session.inhale_seconds = pattern.inhale
        session.hold_in_seconds = pattern.hold_in
        session.exhale_seconds = pattern.exhale
        session.hold_out_seconds = pattern.hold_out
        session.duration_seconds = self.cleaned_data["duration_seconds"]
        return super().save(commit=commit)


@max_lengths(noticed=LONG_TEXT, name=SHORT_TEXT, letting_go=LONG_TEXT)
class NotingForm(forms.ModelForm):
    """Notice, name, accept, let go: four short steps, each its own fieldset."""

    submission = submission_field()

    intensity_before = scale_field(
        "How strong is it right now, from 0 to 10?", help_text="0: barely there. 10: very strong."
    )
    intensity_after = scale_field(
        "After a few breaths, how strong is it now? (optional)", required=False
    )

    class Meta:
        model = NotingPractice
        fields = [
            "noticed",
            "kind",
            "name",
            "intensity_before",
            "acceptance",
            "letting_go",
            "intensity_after",
        ]
        labels = {
            "noticed": "What is here right now?",
            "kind": "Is it a thought, a feeling, a sensation or an urge?",
            "name": "Give it a short name",
            "acceptance": "Could you let it be there for a few breaths, without fixing it?",
            "letting_go": "How you let it go (optional)",
        }
        help_texts = {
            "noticed": "Write it as it comes: “I keep checking whether they have replied.”",
            "name": "A word or two, said kindly: “worry”, “missing them”, “planning”, "
            "“an old fear”.",
            "letting_go": "What helped it loosen, or what you will do now: a breath, a walk, "
            "turning back to what you were doing.",
        }
        widgets = {
            "noticed": text_area(3),
            "kind": forms.RadioSelect,
            "name": forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
            "acceptance": forms.RadioSelect,
            "letting_go": text_area(2),
        }
        error_messages = {
            "noticed": {"required": "Please write what you noticed, in a few words."},
            "kind": {"required": "Please choose the closest kind. A guess is fine."},
            "name": {"required": "Please give it a short name."},
            "acceptance": {"required": "Please choose the answer that fits best."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = NotedKind.choices
        self.fields["acceptance"].choices = Acceptance.choices
        self.helper = helper_without_form_tag(
            Layout(
                Fieldset(
                    "1. Notice",
                    Snippet(
                        HINT, text="Pause. What is going through your mind or body at this moment?"
                    ),
                    "noticed",
                    "kind",
                    css_class="practice-step",
                ),
                Fieldset("2. Name", "name", "intensity_before", css_class="practice-step"),
                Fieldset(
                    "3. Accept",
                    Snippet(
                        HINT,
                        text="Breathe slowly and let it stay for a moment, the way you would let "
                        "weather pass over a hill.",
                    ),
                    "acceptance",
                    css_class="practice-step",
                ),
                Fieldset(
                    "4. Let go",
                    Snippet(
                        HINT,
                        text="With your next out-breath, loosen your grip on it. It may come "
                        "back; you can notice it again.",
                    ),
                    "letting_go",
                    "intensity_after",
                    css_class="practice-step",
                ),
            )
        )

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if not name:
            raise ValidationError("Please give it a short name.")
        return name
