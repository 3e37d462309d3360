from dataclasses import fields

from django.http import HttpRequest


def querystring_without_page(request: HttpRequest) -> str:
    """The current filters, to carry into pagination links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def context_of(page_context) -> dict:
    """A page-context dataclass as template variables (shallow: nested objects stay as they
    are, unlike ``dataclasses.asdict``)."""
    return {field.name: getattr(page_context, field.name) for field in fields(page_context)}
