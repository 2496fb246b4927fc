"""The form renderer (Django's Jinja2 widget templates, with Django templates as a fallback),
the one way views bind a form to what was posted, and the length limits that hold on the server
as in the browser."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.forms.renderers import DjangoTemplates, Jinja2
from django.http import HttpRequest, QueryDict
from django.template import TemplateDoesNotExist
from django.utils.functional import cached_property

from detach.sent_forms import sent_data


class FormRenderer(Jinja2):
    """Renders widgets with the Jinja2 copies of Django's widget templates: the same HTML,
    about three times quicker, which shows on pages with several choice fields. Widgets that
    ship only a Django template (the admin's, auth's password hash) fall back to it."""

    @cached_property
    def fallback(self) -> DjangoTemplates:
        return DjangoTemplates()

    def get_template(self, template_name):
        try:
            return super().get_template(template_name)
        except TemplateDoesNotExist:
            return self.fallback.get_template(template_name)


def posted(request: HttpRequest) -> QueryDict | None:
    """The data to bind a form to: the POST on a POST; on a GET, what was sent to this page
    with a mistake (``detach.sent_forms``), shown again with its errors; else None for a
    blank form.

    Not ``request.POST or None``: a POST with no fields (all boxes unchecked, or sent without
    a token by a client that does not need one) is still a submission and must be checked."""
    if request.method == "POST":
        return request.POST
    return sent_data(request)


def length_message(limit: int) -> str:
    """The calm message under a field that is too long; the words stay in the box."""
    return (
        f"Please keep this to {limit} characters or fewer (it has %(show_value)d now). "
        "Everything you wrote is still here."
    )


def limit_length(field: forms.Field, limit: int, message: str | None = None) -> None:
    """Give a text field the same limit on the server as in the browser's ``maxlength``."""
    field.max_length = limit
    field.validators = [v for v in field.validators if not isinstance(v, MaxLengthValidator)]
    field.validators.append(MaxLengthValidator(limit, message=message or length_message(limit)))
    field.widget.attrs["maxlength"] = str(limit)


def max_lengths(**limits: int):
    """Class decorator: ``@max_lengths(note=2000)`` limits those fields of every instance (the
    form's ``base_fields`` are copied into each instance, validators and widget included)."""

    def apply(form_class):
        for name, limit in limits.items():
            limit_length(form_class.base_fields[name], limit)
        return form_class

    return apply


def page_number(request) -> int:
    """The ``?page=`` of a list paged by offset: 1 for anything that is not a whole number
    of at least 1, so a made-up page is the first, never an error."""
    try:
        return max(1, int(request.GET.get("page", "1")))
    except ValueError:
        return 1
