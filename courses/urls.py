from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/transcript/", views.transcript, name="transcript"),
    path("dashboard/transcript.csv", views.transcript_csv, name="transcript_csv"),
    path("dashboard/transcript.pdf", views.transcript_pdf, name="transcript_pdf"),
    path("certificates/<str:code>/", views.certificate, name="certificate"),
    path("certificates/<str:code>/certificate.pdf", views.certificate_pdf, name="certificate_pdf"),
]
