"""URLs outside the language prefixes."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from .sitemaps import MultilingualSitemap
from .views import robots_txt

urlpatterns = [
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]
