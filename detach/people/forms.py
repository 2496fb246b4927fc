from crispy_forms.helper import FormHelper
from django import forms

from detach.people.models import NAME_MAX_LENGTH, Person


def _helper() -> FormHelper:
    """Templates write their own <form> (method, csrf, buttons); crispy lays out the fields."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    return helper


class PersonForm(forms.ModelForm):
    name = forms.CharField(
        label="Their name or a nickname",
        max_length=NAME_MAX_LENGTH,
        help_text="A first name, initials or a word only you understand. It is encrypted, seen "
        "by you alone, and kept out of page titles and your browser's history.",
        # dir="auto": a name may be written in Hebrew or Arabic. The browser stops at the same
        # length the server allows; a longer paste is refused with a message, the text kept.
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "dir": "auto", "maxlength": NAME_MAX_LENGTH}
        ),
        error_messages={
            "required": "Please write a name or a nickname, even a single letter.",
            "max_length": f"Please keep it to {NAME_MAX_LENGTH} characters or fewer (it has "
            "%(show_value)d). A nickname or initials are enough.",
        },
    )

    class Meta:
        model = Person
        fields = ["name", "relationship", "contact"]
        labels = {
            "relationship": "Who they are to you",
            "contact": "How you want contact to be",
        }
        help_texts = {
            "contact": "You can change this whenever you like.",
        }
        widgets = {"relationship": forms.RadioSelect, "contact": forms.RadioSelect}
        error_messages = {
            "relationship": {"required": "Please choose who they are to you."},
            "contact": {"required": "Please choose how you want contact to be."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A radio group has no blank option.
        self.fields["relationship"].choices = Person.Relationship.choices
        self.fields["contact"].choices = Person.Contact.choices
        self.helper = _helper()

    def wants_distance(self) -> bool:
        """No or limited contact, as posted or as saved: the form then offers the
        relationship-safety check before the plan is made (issue 15)."""
        chosen = self.data.get("contact") if self.is_bound else self.instance.contact
        return chosen in (Person.Contact.NO_CONTACT, Person.Contact.LIMITED)

    def clean_name(self) -> str:
        return self.cleaned_data["name"].strip()


class DeletePersonForm(forms.Form):
    """Asked only when other records are linked to the person: keep them, or delete them too."""

    KEEP, DELETE = "keep", "delete"
    linked = forms.ChoiceField(
        label="What should happen to what is linked to them?",
        choices=[
            (KEEP, "Keep those records, without the name (they stay in your history)"),
            (DELETE, "Delete those records too, for good"),
        ],
        initial=KEEP,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose what happens to the linked records."},
    )

    def __init__(self, *args, has_linked: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not has_linked:
            del self.fields["linked"]
        self.helper = _helper()

    @property
    def delete_linked(self) -> bool:
        return self.cleaned_data.get("linked") == self.DELETE
