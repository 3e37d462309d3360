"""Publishing purges nginx's copy of the page in every language and of the listings above it,
from the task worker after the commit (the test settings run tasks at once)."""

from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend

from cms_pages.models import StandardPage

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


FRONTEND_CACHE = {"test": {"BACKEND": "tests.lms.test_frontend_cache.RecordingBackend"}}


@pytest.mark.django_db
@override_settings(WAGTAILFRONTENDCACHE=FRONTEND_CACHE)
def test_publishing_purges_every_language_and_the_listings_above(
    about_pages, django_capture_on_commit_callbacks
):
    about = about_pages["en"].get_children().first().specific
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    paths = {urlsplit(url).path for url in PURGED}
    assert {"/en/about/", "/es/acerca-de/", "/zh-hans/guanyu/", "/sk/o-nas/"} <= paths
    assert {"/en/", "/es/", "/zh-hans/", "/sk/"} <= paths

    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        about.unpublish()
    assert "/en/about/" in {urlsplit(url).path for url in PURGED}


@pytest.mark.django_db
def test_nothing_is_purged_without_a_frontend_cache(home_pages, django_capture_on_commit_callbacks):
    PURGED.clear()
    page = StandardPage(title="Open data portal", slug="open-data")
    home_pages["en"].add_child(instance=page)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page.save_revision().publish()
    assert PURGED == []
    assert not any("purge" in repr(callback) for callback in callbacks)
