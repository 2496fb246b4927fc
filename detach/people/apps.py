from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "detach.people"
    label = "people"
    verbose_name = "People in a person's life"
