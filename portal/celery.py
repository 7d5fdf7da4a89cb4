"""The Celery app. Tasks live in each app's tasks.py and are found automatically."""

import logging
import os

from django.db import transaction

from celery import Celery
from kombu.exceptions import OperationalError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
logger = logging.getLogger(__name__)


def queue_after_commit(task, *args):
    """Queue the task once the transaction commits, for work that a periodic
    sweep also finds: should the broker be unreachable, what was stored stays
    stored, the visitor is not answered with an error, and the sweep does the
    work later."""

    def send():
        try:
            task.delay(*args)
        except OperationalError as error:
            logger.warning("%s%r left to its sweep: %s", task.name, args, error)

    transaction.on_commit(send)
