"""The request builder: one form, a step at a time on one page, that works without JavaScript."""

from django import forms

from detach.people.models import Person
from practices.dearman.models import PART_MAX_LENGTH, ClearRequest
from practices.forms.common import helper_without_form_tag, text_area

NO_CONTACT_MESSAGE = (
    "You chose no contact with {name}, so there is no conversation to prepare, and that choice "
    "deserves protecting. If things have changed, you can change how you want contact to be on "
    "their page first, or choose nobody in particular here."
)


def part(label: str, *, help_text: str, required: bool = False, rows: int = 3):
    too_long = (
        f"Please keep this part to {PART_MAX_LENGTH} characters or fewer (it has "
        "%(show_value)d). Shorter is easier to say out loud."
    )
    return forms.CharField(
        label=label,
        required=required,
        max_length=PART_MAX_LENGTH,
        help_text=help_text,
        widget=text_area(rows=rows, maxlength=PART_MAX_LENGTH),
        error_messages={"max_length": too_long},
    )


class PersonSelect(forms.Select):
    """Each person's option carries their contact mode, so the page can offer the safety check
    the moment someone with limited contact is chosen (in CSS, no JavaScript)."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if (person := getattr(value, "instance", None)) is not None:
            option["attrs"]["data-contact"] = person.contact
        return option


class PersonChoiceField(forms.ModelChoiceField):
    widget = PersonSelect

    def label_from_instance(self, person: Person) -> str:
        return f"{person.name} ({person.get_contact_display().lower()})"


class ClearRequestForm(forms.ModelForm):
    person = PersonChoiceField(
        label="Who is it for?",
        queryset=Person.objects.none(),
        required=False,
        empty_label="Nobody in particular",
        help_text="A request makes sense where you keep some contact: limited, or close with "
        "boundaries.",
    )
    describe = part(
        "What happened, just the facts",
        help_text="As a camera would see it: when, what was said or done. Leave out guesses "
        "about why.",
        required=True,
    )
    express = part(
        "How it is for you",
        help_text="A sentence or two that starts with “I”: “I feel…”, “I worry…”. About you, "
        "not about them.",
    )
    ask = part(
        "What you are asking for",
        help_text="One thing, said plainly: “I would like…”, “Please…”. A clear no is a "
        "request too.",
        required=True,
    )
    reinforce = part(
        "Why it would help",
        help_text="What gets better, for them or for both of you, if they say yes.",
    )
    hold_to = part(
        "Stay on course: the line you come back to",
        help_text="If the talk drifts or heats up, say your request again, calmly, in these "
        "words. You do not have to answer every side remark.",
        rows=2,
    )
    negotiate = part(
        "Be ready to meet halfway: what you could give on",
        help_text="Where you could meet halfway, and what you will not give up.",
        rows=2,
    )

    class Meta:
        model = ClearRequest
        fields = ["person", "describe", "express", "ask", "reinforce", "hold_to", "negotiate"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.for_user(user)
        self.fields["describe"].error_messages["required"] = (
            "Please write what happened, in a few plain words."
        )
        self.fields["ask"].error_messages["required"] = (
            "Please write what you are asking for: this is the heart of the request."
        )
        self.helper = helper_without_form_tag()

    def clean_person(self) -> Person | None:
        person = self.cleaned_data.get("person")
        if person is not None and person.contact == Person.Contact.NO_CONTACT:
            raise forms.ValidationError(NO_CONTACT_MESSAGE.format(name=person.name))
        return person

    def clean(self):
        cleaned = super().clean()
        for name in ("describe", "express", "ask", "reinforce", "hold_to", "negotiate"):
            if isinstance(cleaned.get(name), str):
                cleaned[name] = cleaned[name].strip()
        return cleaned

    def chosen_person(self) -> Person | None:
        """The person chosen, as posted or as preset: the page offers the safety check when
        they are someone the person wants less contact with."""
        if self.is_bound:
            try:
                return self.fields["person"].clean(self.data.get("person"))
            except forms.ValidationError:
                return None
        preset = self.initial.get("person")  # a Person from the address, a pk from the instance
        return preset if isinstance(preset, Person) else self.instance.person
