from django.urls import path

from practices.dearman import views

app_name = "dearman"

urlpatterns = [
    path("", views.request_list, name="list"),
    # ``?person=<uuid>``, ``?from_check=<uuid>`` or ``?from_line=<uuid>`` start it prefilled.
    path("new/", views.request_new, name="new"),
    path("<uuid:uuid>/", views.request_detail, name="detail"),
    path("<uuid:uuid>/rehearse/", views.request_rehearse, name="rehearse"),
    path("<uuid:uuid>/edit/", views.request_edit, name="edit"),
    path("<uuid:uuid>/delete/", views.request_delete, name="delete"),
]
