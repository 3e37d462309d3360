"""Answering questionnaires (one section per page, saved as people go), a municipality's
self-assessment result, and survey results for coordinators with exports. Thin: selectors
in, forms in, services out."""

from __future__ import annotations

import io
import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_countries import countries
from openpyxl import Workbook

from lms.actions import ActionRefused
from lms.regions import Region
from lms.spreadsheets import safe_cell, safe_csv_writer

from . import selectors, services
from .charts import Bar, bar_chart, describe
from .forms import MunicipalityChoiceForm, SectionForm
from .models import Questionnaire, Response

ACTIONS = ("next", "back", "later")


def _language() -> str:
    return get_language() or "en"


@login_required
@require_GET
def questionnaire_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "surveys/questionnaire_list.html",
        {
            "listings": selectors.questionnaires_for(user=request.user),
            "with_results": selectors.questionnaires_with_results_for(user=request.user),
        },
    )


def _questionnaire(slug: str) -> Questionnaire:
    return get_object_or_404(
        Questionnaire.objects.select_related("program", "partnership"), slug=slug
    )


@login_required
@require_GET
def questionnaire_detail(request: HttpRequest, slug: str) -> HttpResponse:
    questionnaire = _questionnaire(slug)
    listing = next(
        (
            item
            for item in selectors.questionnaires_for(user=request.user)
            if item.questionnaire.pk == questionnaire.pk
        ),
        None,
    )
    coordinated = (
        selectors.assessments_coordinated_by(user=request.user, questionnaire=questionnaire)
        if questionnaire.is_assessment
        else None
    )
    can_see_results = selectors.results_visible_to(user=request.user, questionnaire=questionnaire)
    if listing is None and coordinated is None and not can_see_results:
        raise Http404
    context = {
        "coordinated": coordinated,
        "questionnaire": questionnaire,
        "listing": listing,
        "sections": selectors.response_sections(questionnaire=questionnaire),
        "can_see_results": can_see_results,
    }
    if listing and questionnaire.is_assessment:
        context["municipality_form"] = MunicipalityChoiceForm(municipalities=listing.municipalities)
    return render(request, "surveys/questionnaire_detail.html", context)


@login_required
@require_POST
def response_start(request: HttpRequest, slug: str) -> HttpResponse:
    questionnaire = _questionnaire(slug)
    municipality = None
    if questionnaire.is_assessment:
        form = MunicipalityChoiceForm(
            request.POST,
            municipalities=selectors.assessment_municipalities(
                user=request.user, questionnaire=questionnaire
            ),
        )
        if not form.is_valid():
            messages.error(request, gettext("Choose the municipality you answer for."))
            return redirect("surveys:detail", slug=slug)
        municipality = form.cleaned_data["municipality"]
    try:
        response = services.response_start(
            questionnaire=questionnaire,
            user=request.user,
            municipality=municipality,
            language=_language(),
        )
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("surveys:detail", slug=slug)
    return redirect(
        "surveys:section", public_id=response.public_id, number=response.reached_section + 1
    )


def _draft(request: HttpRequest, public_id: uuid.UUID) -> Response:
    """A draft the person may edit, or 404: nothing tells anyone else it exists."""
    response = get_object_or_404(
        Response.objects.select_related("questionnaire", "municipality"), public_id=public_id
    )
    if response.is_submitted:
        if selectors.assessment_visible_to(user=request.user, response=response):
            raise _Redirect(reverse("surveys:result", args=[response.public_id]))
        raise Http404
    if not selectors.response_editable_by(user=request.user, response=response):
        raise Http404
    return response


class _Redirect(Exception):
    def __init__(self, url: str):
        self.url = url


def _section_url(response: Response, number: int) -> str:
    return reverse("surveys:section", args=[response.public_id, number])


