"""Normalised search text for pages: lower-case, no diacritics, markup removed.

Stored on each searchable page and matched with a plain substring search, which works the same
on SQLite and PostgreSQL, finds a Chinese word inside a sentence (Chinese has no spaces) and
finds Slovak text typed without diacritics ("kosice" → "Košice").
"""

from __future__ import annotations

import unicodedata

from django.utils.html import strip_tags


def normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        found = []
        for key, item in value.items():
            if key in ("type", "id"):
                continue
            found += _strings(item)
        return found
    if isinstance(value, list | tuple):
        found = []
        for item in value:
            found += _strings(item)
        return found
    return []


def stream_text(stream_value) -> str:
    """The visible words of a StreamField value (from its raw data, without rendering)."""
    raw = getattr(stream_value, "raw_data", stream_value) or []
    return " ".join(strip_tags(text) for text in _strings(list(raw)))


def terms(query: str) -> list[str]:
    """Search terms: words split on spaces, each normalised; a Chinese phrase is one term."""
    return [normalize(word) for word in query.split() if word.strip()][:8]


class SearchTextMixin:
    """Pages that keep a ``search_text`` field up to date on save."""

    def get_search_text_parts(self) -> list[str]:
        return [self.title, getattr(self, "search_description", "")]

    def save(self, *args, **kwargs):
        self.search_text = normalize(" ".join(p for p in self.get_search_text_parts() if p))
        return super().save(*args, **kwargs)
