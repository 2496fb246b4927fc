"""What other apps add to a person's page, found by convention: the kernel imports no feature app.

An app that links records to a ``Person`` offers a module ``<app>/people.py`` with any of:

- ``person_section(person) -> PersonSection | None``: a block on the person's page;
- ``linked_records(person) -> list[LinkedRecords]``: what would be affected if the person were
  deleted ("3 quiz results");
- ``forget_person(person, *, delete_linked: bool) -> None``: called just before the person is
  deleted. With ``delete_linked`` the app deletes its records about them; without, it may leave
  them to the database (its foreign keys to ``Person`` are ``on_delete=SET_NULL``), so they
  stay, no longer linked to a name.
"""

from dataclasses import dataclass, field

from django.db import transaction

from detach.discovery import app_modules

MODULE = "people"


@dataclass(frozen=True)
class PersonSection:
    title: str
    template: str  # rendered with ``person`` and ``data`` (the context below)
    context: dict = field(default_factory=dict)
    order: int = 100  # lower comes first


@dataclass(frozen=True)
class LinkedRecords:
    label: str  # what a person reads: "3 quiz results"
    count: int


def person_sections(person) -> list[PersonSection]:
    """Each app's section about this person, in order; apps with nothing to say are left out."""
    sections = [
        section
        for module in app_modules(MODULE, provides="person_section")
        if (section := module.person_section(person)) is not None
    ]
    return sorted(sections, key=lambda s: (s.order, s.title))


def linked_records(person) -> list[LinkedRecords]:
    """Every app's records linked to this person, those with none left out."""
    return [
        linked
        for module in app_modules(MODULE, provides="linked_records")
        for linked in module.linked_records(person)
        if linked.count
    ]


def delete_person(person, *, delete_linked: bool) -> None:
    """Delete the person; first each app deletes (or lets go of) its records about them."""
    with transaction.atomic():
        for module in app_modules(MODULE, provides="forget_person"):
            module.forget_person(person, delete_linked=delete_linked)
        person.delete()
