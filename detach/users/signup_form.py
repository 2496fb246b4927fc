# Kept apart from forms.py: allauth builds its sign-up form on ConsentSignupForm from forms.py,
# so importing allauth's forms there would be circular.
from allauth.account.forms import SignupForm as AllauthSignupForm


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form with the consent box last, just above the button."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"] = self.fields.pop("consent")
