from django.http import HttpRequest


def querystring_without_page(request: HttpRequest) -> str:
    """The current filters, to carry into pagination links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
