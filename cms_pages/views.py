"""URLconf views of the public site (page contexts live in ``selectors``)."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from lms.utils import querystring_without_page

from . import selectors
from .models import Topic


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


# Private areas crawlers have no business in, in every language.
ROBOTS_PRIVATE = ("accounts", "dashboard", "mentoring", "questionnaires", "answers")


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may read the public site; the sitemap (on the host that asked) lists it."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        lines.extend(f"Disallow: /{code}/{area}/" for area in ROBOTS_PRIVATE)
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
