import pytest

from tests.surveys.conftest import survey  # noqa: F401  (a questionnaire with NPS and rating)


@pytest.fixture(autouse=True)
def forget_questions():
    """Each test's database has its own questionnaires."""
    from crm import aggregation

    aggregation._questions.clear()
