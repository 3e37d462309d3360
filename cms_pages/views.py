"""Thin views and page contexts for the public site."""

from __future__ import annotations

import datetime

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from lms.ics import calendar_event
from lms.regions import Region
from lms.utils import querystring_without_page

from . import selectors
from .models import ResourceType, Topic

PAGE_SIZE = 12


def resource_index_context(request: HttpRequest, index_page) -> dict:
    filters = {
        "resource_type": request.GET.get("type", "").strip(),
        "topic": request.GET.get("topic", "").strip(),
        "region": request.GET.get("region", "").strip(),
    }
    pages = selectors.resources(parent=index_page, **filters)
    page_obj = Paginator(pages, PAGE_SIZE).get_page(request.GET.get("page"))
    return {
        "page_obj": page_obj,
        "filters": filters,
        "types": ResourceType.choices,
        "topics": Topic.objects.all(),
        "regions": Region.choices,
        "querystring": querystring_without_page(request),
    }


def office_context(request: HttpRequest, office) -> dict:
    return {"latest": selectors.latest_for_region(region=office.region, language=get_language())}


def news_index_context(request: HttpRequest, index_page) -> dict:
    pages = selectors.news(parent=index_page)
    page_obj = Paginator(pages, PAGE_SIZE).get_page(request.GET.get("page"))
    return {"page_obj": page_obj, "querystring": querystring_without_page(request)}


def event_index_context(request: HttpRequest, index_page, past: bool) -> dict:
    page_obj = Paginator(selectors.events(parent=index_page, past=past), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return {
        "page_obj": page_obj,
        "showing_past": past,
        "querystring": querystring_without_page(request),
    }


def event_ics(request: HttpRequest, event) -> HttpResponse:
    body = calendar_event(
        uid=f"event-{event.translation_key}@citypeers",
        start=event.starts_at,
        end=event.ends_at or event.starts_at + datetime.timedelta(hours=1),
        summary=event.title,
        description=event.summary,
        location=event.venue or event.online_url,
        url=event.full_url or request.build_absolute_uri(event.url),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    all_languages = request.GET.get("all") == "1"
    page_type = request.GET.get("type", "").strip()
    topic = request.GET.get("topic", "").strip()
    models = selectors.searchable_page_models()
    results = (
        selectors.site_search(
            query=query,
            language=get_language(),
            all_languages=all_languages,
            page_type=page_type,
            topic=topic,
        )
        if query
        else []
    )
    page_obj = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(
        request,
        "cms_pages/search.html",
        {
            "query": query,
            "all_languages": all_languages,
            "page_type": page_type,
            "topic": topic,
            "types": sorted(
                ((m._meta.model_name, m._meta.verbose_name) for m in models), key=lambda t: t[1]
            ),
            "topics": Topic.objects.all(),
            "page_obj": page_obj,
            "result_count": len(results),
            "querystring": querystring_without_page(request),
        },
    )
