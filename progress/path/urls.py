from django.urls import path

from progress.path import views

app_name = "path"

urlpatterns = [
    path("", views.index, name="index"),
    path("review/", views.review, name="review"),
    path("<slug:slug>/", views.session_page, name="session"),
    path("<slug:slug>/done/", views.session_done, name="done"),
    path("<slug:slug>/not-done/", views.session_not_done, name="not_done"),
]
