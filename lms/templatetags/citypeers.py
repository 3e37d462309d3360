import json
from html import unescape

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.defaultfilters import date as date_filter
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext, gettext_noop
from wagtail.models import Page

from lms import page_cache
from lms.i18n import language_targets, site_chrome
from lms.validators import is_plausible

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
    the first text of its body (lessons have nothing else), cut to about 160 characters; a
    view's ``meta_description``; else what CityPeers is (account pages, forms)."""
    page = context.get("page")
    description = context.get("meta_description") or ""
    if isinstance(page, Page):
        description = (
            getattr(page, "search_description", "")
            or getattr(page, "summary_text", "")
            or getattr(page, "intro", "")
            or Truncator(unescape(_first_text(getattr(page, "body", None)))).chars(
                DESCRIPTION_LENGTH
            )
        )
    return description or gettext(SITE_DESCRIPTION)


SITE_DESCRIPTION = gettext_noop(
    "CityPeers: online courses, mentoring and city-to-city partnerships for local-government "
    "professionals, in English, Spanish, Chinese and Slovak."
)

# Open Graph locales (language_TERRITORY): Simplified Chinese is zh_CN (zh_TW would be
# Traditional); Spanish is the Latin American Spanish of the Guadalajara office.
OG_LOCALES = {"en": "en_US", "es": "es_MX", "zh-hans": "zh_CN", "sk": "sk_SK"}
# Home and list pages are websites; a page that says one thing is an article.
WEBSITE_PAGE_TYPES = {"HomePage", "CourseIndexPage", "NewsIndexPage", "EventIndexPage",
                      "ResourceIndexPage"}


@register.simple_tag(takes_context=True)
def open_graph(context) -> dict:
    """``og:type``, ``og:locale`` and ``og:locale:alternate`` of the page."""
    page = context.get("page")
    is_article = isinstance(page, Page) and type(page).__name__ not in WEBSITE_PAGE_TYPES
    language = get_language() or "en"
    alternates = [
        OG_LOCALES[link["code"]]
        for link in alternate_links(context)
        if link["code"] != language and link["code"] in OG_LOCALES
    ]
    return {
        "type": "article" if is_article else "website",
        "locale": OG_LOCALES.get(language, language.replace("-", "_")),
        "alternates": alternates,
    }


@register.filter(is_safe=True)
def squash(value: str) -> str:
    """Whitespace (line breaks from template blocks) collapsed to single spaces."""
    return " ".join(str(value).split())


@register.simple_tag(takes_context=True)
def structured_data(context) -> str:
    """The page's schema.org JSON-LD (``page.structured_data(request)``), as a script data
    block; "<", ">" and "&" escaped so that text can never close the element."""
    page = context.get("page")
    builder = getattr(getattr(page, "specific", page), "structured_data", None)
    if not callable(builder):
        return ""
    data = builder(context["request"])
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


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


@register.filter(expects_localtime=True)
def when(value, arg="DATE_FORMAT"):
    """``date``, except that a stored date outside the plausible window (see
    ``lms.validators``; ``lms.db`` reads one Python cannot hold at its edge) shows as an invalid
    date instead of a misleading one."""
    if value in (None, ""):
        return ""
    if not is_plausible(value):
        return gettext("Invalid date")
    return date_filter(value, arg)
