from django.urls import path

from progress import today

app_name = "today"

urlpatterns = [
    path("", today.home, name="home"),
    path("prompt/", today.prompt_card, name="prompt"),
]
