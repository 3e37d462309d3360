"""RSS and Atom feeds of one locale's news."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from .models import NewsPage


class NewsRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
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
        return (
            NewsPage.objects.live().public().child_of(self.index_page).order_by("-date", "-pk")[:20]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        import datetime

        return datetime.datetime.combine(item.date, datetime.time(), tzinfo=datetime.UTC)


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
