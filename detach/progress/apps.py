from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "detach.progress"
    label = "progress"
    verbose_name = "Progress"
