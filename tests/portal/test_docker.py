"""The docker/ files, checked as far as a machine without a Docker engine allows:
they parse, describe the services production needs, and run the same commands
the tests and benchmarks run."""

from pathlib import Path

import yaml

from tests.commands import GUNICORN, WORKER

DOCKER = Path(__file__).resolve().parents[2] / "docker"


def compose():
    return yaml.safe_load((DOCKER / "compose.yaml").read_text())["services"]


def test_compose_has_every_production_service():
    services = compose()
    assert set(services) == {"migrate", "web", "worker", "beat", "postgres", "redis"}
    for name in ("migrate", "web", "worker", "beat"):
        # One app definition shared through a YAML anchor.
        assert services[name]["image"] == "portal:latest"
        env = services[name]["environment"]
        assert env["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"
        assert env["DATABASE_URL"].startswith("postgres://")
        assert env["REDIS_URL"].startswith("redis://")


def test_services_wait_for_healthy_dependencies():
    services = compose()
    for name in ("postgres", "redis", "web"):
        assert services[name]["healthcheck"]["test"]
    for name in ("web", "worker", "beat"):
        depends = services[name]["depends_on"]
        assert depends["postgres"]["condition"] == "service_healthy"
        assert depends["redis"]["condition"] == "service_healthy"
        assert depends["migrate"]["condition"] == "service_completed_successfully"


def test_migrations_run_once_apart_from_the_web_server():
    services = compose()
    assert services["migrate"]["command"] == [
        "python",
        "manage.py",
        "migrate",
        "--noinput",
    ]
    assert services["migrate"]["restart"] == "no"
    assert "migrate" not in " ".join(services["web"]["command"])


def test_compose_runs_the_commands_the_tests_run():
    services = compose()
    assert " ".join(GUNICORN) in services["web"]["command"][-1]
    assert services["worker"]["command"][: len(WORKER)] == WORKER
    assert services["beat"]["command"][:4] == ["celery", "-A", "portal", "beat"]


def test_dockerfile_is_multi_stage_non_root_and_collects_static():
    dockerfile = (DOCKER / "Dockerfile").read_text()
    assert dockerfile.count("\nFROM ") + dockerfile.startswith("FROM ") >= 2
    assert "COPY --from=build" in dockerfile
    assert "collectstatic --noinput" in dockerfile
    user_lines = [line for line in dockerfile.splitlines() if line.startswith("USER ")]
    assert user_lines and user_lines[-1] != "USER root"
    assert " ".join(GUNICORN) in dockerfile
