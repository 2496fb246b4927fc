from crispy_forms.bootstrap import InlineRadios
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout
from django import forms

from detach.forms import limit_length
from detach.safety import content
from detach.safety.models import SafetyPlan


def _helper(*fields) -> FormHelper:
    """Templates write their own <form> (method, csrf, buttons); crispy lays out the fields."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    helper.layout = Layout(*fields)
    return helper


class SafetyPlanForm(forms.ModelForm):
    """Every step is optional: a plan with one line in it is already a plan."""

    class Meta:
        model = SafetyPlan
        fields = list(content.PLAN_FIELDS)
        labels = {s.field: s.heading for s in content.PLAN_SECTIONS}
        help_texts = {s.field: s.hint for s in content.PLAN_SECTIONS}
        # dir="auto": a person may write in Hebrew or Arabic, so the box follows their script.
        widgets = {name: forms.Textarea(attrs={"rows": 4, "dir": "auto"}) for name in fields}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(*content.PLAN_FIELDS)


# The same limit on the server as the browser's maxlength, with a calm message when a pasted
# text is longer anyway (everything written stays in the box).
for _name in content.PLAN_FIELDS:
    limit_length(
        SafetyPlanForm.base_fields[_name],
        content.SECTION_MAX_CHARS,
        message=f"This step is longer than {content.SECTION_MAX_CHARS} characters "
        "(it has %(show_value)s). Please shorten it a little: everything you wrote is "
        "still here.",
    )


class RelationshipCheckForm(forms.Form):
    """The check's questions, each yes / no / not sure. A signed-in person may keep the answers."""

    keep = forms.BooleanField(
        label="Keep my answers in my account",
        required=False,
        help_text="They are stored encrypted, seen by you alone, and you can delete them at any "
        "time. If someone else might open your account, you may prefer not to keep them.",
    )

    def __init__(self, *args, can_keep: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        for question in content.QUESTIONS:
            self.fields[question.code] = forms.ChoiceField(
                label=question.text,
                choices=content.ANSWER_CHOICES,
                widget=forms.RadioSelect,
                error_messages={
                    "required": "Please choose yes, no or not sure. “Not sure” is a fine answer.",
                    "invalid_choice": "Please choose yes, no or not sure.",
                },
            )
        codes = [question.code for question in content.QUESTIONS]
        if can_keep:
            self.order_fields([*codes, "keep"])
            self.helper = _helper(*(InlineRadios(code) for code in codes), Field("keep"))
        else:
            del self.fields["keep"]
            self.helper = _helper(*(InlineRadios(code) for code in codes))

    def answers(self) -> dict[str, str]:
        return {q.code: self.cleaned_data[q.code] for q in content.QUESTIONS}
