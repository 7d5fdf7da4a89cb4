from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

MIN_CHOICES, MAX_CHOICES = 2, 12


class Poll(DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A poll editors create under Snippets › Polls and place in pages with a block,
    the home page's featured poll or the {% poll %} template tag."""

    class ResultsShown(models.TextChoices):
        AFTER_VOTING = "after_voting", _("after voting")
        ALWAYS = "always", _("always")
        AFTER_CLOSING = "after_closing", _("after the poll closes")
        NEVER = "never", _("never")

    question = models.CharField(_("question"), max_length=255)
    multiple = models.BooleanField(
        _("several answers allowed"),
        default=False,
        help_text=_("Checkboxes instead of radio buttons."),
    )
    allow_other = models.BooleanField(
        _('"other" answer'),
        default=False,
        help_text=_("Visitors may type their own answer."),
    )
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    results_shown = models.CharField(
        _("results shown to visitors"),
        max_length=20,
        choices=ResultsShown.choices,
        default=ResultsShown.AFTER_VOTING,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("question"),
        InlinePanel(
            "choices", label=_("choices"), min_num=MIN_CHOICES, max_num=MAX_CHOICES
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("multiple"), FieldPanel("allow_other")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("results_shown"),
            ],
            heading=_("Voting"),
        ),
    ]
    search_fields = [index.SearchField("question"), index.AutocompleteField("question")]

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")
        ordering = ["-created_at"]

    def __str__(self):
        return self.question

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A poll must close after it opens.")})

    def refusal(self, now=None):
        """Why a vote cannot be taken now, or None when the poll is open."""
        now = now or timezone.now()
        if not self.live:
            return _("This poll is not published.")
        if self.opens_at and now < self.opens_at:
            return _("This poll is not open yet.")
        if self.closes_at and now >= self.closes_at:
            return _("This poll is closed.")
        return None

    @property
    def is_open(self):
        return self.refusal() is None

    def results_visible(self, has_voted):
        shown = self.ResultsShown
        if self.results_shown == shown.ALWAYS:
            return True
        if self.results_shown == shown.AFTER_VOTING:
            return has_voted or not self.is_open
        if self.results_shown == shown.AFTER_CLOSING:
            return bool(self.closes_at and timezone.now() >= self.closes_at)
        return False

    def tallies(self, counts=None):
        """Votes per choice (and the "other" answers) from the counters, which a
        vote may pass in ({choice id or None for voters: votes}) as it moves them."""
        if counts is None:
            counts = dict(
                PollTally.objects.filter(poll=self).values_list("choice_id", "votes")
            )
        voters = counts.get(None, 0)
        rows = [
            {
                "id": choice.id,
                "text": choice.text,
                "votes": counts.get(choice.id, 0),
            }
            for choice in self.choices.all()
        ]
        if self.allow_other:
            rows.append(
                {
                    "id": "other",
                    "text": _("Other"),
                    "votes": self.votes.exclude(other="").count(),
                }
            )
        for row in rows:
            row["percent"] = round(100 * row["votes"] / voters, 1) if voters else 0.0
        return {"voters": voters, "choices": rows}


class PollChoice(Orderable):
    """One answer a visitor can pick in a poll."""

    poll = ParentalKey(Poll, related_name="choices", on_delete=models.CASCADE)
    text = models.CharField(_("answer"), max_length=200)

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.text


class PollVote(models.Model):
    """One visitor's vote in a poll: the source of truth the counters follow."""

    poll = models.ForeignKey(Poll, on_delete=models.PROTECT, related_name="votes")
    choices = models.ManyToManyField(
        PollChoice, through="PollVoteChoice", related_name="+"
    )
    other = models.CharField(_("other answer"), max_length=200, blank=True)
    visitor = models.CharField(_("visitor cookie"), max_length=32)
    fingerprint = models.CharField(_("visitor key"), max_length=32)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    locale = models.CharField(_("language"), max_length=8, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("poll vote")
        verbose_name_plural = _("poll votes")
        constraints = [
            # One vote per visitor: by cookie, by the day's visitor key, by account.
            models.UniqueConstraint(
                fields=["poll", "visitor"], name="one_vote_per_cookie"
            ),
            models.UniqueConstraint(
                fields=["poll", "fingerprint"], name="one_vote_per_key"
            ),
            models.UniqueConstraint(
                fields=["poll", "user"],
                condition=models.Q(user__isnull=False),
                name="one_vote_per_account",
            ),
        ]

    def __str__(self):
        return f"{self.poll} #{self.pk}"


class PollVoteChoice(models.Model):
    """A choice picked in a vote (several when the poll allows it)."""

    vote = models.ForeignKey(PollVote, on_delete=models.CASCADE, related_name="picked")
    choice = models.ForeignKey(PollChoice, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["vote", "choice"], name="one_pick_per_choice"
            )
        ]

    def __str__(self):
        return str(self.choice)


class PollTally(models.Model):
    """A running count of votes for a choice (or, with no choice, of voters).

    Kept apart from PollChoice so that publishing an older revision of a poll
    cannot roll the counts back.
    """

    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="+")
    choice = models.ForeignKey(
        PollChoice, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    votes = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["poll", "choice"], name="one_tally_per_choice"
            ),
            models.UniqueConstraint(
                fields=["poll"],
                condition=models.Q(choice__isnull=True),
                name="one_voter_tally",
            ),
        ]

    def __str__(self):
        return f"{self.choice or self.poll}: {self.votes}"
