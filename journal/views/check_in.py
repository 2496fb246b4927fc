"""The ten-second check-in: a mood and, if the person likes, one word, saved as a journal entry
so it joins the mood history. Shown on the Today page (``{% journal_check_in %}``) and posted
here; it goes back to the page it came from. A post with a problem is shown again on the
check-in's own page, with the note next to the field and the word kept."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from detach.forms import posted
from detach.sent_forms import comes_back_after_errors
from journal.forms import CheckInForm
from journal.selectors import CHECK_IN_CARE_NOTE_KEY, latest_check_in_mood
from journal.services import check_in_create, support_note_claim
from journal.templatetags.journal_check_in import check_in_context


def _back(request: HttpRequest) -> str:
    """The page the check-in was on (only an address on this site), or ""."""
    back = (posted(request) or {}).get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        return ""
    return back


@sensitive_post_parameters("word")
@require_http_methods(["GET", "HEAD", "POST"])
@comes_back_after_errors
def check_in(request: HttpRequest) -> HttpResponse:
    user = request.user
    today = user.local_today()
    back = _back(request)
    form = CheckInForm(posted(request))
    if request.method == "POST" and form.is_valid():
        entry = check_in_create(
            user=user,
            mood=form.cleaned_data["mood"],
            word=form.cleaned_data["word"],
            day=today,
            submission=form.cleaned_data.get("submission"),
        )
        if support_note_claim(user=user, entry=entry):
            request.session[CHECK_IN_CARE_NOTE_KEY] = True
        # No words of theirs in the message: messages may travel in a cookie.
        messages.success(request, "Thank you for checking in. It is in your journal.")
        return redirect(back or "journal:index")
    latest = latest_check_in_mood(user, today)
    context = {**check_in_context(user, latest, form if form.is_bound else None), "next": back}
    return render(request, "journal/check_in.html", context)
