"""Admin sign-in slowed down for password guessers.

After LOGIN_FAILURE_LIMIT failed sign-ins for one username, or from one client
address, within LOGIN_LOCKOUT_SECONDS, every sign-in for that username or from
that address is refused for LOGIN_LOCKOUT_SECONDS, the right password included.
A successful sign-in clears both counts.

Counts live in the cache (Redis in production), under keys hashed with the
secret key: neither the address nor the username is stored. Unknown usernames
are counted like real ones, so the lockout tells nobody which accounts exist.

Wagtail's sign-in form is the only place staff sign in, and the one place that
can say why a sign-in is refused (settings: WAGTAILADMIN_USER_LOGIN_FORM).
"""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.crypto import salted_hmac
from django.utils.translation import ngettext_lazy

from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from analytics.visitors import client_ip

KEY_SALT = "portal.lockout"


def subject_keys(request, username):
    """Cache key stems for this username and this client address."""
    keys = [digest("user", username.strip().lower())]
    if request is not None:
        keys.append(digest("address", client_ip(request)))
    return keys


def digest(kind, value):
    hashed = salted_hmac(KEY_SALT, value, algorithm="sha256").hexdigest()
    return f"lockout:{kind}:{hashed}"


def is_locked(keys):
    return any(cache.get(f"{key}:locked") for key in keys)


def record_failure(keys):
    """Count a failed sign-in; the count that reaches the limit locks."""
    seconds = settings.LOGIN_LOCKOUT_SECONDS
    for key in keys:
        cache.add(f"{key}:failures", 0, seconds)
        try:
            failures = cache.incr(f"{key}:failures")
        except ValueError:  # expired between the two calls
            cache.add(f"{key}:failures", 1, seconds)
            failures = 1
        if failures >= settings.LOGIN_FAILURE_LIMIT:
            cache.set(f"{key}:locked", True, seconds)
            cache.delete(f"{key}:failures")


def clear(keys):
    cache.delete_many(
        [f"{key}:{part}" for key in keys for part in ("failures", "locked")]
    )


def unlock(username):
    """Let a locked-out user sign in again at once (from `manage.py shell`)."""
    clear(subject_keys(None, username))


class LoginForm(WagtailLoginForm):
    error_messages = {
        **WagtailLoginForm.error_messages,
        "locked_out": ngettext_lazy(
            "Too many failed sign-in attempts. For your security, signing in is "
            "paused for %(minutes)s minute. Please try again later.",
            "Too many failed sign-in attempts. For your security, signing in is "
            "paused for %(minutes)s minutes. Please try again later.",
            "minutes",
        ),
    }

    def clean(self):
        keys = subject_keys(self.request, self.cleaned_data.get("username") or "")
        if is_locked(keys):
            raise ValidationError(
                self.error_messages["locked_out"],
                code="locked_out",
                params={"minutes": max(1, settings.LOGIN_LOCKOUT_SECONDS // 60)},
            )
        try:
            cleaned_data = super().clean()
        except ValidationError:
            record_failure(keys)
            raise
        if self.user_cache is not None:
            clear(keys)
        return cleaned_data
