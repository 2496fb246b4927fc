from django.apps import AppConfig


class DearmanConfig(AppConfig):
    name = "practices.dearman"
    label = "dearman"
    verbose_name = "Clear requests"
