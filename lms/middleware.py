import re
import zoneinfo

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseBadRequest, QueryDict
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _

from . import page_cache


class PreferredLanguageCookieMiddleware:
    """Store a language chosen during the request (login, switcher) in the language cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = getattr(request, "set_language_cookie", None)
        if language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE or 60 * 60 * 24 * 365,
                path=settings.LANGUAGE_COOKIE_PATH,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE or "Lax",
            )
        return response


class UserTimezoneMiddleware:
    """Show dates and times in the signed-in user's own time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        tz_name = getattr(user, "time_zone", "") if user and user.is_authenticated else ""
        try:
            zone = zoneinfo.ZoneInfo(tz_name) if tz_name else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = None
        if zone is None:
            return self.get_response(request)
        with timezone.override(zone):
            return self.get_response(request)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without turning a 404 outside the language prefixes (admin,
    documents, health check) into a redirect to a prefixed URL that Wagtail would then serve."""

    UNPREFIXED = (
        "/admin/",
        "/documents/",
        "/static/",
        "/media/",
        "/language/",
        "/healthz",
        "/sitemap.xml",
    )

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.UNPREFIXED):
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy for URLs under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        if (
            not report_only
            and request.path_info.startswith("/admin/")
            and getattr(response, "_csp_config", None) is None
        ):
            response._csp_config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return super().get_policy_parts(request, response, report_only=report_only)


class PrivateResponsesMiddleware:
    """Nothing shown to a signed-in person is kept by a browser or a shared cache:
    ``Cache-Control: private, no-store`` on every response for a signed-in user (pages,
    downloads, redirects alike). What anyone would see (an anonymous GET that sets no cookie
    and holds no CSRF token or message) is ``public`` for a short while, so nginx and
    browsers may keep it. Also sends the Permissions-Policy header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if "public" in response.get("Cache-Control", ""):
                del response["Cache-Control"]
            add_never_cache_headers(response)  # private, no-store, no-cache, max-age=0
        elif self.is_public(request, response):
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    @staticmethod
    def is_public(request, response) -> bool:
        return (
            settings.PUBLIC_PAGE_MAX_AGE > 0
            and request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.cookies
            and not response.has_header("Cache-Control")
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form with a token
            and not request.path_info.startswith(PRIVATE_PREFIXES)
        )


# Never public, whoever asks: the admin, and account pages (sign-in forms and their redirects).
PRIVATE_PREFIXES = ("/admin/", "/documents/", "/healthz")


class PageRouteCacheMiddleware:
    """Serve a page Wagtail has routed before from the page cache: one query for the page
    instead of one per URL segment plus the site and locale lookups."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with page_cache.request_scope():
            cacheable = request.method in ("GET", "HEAD") and not request.path_info.startswith(
                LocaleMiddleware.UNPREFIXED
            )
            if not cacheable:
                return self.get_response(request)
            route = page_cache.cached_route(request)
            if route is not None:
                request._wagtail_route_for_request = route
            else:
                request._wagtail_site = page_cache.cached_site(request)
            response = self.get_response(request)
            if route is None and response.status_code == 200:
                page_cache.remember_route(request)
            return response


class StaffSecondFactorMiddleware:
    """Where STAFF_REQUIRE_SECOND_FACTOR is on (production), people who may use the Wagtail
    admin must set up a second factor (allauth.mfa) before they use it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.STAFF_REQUIRE_SECOND_FACTOR and request.path_info.startswith("/admin/"):
            user = getattr(request, "user", None)
            if (
                user is not None
                and user.is_authenticated
                and user.has_perm("wagtailadmin.access_admin")
                and not has_second_factor(user)
            ):
                messages.warning(
                    request,
                    _("Set up two-factor authentication before you use the administration."),
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)


def has_second_factor(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(
        user=user, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
    ).exists()


# C0 controls and DEL, but not tab, line feed and carriage return (text areas keep them).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class InputHygieneMiddleware:
    """Input hygiene in one place, before any view: a path with a control character (a NUL
    byte in a certificate code, say) is a bad request, never a database error; control
    characters are taken out of query parameters (catalog, search and resource filters) and of
    every submitted form field (names, goals, notes, answers), so no view, form or query ever
    sees them. Tabs and line breaks stay: text areas keep them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if CONTROL_CHARACTERS.search(request.path):
            return HttpResponseBadRequest(_("The address contains characters it cannot have."))
        if any(CONTROL_CHARACTERS.search(key + value) for key, value in _pairs(request.GET)):
            request.GET = _cleaned(request.GET)
        if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
            submitted = request.POST
            if any(CONTROL_CHARACTERS.search(key + value) for key, value in _pairs(submitted)):
                request.POST = _cleaned(submitted)
        return self.get_response(request)


FORM_CONTENT_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


def _cleaned(query: QueryDict) -> QueryDict:
    cleaned = QueryDict(mutable=True, encoding=query.encoding)
    for key, value in _pairs(query):
        cleaned.appendlist(CONTROL_CHARACTERS.sub("", key), CONTROL_CHARACTERS.sub("", value))
    cleaned._mutable = False
    return cleaned


def _pairs(query):
    for key, values in query.lists():
        for value in values:
            yield key, value
