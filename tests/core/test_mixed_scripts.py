"""Every box where a person types their own words follows their script (issue 14, item 4).

A person may write in Hebrew or Arabic; ``dir="auto"`` lets the browser align and punctuate the
text from its first letters. The free texts are the models' EncryptedTextFields (the display name
is one since issue 19); every project form offering one is found here and its widget rendered,
so a new form or field without ``dir="auto"`` fails this test.
"""

import importlib
import pkgutil
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from django import forms
from django.apps import apps
from django.conf import settings

from detach.fields import EncryptedTextField
from detach.people.forms import PersonForm
from detach.safety.forms import SafetyPlanForm
from detach.users.forms import ProfileForm
from journal.forms import EntryForm
from practices.dearman.forms import ClearRequestForm
from practices.forms.attachment import LookingBackForm, PatternNoticeForm
from practices.forms.expectations import ExpectationCheckForm, RevisitForm
from practices.forms.fulfillment import ActivityDoneForm, ActivityPlanForm
from practices.forms.mindfulness import NotingForm
from practices.letters.forms import LetterForm
from practices.lines.forms import CheckInForm, LineForm
from practices.urges.forms import OutcomeForm, RideForm
from tests.factories import UserFactory

# Not encrypted, but a person's own words all the same (none today).
PLAIN_FREE_TEXT: set[tuple[str, str, str]] = set()

# How to make each form that offers a free text (a new one needs a line here).
RECIPES = {
    EntryForm: lambda user: EntryForm(user=user),
    ProfileForm: lambda user: ProfileForm(instance=user),
    ExpectationCheckForm: lambda user: ExpectationCheckForm(),
    RevisitForm: lambda user: RevisitForm(),
    ActivityPlanForm: lambda user: ActivityPlanForm(today=date(2026, 3, 14)),
    ActivityDoneForm: lambda user: ActivityDoneForm(today=date(2026, 3, 14)),
    NotingForm: lambda user: NotingForm(),
    SafetyPlanForm: lambda user: SafetyPlanForm(),
    PersonForm: lambda user: PersonForm(),
    PatternNoticeForm: lambda user: PatternNoticeForm(today=date(2026, 3, 14)),
    LookingBackForm: lambda user: LookingBackForm(),
    LetterForm: lambda user: LetterForm(user=user),
    ClearRequestForm: lambda user: ClearRequestForm(user=user),
    RideForm: lambda user: RideForm(user=user),
    OutcomeForm: lambda user: OutcomeForm(),
    LineForm: lambda user: LineForm(user=user),
    CheckInForm: lambda user: CheckInForm(user=user),
}


def free_text_fields() -> dict[type, set[str]]:
    """{model: names of its free-text fields}, over every installed model."""
    found: dict[type, set[str]] = {}
    for model in apps.get_models():
        names = {
            field.name
            for field in model._meta.get_fields()
            if isinstance(field, EncryptedTextField)
            or (model._meta.app_label, model._meta.model_name, field.name) in PLAIN_FREE_TEXT
        }
        if names:
            found[model] = names
    return found


def project_form_classes() -> set[type]:
    """Every form class defined in the project's apps' ``forms`` modules (or packages)."""
    modules = set()
    for config in apps.get_app_configs():
        if settings.BASE_DIR not in Path(config.path).parents:
            continue
        try:
            module = importlib.import_module(f"{config.name}.forms")
        except ModuleNotFoundError:
            continue
        modules.add(module.__name__)
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), f"{module.__name__}."):
            modules.add(importlib.import_module(info.name).__name__)
    classes, pending = set(), [forms.BaseForm]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if subclass.__module__ in modules:
                classes.add(subclass)
    return classes


def free_text_names_of(form_class: type, by_model: dict[type, set[str]]) -> set[str]:
    """The form's fields that hold a free text: its model's, or (a plain form) any model's."""
    model = getattr(getattr(form_class, "_meta", None), "model", None)
    names = set().union(*by_model.values()) if model is None else by_model.get(model, set())
    return names & set(form_class.base_fields)


class _FirstControl(HTMLParser):
    def __init__(self):
        super().__init__()
        self.attrs: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        if self.attrs is None and tag in {"input", "textarea", "select"}:
            self.attrs = dict(attrs)


def control_attrs(html: str) -> dict[str, str | None]:
    parser = _FirstControl()
    parser.feed(html)
    assert parser.attrs is not None, f"No form control in {html!r}"
    return parser.attrs


def test_the_free_texts_are_the_ones_people_write(db):
    names = {
        (model._meta.label, name) for model, fields in free_text_fields().items() for name in fields
    }
    assert {
        ("journal.Entry", "title"),
        ("journal.Entry", "body"),
        ("journal.Tag", "name"),
        ("quiz.Attempt", "focus_name"),
        ("practices.ExpectationCheck", "reframe"),
        ("practices.Activity", "note"),
        ("practices.NotingPractice", "letting_go"),
        ("users.User", "display_name"),
    } <= names


def test_every_form_box_for_a_persons_own_words_follows_their_script(db):
    by_model = free_text_fields()
    offering = {
        form_class: names
        for form_class in project_form_classes()
        if (names := free_text_names_of(form_class, by_model))
    }
    assert set(offering) == set(RECIPES), "A form offers free text: give it a recipe above."

    user = UserFactory()
    missing = []
    for form_class, names in offering.items():
        form = RECIPES[form_class](user)
        for name in sorted(names):
            if control_attrs(str(form[name])).get("dir") != "auto":
                missing.append(f"{form_class.__name__}.{name}")
    assert missing == []
    # The test looked at the boxes people write in most.
    assert {"body", "title", "new_tags"} <= offering[EntryForm]
    # (The quiz's retired named-relationship box is gone: results about one person name one of
    # the person's people, whose name is written on the people pages.)
