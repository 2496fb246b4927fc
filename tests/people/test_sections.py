"""The person's page gathers other apps' pieces through ``<app>/people.py`` modules, found by
convention. Here a fake app module stands in for the quiz, urges and lines."""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from detach.people import sections
from detach.people.models import Person
from detach.people.sections import LinkedRecords, PersonSection
from tests.html import page_text
from tests.people.factories import PersonFactory

pytestmark = pytest.mark.django_db


class FakeApp:
    """An app holding ``count`` records about every person; remembers what it was asked."""

    def __init__(self, title="Quiz results", count=3, order=10, template="people/_test.html"):
        self.title, self.count, self.order, self.template = title, count, order, template
        self.forgotten: list[tuple[str, bool]] = []

    def person_section(self, person):
        if not self.count:
            return None
        return PersonSection(
            title=self.title,
            template=self.template,
            context={"text": f"{self.count} things"},
            order=self.order,
        )

    def linked_records(self, person):
        return [LinkedRecords(f"{self.count} {self.title.lower()}", self.count)]

    def forget_person(self, person, *, delete_linked: bool):
        self.forgotten.append((person.name, delete_linked))


@pytest.fixture
def fake_apps(monkeypatch):
    apps: list = []

    def app_modules(module, provides):
        assert module == "people"
        return [app for app in apps if hasattr(app, provides)]

    monkeypatch.setattr(sections, "app_modules", app_modules)
    return apps


@pytest.fixture
def section_template(settings, tmp_path):
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "_test.html").write_text(
        '<p class="fake-section">{{ data.text }} about {{ person.name }}</p>'
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]


def test_sections_come_in_their_order_and_empty_ones_are_left_out(fake_apps):
    fake_apps += [FakeApp("Lines", order=20), FakeApp("Quiz", order=10), FakeApp("Urges", count=0)]
    person = PersonFactory()
    assert [s.title for s in sections.person_sections(person)] == ["Quiz", "Lines"]


def test_an_app_without_a_hook_is_simply_not_asked(fake_apps):
    fake_apps.append(SimpleNamespace(person_section=lambda person: None))
    person = PersonFactory()
    assert sections.linked_records(person) == []
    sections.delete_person(person, delete_linked=True)
    assert not Person.objects.exists()


def test_the_real_discovery_asks_the_installed_apps_and_the_kernel_offers_no_section():
    # A feature app's people.py (the quiz's, say) would be found here; the kernel has none.
    found = {m.__name__ for m in sections.app_modules("people", provides="person_section")}
    assert not {name for name in found if name.startswith("detach.")}


def test_the_page_shows_each_apps_section(fake_apps, section_template, owner, owner_client):
    fake_apps.append(FakeApp("Quiz results", count=2))
    person = PersonFactory(user=owner, name="Robin")
    response = owner_client.get(person.get_absolute_url())
    text = page_text(response)
    assert "Quiz results" in text
    assert "2 things about Robin" in text
    assert "Nothing here yet" not in text


def test_with_no_sections_the_page_has_a_calm_empty_state(fake_apps, owner, owner_client):
    person = PersonFactory(user=owner, name="Robin")
    response = owner_client.get(person.get_absolute_url())
    assert "Nothing here yet about Robin" in page_text(response)
    assert 'href="/quiz/"' in response.content.decode()


def test_the_delete_page_lists_what_is_linked_and_asks_what_to_do(fake_apps, owner, owner_client):
    fake_apps.append(FakeApp("Quiz results", count=3))
    person = PersonFactory(user=owner)
    html = owner_client.get(reverse("people:delete", args=[person.uuid])).content.decode()
    assert "3 quiz results" in page_text(html)
    assert 'name="linked" value="keep"' in html and 'name="linked" value="delete"' in html


def test_with_nothing_linked_the_delete_page_asks_nothing_more(fake_apps, owner, owner_client):
    person = PersonFactory(user=owner)
    response = owner_client.get(reverse("people:delete", args=[person.uuid]))
    assert "Nothing else is linked to them" in page_text(response)
    assert 'name="linked"' not in response.content.decode()
    assert owner_client.post(reverse("people:delete", args=[person.uuid])).status_code == 302
    assert not Person.objects.exists()


@pytest.mark.parametrize(("choice", "delete_linked"), [("keep", False), ("delete", True)])
def test_deleting_tells_each_app_whether_to_delete_its_linked_records(
    fake_apps, owner, owner_client, choice, delete_linked
):
    app = FakeApp()
    fake_apps.append(app)
    person = PersonFactory(user=owner, name="Robin")
    response = owner_client.post(reverse("people:delete", args=[person.uuid]), {"linked": choice})
    assert response["Location"] == reverse("people:index")
    assert app.forgotten == [("Robin", delete_linked)]
    assert not Person.objects.exists()


def test_with_linked_records_a_choice_is_needed(fake_apps, owner, owner_client):
    app = FakeApp()
    fake_apps.append(app)
    person = PersonFactory(user=owner)
    response = owner_client.post(reverse("people:delete", args=[person.uuid]), {}, follow=True)
    assert response.status_code == 200
    assert "Please choose what happens to the linked records" in page_text(response)
    assert app.forgotten == []
    assert Person.objects.filter(pk=person.pk).exists()


def test_when_an_app_fails_to_let_go_the_person_is_not_deleted(fake_apps, owner):
    class Failing(FakeApp):
        def forget_person(self, person, *, delete_linked):
            raise RuntimeError("the app could not delete its records")

    fake_apps.append(Failing())
    person = PersonFactory(user=owner)
    with pytest.raises(RuntimeError):
        sections.delete_person(person, delete_linked=True)
    assert Person.objects.filter(pk=person.pk).exists()
