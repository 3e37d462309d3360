from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from lms.i18n import language_targets, locale_home_pages

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "current_language": get_language(),
        "targets": language_targets(request, page),
        "current_path": request.get_full_path(),
    }


@register.simple_tag(takes_context=True)
def home_page(context):
    """The site's home page in the active language, if it exists."""
    request = context["request"]
    homes = locale_home_pages(request)
    return homes.get(get_language()) or homes.get("en")


@register.simple_tag(takes_context=True)
def menu_pages(context):
    home = home_page(context)
    if home is None:
        return []
    return list(home.get_children().live().in_menu().specific(defer=True))


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


@register.simple_tag(takes_context=True)
def page_description(context) -> str:
    """The page's meta description: its search description, else its summary or intro."""
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    return (
        getattr(page, "search_description", "")
        or getattr(page, "summary_text", "")
        or getattr(page, "intro", "")
        or ""
    )
