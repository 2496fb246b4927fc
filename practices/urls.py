from django.urls import path

from practices.views import attachment, expectations, fulfillment, mindfulness, overview

app_name = "practices"

urlpatterns = [
    path("", overview.index, name="index"),
    # Step 1: understanding how one attaches (the quiz itself is its own app)
    path("attachment/", attachment.module_page, name="attachment"),
    path("attachment/new/", attachment.notice_new, name="notice_new"),
    path("attachment/<uuid:uuid>/", attachment.notice_detail, name="notice_detail"),
    path("attachment/<uuid:uuid>/delete/", attachment.notice_delete, name="notice_delete"),
    # Step 3: letting go of expectations
    path("expectations/", expectations.module_page, name="expectations"),
    path("expectations/new/", expectations.check_new, name="check_new"),
    path("expectations/<uuid:uuid>/", expectations.check_detail, name="check_detail"),
    path("expectations/<uuid:uuid>/edit/", expectations.check_edit, name="check_edit"),
    path("expectations/<uuid:uuid>/revisit/", expectations.check_revisit, name="check_revisit"),
    path("expectations/<uuid:uuid>/delete/", expectations.check_delete, name="check_delete"),
    # Step 2: fulfillment outside the relationship
    path("fulfillment/", fulfillment.module_page, name="fulfillment"),
    path("fulfillment/map/", fulfillment.map_new, name="map_new"),
    path("fulfillment/maps/<uuid:uuid>/", fulfillment.map_detail, name="map_detail"),
    path("fulfillment/maps/<uuid:uuid>/delete/", fulfillment.map_delete, name="map_delete"),
    path("fulfillment/activities/new/", fulfillment.activity_new, name="activity_new"),
    path(
        "fulfillment/activities/<uuid:uuid>/edit/",
        fulfillment.activity_edit,
        name="activity_edit",
    ),
    path(
        "fulfillment/activities/<uuid:uuid>/done/",
        fulfillment.activity_done,
        name="activity_done",
    ),
    path(
        "fulfillment/activities/<uuid:uuid>/delete/",
        fulfillment.activity_delete,
        name="activity_delete",
    ),
    # Step 4: mindfulness
    path("mindfulness/", mindfulness.module_page, name="mindfulness"),
    path("mindfulness/breathing/", mindfulness.breathing_page, name="breathing"),
    path(
        "mindfulness/breathing/<uuid:uuid>/delete/",
        mindfulness.session_delete,
        name="session_delete",
    ),
    path("mindfulness/noting/", mindfulness.noting_page, name="noting"),
    path("mindfulness/noting/<uuid:uuid>/delete/", mindfulness.noting_delete, name="noting_delete"),
]
