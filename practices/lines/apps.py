from django.apps import AppConfig


class LinesConfig(AppConfig):
    name = "practices.lines"
    label = "lines"
    verbose_name = "My lines"
