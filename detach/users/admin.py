from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm

from detach.users.models import User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Account facts only: nothing a person wrote is ever shown here."""

    class CreationForm(AdminUserCreationForm):
        class Meta(AdminUserCreationForm.Meta):
            model = User
            fields = ("email",)

    class ChangeForm(UserChangeForm):
        class Meta(UserChangeForm.Meta):
            model = User
            fields = "__all__"

    add_form = CreationForm
    form = ChangeForm

    ordering = ["email"]
    list_display = ["email", "date_joined", "is_active", "is_staff"]
    search_fields = ["email"]
    readonly_fields = ["date_joined", "last_login", "consent_version", "consent_at"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Profile", {"fields": ["timezone"]}),
        ("Consent", {"fields": ["consent_version", "consent_at"]}),
        (
            "Access",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        ("Dates", {"fields": ["date_joined", "last_login"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]
