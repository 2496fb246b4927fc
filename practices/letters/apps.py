from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "practices.letters"
    label = "letters"
    verbose_name = "Unsent letters"
