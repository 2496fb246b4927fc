from django.urls import path

from detach.users import views

app_name = "users"

urlpatterns = [
    path("", views.settings_page, name="settings"),
    path("export/", views.export_page, name="export"),
    path("delete/", views.delete_page, name="delete"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
