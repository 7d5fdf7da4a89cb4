from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Company name, logo, contacts and social links shown on every page.

    Edited under Settings › Site settings.
    """

    select_related = ["logo"]

    company_name = models.CharField(_("company name"), max_length=100, default="Portal")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)
    vk_url = models.URLField(_("VK"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    show_view_counts = models.BooleanField(
        _("show view counts"),
        default=True,
        help_text=_(
            "Show how many times each news article was read, on the article and "
            "in the Most read block."
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("company_name"), FieldPanel("logo")], _("Company")),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], _("Contacts")),
        MultiFieldPanel(
            [
                FieldPanel("telegram_url"),
                FieldPanel("vk_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
            ],
            _("Social links"),
        ),
        FieldPanel("show_view_counts"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        links = [
            ("Telegram", self.telegram_url),
            ("VK", self.vk_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(name, url) for name, url in links if url]


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """The main and footer menus, edited under Settings › Navigation.

    Items point to pages; each visitor sees the translation in their language.
    """

    panels = [
        InlinePanel("main_menu_items", label=_("main menu")),
        InlinePanel("footer_menu_items", label=_("footer menu")),
    ]

    class Meta:
        verbose_name = _("navigation")


class MenuItem(Orderable):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        abstract = True


class MainMenuItem(MenuItem):
    """A link in the header menu."""

    settings = ParentalKey(NavigationSettings, related_name="main_menu_items")


class FooterMenuItem(MenuItem):
    """A link in the footer menu."""

    settings = ParentalKey(NavigationSettings, related_name="footer_menu_items")
