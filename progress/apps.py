from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "progress"
    label = "progress"
    verbose_name = "Progress"
