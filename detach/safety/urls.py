from django.urls import path

from detach.safety import views

app_name = "safety"

urlpatterns = [
    path("safety-plan/", views.safety_plan, name="plan"),
    path("safety-plan/edit/", views.plan_edit, name="plan_edit"),
    path("safety-plan/delete/", views.plan_delete, name="plan_delete"),
    path("relationship-check/", views.relationship_check, name="check"),
    path("relationship-check/delete/", views.check_delete, name="check_delete"),
]
