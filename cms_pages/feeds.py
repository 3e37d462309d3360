"""RSS and Atom feeds of one locale's news. The news index page serves them and hands over
its items, so this module imports no page model."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed


class NewsRssFeed(Feed):
    def __init__(self, index_page, items):
        super().__init__()
        self.index_page = index_page
        self.news_items = items
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"CityPeers – {self.index_page.title}"

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.intro

    def items(self):
        return self.news_items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.date, datetime.time(), tzinfo=datetime.UTC)

    def item_updateddate(self, item):
        """When the item last changed (RFC 4287 requires <updated> on every entry)."""
        return item.last_published_at or self.item_pubdate(item)

    # RFC 4287: a feed names its author (here the association's regional office).
    def author_name(self):
        return f"CityPeers – {self.index_page.title}"

    def item_author_name(self, item):
        return "CityPeers"


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
