from django.urls import path

from detach.people import views

app_name = "people"

urlpatterns = [
    path("", views.index, name="index"),
    path("<uuid:uuid>/", views.detail, name="detail"),
    path("<uuid:uuid>/edit/", views.edit, name="edit"),
    path("<uuid:uuid>/delete/", views.delete, name="delete"),
]
