"""Form helpers for templates that speak to the person about what they gave.

"Nothing you wrote is lost" is a promise worth making only when something was written: on a
form sent empty it reads as a line the app says without looking."""

from django import forms, template
from django.forms.widgets import DateTimeBaseInput

register = template.Library()

# Widgets a person writes in. A date (a text input underneath) or a choice the page filled in
# for them is not writing.
WRITING_WIDGETS = (forms.Textarea, forms.TextInput, forms.EmailInput, forms.URLInput)


def _given_values(form: forms.BaseForm, *, writing_only: bool) -> bool:
    if not form.is_bound:
        return False
    for field in form.visible_fields():
        widget = field.field.widget
        if writing_only and (
            not isinstance(widget, WRITING_WIDGETS) or isinstance(widget, DateTimeBaseInput)
        ):
            continue
        if widget.value_omitted_from_data(form.data, form.files, field.html_name):
            continue
        value = widget.value_from_datadict(form.data, form.files, field.html_name)
        values = value if isinstance(value, list | tuple) else [value]
        if any(v not in (None, False) and str(v).strip() for v in values):
            return True
    return False


@register.filter
def typed_anything(form: forms.BaseForm) -> bool:
    """Whether the person wrote something in a text field of this bound form."""
    return _given_values(form, writing_only=True)


@register.filter
def chose_anything(form: forms.BaseForm) -> bool:
    """Whether the person gave any visible field of this bound form a value."""
    return _given_values(form, writing_only=False)
