"""``lang`` for translated questionnaire text shown in English because the reader's language
has none yet (screen readers then read it in English)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

register = template.Library()
FALLBACK = "en"


@register.filter
def fallback_lang(obj, field: str) -> str:
    language = get_language() or FALLBACK
    if obj is None or language.split("-")[0] == FALLBACK:
        return ""
    own = getattr(obj, build_localized_fieldname(field, language), None)
    english = getattr(obj, build_localized_fieldname(field, FALLBACK), None)
    if not own and english:
        return format_html(' lang="{}"', FALLBACK)
    return ""
