"""What every page needs and almost never changes, kept across requests: the route from a URL to
its page, the site, the home pages and menu of the header, the language switcher's targets, the
original of a translated page and view restrictions.

Entries live in the ``pages`` cache (Redis in production, shared by every process) under a
*generation* number. Any change to a page, site, locale or view restriction moves the
generation on (at once, and again when the transaction commits, so that no process can keep
what it read before the commit), and every earlier entry is simply never read again.
Without Redis (the embedded default, one process) the cache lives in the process.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction

GENERATION_KEY = "citypeers:pages:generation"
# Part of every key: bump it when the shape of a cached value changes, so that a new release
# never reads what an older one stored in a Redis that outlives the deploy.
FORMAT = 2
ENTRY_TIMEOUT = 60 * 60


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# Read once per request (set by PageRouteCacheMiddleware), not once per cached item.
_request_generation: ContextVar[int | None] = ContextVar("page_generation", default=None)


def generation() -> int:
    memo = _request_generation.get()
    if memo is not None:
        return memo
    cache = _cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        # A fresh start (or an evicted key) must never reuse a number read before.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY, 0)
    return value


@contextmanager
def request_scope():
    token = _request_generation.set(generation())
    try:
        yield
    finally:
        _request_generation.reset(token)


def _bump() -> None:
    _request_generation.set(None)
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def invalidate(**kwargs) -> None:
    """Signal receiver: pages, sites, locales or restrictions changed."""
    _bump()
    transaction.on_commit(_bump)


def _key(*parts: Any) -> str:
    return ":".join([f"citypeers:pages:v{FORMAT}", str(generation()), *(str(p) for p in parts)])


def lookup(parts: tuple) -> Any:
    """The value stored under ``parts`` for the current generation, or None."""
    return _cache().get(_key(*parts))


def store(parts: tuple, value: Any) -> None:
    _cache().set(_key(*parts), value, ENTRY_TIMEOUT)


def remember(parts: tuple, compute: Callable[[], Any]) -> Any:
    """The value cached under ``parts`` for the current generation, computed once."""
    cache = _cache()
    key = _key(*parts)
    missing = object()
    value = cache.get(key, missing)
    if value is missing:
        value = compute()
        cache.set(key, value, ENTRY_TIMEOUT)
    return value


def remember_many(parts: dict[Any, tuple], compute: Callable[[list], dict]) -> dict:
    """``remember`` for several values in one round trip: ``parts`` maps ids to key parts;
    ``compute(missing_ids)`` returns the values of the ids not cached (None for any it leaves
    out, so that an absent thing is remembered as absent)."""
    cache = _cache()
    keys = {item: _key(*item_parts) for item, item_parts in parts.items()}
    found = cache.get_many(list(keys.values()))
    result = {item: found[key] for item, key in keys.items() if key in found}
    missing = [item for item in keys if item not in result]
    if missing:
        computed = compute(missing)
        fresh = {item: computed.get(item) for item in missing}
        cache.set_many({keys[item]: value for item, value in fresh.items()}, ENTRY_TIMEOUT)
        result.update(fresh)
    return result


# ----------------------------------------------------------------------------- routing


def cached_site(request):
    """Wagtail's site for this host and port (views that are not pages ask for it too: the
    header's home pages and menu), without its lookup query."""
    from wagtail.models import Site

    return remember(
        ("site", request.get_host(), request.get_port()), lambda: Site.find_for_request(request)
    )


def _route_key(request) -> tuple:
    return ("route", request.get_host(), request.path_info)


def cached_route(request):
    """The page Wagtail routed this URL to before, fetched in one query (a routable page's
    sub-route is resolved again, without the database); None when unknown or no longer live."""
    from django.http import Http404

    entry = _cache().get(_key(*_route_key(request)))
    if entry is None:
        return None
    label, pk, site, remaining = entry
    page = apps.get_model(label).objects.live().select_related("locale").filter(pk=pk).first()
    if page is None:
        return None
    try:
        result = page.route(request, list(remaining))
    except Http404:
        return None
    request._wagtail_site = site
    return result


def remember_route(request) -> None:
    result = getattr(request, "_wagtail_route_for_request", None)
    site = getattr(request, "_wagtail_site", None)
    if result is None or site is None or not result.page.live:
        return
    page = result.page
    remaining: tuple[str, ...] = ()
    if result.args or result.kwargs:
        # A routable page's sub-view (feeds, past events): remember the path below the page.
        page_url = page.get_url(request) or ""
        if not page_url.startswith("/") or not request.path_info.startswith(page_url):
            return
        remaining = tuple(part for part in request.path_info[len(page_url) :].split("/") if part)
    _cache().set(
        _key(*_route_key(request)), (page._meta.label, page.pk, site, remaining), ENTRY_TIMEOUT
    )


class PageCacheMixin:
    """Page models: view restrictions (asked for on every view of the page and of its
    translations) come from the cache."""

    def get_view_restrictions(self):
        from wagtail.models import PageViewRestriction

        parent = super()
        restrictions = remember(
            ("restrictions", self.pk), lambda: list(parent.get_view_restrictions())
        )
        # Still a queryset (Wagtail chains and counts it), already holding its rows.
        queryset = PageViewRestriction.objects.filter(pk__in=[r.pk for r in restrictions])
        queryset._result_cache = restrictions
        return queryset


# ----------------------------------------------------------------------------- visitors' content


def visitor_content_key(request, page) -> tuple | None:
    """Key of a page's main content as every visitor sees it, or None when it is personal.

    Only for someone not signed in, a GET with no query string (filters, search and page
    numbers render afresh, so no one can fill the cache with variants). The content depends on
    pages only (and the models in ``watch``), so the generation number keeps it current.
    """
    if request.method not in ("GET", "HEAD") or request.GET:
        return None
    if getattr(request, "user", None) is None or request.user.is_authenticated:
        return None
    from django.utils.translation import get_language

    return ("content", request.get_host(), page.pk, get_language(), request.path)


_watched: set[type] = set()


def watch(*models: type) -> None:
    """Also move the generation on when one of ``models`` is saved or deleted (what cached
    content shows besides pages: topics, images, documents...)."""
    _watched.update(models)


def connect_signals() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    def on_model_change(sender, **kwargs):
        if issubclass(sender, Page | Site | Locale | PageViewRestriction) or any(
            issubclass(sender, model) for model in _watched
        ):
            invalidate()

    post_save.connect(on_model_change, dispatch_uid="citypeers_page_cache_save", weak=False)
    post_delete.connect(on_model_change, dispatch_uid="citypeers_page_cache_delete", weak=False)
    m2m_changed.connect(
        invalidate,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="citypeers_page_cache_groups",
    )
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"citypeers_page_cache_{id(signal)}")
