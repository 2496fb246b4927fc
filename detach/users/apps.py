from django.apps import AppConfig


class UsersConfig(AppConfig):
    name = "detach.users"
    label = "users"
    verbose_name = "People"

    def ready(self) -> None:
        from detach.users import signals  # noqa: F401  (connects the receivers)
