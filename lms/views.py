"""Cross-cutting views: health check, language switch, profile, personal data."""

import functools
import json

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.views.reports.audit_logging import LogEntriesView

from .forms import DeleteAccountForm, ProfileForm
from .i18n import LANGUAGE_CODES, language_name
from .privacy import user_erase, user_personal_data
from .spreadsheets import SafeSpreadsheetExportMixin


class SafeLogEntriesView(SafeSpreadsheetExportMixin, LogEntriesView):
    """Wagtail's site history, with spreadsheet-safe CSV export."""


def superusers_only(view):
    """Refuse a view to everyone but administrators (for admin views that cannot be scoped)."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())  # the one sign-in (LOGIN_URL)
        if not request.user.is_superuser:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever a page links to: send them to the static icon."""
    return redirect(static("favicon.ico"))


def sign_in_elsewhere(request: HttpRequest) -> HttpResponse:
    """Wagtail's admin login and its login for restricted pages accept no password: they send
    the person to the site's sign-in (allauth), keeping where they wanted to go."""
    next_url = request.GET.get("next") or request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    login_url = reverse("account_login")
    return redirect(f"{login_url}?{urlencode({'next': next_url})}" if next_url else login_url)


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and database check for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means "not healthy"
        return JsonResponse({"status": "error", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_POST
def switch_language(request: HttpRequest) -> HttpResponse:
    """Switch the interface language, remember it, and go to the same page in it."""
    language = request.POST.get("language", "")
    if language not in LANGUAGE_CODES:
        return HttpResponseBadRequest(_("Unknown language."))
    next_url = request.POST.get("next") or f"/{language}/"
    # Only a path on this site: anything else ("foo", another host) goes to the home page
    # (``redirect`` would take "foo" for a view name and fail).
    if not next_url.startswith("/") or not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = f"/{language}/"
    user = request.user
    if user.is_authenticated and user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    if request.POST.get("fallback"):
        with translation.override(language):
            messages.info(
                request,
                _(
                    "This page is not available in %(language)s yet, so you are on the "
                    "%(language)s home page."
                )
                % {"language": language_name(language)},
            )
    request.set_language_cookie = language
    return redirect(next_url)


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=user)
        if form.is_valid():
            form.save()
            language = form.cleaned_data["preferred_language"]
            request.set_language_cookie = language
            with translation.override(language):
                messages.success(request, _("Your profile has been saved."))
                return redirect(reverse("profile"))
    else:
        form = ProfileForm(instance=user)
    return render(request, "lms/profile.html", {"form": form})


@login_required
def personal_data(request: HttpRequest) -> HttpResponse:
    """See, download or erase one's personal data."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and not ratelimit.consume(
        request, action="delete_account", user=request.user
    ):
        # The password check is throttled like every other password form.
        messages.error(request, _("Too many attempts. Please try again in a few minutes."))
        return render(
            request, "lms/personal_data.html", {"form": DeleteAccountForm(request.user)}, status=429
        )
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        user_erase(user=user)
        messages.success(request, _("Your account and all your data have been deleted."))
        return redirect("/")
    return render(request, "lms/personal_data.html", {"form": form})


@login_required
@require_GET
def personal_data_download(request: HttpRequest) -> HttpResponse:
    body = json.dumps(user_personal_data(user=request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="citypeers-my-data.json"'
    return response
