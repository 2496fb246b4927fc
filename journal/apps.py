from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "journal"
    verbose_name = "Journal"

    def export_files(self, user) -> dict[str, str]:
        """Readable files for the account export (see detach.users.export.extra_files)."""
        from journal.export import export_files

        return export_files(user)
