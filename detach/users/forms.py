from django import forms

from detach.users.models import User
from detach.users.timezones import timezone_choices


class ConsentSignupForm(forms.Form):
    """Extra sign-up fields (allauth's ACCOUNT_SIGNUP_FORM_CLASS): explicit, recorded consent."""

    consent = forms.BooleanField(
        required=True,
        label="I understand that Detach will store the personal reflections I choose to write "
        "here, encrypted, for my eyes only, and that I can download or delete them at any time.",
        error_messages={
            "required": "Please tick this box to create your account: we only store "
            "your reflections with your explicit agreement."
        },
    )

    def signup(self, request, user) -> None:
        user.record_consent()
        user.save(update_fields=["consent_version", "consent_at"])


class ProfileForm(forms.ModelForm):
    timezone = forms.ChoiceField(
        label="Time zone",
        help_text="Days, streaks and “today” are counted in this time zone.",
    )

    class Meta:
        model = User
        fields = [
            "display_name",
            "timezone",
            "streaks_enabled",
            "remind_daily_practice",
            "remind_weekly_reflection",
            "remind_quiz_retake",
            "remind_path",
            "reminder_hour",
        ]
        labels = {"display_name": "What should we call you?"}
        widgets = {"display_name": forms.TextInput(attrs={"dir": "auto"})}
        help_texts = {
            "display_name": "Optional. Only you see it.",
            "streaks_enabled": "Counts the days in a row you practise, with a grace day. Off "
            "unless you want it.",
            "remind_path": "At most once a week, and only when you have not come by the path "
            "for a few days.",
            "reminder_hour": "In your own time zone. Reminders never quote what you wrote.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A zone saved before the list was tidied (say "US/Eastern") stays offered and kept.
        self.fields["timezone"].choices = timezone_choices(keep=self.instance.timezone)


class DeleteAccountForm(forms.Form):
    """Owns the whole deletion: the typed confirmation, then every row the person owns."""

    CONFIRMATION = "delete my account"

    confirm = forms.CharField(
        label=f"To confirm, type “{CONFIRMATION}”",
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_confirm(self) -> str:
        typed = " ".join(self.cleaned_data["confirm"].lower().split())
        if typed != self.CONFIRMATION:
            raise forms.ValidationError(
                f"Please type “{self.CONFIRMATION}” exactly, so nothing is deleted by accident."
            )
        return typed

    def delete(self, user) -> None:
        from detach.users.services import account_delete

        account_delete(user=user)
