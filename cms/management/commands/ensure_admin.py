import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

CREDENTIALS_FILE = settings.VAR_DIR / "admin-credentials.txt"


class Command(BaseCommand):
    help = (
        "Development only: create the 'admin' superuser once and print its credentials."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_admin is for development (DEBUG=True) only.")
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser("admin", "admin@localhost", password)
            CREDENTIALS_FILE.parent.mkdir(parents=True, exist_ok=True)
            CREDENTIALS_FILE.write_text(f"admin {password}\n")
        if CREDENTIALS_FILE.exists():
            username, password = CREDENTIALS_FILE.read_text().split()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin: {username} / {password}  (kept in {CREDENTIALS_FILE})"
                )
            )
        else:
            self.stdout.write("User 'admin' exists; its password was set elsewhere.")
