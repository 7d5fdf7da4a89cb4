"""The commands production runs (docker/compose.yaml), shared with the tests and
benchmarks that start the same processes."""

GUNICORN = ["gunicorn", "portal.wsgi"]
WORKER = ["celery", "-A", "portal", "worker"]
