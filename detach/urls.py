from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from detach import views

# Staff sign in through allauth too: its rate limits and two-factor apply to the admin.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Detach administration"

urlpatterns = [
    path("", views.landing, name="landing"),
    path("help/", views.help_page, name="help"),
    path("help/", include("detach.safety.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("manifest.webmanifest", views.web_manifest, name="web_manifest"),
    path("accounts/", include("allauth.urls")),
    path("settings/", include("detach.users.urls")),
    path("people/", include("detach.people.urls")),
    path("today/", include("progress.today_urls")),
    path("path/", include("progress.path.urls")),
    path("progress/", include("progress.urls")),
    path("quiz/", include("quiz.urls")),
    path("journal/", include("journal.urls")),
    path("practices/requests/", include("practices.dearman.urls")),
    path("practices/", include("practices.urls")),
    path("urges/", include("practices.urges.urls")),
    path("letters/", include("practices.letters.urls")),
    path("lines/", include("practices.lines.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
]

handler500 = "detach.views.server_error"
