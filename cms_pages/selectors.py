"""Reads for the public site: listings, office pages and multilingual search."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.apps import apps
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Min, Q, QuerySet, Value, When
from django.db.models.functions import Least, Length, Replace, StrIndex
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from lms.page_context import provides
from lms.regions import Region
from lms.utils import querystring_without_page

from .models import (
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    RegionalOfficePage,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    Topic,
)
from .search_text import excerpt, normalize, terms

# ----------------------------------------------------------------------------- translations
# One rule for "which translation is the original": the first page created with a
# translation_key (the lowest id). Every listing, record title and fallback uses these two.


def original_ids(model, *, live_only: bool = True):
    """A subquery of the original page's id for each translation_key of ``model``."""
    pages = model.objects.live().public() if live_only else model.objects.all()
    return pages.values("translation_key").annotate(first_id=Min("id")).values("first_id")


def pick_translation(versions, *, language: str):
    """From the translations of one page: (the one in ``language`` or else the original,
    the original)."""
    original = min(versions, key=lambda page: page.pk)
    local = next((p for p in versions if p.locale.language_code == language), None)
    return (local or original), original


def one_per_translation(queryset, *, language: str):
    """Each page once: in ``language`` where it is translated, else in its original language
    (listings show untranslated pages with a label instead of hiding them)."""
    local_keys = queryset.filter(locale__language_code=language).values("translation_key")
    originals = original_ids(queryset.model)
    return queryset.filter(
        Q(locale__language_code=language)
        | (Q(id__in=originals) & ~Q(translation_key__in=local_keys))
    )


def resources(*, parent, resource_type="", topic="", region=""):
    language = parent.locale.language_code
    pages = (
        one_per_translation(ResourcePage.objects.live().public(), language=language)
        .select_related("listing_image", "locale")
        .prefetch_related("topics")
        .order_by("-publication_date", "-pk")
    )
    if resource_type:
        pages = pages.filter(resource_type=resource_type)
    if topic:
        pages = pages.filter(topics__slug=topic)
    if region:
        pages = pages.filter(region=region)
    return pages.distinct()


def news(*, parent):
    return (
        one_per_translation(NewsPage.objects.live().public(), language=parent.locale.language_code)
        .select_related("listing_image", "locale")
        .order_by("-date", "-pk")
    )


def events(*, parent, past: bool):
    now = timezone.now()
    pages = one_per_translation(
        EventPage.objects.live().public(), language=parent.locale.language_code
    ).select_related("listing_image", "locale")
    if past:
        return pages.filter(ends_at__lt=now).order_by("-starts_at")
    return pages.filter(ends_at__gte=now).order_by("starts_at")


def latest_for_region(*, region: str, language: str, limit: int = 3) -> dict:
    now = timezone.now()
    local = Q(locale__language_code=language)
    return {
        "news": list(
            NewsPage.objects.live().public().filter(local, region=region).order_by("-date")[:limit]
        ),
        "events": list(
            EventPage.objects.live()
            .public()
            .filter(local, region=region, ends_at__gte=now)
            .order_by("starts_at")[:limit]
        ),
        "resources": list(
            ResourcePage.objects.live()
            .public()
            .filter(local, region=region)
            .order_by("-publication_date")[:limit]
        ),
    }


@functools.cache
def searchable_page_models() -> tuple[type[Page], ...]:
    """Every page type that keeps a normalised ``search_text`` (any app may add one)."""
    return tuple(
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and any(f.name == "search_text" for f in model._meta.get_fields())
    )


@dataclass
class SearchResult:
    page: Page
    type_label: str
    type_key: str
    language: str
    snippet: str
    relevance: int = 0


# Relevance of a page to the search terms, computed by the database from the normalised
# ``search_text`` (which starts with the title): a term in the title counts most, then how
# often each term occurs (up to a cap, so that a long page does not win by length alone),
# then the whole query as one phrase.
TITLE_WEIGHT = 10
HITS_CAP = 5
PHRASE_WEIGHT = 5


def _relevance(words: list[str], phrase: str):
    score = Value(0, output_field=IntegerField())
    for word in words:
        # The search filter has made sure the term occurs: its first occurrence is in the
        # title when it ends within the title's length.
        first = StrIndex("search_text", Value(word))
        score += Case(
            When(
                LessThanOrEqual(first + (len(word) - 1), Length("title")),
                then=Value(TITLE_WEIGHT),
            ),
            default=Value(0),
            output_field=IntegerField(),
        )
        hits = (
            Length("search_text") - Length(Replace("search_text", Value(word), Value("")))
        ) / len(word)
        score += Least(hits, Value(HITS_CAP), output_field=IntegerField())
    if len(words) > 1:
        score += Case(
            When(search_text__contains=phrase, then=Value(PHRASE_WEIGHT)),
            default=Value(0),
            output_field=IntegerField(),
        )
    return score