@login_required
@require_http_methods(["GET", "POST"])
def response_section(request: HttpRequest, public_id: uuid.UUID, number: int) -> HttpResponse:
    try:
        response = _draft(request, public_id)
    except _Redirect as moved:
        return redirect(moved.url)
    sections = selectors.response_sections(questionnaire=response.questionnaire)
    if not 1 <= number <= len(sections):
        raise Http404
    section = sections[number - 1]
    answers = selectors.response_answers(response=response)
    is_last = number == len(sections)
    if request.method == "POST":
        action = request.POST.get("action", "next")
        action = action if action in ACTIONS else "next"
        form = SectionForm(
            request.POST,
            section=section,
            answers=answers,
            require_answers=action == "next",
        )
        lenient = form
        if not form.is_valid() and action == "next":
            # Keep every valid answer even when a required one is missing.
            lenient = SectionForm(request.POST, section=section, answers=answers)
        if lenient.is_valid():
            try:
                services.response_save_section(
                    response=response,
                    user=request.user,
                    section=section,
                    values=lenient.answer_values(),
                    reached=number - 1 if action != "next" else number,
                )
            except ActionRefused as refusal:
                messages.error(request, refusal.message)
                return redirect("surveys:detail", slug=response.questionnaire.slug)
        if form.is_valid():
            if action == "later":
                messages.success(
                    request,
                    gettext(
                        "Your answers are saved. You can continue from Questionnaires at any time."
                    ),
                )
                return redirect("surveys:list")
            if action == "back":
                return redirect(_section_url(response, max(number - 1, 1)))
            if is_last:
                return redirect("surveys:review", public_id=response.public_id)
            return redirect(_section_url(response, number + 1))
        status = 400
    else:
        form = SectionForm(section=section, answers=answers)
        status = 200
    return render(
        request,
        "surveys/section.html",
        {
            "response": response,
            "questionnaire": response.questionnaire,
            "section": section,
            "form": form,
            "number": number,
            "count": len(sections),
            "percent": round(100 * (number - 1) / len(sections)),
            "is_last": is_last,
        },
        status=status,
    )


@login_required
@require_GET
def response_review(request: HttpRequest, public_id: uuid.UUID) -> HttpResponse:
    try:
        response = _draft(request, public_id)
    except _Redirect as moved:
        return redirect(moved.url)
    sections = selectors.response_sections(questionnaire=response.questionnaire)
    answers = selectors.response_answers(response=response)
    summary = [
        (
            index,
            section,
            [
                (
                    question,
                    answers.get(question.pk),
                    selectors.answer_given(question, answers.get(question.pk)),
                )
                for question in section.questions.all()
            ],
        )
        for index, section in enumerate(sections, start=1)
    ]
    missing = selectors.missing_required(sections=sections, answers=answers)
    return render(
        request,
        "surveys/review.html",
        {
            "response": response,
            "questionnaire": response.questionnaire,
            "summary": summary,
            "missing": None if missing is None else missing + 1,
            "count": len(sections),
        },
    )


@login_required
@require_POST
def response_submit(request: HttpRequest, public_id: uuid.UUID) -> HttpResponse:
    try:
        response = _draft(request, public_id)
    except _Redirect as moved:
        return redirect(moved.url)
    try:
        submitted = services.response_submit(
            response=response, user=request.user, language=_language()
        )
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("surveys:review", public_id=public_id)
    messages.success(request, gettext("Thank you: your answers are submitted."))
    if submitted.municipality_id:
        return redirect("surveys:result", public_id=submitted.public_id)
    return redirect("surveys:thanks", slug=submitted.questionnaire.slug)


@login_required
@require_GET
def thanks(request: HttpRequest, slug: str) -> HttpResponse:
    questionnaire = _questionnaire(slug)
    if not request.user.survey_participations.filter(questionnaire=questionnaire).exists():
        raise Http404
    return render(request, "surveys/thanks.html", {"questionnaire": questionnaire})


def _domain_chart(result: selectors.AssessmentResult):
    bars = [
        Bar(
            label=row.domain.name,
            value=row.score,
            marker=row.peer_median if result.peers_shown else None,
        )
        for row in result.rows
    ]
    marker_name = gettext("peer median") if result.peers_shown else ""
    return bar_chart(
        bars=bars,
        chart_id=f"domains-{result.response.pk}",
        title=gettext("Scores by domain (out of 100)"),
        description=describe(bars, unit="", marker_name=marker_name),
        unit="",
        marker_label=gettext("Median of peer municipalities in the region"),
    )


