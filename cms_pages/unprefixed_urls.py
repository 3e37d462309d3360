"""URLs outside the language prefixes."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from .sitemaps import MultilingualSitemap

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]
