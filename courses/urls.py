from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    # Learner actions, keyed by the course's and lesson's translation_key (as the learning
    # records are), so they work the same from every translation.
    path("courses/<uuid:course_key>/enrol/", views.enrol, name="enrol"),
    path("courses/<uuid:course_key>/leave/", views.leave, name="leave"),
    path("lessons/<uuid:lesson_key>/complete/", views.lesson_complete, name="lesson_complete"),
    path("lessons/<uuid:lesson_key>/check/", views.quiz_submit, name="quiz_submit"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/transcript/", views.transcript, name="transcript"),
    path("dashboard/transcript.csv", views.transcript_csv, name="transcript_csv"),
    path("dashboard/transcript.pdf", views.transcript_pdf, name="transcript_pdf"),
    path("certificates/<str:code>/", views.certificate, name="certificate"),
    path("certificates/<str:code>/certificate.pdf", views.certificate_pdf, name="certificate_pdf"),
]
