from django.urls import path

from . import views

app_name = "mentoring"

urlpatterns = [
    path("", views.home, name="home"),
    path("profile/mentor/", views.mentor_profile_edit, name="mentor_profile"),
    path("profile/mentee/", views.mentee_profile_edit, name="mentee_profile"),
    path("programs/<int:pk>/join/", views.program_join, name="program_join"),
    path("programs/<int:pk>/mentors/", views.suggestions, name="suggestions"),
    path("programs/<int:pk>/mentors/<int:user_id>/", views.mentor_detail, name="mentor_detail"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("m/<int:pk>/", views.workspace, name="workspace"),
    path("m/<int:pk>/accept/", views.accept, name="accept"),
    path("m/<int:pk>/decline/", views.decline, name="decline"),
    path("m/<int:pk>/goals/", views.goal_add, name="goal_add"),
    path("m/<int:pk>/goals/<int:goal_id>/", views.goal_toggle, name="goal_toggle"),
    path("m/<int:pk>/sessions/", views.session_add, name="session_add"),
    path("m/<int:pk>/meeting/", views.meeting_set, name="meeting_set"),
    path("m/<int:pk>/meeting.ics", views.meeting_ics, name="meeting_ics"),
    path("m/<int:pk>/close/", views.close, name="close"),
    path("m/<int:pk>/feedback/", views.feedback, name="feedback"),
]
