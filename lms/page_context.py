"""Page contexts: a page model's ``get_context`` asks the selector registered for its type.

Selectors import the page models they read; the page models do not import the selectors back.
Each app's ``selectors`` module registers, next to each selector, a small adapter that reads
the request (filters, page number) and calls it; the app imports its selectors when it is ready.
"""

from __future__ import annotations

from collections.abc import Callable

from . import page_cache
from .utils import context_of

_providers: dict[type, Callable] = {}


def provides(*page_types: type) -> Callable[[Callable], Callable]:
    """Register ``function(*, page, request, **route_kwargs) -> dataclass`` for page types."""

    def register(function: Callable) -> Callable:
        for page_type in page_types:
            _providers[page_type] = function
        return function

    return register


class SelectorContextMixin:
    """Adds the registered selector's typed context to the page's template context.

    With ``cache_visitor_content``, visitors (not signed in) get the page's main content, the
    part of its template inside ``{% visitor_content %}``, from the page cache: the selector
    runs only when that content is not there yet for the current generation of pages.
    """

    cache_visitor_content = False

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        key = page_cache.visitor_content_key(request, self) if self.cache_visitor_content else None
        if key is not None:
            cached = page_cache.lookup(key)
            if cached is not None:
                context["visitor_content"] = cached
                return context
            context["visitor_content_key"] = key
        provider = _providers.get(type(self))
        if provider is not None:
            context.update(context_of(provider(page=self, request=request, **kwargs)))
        return context
