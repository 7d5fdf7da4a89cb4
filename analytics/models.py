"""What the portal knows of its audience: raw hits for a few months, daily rollups
for good. No raw IP address or user agent is ever stored, and no cookie is set."""

from django.contrib.postgres.indexes import BrinIndex
from django.db import models
from django.utils.translation import gettext_lazy as _


class Label(models.Model):
    """A string a hit refers to (a path, a referrer, a browser, a campaign...), kept
    once: hits store its number, which keeps a raw hit near 100 bytes."""

    text = models.CharField(max_length=300, unique=True)

    def __str__(self):
        return self.text


class LabelKey(models.ForeignKey):
    """A hit's reference to a Label, stored in 4 bytes rather than the 8 of
    Label's own key: hits are most of the database, and there will never be two
    billion distinct paths, browsers and campaigns."""

    def db_type(self, connection):
        return models.IntegerField().db_type(connection)


class TimeIndex(BrinIndex):
    """On PostgreSQL a BRIN index: hits are stored in the order they happen, so a
    few kilobytes find any period where a B-tree would take a fifth of the table.
    A plain index on other databases."""

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().create_sql(model, schema_editor, using, **kwargs)
        return models.Index.create_sql(self, model, schema_editor, using, **kwargs)


def label_field(verbose_name):
    return LabelKey(
        Label,
        verbose_name=verbose_name,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        null=True,
        related_name="+",
    )


class Source(models.IntegerChoices):
    DIRECT = 0, _("direct")
    SEARCH = 1, _("search")
    SOCIAL = 2, _("social")
    REFERRAL = 3, _("other site")
    INTERNAL = 4, _("internal")


class Device(models.IntegerChoices):
    DESKTOP = 0, _("desktop")
    MOBILE = 1, _("mobile")
    TABLET = 2, _("tablet")
    BOT = 3, _("bot")  # kept apart: never in the audience figures


class Hit(models.Model):
    """One page view or event as collected (events have a name). Purged after
    ANALYTICS_RAW_DAYS; the reports read DailyRollup."""

    # Made when the hit is collected, so storing a batch twice stores it once.
    id = models.BigIntegerField(primary_key=True)
    time = models.DateTimeField(_("time"))
    visitor = models.BigIntegerField(_("visitor"))  # keyed hash, new every day
    session = models.BigIntegerField(_("visit"), null=True)  # set when drained
    page_id = models.IntegerField(_("page"), null=True)
    path = label_field(_("path"))
    event = label_field(_("event"))  # null for a page view
    target = label_field(_("target"))  # what the event was about: a poll, a link
    locale = label_field(_("locale"))
    language = label_field(_("language"))
    source = models.SmallIntegerField(_("source"), choices=Source.choices)
    source_name = label_field(_("source name"))
    referrer = label_field(_("referrer"))
    utm_source = label_field("utm_source")
    utm_medium = label_field("utm_medium")
    utm_campaign = label_field("utm_campaign")
    utm_term = label_field("utm_term")
    utm_content = label_field("utm_content")
    browser = label_field(_("browser"))
    os = label_field(_("operating system"))
    device = models.SmallIntegerField(_("device"), choices=Device.choices)
    engaged_seconds = models.SmallIntegerField(_("engaged seconds"), null=True)
    scroll_depth = models.SmallIntegerField(_("scroll depth"), null=True)

    class Meta:
        verbose_name = _("hit")
        verbose_name_plural = _("hits")
        # Every query of raw hits is bounded in time, a visitor's recent hits
        # included (the drain's visits): the time index finds them. The primary
        # key finds a hit by id. On PostgreSQL the table is partitioned by month
        # (migration 0003, analytics/partitions.py).
        indexes = [
            TimeIndex(
                fields=["time"],
                name="analytics_hit_time",
                pages_per_range=32,
                autosummarize=True,
            )
        ]

    def __str__(self):
        return f"{self.time:%Y-%m-%d %H:%M} {self.page_id or ''}"


class PendingHit(models.Model):
    """A collected hit waiting to be drained, when Redis is not there (the embedded
    default) or could not be reached."""

    payload = models.JSONField()

    def __str__(self):
        return str(self.payload.get("path", ""))


class DailyRollup(models.Model):
    """The figures of one day for one key of one dimension (all, a page, a source,
    a campaign...), recomputed from the day's hits whenever new ones arrive."""

    day = models.DateField(_("day"))
    dimension = models.CharField(_("dimension"), max_length=20)
    key = models.CharField(_("key"), max_length=300)
    visitors = models.IntegerField(_("visitors"), default=0)
    visits = models.IntegerField(_("visits"), default=0)
    pageviews = models.IntegerField(_("page views"), default=0)
    bounces = models.IntegerField(_("bounces"), default=0)
    duration = models.BigIntegerField(_("visit seconds"), default=0)
    events = models.IntegerField(_("events"), default=0)

    class Meta:
        verbose_name = _("daily figure")
        verbose_name_plural = _("daily figures")
        constraints = [
            models.UniqueConstraint(
                fields=["dimension", "day", "key"], name="one_rollup_per_key"
            )
        ]
        # The drain replaces a day's rows of every dimension at once.
        indexes = [models.Index(fields=["day"], name="analytics_rollup_day")]

    def __str__(self):
        return f"{self.day} {self.dimension} {self.key}"


class DigestSent(models.Model):
    """A week whose audience digest went to the Marketers, so it goes once."""

    week = models.CharField(_("week"), max_length=10, unique=True)  # 2026-W48
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")

    def __str__(self):
        return self.week


class DailySalt(models.Model):
    """The day's random salt for visitor keys, when there is no Redis to keep it.
    Deleted after two days, so a key can never be recomputed."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    def __str__(self):
        return str(self.day)
