"""Normalised search text for pages: lower-case, no diacritics, markup removed.

Stored on each searchable page and matched with a plain substring search, which works the same
on SQLite and PostgreSQL, finds a Chinese word inside a sentence (Chinese has no spaces) and
finds Slovak text typed without diacritics ("kosice" → "Košice").
"""

from __future__ import annotations

import html
import unicodedata

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe


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
    return " ".join(html.unescape(strip_tags(text)) for text in _strings(list(raw)))


def terms(query: str) -> list[str]:
    """Search terms: words split on spaces, each normalised; a Chinese phrase is one term."""
    return [normalize(word) for word in query.split() if word.strip()][:8]


def _matches(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where ``words`` occur in ``text``, compared as :func:`normalize` does (any case, with
    or without diacritics, inside Chinese sentences): merged (start, end) spans of ``text``."""
    folded, origin = [], []
    for index, char in enumerate(text):
        piece = normalize(char)
        folded.append(piece)
        origin += [index] * len(piece)
    haystack = "".join(folded)
    spans = []
    for word in words:
        start = haystack.find(word) if word else -1
        while start != -1:
            end = start + len(word)
            spans.append((origin[start], origin[end - 1] + 1))
            start = haystack.find(word, end)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def excerpt(text: str, words: list[str], *, width: int = 220) -> SafeString | None:
    """A short excerpt of ``text`` around the first match of ``words``, every match wrapped in
    ``<mark>`` and everything else escaped; None when nothing matches."""
    text = " ".join((text or "").split())
    spans = _matches(text, words)
    if not spans:
        return None
    first_start, first_end = spans[0]
    start = max(0, first_start - width // 3)
    if start:
        space = text.find(" ", start, first_start)
        start = space + 1 if space != -1 else start
    end = min(len(text), max(start + width, first_end))
    if end < len(text):
        space = text.rfind(" ", first_end, end)
        end = space if space != -1 else end
    parts = ["…"] if start else []
    position = start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start >= span_end:
            continue
        parts += [escape(text[position:span_start]), "<mark>", escape(text[span_start:span_end]),
                  "</mark>"]
        position = span_end
    parts.append(escape(text[position:end]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


class SearchTextMixin:
    """Pages that keep a ``search_text`` field up to date on save."""

    def get_search_text_parts(self) -> list[str]:
        return [self.title, getattr(self, "search_description", "")]

    def save(self, *args, **kwargs):
        self.search_text = normalize(" ".join(p for p in self.get_search_text_parts() if p))
        return super().save(*args, **kwargs)
