"""Language helpers shared by the switcher, views and emails."""

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from wagtail.models import Page, Site

from . import page_cache

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def language_name(code: str) -> str:
    """The language's name in the interface language (for notices and labels)."""
    return str(settings.LANGUAGE_NAMES_TRANSLATED.get(code, code))


def site_chrome(request) -> dict[str, dict]:
    """For each language with a home page: that home page and the pages of the main menu
    under it, as plain data (``pk``, ``title``, ``url``). From the page cache: a publish,
    move or deletion anywhere is seen on the next request."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def compute() -> dict[str, dict]:
        homes = list(
            Page.objects.filter(translation_key=site.root_page.translation_key)
            .live()
            .select_related("locale")
        )
        if not homes:
            return {}
        under_a_home = Q()
        for home in homes:
            under_a_home |= Q(path__startswith=home.path)
        menu = (
            Page.objects.live()
            .in_menu()
            .filter(under_a_home, depth=homes[0].depth + 1)
            .order_by("path")
        )
        chrome = {
            home.locale.language_code: {"home": _link(home, request), "menu": [], "path": home.path}
            for home in homes
        }
        for item in menu:
            for entry in chrome.values():
                if item.path.startswith(entry["path"]):
                    entry["menu"].append(_link(item, request))
        return chrome

    return page_cache.remember(("chrome", site.pk), compute)


def _link(page: Page, request) -> dict:
    return {"pk": page.pk, "title": page.title, "url": page.get_url(request)}


def locale_home_urls(request) -> dict[str, str]:
    return {code: entry["home"]["url"] for code, entry in site_chrome(request).items()}


def language_targets(request, page: Page | None = None) -> list[dict]:
    """For each language, where the switcher should take the visitor.

    A Wagtail page maps to its translation; where there is none, to that locale's home page
    with ``fallback`` set so the visitor is told. Other views map by URL pattern. A page's
    translations come from the page cache; the list is also kept for the request, since the
    switcher and the head's hreflang links share it.
    """
    memo = request.__dict__.setdefault("_language_targets", {})
    memo_key = page.pk if page is not None else None
    if memo_key in memo:
        return memo[memo_key]
    translations: dict[str, str] = {}
    if page is not None and getattr(page, "translation_key", None):
        site = Site.find_for_request(request)
        translations = page_cache.remember(
            ("translations", site.pk if site else None, page.translation_key),
            lambda: {
                translation.locale.language_code: translation.get_url(request)
                for translation in Page.objects.filter(translation_key=page.translation_key)
                .live()
                .select_related("locale")
            },
        )
    current_path = request.get_full_path()
    # A route under the page (a RoutablePage's "past/", say) maps to the same route under
    # each translation: the past events' alternates are the other languages' past events.
    own_url = max(
        (url for url in translations.values() if url and request.path.startswith(url)),
        key=len,
        default=None,
    )
    route = ""
    if own_url and request.path != own_url and request.path.startswith(own_url):
        route = request.path[len(own_url) :]
    targets = []
    for code, native_name in settings.LANGUAGES:
        fallback = False
        if page is not None:
            url = translations.get(code)
            if url is None:
                fallback = True
                url = locale_home_urls(request).get(code) or f"/{code}/"
            else:
                url += route
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
    memo[memo_key] = targets
    return targets
