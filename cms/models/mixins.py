from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


class BasePage(Page):
    """Fields every page type shares: search-engine, social and listing texts."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; 1200×630 works best."),
    )
    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("Replaces the title where the page is listed."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("A sentence or two shown where the page is listed."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("Search engines")),
        MultiFieldPanel(
            [
                FieldPanel("social_image"),
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("Sharing and listings"),
        ),
    ]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Find the page at the end of the path in one query.

        Wagtail's own route walks the tree a level at a time, two queries per level;
        url_path already holds each page's full path, so the whole chain comes at
        once. What remains of the path goes to the page found (a routable page).
        """
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:length]) + "/"
            for length in range(1, len(path_components) + 1)
        ]
        chain = list(
            Page.objects.descendant_of(self)
            .filter(url_path__in=prefixes)
            .order_by("depth")
        )
        if not chain:
            raise Http404
        page = chain[-1].specific
        page._cached_parent_obj = chain[-2] if len(chain) > 1 else self
        page._route_ancestors = [
            *getattr(self, "_route_ancestors", []),
            self,
            *chain[:-1],
        ]
        return page.route(request, path_components[len(chain) :])

    @cached_property
    def breadcrumbs(self):
        """The page's ancestors from the home page down; routing already found them."""
        if hasattr(self, "_route_ancestors"):
            return self._route_ancestors
        return list(self.get_ancestors().filter(depth__gt=1))

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description

    @property
    def card_image(self):
        return self.listing_image

    @property
    def share_image(self):
        return self.social_image or self.card_image

    @property
    def meta_description(self):
        return self.search_description or self.card_summary