def site_search(
    *,
    query: str,
    language: str,
    all_languages: bool = False,
    page_type: str = "",
    topic: str = "",
    limit: int = 100,
) -> list[SearchResult]:
    """Substring search over normalised text: works for Chinese (no spaces) and for Slovak
    typed without diacritics, on SQLite and PostgreSQL alike. Most relevant first (pages in
    the visitor's language before others); one query per page type."""
    words = terms(query)
    if not words:
        return []
    phrase = normalize(" ".join(query.split()))
    results = []
    for model in searchable_page_models():
        key = model._meta.model_name
        if page_type and page_type != key:
            continue
        pages = model.objects.live().public().select_related("locale")
        if not all_languages:
            pages = pages.filter(locale__language_code=language)
        for word in words:
            pages = pages.filter(search_text__contains=word)
        if topic:
            if not any(f.name == "topics" for f in model._meta.get_fields()):
                continue
            pages = pages.filter(topics__slug=topic).distinct()
        pages = pages.annotate(relevance=_relevance(words, phrase))
        for page in pages.order_by("-relevance", "-latest_revision_created_at")[:limit]:
            results.append(
                SearchResult(
                    page=page,
                    type_label=str(model._meta.verbose_name),
                    type_key=key,
                    language=page.locale.language_code,
                    snippet=_snippet(page, words),
                    relevance=page.relevance,
                )
            )
    results.sort(key=lambda r: (r.language != language, -r.relevance, r.page.title))
    return results[:limit]


def _snippet(page, words: list[str], width: int = 220) -> str:
    """A short excerpt of the page's text around the first match, the matched words marked;
    the page's own summary when only the title matches (no query: the page's fields)."""
    text = " ".join(part for part in page.get_search_text_parts()[1:] if part)
    found = excerpt(text, words, width=width)
    if found is not None:
        return found
    summary = page.summary_text or ""
    return summary[:width] + ("…" if len(summary) > width else "")


@dataclass
class HomeContext:
    offices: list
    latest_news: list
    next_events: list


def home_highlights(*, home) -> HomeContext:
    """The regional offices, latest news and next events of the home page's locale."""
    now = timezone.now()
    return HomeContext(
        offices=list(
            RegionalOfficePage.objects.live().child_of(home).select_related("locale").order_by("path")
        ),
        latest_news=list(
            NewsPage.objects.live()
            .public()
            .descendant_of(home)
            .select_related("locale", "listing_image")
            .order_by("-date")[:3]
        ),
        next_events=list(
            EventPage.objects.live()
            .public()
            .descendant_of(home)
            .filter(ends_at__gte=now)
            .select_related("locale", "listing_image")
            .order_by("starts_at")[:3]
        ),
    )


# ----------------------------------------------------------------------------- page contexts
# What each content page type shows, asked by the page model's ``get_context``.

PAGE_SIZE = 12


@dataclass(frozen=True)
class ResourceFilters:
    resource_type: str = ""
    topic: str = ""
    region: str = ""

    @classmethod
    def from_query(cls, params) -> ResourceFilters:
        return cls(
            resource_type=params.get("type", "").strip(),
            topic=params.get("topic", "").strip(),
            region=params.get("region", "").strip(),
        )


@dataclass
class ResourceIndexContext:
    page_obj: PaginatorPage
    filters: ResourceFilters
    types: list
    topics: QuerySet
    regions: list
    querystring: str


def resource_index_context(
    *, index_page, filters: ResourceFilters, page_number, querystring: str
) -> ResourceIndexContext:
    pages = resources(parent=index_page, **vars(filters))
    return ResourceIndexContext(
        page_obj=Paginator(pages, PAGE_SIZE).get_page(page_number),
        filters=filters,
        types=ResourceType.choices,
        topics=Topic.objects.all(),
        regions=Region.choices,
        querystring=querystring,
    )


@dataclass
class ListingContext:
    page_obj: PaginatorPage
    querystring: str
    showing_past: bool = False


def news_index_context(*, index_page, page_number, querystring: str) -> ListingContext:
    return ListingContext(
        page_obj=Paginator(news(parent=index_page), PAGE_SIZE).get_page(page_number),
        querystring=querystring,
    )


def event_index_context(
    *, index_page, past: bool, page_number, querystring: str
) -> ListingContext:
    return ListingContext(
        page_obj=Paginator(events(parent=index_page, past=past), PAGE_SIZE).get_page(page_number),
        querystring=querystring,
        showing_past=past,
    )


@dataclass
class OfficeContext:
    latest: dict


def office_context(*, office, language: str) -> OfficeContext:
    return OfficeContext(latest=latest_for_region(region=office.region, language=language))


# What the page models ask for: each adapter reads the request and calls the selector above.


@provides(HomePage)
def _home_page(*, page, request, **route) -> HomeContext:
    return home_highlights(home=page)


@provides(ResourceIndexPage)
def _resource_index_page(*, page, request, **route) -> ResourceIndexContext:
    return resource_index_context(
        index_page=page,
        filters=ResourceFilters.from_query(request.GET),
        page_number=request.GET.get("page"),
        querystring=querystring_without_page(request),
    )


@provides(RegionalOfficePage)
def _office_page(*, page, request, **route) -> OfficeContext:
    return office_context(office=page, language=get_language())


@provides(NewsIndexPage)
def _news_index_page(*, page, request, **route) -> ListingContext:
    return news_index_context(
        index_page=page,
        page_number=request.GET.get("page"),
        querystring=querystring_without_page(request),
    )


@provides(EventIndexPage)
def _event_index_page(*, page, request, past: bool = False, **route) -> ListingContext:
    return event_index_context(
        index_page=page,
        past=past,
        page_number=request.GET.get("page"),
        querystring=querystring_without_page(request),
    )
