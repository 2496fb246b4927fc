from django.apps import apps
from django.conf import settings

from detach.ownership import OwnedModel, OwnedRow

# Our own apps: every model in them that points at a person must go through ownership.py.
OUR_APPS = {"users", "people", "safety", "progress", "quiz", "journal", "practices"}


def models_pointing_at_the_user():
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS or model is user_model:
            continue
        for field in model._meta.get_fields():
            if field.is_relation and field.many_to_one and field.related_model is user_model:
                yield model
                break


def test_every_model_with_a_foreign_key_to_the_user_is_an_owned_model():
    # OwnedModel for a person's records; OwnedRow (same owner and manager, no uuid, not
    # exported) only for rows derived from them that can be rebuilt, like the search index.
    offenders = [m.__name__ for m in models_pointing_at_the_user() if not issubclass(m, OwnedRow)]
    assert offenders == [], f"Use detach.ownership.OwnedModel for: {offenders}"


def test_rows_without_a_uuid_are_only_derived_index_rows():
    derived = sorted(
        m.__name__
        for m in models_pointing_at_the_user()
        if issubclass(m, OwnedRow) and not issubclass(m, OwnedModel)
    )
    assert derived == ["EntryToken"]


def test_every_owned_model_has_the_for_user_manager():
    for model in apps.get_models():
        if issubclass(model, OwnedModel):
            assert hasattr(model.objects, "for_user"), model.__name__
