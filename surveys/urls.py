from django.urls import path

from surveys import views

app_name = "surveys"
urlpatterns = [
    path("polls/<int:poll_id>/", views.poll_state, name="poll_state"),
    path("polls/<int:poll_id>/vote/", views.vote, name="vote"),
    path("feedback/", views.submit_feedback, name="feedback"),
    path(
        "questionnaires/<int:page_id>/",
        views.submit_questionnaire,
        name="questionnaire",
    ),
    path(
        "questionnaires/<int:page_id>/progress/",
        views.questionnaire_progress,
        name="questionnaire_progress",
    ),
    path("requests/<int:type_id>/", views.submit_request, name="request"),
    path("requests/status/<str:token>/", views.request_status, name="request_status"),
]
