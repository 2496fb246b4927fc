from django.urls import path

from detach.progress import views

app_name = "progress"

urlpatterns = [
    path("", views.home, name="home"),
]
