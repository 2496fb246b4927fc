from django.urls import path

from journal.views import calendar, check_in, drafts, entries, listing

app_name = "journal"

urlpatterns = [
    path("", listing.index, name="index"),
    path("prompt/", listing.prompt_card, name="prompt"),
    path("new/", entries.entry_new, name="new"),
    path("check-in/", check_in.check_in, name="check_in"),
    path("calendar/", calendar.month_view, name="calendar"),
    path("calendar/year/", calendar.year_view, name="year"),
    path("drafts/", drafts.draft_list, name="drafts"),
    path("drafts/save/", drafts.draft_save, name="draft_save"),
    path("drafts/<uuid:uuid>/discard/", drafts.draft_discard_view, name="draft_discard"),
    path("<uuid:uuid>/", entries.entry_detail, name="detail"),
    path("<uuid:uuid>/edit/", entries.entry_edit, name="edit"),
    path("<uuid:uuid>/draft/", drafts.draft_save, name="draft_save_edit"),
    path("<uuid:uuid>/delete/", entries.entry_delete_view, name="delete"),
]
