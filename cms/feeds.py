"""RSS and Atom feeds of a news index, whole or per topic."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 30


class NewsRssFeed(Feed):
    def get_object(self, request, index_page, topic=None):
        self.request = request
        self.language = index_page.locale.language_code
        return index_page, topic

    def absolute_url(self, page):
        # The address the reader used, not the site's configured host name.
        return self.request.build_absolute_uri(page.get_url(self.request))

    def title(self, obj):
        index_page, topic = obj
        if topic:
            return f"{index_page.title}: {topic.name}"
        return index_page.title

    def link(self, obj):
        return self.absolute_url(obj[0])

    def description(self, obj):
        index_page, topic = obj
        return (topic and topic.description) or index_page.search_description or ""

    def feed_url(self, obj):
        return self.request.build_absolute_uri()

    def items(self, obj):
        index_page, topic = obj
        news = index_page.get_news()
        if topic:
            news = news.filter(topic__translation_key=topic.translation_key)
        return news[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return self.absolute_url(item)

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.date, datetime.time())
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.topic.name] if item.topic else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj) or _("News")
