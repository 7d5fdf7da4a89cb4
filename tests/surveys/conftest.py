import pytest

from surveys.models import Poll, PollChoice


@pytest.fixture
def make_poll(db):
    def make(
        question="Which crane do you use most?",
        choices=("Overhead", "Gantry", "Jib"),
        **fields,
    ):
        poll = Poll(question=question, **fields)
        poll.choices = [PollChoice(text=text) for text in choices]
        poll.save()
        poll.save_revision().publish()
        poll.refresh_from_db()
        return poll

    return make


@pytest.fixture
def poll(make_poll):
    return make_poll()


@pytest.fixture
def article_with_poll(site_tree, poll):
    article = site_tree.articles[0]
    article.body = [
        *article.body.raw_data,
        {"type": "poll", "value": {"poll": poll.id}},
    ]
    article.save_revision().publish()
    return article


SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
JSON = {"HTTP_ACCEPT": "application/json"}
