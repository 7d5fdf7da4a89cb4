from django.db import models
from django.utils.translation import gettext_lazy as _


class DailySalt(models.Model):
    """The random salt of one day, mixed into visitor keys; deleted after two days
    so that no stored key can be traced back to an IP address."""

    day = models.DateField(_("day"), unique=True)
    salt = models.CharField(_("salt"), max_length=64)

    class Meta:
        verbose_name = _("daily salt")

    def __str__(self):
        return str(self.day)


class RefusedSubmission(models.Model):
    """A submission the spam defences turned away, kept so staff can see what was
    refused and why (Surveys › Refused submissions)."""

    class Reason(models.TextChoices):
        HONEYPOT = "honeypot", _("hidden field filled in")
        TOO_FAST = "too_fast", _("sent too fast")
        RATE_LIMITED = "rate_limited", _("too many submissions")
        CROSS_SITE = "cross_site", _("sent from another site")
        DUPLICATE = "duplicate", _("already answered")
        CLOSED = "closed", _("closed")

    form = models.CharField(_("form"), max_length=40)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    path = models.CharField(_("address"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("refused submission")
        verbose_name_plural = _("refused submissions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.form}: {self.get_reason_display()}"
