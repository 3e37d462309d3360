"""Language helpers shared by the switcher, views and emails."""

from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page, Site

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def language_name(code: str) -> str:
    """The language's name in the interface language (for notices and labels)."""
    return str(settings.LANGUAGE_NAMES_TRANSLATED.get(code, code))


def locale_home_pages(request) -> dict[str, Page]:
    """The site's home page in every locale that has one, in one query, cached per request."""
    cached = getattr(request, "_locale_home_pages", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    homes: dict[str, Page] = {}
    if site is not None:
        for home in (
            Page.objects.filter(translation_key=site.root_page.translation_key)
            .live()
            .select_related("locale")
        ):
            homes[home.locale.language_code] = home
    request._locale_home_pages = homes
    return homes


def language_targets(request, page: Page | None = None) -> list[dict]:
    """For each language, where the switcher should take the visitor.

    A Wagtail page maps to its translation; where there is none, to that locale's home page
    with ``fallback`` set so the visitor is told. Other views map by URL pattern. Cached per
    request: the switcher and the head's hreflang links share one lookup.
    """
    cache = request.__dict__.setdefault("_language_targets", {})
    cache_key = page.pk if page is not None else None
    if cache_key in cache:
        return cache[cache_key]
    targets = []
    current_path = request.get_full_path()
    translations: dict[str, Page] = {}
    if page is not None and getattr(page, "translation_key", None):
        for translation in (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        ):
            translations[translation.locale.language_code] = translation
    for code, native_name in settings.LANGUAGES:
        fallback = False
        if page is not None:
            target_page = translations.get(code)
            if target_page is None:
                fallback = True
                target_page = locale_home_pages(request).get(code)
            url = target_page.get_url(request) if target_page else f"/{code}/"
        else:
            url = translate_url(current_path, code)
        targets.append(
            {
                "code": code,
                "native_name": native_name,
                "url": url,
                "fallback": fallback,
                "available": not fallback,
            }
        )
    cache[cache_key] = targets
    return targets
