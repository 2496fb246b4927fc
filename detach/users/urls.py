from django.urls import path

from detach.users import views

app_name = "users"

urlpatterns = [
    path("", views.settings_page, name="settings"),
]
