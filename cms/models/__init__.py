from cms.models.pages import (
    ContactsPage,
    HomePage,
    HomePageFeaturedNews,
    HomePageFeaturedSection,
    NewsIndexPage,
    NewsPage,
    NewsPageRelatedLink,
    NewsPageTag,
    OpeningHours,
    SectionPage,
)
from cms.models.settings import (
    FooterMenuItem,
    MainMenuItem,
    NavigationSettings,
    SiteSettings,
)
from cms.models.snippets import Topic

__all__ = [
    "ContactsPage",
    "FooterMenuItem",
    "HomePage",
    "HomePageFeaturedNews",
    "HomePageFeaturedSection",
    "MainMenuItem",
    "NavigationSettings",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedLink",
    "NewsPageTag",
    "OpeningHours",
    "SectionPage",
    "SiteSettings",
    "Topic",
]
