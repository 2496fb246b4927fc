from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "detach.safety"
    label = "safety"
    verbose_name = "Safety"
