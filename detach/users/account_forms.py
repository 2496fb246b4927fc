"""allauth's forms in Detach's words: labels in sentence case, and no placeholder repeating the
label above it (a placeholder vanishes as soon as someone types, and reads as a filled field).

Kept apart from forms.py: allauth builds its sign-up form on ConsentSignupForm from forms.py, so
importing allauth's forms there would be circular.
"""

from allauth.account import forms as account_forms
from django.contrib.auth.hashers import make_password


class OwnWords:
    labels: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            if name in self.labels:
                field.label = self.labels[name]


class LoginForm(OwnWords, account_forms.LoginForm):
    labels = {"login": "Email address", "remember": "Keep me signed in on this device"}


class SignupForm(OwnWords, account_forms.SignupForm):
    """allauth's sign-up form with the consent box last, just above the button."""

    labels = {"email": "Email address", "password2": "Password again"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"] = self.fields.pop("consent")

    def try_save(self, request):
        """An address that already has an account gets the same page and messages as a new one
        (ACCOUNT_PREVENT_ENUMERATION) and an email of its own sent the same way; here it also
        costs the same: a new account hashes the password, so this path hashes it too and
        throws the hash away. Without it, the quick answer tells anyone who has an account."""
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)


class ResetPasswordForm(OwnWords, account_forms.ResetPasswordForm):
    labels = {"email": "Email address"}


class ResetPasswordKeyForm(OwnWords, account_forms.ResetPasswordKeyForm):
    labels = {"password1": "New password", "password2": "New password again"}


class ChangePasswordForm(OwnWords, account_forms.ChangePasswordForm):
    labels = {
        "oldpassword": "Current password",
        "password1": "New password",
        "password2": "New password again",
    }


class SetPasswordForm(OwnWords, account_forms.SetPasswordForm):
    labels = {"password2": "Password again"}


class AddEmailForm(OwnWords, account_forms.AddEmailForm):
    labels = {"email": "Email address"}


class ReauthenticateForm(OwnWords, account_forms.ReauthenticateForm):
    pass
