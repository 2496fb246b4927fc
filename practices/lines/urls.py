from django.urls import path

from practices.lines import views

app_name = "lines"

urlpatterns = [
    path("", views.index, name="list"),
    path("new/", views.new, name="new"),
    path("check-in/", views.check_in, name="check_in"),
    path("<uuid:uuid>/", views.detail, name="detail"),
    path("<uuid:uuid>/edit/", views.edit, name="edit"),
    path("<uuid:uuid>/retire/", views.retire, name="retire"),
    path("<uuid:uuid>/delete/", views.delete, name="delete"),
]