@login_required
@require_GET
def assessment_result_view(request: HttpRequest, public_id: uuid.UUID) -> HttpResponse:
    response = get_object_or_404(
        Response.objects.select_related("questionnaire", "municipality"), public_id=public_id
    )
    if not selectors.assessment_visible_to(user=request.user, response=response):
        raise Http404
    result = selectors.assessment_result(response=response, language=_language())
    return render(
        request,
        "surveys/assessment_result.html",
        {
            "response": response,
            "questionnaire": response.questionnaire,
            "municipality": response.municipality,
            "result": result,
            "chart": _domain_chart(result),
        },
    )


def _results_questionnaire(request: HttpRequest, slug: str) -> Questionnaire:
    questionnaire = _questionnaire(slug)
    if not selectors.results_visible_to(user=request.user, questionnaire=questionnaire):
        raise Http404
    return questionnaire


def _filter_options(questionnaire: Questionnaire) -> dict:
    found = selectors.result_filter_choices(questionnaire=questionnaire)
    regions = dict(Region.choices)
    roles = dict(Response.Role.choices)
    languages = dict(settings.LANGUAGES)
    return {
        "regions": [(code, regions.get(code, code)) for code in found.get("region", [])],
        "countries": sorted(
            ((code, countries.name(code) or code) for code in found.get("country", [])),
            key=lambda pair: pair[1],
        ),
        "languages": [(code, languages.get(code, code)) for code in found.get("language", [])],
        "roles": [(code, roles.get(code, code)) for code in found.get("role", [])],
    }


@login_required
@require_GET
def survey_results_view(request: HttpRequest, slug: str) -> HttpResponse:
    questionnaire = _results_questionnaire(request, slug)
    filters = selectors.ResultFilters.from_query(request.GET)
    results = selectors.survey_results(questionnaire=questionnaire, filters=filters)
    for section in results.sections:
        for item in section.questions:
            if item.options:
                bars = [Bar(label=o.option.label, value=o.percent) for o in item.options]
            elif item.scale:
                bars = [Bar(label=str(point), value=percent) for point, _c, percent in item.scale]
            else:
                continue
            item.chart = bar_chart(
                bars=bars,
                chart_id=f"question-{item.question.pk}",
                title=item.question.text,
                description=describe(bars),
            )
    return render(
        request,
        "surveys/results.html",
        {
            "questionnaire": questionnaire,
            "results": results,
            "filters": filters,
            "options": _filter_options(questionnaire),
            "query": request.GET.urlencode(),
        },
    )


@login_required
@require_GET
def survey_export(request: HttpRequest, slug: str, file_format: str) -> HttpResponse:
    """Anonymised responses of the filtered group, refused for a group below the minimum."""
    questionnaire = _results_questionnaire(request, slug)
    filters = selectors.ResultFilters.from_query(request.GET)
    results_total = selectors.submitted_responses(
        questionnaire=questionnaire, filters=filters
    ).count()
    if results_total < questionnaire.min_group_size:
        messages.error(
            request,
            gettext("This group is too small to export: fewer than %(count)s responses.")
            % {"count": questionnaire.min_group_size},
        )
        return redirect(reverse("surveys:results", args=[slug]) + "?" + request.GET.urlencode())
    header, rows, questions = selectors.export_rows(questionnaire=questionnaire, filters=filters)
    legend = [(f"Q{n}", q.text_en or q.text) for n, q in enumerate(questions, start=1)]
    filename = f"{questionnaire.slug}-responses"
    if file_format == "csv":
        stream = io.StringIO()
        writer = safe_csv_writer(stream)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
        writer.writerow([])
        for code, text in legend:
            writer.writerow([code, text])
        http = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("responses")
        for row in [header, *rows]:
            sheet.append([_xlsx_cell(value) for value in row])
        questions_sheet = workbook.create_sheet("questions")
        for code, text in legend:
            questions_sheet.append([_xlsx_cell(code), _xlsx_cell(text)])
        output = io.BytesIO()
        workbook.save(output)
        http = HttpResponse(
            output.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    http["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    http["Cache-Control"] = "private, no-store"
    return http


def _xlsx_cell(value):
    """Text that looks like a formula is neutralised as in CSV: openpyxl would store "=…" as
    a formula."""
    return safe_cell(value) if isinstance(value, str) else value
