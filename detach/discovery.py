"""The kernel reads no feature app: per-app pieces are found by convention instead.

An app offers a piece by having a module of a known name (``<app>/export.py`` with
``export_files``, ``<app>/reminders.py`` with ``annotate_people``), and the kernel asks every
installed app for it."""

from collections.abc import Iterator
from importlib import import_module
from types import ModuleType

from django.apps import apps


def app_modules(module: str, provides: str) -> Iterator[ModuleType]:
    """Each installed app's ``<app>.<module>`` defining ``provides``, in INSTALLED_APPS order."""
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.{module}"
        try:
            found = import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise  # the module exists but one of its own imports is missing
            continue
        if hasattr(found, provides):
            yield found
