from django.core.management import call_command

from celery import shared_task


@shared_task(name="cms.publish_scheduled")
def publish_scheduled():
    """Publish pages whose go-live time has come and unpublish expired ones.

    Wagtail's own command does the work; running it twice publishes nothing twice.
    """
    call_command("publish_scheduled")
