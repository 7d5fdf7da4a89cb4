from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from surveys import reports
from surveys.models import Poll
from surveys.viewsets import SurveysViewSetGroup


@hooks.register("register_admin_viewset")
def register_surveys():
    return SurveysViewSetGroup()


@hooks.register("register_admin_urls")
def register_survey_reports_urls():
    return [
        path(
            "reports/surveys/",
            include(
                (reports.urlpatterns, "surveys_reports"), namespace="surveys_reports"
            ),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_survey_results_menu_item():
    return reports.SurveyResultsMenuItem(
        _("Survey results"),
        reverse("surveys_reports:index"),
        name="survey-results",
        icon_name="form",
        order=1000,
    )


@hooks.register("register_snippet_listing_buttons")
def poll_results_button(snippet, user, next_url=None):
    yield from reports.poll_results_buttons(snippet, user)


@hooks.register("register_page_listing_more_buttons")
def questionnaire_results_listing_button(page, user, next_url=None):
    yield from reports.questionnaire_results_buttons(page, user)


@hooks.register("register_page_header_buttons")
def questionnaire_results_header_button(page, user, view_name, next_url=None):
    yield from reports.questionnaire_results_buttons(page, user)


@hooks.register("analytics_target_names")
def name_polls_in_audience_reports(event, targets):
    """The audience report shows a poll's question rather than its number."""
    if event != "poll":
        return {}
    ids = [int(target) for target in targets if target.isdigit()]
    return {
        str(pk): question
        for pk, question in Poll.objects.filter(id__in=ids).values_list(
            "id", "question"
        )
    }
