"""The load and fault scenarios of `make load`, a few seconds each: after each,
every request answered 2xx has exactly one stored row and is counted once in
the poll counters, the raw hits, the rollups and the customer records."""

import pytest

pytestmark = [pytest.mark.postgres, pytest.mark.load]


@pytest.mark.parametrize(
    "name", ["load", "redis-restart", "worker-kill", "postgres-restart", "beat-gap"]
)
def test_nothing_is_lost_or_counted_twice(harness, name):
    result = harness.result(name)
    assert (result.lost, result.duplicated) == (0, 0), result.report
    assert not result.failures, result.report


def test_the_plain_load_answers_no_server_errors(harness):
    assert harness.result("load").figures["errors"]["server_errors"] == 0


def test_during_a_database_outage_visitors_get_a_clean_503_page(harness):
    result = harness.result("postgres-restart")
    errors = result.figures["errors"]
    assert errors["server_errors"] == errors["clean_503"] > 0, result.report
    # Cached pages and the page script's events need no database.
    assert result.figures["kinds"]["news"]["5xx"] == 0, result.report
    assert result.figures["kinds"]["beacon"]["5xx"] == 0, result.report


def test_beat_catches_up_after_an_hour_away(harness):
    result = harness.result("beat-gap")
    notes = result.figures["notes"]
    assert notes["tasks_lost"] > 0 and notes["hits_waiting"] > 0, result.report
    assert notes["caught_up"], result.report
    assert result.figures["emails"]["missing"] == 0, result.report


def test_a_worker_killed_mid_batch_loses_nothing(harness):
    result = harness.result("worker-kill")
    assert result.figures["notes"]["mid_drain_batch"], result.report
