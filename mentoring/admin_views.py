"""Wagtail admin for coordinators: region-scoped viewsets, program report, bulk matching."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.reports import ReportView

from lms.models import User
from lms.regions import Region

from . import selectors, services
from .models import MatchProposal, MentoringProgram, Mentorship, Participation


def scope_programs(user, queryset: QuerySet, lookup: str = "region") -> QuerySet:
    """Superusers see everything; coordinators only their own region's rows."""
    if user.is_superuser:
        return queryset
    if not user.region:
        return queryset.none()
    return queryset.filter(**{lookup: user.region})


class RegionScopedMixin:
    region_lookup = "region"

    def scoped(self, queryset):
        return scope_programs(self.request.user, queryset, self.region_lookup)


class ScopedIndexView(RegionScopedMixin, generic.IndexView):
    def get_base_queryset(self):
        return self.scoped(super().get_base_queryset())


class ScopedEditView(RegionScopedMixin, generic.EditView):
    def get_queryset(self):
        return self.scoped(self.model._default_manager.all())


class ScopedDeleteView(RegionScopedMixin, generic.DeleteView):
    def get_queryset(self):
        return self.scoped(self.model._default_manager.all())


class RegionScopedForm(WagtailAdminModelForm):
    """Coordinators pick only their own region and their own region's programs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or user.is_superuser:
            return
        if "region" in self.fields:
            self.fields["region"].choices = [
                (value, label) for value, label in Region.choices if value == user.region
            ]
        if "program" in self.fields:
            self.fields["program"].queryset = scope_programs(user, MentoringProgram.objects.all())
        if "coordinators" in self.fields:
            self.fields["coordinators"].queryset = User.objects.filter(region=user.region)


class ProgramReportView(ReportView):
    page_title = gettext_lazy("Mentoring program report")
    header_icon = "group"
    index_url_name = "mentoring_program_report"
    index_results_url_name = "mentoring_program_report_results"
    results_template_name = "mentoring/admin/program_report_results.html"
    export_filename = "mentoring-programs"
    paginate_by = None
    list_export = [
        "program",
        "region",
        "active_pairs",
        "completed_pairs",
        "sessions",
        "goals_met",
        "average_rating",
    ]
    export_headings = {
        "program": gettext_lazy("Program"),
        "region": gettext_lazy("Region"),
        "active_pairs": gettext_lazy("Active pairs"),
        "completed_pairs": gettext_lazy("Completed pairs"),
        "sessions": gettext_lazy("Sessions logged"),
        "goals_met": gettext_lazy("Goals met"),
        "average_rating": gettext_lazy("Average rating"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("mentoring.view_mentoringprogram"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        programs = scope_programs(self.request.user, MentoringProgram.objects.all())
        return selectors.program_report_rows(programs=programs)


def _program_for(request, pk: int) -> MentoringProgram:
    if not request.user.has_perm("mentoring.change_mentorship"):
        raise PermissionDenied
    programs = scope_programs(request.user, MentoringProgram.objects.all())
    return get_object_or_404(programs, pk=pk)


@require_http_methods(["GET", "POST"])
def bulk_match(request, pk: int):
    """Propose the optimal assignment, let the coordinator edit it, then confirm."""
    program = _program_for(request, pk)
    proposal = program.proposals.filter(status=MatchProposal.Status.DRAFT).first()
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "propose":
            program.proposals.filter(status=MatchProposal.Status.DRAFT).delete()
            proposal = services.proposal_create(coordinator=request.user, program=program)
            matched = proposal.pairs.exclude(mentor=None).count()
            messages.success(
                request,
                _("Proposal ready: %(matched)s of %(total)s mentees matched.")
                % {"matched": matched, "total": proposal.pairs.count()},
            )
            return redirect("mentoring_bulk_match", pk=program.pk)
        if action == "confirm" and proposal is not None:
            choices: dict[int, int | None] = {}
            for pair in proposal.pairs.all():
                value = request.POST.get(f"pair-{pair.mentee_id}", "")
                if request.POST.get(f"include-{pair.mentee_id}") != "1" or not value:
                    choices[pair.mentee_id] = None
                else:
                    try:
                        choices[pair.mentee_id] = int(value)
                    except ValueError as error:
                        raise Http404 from error
            try:
                created = services.proposal_confirm(
                    coordinator=request.user, proposal=proposal, choices=choices
                )
            except services.MentoringError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("%(count)s mentorships created.") % {"count": len(created)},
                )
            return redirect("mentoring_bulk_match", pk=program.pk)
    pairs = []
    mentors = []
    if proposal is not None:
        pairs = list(
            proposal.pairs.select_related("mentee", "mentor").order_by("mentee__full_name")
        )
        mentors = selectors.program_mentor_profiles(program=program)
    return TemplateResponse(
        request,
        "mentoring/admin/bulk_match.html",
        {
            "program": program,
            "proposal": proposal,
            "pairs": pairs,
            "mentors": mentors,
            "unmatched_count": len(selectors.unmatched_mentee_profiles(program=program)),
            "active_count": program.mentorships.filter(status=Mentorship.Status.ACTIVE).count(),
            "pending_count": program.participations.filter(
                status=Participation.Status.PENDING
            ).count(),
        },
    )
