"""One production-like stack (bench/stack.py) for every test in tests/load: its
own PostgreSQL, Redis, gunicorn, Celery worker and beat on loopback, never the
machine's shared services."""

import pytest

from bench.load import SHORT, Harness
from bench.stack import Stack, missing_tools
from tests.conftest import require


@pytest.fixture(scope="session")
def stack():
    require("The load stack (bench/stack.py)", missing_tools())
    with Stack(log=print) as stack:
        yield stack


@pytest.fixture(scope="session")
def harness(stack):
    """The short plan: a few seconds of load per scenario."""
    return Harness(stack, SHORT)
