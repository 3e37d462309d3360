from django.urls import path

from . import views

app_name = "surveys"

urlpatterns = [
    path("questionnaires/", views.questionnaire_list, name="list"),
    path("questionnaires/<slug:slug>/", views.questionnaire_detail, name="detail"),
    path("questionnaires/<slug:slug>/start/", views.response_start, name="start"),
    path("questionnaires/<slug:slug>/thanks/", views.thanks, name="thanks"),
    path("questionnaires/<slug:slug>/results/", views.survey_results_view, name="results"),
    path(
        "questionnaires/<slug:slug>/responses.csv",
        views.survey_export,
        {"file_format": "csv"},
        name="export_csv",
    ),
    path(
        "questionnaires/<slug:slug>/responses.xlsx",
        views.survey_export,
        {"file_format": "xlsx"},
        name="export_xlsx",
    ),
    path("answers/<uuid:public_id>/<int:number>/", views.response_section, name="section"),
    path("answers/<uuid:public_id>/review/", views.response_review, name="review"),
    path("answers/<uuid:public_id>/submit/", views.response_submit, name="submit"),
    path("answers/<uuid:public_id>/result/", views.assessment_result_view, name="result"),
]
