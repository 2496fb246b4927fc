from django import forms

from detach.users.models import User, timezone_choices


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
        choices=timezone_choices,
        help_text="Days, streaks and “today” are counted in this time zone.",
    )

    class Meta:
        model = User
        fields = ["display_name", "timezone"]
        labels = {"display_name": "What should we call you?"}
        help_texts = {"display_name": "Optional. Only you see it."}
