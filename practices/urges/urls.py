from django.urls import path

from practices.urges import views

app_name = "urges"

urlpatterns = [
    path("", views.urge_list, name="list"),
    path("ride/", views.ride, name="ride"),
    path("kindness/", views.kindness, name="kindness"),
    path("<uuid:uuid>/", views.detail, name="detail"),
    path("<uuid:uuid>/delete/", views.delete, name="delete"),
]
