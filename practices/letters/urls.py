from django.urls import path

from practices.letters import views

app_name = "letters"

urlpatterns = [
    path("", views.letter_list, name="list"),
    path("new/", views.letter_new, name="new"),
    path("<uuid:uuid>/", views.letter_detail, name="detail"),
    path("<uuid:uuid>/edit/", views.letter_edit, name="edit"),
    path("<uuid:uuid>/delete/", views.letter_delete, name="delete"),
    path("<uuid:uuid>/answer/", views.letter_answer, name="answer"),
]
