"""Purge nginx's copy of public pages when content changes (wagtail.contrib.frontend_cache).

A page's publication changes more than its own URL: its translations' language switchers and
the listings above it (news, events, resources and the home page list pages of every language,
untranslated ones with a label). So on publish or unpublish, the page and its ancestors are
purged in every language. The purge runs in the task worker after the commit, never in the
editor's request. Active only when ``WAGTAILFRONTENDCACHE`` is configured (FRONTEND_CACHE_URL).
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django_tasks import task


def urls_to_purge(page) -> list[str]:
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page

    keys = [ancestor.translation_key for ancestor in page.get_ancestors().filter(depth__gt=1)]
    keys.append(page.translation_key)
    batch = PurgeBatch()
    batch.add_page(page)
    batch.add_pages(
        Page.objects.live().filter(translation_key__in=keys).exclude(pk=page.pk).specific()
    )
    return sorted(set(batch.urls))


@task()
def purge_urls(urls: list[str]) -> int:
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch(urls)
    batch.purge()
    return len(urls)


def on_page_changed(sender, instance, **kwargs) -> None:
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    urls = urls_to_purge(instance)
    if urls:
        transaction.on_commit(lambda: purge_urls.enqueue(urls))


def connect_signals() -> None:
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(on_page_changed, dispatch_uid="citypeers_frontend_cache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="citypeers_frontend_cache_unpublished")
