"""Public partnership and municipality pages, and the partnership workspace. Thin: selectors
in, forms in, services out."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from cms_pages.models import Topic
from lms.actions import ActionRefused, perform
from lms.regions import Region
from mentoring.models import SPOKEN_LANGUAGES

from . import selectors, services
from .charts import indicator_chart
from .forms import (
    ActivityForm,
    ActivityStatusForm,
    DecisionForm,
    DocumentForm,
    ExchangeForm,
    MeasurementForm,
    OfficialForm,
    PartnerSearchForm,
    StatusForm,
    TripReportForm,
)
from .models import (
    Activity,
    Exchange,
    Indicator,
    Municipality,
    Official,
    PartnerSearch,
    Partnership,
    PartnershipDocument,
)


@require_GET
def partnership_list(request: HttpRequest) -> HttpResponse:
    filters = selectors.PartnershipFilters.from_query(request.GET)
    partnerships = selectors.public_partnerships(filters=filters)
    return render(
        request,
        "partnerships/partnership_list.html",
        {
            "filters": filters,
            "groups": selectors.partnerships_by_country(partnerships=partnerships),
            "count": len(partnerships),
            "regions": Region.choices,
            "topics": Topic.objects.all(),
            "statuses": [
                (value, label)
                for value, label in Partnership.Status.choices
                if value in selectors.PUBLIC_STATUSES
            ],
        },
    )


def _partnership(request: HttpRequest, slug: str) -> Partnership:
    """The partnership, or 404 for anyone who may not see it (proposed and ended partnerships
    are not public): nothing tells a stranger it exists."""
    partnership = get_object_or_404(Partnership.objects.select_related("topic"), slug=slug)
    if not selectors.partnership_visible_to(user=request.user, partnership=partnership):
        raise Http404
    return partnership


@require_GET
def partnership_detail(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = _partnership(request, slug)
    detail = selectors.partnership_detail(partnership=partnership, user=request.user)
    for objective in detail.objectives:
        for progress in objective.indicators:
            progress.chart = indicator_chart(progress, chart_id=f"chart-{progress.indicator.pk}")
    context = {
        "detail": detail,
        "partnership": partnership,
        "story": selectors.partnership_story(partnership=partnership),
    }
    if detail.is_member:
        people = selectors.partnership_people(partnership=partnership)
        cities = selectors.partnership_cities(partnership=partnership)
        context.update(
            activity_form=ActivityForm(people=people),
            exchange_form=ExchangeForm(cities=cities, people=people),
            decision_form=DecisionForm(),
            document_form=DocumentForm(auto_id="document-%s"),
            status_form=StatusForm(),
            activity_statuses=Activity.Status.choices,
            is_open=partnership.status in selectors.OPEN_STATUSES,
        )
    return render(request, "partnerships/partnership_detail.html", context)


def _workspace_url(partnership: Partnership, anchor: str) -> str:
    return reverse("partnerships:detail", args=[partnership.slug]) + anchor


def _member_partnership(request: HttpRequest, slug: str) -> Partnership:
    """For workspace actions: 404 unless the person works in the partnership."""
    partnership = get_object_or_404(Partnership, slug=slug)
    if not selectors.partnership_member_of(user=request.user, partnership=partnership):
        raise Http404
    return partnership


def _id(text: str) -> int:
    """A primary key typed in a form, or 0 (matches nothing): ASCII digits only, so that
    "²" or "١" never reach ``int``."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 19 else 0


