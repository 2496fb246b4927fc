from django.urls import path

from quiz import views

app_name = "quiz"

urlpatterns = [
    path("", views.index, name="index"),
    path("take/", views.take, name="take"),
    path("take/<uuid:uuid>/page/<int:number>/", views.page, name="page"),
    path("take/<uuid:uuid>/discard/", views.discard, name="discard"),
    path("results/<uuid:uuid>/", views.result, name="result"),
    path("results/<uuid:uuid>/delete/", views.delete, name="delete"),
]
