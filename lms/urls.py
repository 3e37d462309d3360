from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

# Unhandled errors: the 500 page, or the maintenance page (503) when the database is down, in
# the visitor's language and without the database (lms/errors.py).
handler500 = "lms.errors.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("language/", views.switch_language, name="switch_language"),
    # Site history lists every change to every object of the types a user may edit, across
    # regions and locales: administrators only (each object's own History stays scoped).
    path(
        "admin/reports/site-history/",
        views.superusers_only(views.SafeLogEntriesView.as_view()),
    ),
    path(
        "admin/reports/site-history/results/",
        views.superusers_only(views.SafeLogEntriesView.as_view(results_only=True)),
    ),
    # One way to sign in: Wagtail's own login forms send people to allauth's.
    path("admin/login/", views.sign_in_elsewhere, name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Apps are included by module name: the layer below them knows none of their code.
    path("", include("cms_pages.unprefixed_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/my-data/", views.personal_data, name="personal_data"),
    path("accounts/my-data.json", views.personal_data_download, name="personal_data_download"),
    path("accounts/", include("allauth.urls")),
    path("_util/login/", views.sign_in_elsewhere, name="frontend_login_redirect"),
    path("", include("courses.urls")),
    path("mentoring/", include("mentoring.urls")),
    path("", include("partnerships.urls")),
    path("", include("surveys.urls")),
    path("", include("cms_pages.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