@login_required
@require_POST
def measurement_add(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = _member_partnership(request, slug)
    form = MeasurementForm(request.POST)
    indicator = get_object_or_404(
        Indicator.objects.select_related("objective__partnership"),
        pk=_id(request.POST.get("indicator", "")),
        objective__partnership=partnership,
    )
    return perform(
        request,
        lambda **data: services.measurement_record(
            user=request.user,
            indicator=indicator,
            measured_on=data["measured_on"],
            value=data["value"],
            source=data["source"],
        ),
        form=form,
        success=_("Measurement recorded."),
        redirect_to=_workspace_url(partnership, f"#indicator-{indicator.pk}"),
    )


@login_required
@require_POST
def activity_add(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = _member_partnership(request, slug)
    form = ActivityForm(request.POST, people=selectors.partnership_people(partnership=partnership))
    return perform(
        request,
        lambda **data: services.activity_add(user=request.user, partnership=partnership, **data),
        form=form,
        success=_("Activity added to the work plan."),
        redirect_to=_workspace_url(partnership, "#work-plan"),
    )


@login_required
@require_POST
def activity_status(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    partnership = _member_partnership(request, slug)
    activity = get_object_or_404(Activity, pk=activity_id, partnership=partnership)
    return perform(
        request,
        lambda **data: services.activity_set_status(
            user=request.user, activity=activity, status=data["status"]
        ),
        form=ActivityStatusForm(request.POST),
        success=_("Activity updated."),
        redirect_to=_workspace_url(partnership, "#work-plan"),
    )


@login_required
@require_POST
def exchange_add(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = _member_partnership(request, slug)
    cities = selectors.partnership_cities(partnership=partnership)
    return perform(
        request,
        lambda **data: services.exchange_add(user=request.user, partnership=partnership, **data),
        form=ExchangeForm(
            request.POST,
            cities=cities,
            people=selectors.partnership_people(partnership=partnership),
        ),
        success=_("Exchange added."),
        redirect_to=_workspace_url(partnership, "#exchanges"),
    )


@login_required
@require_POST
def exchange_report(request: HttpRequest, slug: str, exchange_id: int) -> HttpResponse:
    partnership = _member_partnership(request, slug)
    exchange = get_object_or_404(Exchange, pk=exchange_id, partnership=partnership)
    return perform(
        request,
        lambda **data: services.exchange_report(user=request.user, exchange=exchange, **data),
        form=TripReportForm(request.POST),
        success=_("Trip report saved."),
        redirect_to=_workspace_url(partnership, f"#exchange-{exchange.pk}"),
    )


@login_required
@require_POST
def decision_add(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = _member_partnership(request, slug)
    return perform(
        request,
        lambda **data: services.decision_record(user=request.user, partnership=partnership, **data),
        form=DecisionForm(request.POST),
        success=_("Decision recorded."),
        redirect_to=_workspace_url(partnership, "#decisions"),
    )


@login_required
@require_POST
def status_change(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = _member_partnership(request, slug)
    return perform(
        request,
        lambda **data: services.partnership_set_status(
            coordinator=request.user, partnership=partnership, **data
        ),
        form=StatusForm(request.POST),
        success=lambda p: (
            _("The partnership is now “%(status)s”.") % {"status": p.get_status_display()}
        ),
        redirect_to=_workspace_url(partnership, ""),
    )


@require_GET
def municipality_list(request: HttpRequest) -> HttpResponse:
    region = request.GET.get("region", "").strip()
    region = region if region in Region.values else ""
    return render(
        request,
        "partnerships/municipality_list.html",
        {
            "municipalities": selectors.municipality_directory(region=region),
            "region": region,
            "regions": Region.choices,
        },
    )


@require_GET
def municipality_detail(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = get_object_or_404(Municipality, slug=slug)
    context = {"detail": selectors.municipality_detail(municipality=municipality)}
    user = request.user
    if user.is_authenticated:
        speaks_for = selectors.municipality_spoken_for_by(user=user, municipality=municipality)
        own_link = Official.objects.filter(municipality=municipality, user=user).first()
        context.update(
            own_link=own_link,
            official_form=OfficialForm(
                initial={"position": own_link.position, "listed": own_link.listed}
                if own_link
                else {"position": user.job_title}
            ),
            speaks_for=speaks_for,
        )
        if speaks_for:
            context.update(
                pending_officials=Official.objects.filter(
                    municipality=municipality, status=Official.Status.REQUESTED
                ).select_related("user"),
                searches=PartnerSearch.objects.filter(municipality=municipality).select_related(
                    "topic", "partnership"
                ),
            )
    return render(request, "partnerships/municipality_detail.html", context)


def _municipality_url(municipality: Municipality) -> str:
    return reverse("partnerships:municipality", args=[municipality.slug])


@login_required
@require_POST
def official_request(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = get_object_or_404(Municipality, slug=slug)
    return perform(
        request,
        lambda **data: services.official_request(
            user=request.user, municipality=municipality, **data
        ),
        form=OfficialForm(request.POST),
        success=_("Thank you. A focal point of the municipality will confirm your link."),
        redirect_to=_municipality_url(municipality) + "#your-link",
    )


def _official(request: HttpRequest, slug: str, official_id: int) -> Official:
    """A link the person may act on (their own, or one of a city they speak for); 404 else."""
    official = get_object_or_404(
        Official.objects.select_related("municipality"),
        pk=official_id,
        municipality__slug=slug,
    )
    if official.user_id != request.user.pk and not selectors.municipality_spoken_for_by(
        user=request.user, municipality=official.municipality
    ):
        raise Http404
    return official


@login_required
@require_POST
def official_confirm(request: HttpRequest, slug: str, official_id: int) -> HttpResponse:
    official = _official(request, slug, official_id)
    return perform(
        request,
        lambda: services.official_confirm(user=request.user, official=official),
        success=_("Link confirmed."),
        redirect_to=_municipality_url(official.municipality) + "#officials-waiting",
    )


@login_required
@require_POST
def official_remove(request: HttpRequest, slug: str, official_id: int) -> HttpResponse:
    official = _official(request, slug, official_id)
    return perform(
        request,
        lambda: services.official_leave(user=request.user, official=official),
        success=_("Link removed."),
        redirect_to=_municipality_url(official.municipality),
    )


# ----------------------------------------------------------------------------- finding a partner


def _spoken_for(request: HttpRequest, municipality: Municipality) -> None:
    if not selectors.municipality_spoken_for_by(user=request.user, municipality=municipality):
        raise Http404


@login_required
def partner_search_new(request: HttpRequest, slug: str) -> HttpResponse:
    """A focal point (or coordinator) describes the problem the municipality wants to solve."""
    municipality = get_object_or_404(Municipality, slug=slug)
    _spoken_for(request, municipality)
    form = PartnerSearchForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                search = services.partner_search_create(
                    user=request.user,
                    municipality=municipality,
                    language=get_language(),
                    **form.cleaned_data,
                )
            except ActionRefused as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(request, _("Here are the municipalities we suggest."))
                return redirect("partnerships:search", search.pk)
    return render(
        request,
        "partnerships/partner_search_form.html",
        {"municipality": municipality, "form": form},
    )


def reason_texts(suggestion) -> list[str]:
    """The reasons for a suggested city, in the viewer's language."""
    languages = dict(SPOKEN_LANGUAGES)
    regions = dict(Region.choices)
    texts = []
    for reason in suggestion.reasons:
        if reason.kind == "experience":
            texts.append(
                ngettext(
                    "Mentor city in %(count)s partnership on this topic",
                    "Mentor city in %(count)s partnerships on this topic",
                    reason.value,
                )
                % {"count": reason.value}
            )
        elif reason.kind == "results":
            texts.append(
                gettext("Its partnerships reached %(percent)s%% of their targets")
                % {"percent": reason.value}
            )
        elif reason.kind == "experts":
            texts.append(
                ngettext(
                    "%(count)s official with this expertise",
                    "%(count)s officials with this expertise",
                    reason.value,
                )
                % {"count": reason.value}
            )
        elif reason.kind == "language":
            texts.append(
                gettext("Works in %(language)s")
                % {"language": languages.get(reason.value, reason.value)}
            )
        elif reason.kind == "same_region":
            texts.append(gettext("Same region: %(region)s") % {"region": regions[reason.value]})
        elif reason.kind == "other_region":
            texts.append(
                gettext("Brings experience from another region: %(region)s")
                % {"region": regions[reason.value]}
            )
    return texts


@login_required
@require_GET
def partner_search(request: HttpRequest, pk: int) -> HttpResponse:
    search = get_object_or_404(
        PartnerSearch.objects.select_related("municipality", "topic", "partnership"), pk=pk
    )
    _spoken_for(request, search.municipality)
    suggestions = []
    if search.status == PartnerSearch.Status.OPEN:
        suggestions = [
            (item.municipality, item.suggestion, reason_texts(item.suggestion))
            for item in selectors.partner_suggestions(search=search)
        ]
    return render(
        request,
        "partnerships/partner_search.html",
        {
            "search": search,
            "suggestions": suggestions,
            "may_propose": selectors.partner_search_coordinated_by(
                user=request.user, search=search
            ),
        },
    )


@login_required
@require_POST
def partner_search_propose(request: HttpRequest, pk: int) -> HttpResponse:
    search = get_object_or_404(PartnerSearch.objects.select_related("municipality"), pk=pk)
    _spoken_for(request, search.municipality)
    city = get_object_or_404(Municipality, pk=_id(request.POST.get("city", "")))
    try:
        partnership = services.partnership_propose_from_search(
            coordinator=request.user, search=search, mentor_city=city
        )
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("partnerships:search", search.pk)
    messages.success(
        request,
        _("Partnership proposed. Complete its results framework and translations in the admin."),
    )
    return redirect("partnerships:detail", partnership.slug)


@login_required
@require_POST
def story_create(request: HttpRequest, slug: str) -> HttpResponse:
    """A coordinator turns a completed partnership into a draft case study and goes on to
    finish it in the Wagtail admin."""
    partnership = _member_partnership(request, slug)
    try:
        page = services.partnership_story_create(coordinator=request.user, partnership=partnership)
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("partnerships:detail", partnership.slug)
    messages.success(
        request,
        _("The case study draft is ready. Finish it, publish it and have it translated."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@login_required
@require_POST
def document_add(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = _member_partnership(request, slug)
    return perform(
        request,
        lambda **data: services.document_add(user=request.user, partnership=partnership, **data),
        form=DocumentForm(request.POST, request.FILES),
        success=_("Document added."),
        redirect_to=_workspace_url(partnership, "#documents"),
    )


@login_required
@require_GET
def document_download(request: HttpRequest, slug: str, document_id: int) -> FileResponse:
    """A workspace document, to the people working in the partnership only (404 to anyone
    else), always as a download."""
    partnership = _member_partnership(request, slug)
    document = get_object_or_404(PartnershipDocument, pk=document_id, partnership=partnership)
    extension = document.file.name.rsplit(".", 1)[-1].lower()
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=f"{slugify(document.title) or 'document'}.{extension}",
    )
