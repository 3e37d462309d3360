from django.urls import path

from . import views

app_name = "partnerships"

urlpatterns = [
    path("partnerships/", views.partnership_list, name="list"),
    path("partnerships/<slug:slug>/", views.partnership_detail, name="detail"),
    path("partnerships/<slug:slug>/measurements/", views.measurement_add, name="measurement_add"),
    path("partnerships/<slug:slug>/activities/", views.activity_add, name="activity_add"),
    path(
        "partnerships/<slug:slug>/activities/<int:activity_id>/",
        views.activity_status,
        name="activity_status",
    ),
    path("partnerships/<slug:slug>/exchanges/", views.exchange_add, name="exchange_add"),
    path(
        "partnerships/<slug:slug>/exchanges/<int:exchange_id>/report/",
        views.exchange_report,
        name="exchange_report",
    ),
    path("partnerships/<slug:slug>/decisions/", views.decision_add, name="decision_add"),
    path("partnerships/<slug:slug>/documents/", views.document_add, name="document_add"),
    path(
        "partnerships/<slug:slug>/documents/<int:document_id>/",
        views.document_download,
        name="document_download",
    ),
    path("partnerships/<slug:slug>/status/", views.status_change, name="status"),
    path("partnerships/<slug:slug>/story/", views.story_create, name="story_create"),
    path("municipalities/", views.municipality_list, name="municipality_list"),
    path("municipalities/<slug:slug>/", views.municipality_detail, name="municipality"),
    path("municipalities/<slug:slug>/officials/", views.official_request, name="official_request"),
    path(
        "municipalities/<slug:slug>/officials/<int:official_id>/confirm/",
        views.official_confirm,
        name="official_confirm",
    ),
    path(
        "municipalities/<slug:slug>/officials/<int:official_id>/remove/",
        views.official_remove,
        name="official_remove",
    ),
    path(
        "municipalities/<slug:slug>/find-a-partner/",
        views.partner_search_new,
        name="partner_search_new",
    ),
    path("partner-searches/<int:pk>/", views.partner_search, name="search"),
    path(
        "partner-searches/<int:pk>/propose/",
        views.partner_search_propose,
        name="search_propose",
    ),
]
