"""What the survey tests share: request headers, and a questionnaire answered in
English and Russian for the results tests."""

import pytest

from tests.surveys.results_factories import make_questionnaire, translate

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def survey(site_tree):
    """The results tests' questionnaire (see results_factories)."""
    return make_questionnaire(site_tree)


@pytest.fixture
def survey_ru(site_tree, survey):
    """Its Russian translation: same questions, translated labels and choices."""
    return translate(survey, site_tree.ru)
