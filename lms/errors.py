"""Error pages in the visitor's language, that need neither the database nor a request context.

When the database (or Redis, which holds sessions and caches) cannot be reached, every page
answers 503 with the maintenance page (``templates/maintenance.html``) in the language of the
URL, the language cookie or the browser, like the copies nginx serves when the app servers are
down (``manage.py build_error_pages``). Any other unhandled error answers the 500 page in that
language.

Two ways in, since a database error can start in a view or in a middleware (the session and
the user are loaded lazily, by whichever middleware looks at them first):

* ``DatabaseUnavailableMiddleware.process_exception``: an error raised by a view;
* ``server_error`` (``handler500``): an error anywhere else, which Django turns into the 500
  handler's response inside the failing middleware's ``except`` block.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

# How long browsers (and the people using them) are asked to wait before trying again.
RETRY_AFTER_SECONDS = 30
# The pages are standalone: their inline styles are all they load.
ERROR_PAGE_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)

try:  # Redis holds sessions and caches when REDIS_URL is set.
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    _BACKEND_DOWN: tuple[type[BaseException], ...] = (
        OperationalError,
        InterfaceError,
        RedisConnectionError,
        RedisTimeoutError,
    )
except ImportError:  # pragma: no cover - redis is a dependency
    _BACKEND_DOWN = (OperationalError, InterfaceError)


def is_backend_down(exception: BaseException | None) -> bool:
    """Whether an exception (or one it was raised from) says the database or Redis cannot be
    reached. A locked SQLite database is not down: it has its own page (busy)."""
    seen = 0
    while exception is not None and seen < 5:
        if isinstance(exception, _BACKEND_DOWN):
            return not is_database_locked(exception)
        exception = exception.__cause__ or exception.__context__
        seen += 1
    return False


def is_database_locked(exception: BaseException | None) -> bool:
    return isinstance(exception, OperationalError) and "locked" in str(exception)


def request_language(request: HttpRequest) -> str:
    """The URL's language prefix, else the language cookie, else Accept-Language, else the
    default: what nginx's map picks for its copies. Reads no session and no database."""
    try:
        return translation.get_language_from_request(request, check_path=True)
    except Exception:  # noqa: BLE001 - an error page must never fail on a strange request
        return settings.LANGUAGE_CODE


def render_error_page(
    template_name: str, language: str, status: int, *, retry_after: int | None = None
) -> HttpResponse:
    """A standalone error page rendered in ``language``, marked never to be kept by a cache."""
    with translation.override(language):
        content = render_to_string(template_name)
    response = HttpResponse(content, status=status, content_type="text/html; charset=utf-8")
    response["Content-Language"] = language
    response["Content-Security-Policy"] = ERROR_PAGE_CSP
    add_never_cache_headers(response)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def maintenance_response(request: HttpRequest) -> HttpResponse:
    """503 with the maintenance page in the visitor's language."""
    return render_error_page(
        "maintenance.html", request_language(request), 503, retry_after=RETRY_AFTER_SECONDS
    )


def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponse:
    """``handler500``: the maintenance page (503) when the database or Redis is unreachable,
    the busy page when SQLite stays locked, else the 500 page; all in the visitor's language."""
    exception = sys.exc_info()[1]
    try:
        if is_backend_down(exception):
            return maintenance_response(request)
        language = request_language(request)
        if is_database_locked(exception):
            return render_error_page("lms/busy.html", language, 503, retry_after=5)
        return render_error_page(template_name, language, 500)
    except Exception:  # noqa: BLE001 - the last resort must answer something
        logger.exception("The error page could not be rendered")
        return HttpResponse(
            "<!DOCTYPE html><title>CityPeers</title><h1>Server error</h1>",
            status=500,
            content_type="text/html; charset=utf-8",
        )


class DatabaseUnavailableMiddleware:
    """A view that cannot reach the database or Redis answers 503 with the maintenance page in
    the visitor's language (Retry-After, never cached), instead of a 500 in English; the error
    is logged. If the embedded database stays locked longer than its busy timeout, the person
    gets the short busy page in their language (503) instead. Either way the request's
    transaction was rolled back, so nothing is half-written."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_database_locked(exception):
            response = render(request, "lms/busy.html", status=503)
            response["Retry-After"] = "5"
            return response
        if not is_backend_down(exception):
            return None
        logger.error(
            "Database or cache unavailable: %s %s",
            request.method,
            request.path,
            exc_info=exception,
        )
        return maintenance_response(request)
