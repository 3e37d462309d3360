from html import unescape

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Page

from lms import page_cache
from lms.i18n import language_targets, site_chrome

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    return {
        "request": request,
        "user": context.get("user"),
        "csrf_token": context.get("csrf_token"),
        "current_language": get_language(),
        "targets": language_targets(request, page),
        "current_path": request.get_full_path(),
    }


@register.simple_tag(takes_context=True)
def home_page(context):
    """The site's home page in the active language, if any (``pk``, ``title``, ``url``)."""
    chrome = site_chrome(context["request"])
    entry = chrome.get(get_language()) or chrome.get("en")
    return entry["home"] if entry else None


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The main menu under that home page (``pk``, ``title``, ``url`` each)."""
    chrome = site_chrome(context["request"])
    entry = chrome.get(get_language()) or chrome.get("en")
    return entry["menu"] if entry else []


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """Translations of the current page for <link rel="alternate" hreflang>."""
    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    return [t for t in language_targets(request, page) if t["available"]]


@register.filter
def language_label(code: str) -> str:
    """A language code as its name in the interface language ("sk" → "Slovak")."""
    from lms.i18n import language_name

    return language_name(code)


@register.filter
def zone_name(zone) -> str:
    """A time zone (id or tzinfo) as its city in the interface language ("Ciudad de México")."""
    from lms.time_zones import zone_name as name

    return name(zone)


DESCRIPTION_LENGTH = 160


def _first_text(stream) -> str:
    """The first words of a StreamField body: its first paragraph (or callout), tags
    stripped, from the stored data (nothing rendered)."""
    for block in getattr(stream, "raw_data", None) or []:
        value = block.get("value")
        if block.get("type") == "callout" and isinstance(value, dict):
            value = value.get("text")
        elif block.get("type") != "paragraph":
            continue
        text = " ".join(strip_tags(value or "").split())
        if text:
            return text
    return ""


@register.simple_tag(takes_context=True)
def page_description(context) -> str:
    """The page's meta description: its search description, else its summary or intro, else
    the first text of its body (lessons have nothing else), cut to about 160 characters."""
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    description = (
        getattr(page, "search_description", "")
        or getattr(page, "summary_text", "")
        or getattr(page, "intro", "")
        or ""
    )
    if description:
        return description
    body = _first_text(getattr(page, "body", None))
    return Truncator(unescape(body)).chars(DESCRIPTION_LENGTH)


class VisitorContentNode(template.Node):
    """See ``lms.page_context.SelectorContextMixin``: the content kept for visitors, or the
    content rendered now and kept when the page asked for it."""

    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        cached = context.get("visitor_content")
        if cached is not None:
            return cached
        html = self.nodelist.render(context)
        key = context.get("visitor_content_key")
        request = context.get("request")
        # Never keep a form token: it belongs to one visitor (and the page is not public then).
        personal = request is not None and request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        if key is not None and not personal and "csrfmiddlewaretoken" not in html:
            page_cache.store(key, html)
        return html


@register.tag
def visitor_content(parser, token):
    """``{% visitor_content %}…{% endvisitor_content %}``: a page's main content, kept for
    visitors when the page model has ``cache_visitor_content``."""
    nodelist = parser.parse(("endvisitor_content",))
    parser.delete_first_token()
    return VisitorContentNode(nodelist)
