"""Admin without eyes: no free text anyone wrote is shown in the Django admin."""

from django.contrib import admin
from django.test import Client, RequestFactory

from detach.fields import EncryptedTextField
from tests.factories import UserFactory
from tests.journal.factories import EntryFactory
from tests.quiz.factories import CompletedAttemptFactory


def test_no_admin_shows_an_encrypted_field():
    request = RequestFactory().get("/admin/")
    request.user = UserFactory.build(is_staff=True, is_superuser=True)
    for model, model_admin in admin.site._registry.items():
        shown = set(model_admin.get_fields(request)) | set(model_admin.get_list_display(request))
        for name in shown:
            field = next((f for f in model._meta.get_fields() if f.name == name), None)
            assert not isinstance(field, EncryptedTextField), f"{model.__name__}.{name}"


def test_a_staff_member_sees_no_journal_text_or_private_names(db):
    staff = UserFactory(is_staff=True, is_superuser=True)
    owner = UserFactory()
    EntryFactory(user=owner, body="the words only I know")
    attempt = CompletedAttemptFactory(user=owner, focus="named", focus_name="my secret partner")
    client = Client()
    client.force_login(staff)
    pages = [
        "/admin/",
        "/admin/quiz/attempt/",
        f"/admin/quiz/attempt/{attempt.pk}/change/",
        f"/admin/users/user/{owner.pk}/change/",
    ]
    for page in pages:
        html = client.get(page).content.decode()
        assert "the words only I know" not in html
        assert "my secret partner" not in html
    assert client.get("/admin/journal/entry/").status_code == 404


def test_staff_can_add_a_person_by_email_in_the_admin(db):
    from django.contrib.auth import get_user_model

    staff = UserFactory(is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(staff)
    assert client.get("/admin/users/user/add/").status_code == 200
    response = client.post(
        "/admin/users/user/add/",
        {
            "email": "added@example.org",
            "usable_password": "true",
            "password1": "a long admin passphrase",
            "password2": "a long admin passphrase",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert get_user_model().objects.filter(email="added@example.org").exists()
