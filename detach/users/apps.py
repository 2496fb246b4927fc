from django.apps import AppConfig


class UsersConfig(AppConfig):
    name = "detach.users"
    label = "users"
    verbose_name = "People"
