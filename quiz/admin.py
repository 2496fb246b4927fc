from django.contrib import admin

from quiz.models import Attempt


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    """Metadata only: the focus name and the answers are private and never shown here."""

    list_display = ("uuid", "version", "focus", "started_at", "completed_at")
    list_filter = ("version", "focus")
    fields = ("uuid", "user", "version", "focus", "started_at", "completed_at")
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
