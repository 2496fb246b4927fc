"""Small pieces shared by the practice forms."""

from crispy_forms.helper import FormHelper
from crispy_forms.utils import TEMPLATE_PACK
from django import forms
from django.template.loader import get_template

# Length limits of what a person writes, the same on the server as in the browser.
SHORT_TEXT = 80  # a name, a word or two
LINE_TEXT = 200  # one line
LONG_TEXT = 2000  # a few sentences in a box


def scale_field(label: str, *, help_text: str = "", required: bool = True) -> forms.IntegerField:
    """A 0-10 rating as a number input: quick to type, works everywhere without JS."""
    return forms.IntegerField(
        label=label,
        min_value=0,
        max_value=10,
        required=required,
        help_text=help_text,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "scale-input"}),
        error_messages={
            "required": "Please choose a number from 0 to 10.",
            "min_value": "Please choose a number from 0 to 10.",
            "max_value": "Please choose a number from 0 to 10.",
            "invalid": "Please choose a whole number from 0 to 10.",
        },
    )


class ScaleField(forms.TypedChoiceField):
    """A 0-10 rating as a row of radio buttons, drawn by ``SCALE`` as a segmented scale a thumb
    can hit; ``low`` and ``high`` say in words what the two ends mean."""

    def __init__(self, label: str, *, low: str, high: str):
        message = "Please choose a number from 0 to 10."
        super().__init__(
            label=label,
            choices=[(point, str(point)) for point in range(11)],
            coerce=int,
            empty_value=None,
            widget=forms.RadioSelect(attrs={"class": "scale-point-input"}),
            error_messages={"required": message, "invalid_choice": message},
        )
        self.low = low
        self.high = high


def text_area(rows: int = 3, **attrs) -> forms.Textarea:
    # dir="auto": a person may write in Hebrew or Arabic, so the box follows their script.
    return forms.Textarea(attrs={"rows": rows, "dir": "auto", **attrs})


def helper_without_form_tag(layout=None) -> FormHelper:
    """Templates write their own <form> (method, action, csrf, buttons); crispy lays out fields."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    if layout is not None:
        helper.layout = layout
    return helper


class Snippet:
    """A piece of a form's layout written as a template: the page's context plus ``extra``.

    Crispy's ``HTML`` object would put the markup in Python; a layout names the template
    instead (``Snippet(HINT, text=..., hint_id=...)``), like an ``{% include %}``."""

    def __init__(self, template_name: str, **extra):
        self.template_name = template_name
        self.extra = extra

    def render(self, form, context, template_pack=TEMPLATE_PACK, **kwargs) -> str:
        template = get_template(self.template_name).template
        with context.push(self.extra):
            return template.render(context)


# The template of a ``ScaleField`` in a layout: ``Field(name, template=SCALE)``.
SCALE = "practices/forms/scale.html"

# A line of guidance under a fieldset's legend: ``text``, and ``hint_id`` for aria-describedby.
HINT = "practices/forms/hint.html"
