from django.apps import AppConfig


class UrgesConfig(AppConfig):
    name = "practices.urges"
    label = "urges"
    verbose_name = "Urges ridden out"
