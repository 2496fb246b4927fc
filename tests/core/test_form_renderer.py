"""Form widgets render through Jinja2 where Django ships a Jinja2 template, else through Django."""

from django.forms.renderers import get_default_renderer
from django.template.backends import django as django_backend
from django.template.backends import jinja2 as jinja2_backend

from journal.forms import EntryFilterForm


def test_django_widgets_render_through_jinja2():
    template = get_default_renderer().get_template("django/forms/widgets/select.html")
    assert isinstance(template, jinja2_backend.Template)


def test_a_widget_with_only_a_django_template_still_renders():
    template = get_default_renderer().get_template("auth/widgets/read_only_password_hash.html")
    assert isinstance(template, django_backend.Template)


def test_a_choice_widget_renders_the_same_html_as_before():
    form = EntryFilterForm({"mood": "2"}, tags=[])
    html = str(form["mood"])
    assert html.startswith('<select name="mood" class="form-select" id="id_mood">')
    assert '<option value="2" selected>Low</option>' in html
    assert '<option value="">Any mood</option>' in html
