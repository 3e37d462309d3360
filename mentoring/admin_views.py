"""Wagtail admin for coordinators: region-scoped viewsets, program report, bulk matching,
and the actions on participants and mentorships, which go through ``services``."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise, cached_property
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.http import require_http_methods
from django.views.generic import FormView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton

from lms.actions import ActionRefused, perform
from lms.models import User
from lms.regions import Region
from lms.spreadsheets import ChoiceLabelsExportMixin, SafeSpreadsheetExportMixin

from . import selectors, services
from .admin_forms import ConfirmForm, DeclineForm, EndForm, PairForm, RepairForm
from .models import MatchProposal, MentoringProgram, Mentorship, Participation


def scope_programs(user, queryset: QuerySet, lookup: str = "pk") -> QuerySet:
    """The rows of the programs ``user`` coordinates (``selectors.programs_coordinated_by``:
    superusers all, coordinators their own region's). ``lookup`` leads from a row to its
    program: ``"pk"`` for programs, ``"program"`` for participants and mentorships."""
    if user.is_superuser:
        return queryset
    return queryset.filter(**{f"{lookup}__in": selectors.programs_coordinated_by(user=user)})


class RegionScopedMixin:
    program_lookup = "pk"

    def scoped(self, queryset):
        return scope_programs(self.request.user, queryset, self.program_lookup)


def scope_filter_choices(user, fields) -> None:
    """Narrow the choices of a listing's filters (``fields``: the filter form's fields) to what
    ``user`` coordinates: programs to their programs, people to the participants of those
    programs, regions to their own region (the filter adds its "All" choice back).
    Superusers keep every choice."""
    if user.is_superuser:
        return
    programs = scope_programs(user, MentoringProgram.objects.all())
    for name, field in fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is not None:
            if queryset.model is MentoringProgram:
                field.queryset = queryset.filter(pk__in=programs)
            elif queryset.model is User:
                field.queryset = queryset.filter(
                    pk__in=Participation.objects.filter(program__in=programs).values("user_id")
                )
        elif name == "region" and hasattr(field, "choices"):
            field.choices = [
                (value, label) for value, label in field.choices if value == user.region
            ]


class ScopedIndexView(
    RegionScopedMixin, ChoiceLabelsExportMixin, SafeSpreadsheetExportMixin, generic.IndexView
):
    """A listing of the coordinator's rows; its filters offer only their programs (and
    region), and its CSV/XLSX exports (``?export=``) hold the same rows as the listing."""

    def get_base_queryset(self):
        # The people and programs each row shows come in the same query (no query per row).
        related = [f.name for f in self.model._meta.concrete_fields if f.many_to_one]
        return self.scoped(super().get_base_queryset()).select_related(*related)

    @cached_property
    def filters(self):
        filters = super().filters
        if filters is not None:
            scope_filter_choices(self.request.user, filters.form.fields)
        return filters


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


class ProgramReportView(SafeSpreadsheetExportMixin, ReportView):
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


PAIRS_PER_PAGE = 100
SEARCH_MAX_LENGTH = 100


class ProposalPaginator(WagtailPaginator):
    """Pages of a proposal's pairs (the pagination's count names them in the translations)."""

    verbose_name = gettext_lazy("proposed pair")
    verbose_name_plural = gettext_lazy("proposed pairs")


def _positive(value) -> int | None:
    """A positive whole number from a query string or form, or None."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _proposal_url(program: MentoringProgram, page: int | None = None) -> str:
    url = reverse("mentoring_bulk_match", args=[program.pk])
    return f"{url}?p={page}" if page and page > 1 else url


def _draft_proposal(program: MentoringProgram) -> MatchProposal | None:
    return program.proposals.filter(status=MatchProposal.Status.DRAFT).first()


@require_http_methods(["GET", "POST"])
def bulk_match(request, pk: int):
    """Propose the optimal assignment, let the coordinator change pairs one at a time
    (:func:`bulk_match_pair`), then confirm every pair that has a mentor.

    The proposal is shown a page of pairs at a time, without the list of mentors: a fixed
    number of queries and a page of bounded size, however many pairs and mentors there are."""
    program = _program_for(request, pk)
    proposal = _draft_proposal(program)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "propose":
            program.proposals.filter(status=MatchProposal.Status.DRAFT).delete()
            proposal = services.proposal_create(coordinator=request.user, program=program)
            counts = selectors.proposal_counts(proposal=proposal)
            messages.success(
                request,
                _("Proposal ready: %(matched)s of %(total)s mentees matched.")
                % {"matched": counts["matched"], "total": counts["total"]},
            )
            return redirect("mentoring_bulk_match", pk=program.pk)
        if action == "confirm" and proposal is not None:
            # Every stored pair with a mentor; a mentee is left out by choosing "no mentor".
            try:
                created = services.proposal_confirm(coordinator=request.user, proposal=proposal)
            except ActionRefused as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("%(count)s mentorships created.") % {"count": len(created)},
                )
            return redirect("mentoring_bulk_match", pk=program.pk)
    context = {
        "program": program,
        "proposal": proposal,
        "unmatched_count": selectors.unmatched_mentee_count(program=program),
        "active_count": program.mentorships.filter(status=Mentorship.Status.ACTIVE).count(),
        "pending_count": program.participations.filter(status=Participation.Status.PENDING).count(),
    }
    if proposal is not None:
        paginator = ProposalPaginator(selectors.proposal_pairs(proposal=proposal), PAIRS_PER_PAGE)
        page = paginator.get_page(request.GET.get("p"))
        context.update(
            page=page,
            pairs=page.object_list,
            elided_page_range=paginator.get_elided_page_range(page.number),
            proposal_counts=selectors.proposal_counts(proposal=proposal),
        )
    return TemplateResponse(request, "mentoring/admin/bulk_match.html", context)


@require_http_methods(["GET", "POST"])
def bulk_match_pair(request, pk: int):
    """Change the proposed mentor of one mentee (``?mentee=``) of the program's draft proposal
    (``?proposal=``). GET searches the program's mentors who may be paired with the mentee by
    name or email (``?q=``), best match first, at most 20 (without a search: the best
    matches); POST saves the choice (``mentor``: a mentor's id, or empty for no mentor) on the
    proposal's pair through ``services.proposal_pair_change``. Works without JavaScript."""
    program = _program_for(request, pk)
    page_number = _positive(request.GET.get("p"))
    proposal_id = _positive(request.GET.get("proposal"))
    proposal = (
        program.proposals.filter(status=MatchProposal.Status.DRAFT, pk=proposal_id).first()
        if proposal_id
        else None
    )
    if proposal is None:
        messages.warning(request, _("This proposal has been confirmed or replaced."))
        return redirect(_proposal_url(program))
    mentee_id = _positive(request.GET.get("mentee"))
    pair = (
        proposal.pairs.select_related("mentee", "mentor").filter(mentee_id=mentee_id).first()
        if mentee_id
        else None
    )
    if pair is None:
        raise Http404
    back_url = _proposal_url(program, page_number)
    if request.method == "POST":
        value = request.POST.get("mentor")
        mentor_id = _positive(value)
        if value is None or (value != "" and mentor_id is None):
            return HttpResponseBadRequest()
        try:
            changed = services.proposal_pair_change(
                coordinator=request.user,
                proposal=proposal,
                mentee_id=pair.mentee_id,
                mentor_id=mentor_id,
            )
        except ActionRefused as refusal:
            messages.error(request, refusal.message)
            return redirect(request.get_full_path())
        if changed.mentor_id is None:
            message = _(
                "No mentor is proposed for %(mentee)s now: they are left out when the "
                "proposal is confirmed."
            ) % {"mentee": pair.mentee}
        else:
            message = _("%(mentor)s is now proposed as the mentor of %(mentee)s.") % {
                "mentor": changed.mentor,
                "mentee": pair.mentee,
            }
        messages.success(request, message)
        return redirect(back_url)
    mentee = selectors.unmatched_mentee_profile(program=program, user_id=pair.mentee_id)
    query = request.GET.get("q", "").strip()[:SEARCH_MAX_LENGTH]
    choices = []
    if mentee is not None:
        choices = selectors.proposal_mentor_choices(proposal=proposal, mentee=mentee, query=query)
    return TemplateResponse(
        request,
        "mentoring/admin/bulk_match_pair.html",
        {
            "program": program,
            "proposal": proposal,
            "pair": pair,
            "available": mentee is not None,
            "query": query,
            "choices": choices,
            "limit": selectors.PROPOSAL_CHOICES_LIMIT,
            "page_number": page_number,
            "back_url": back_url,
        },
    )


# ----------------------------------------------------------------------------- scoped generic views


class ScopedHistoryView(RegionScopedMixin, history.HistoryView):
    def get_base_object_queryset(self):
        return self.scoped(super().get_base_object_queryset())


class CoordinatedHistoryView(ScopedHistoryView):
    """History of a participant or mentorship: no "Edit" button, as they have no edit form."""

    program_lookup = "program"
    header_buttons = []


class ScopedUsageView(RegionScopedMixin, usage.UsageView):
    def get_base_object_queryset(self):
        return self.scoped(super().get_base_object_queryset())


class ScopedCopyView(RegionScopedMixin, generic.CopyView):
    def get_object(self, queryset=None):
        return get_object_or_404(
            self.scoped(self.model._default_manager.all()),
            pk=unquote(str(self.kwargs[self.pk_url_kwarg])),
        )


# ----------------------------------------------------------------------------- actions on
# participants and mentorships: their status, people and program change only through services.


@dataclass(frozen=True)
class AdminAction:
    """An action offered on a participant or mentorship in a given status."""

    name: str  # the URL name in the viewset's namespace
    label: Promise
    statuses: tuple[str, ...]
    view_class: type

    def url(self, url_namespace: str, instance) -> str:
        return reverse(f"{url_namespace}:{self.name}", args=[quote(instance.pk)])


def _may_act(user, model) -> bool:
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.{get_permission_codename('change', opts)}")


def action_links(user, instance, actions, url_namespace: str) -> list[tuple[str, str]]:
    """(label, URL) of the actions ``user`` may take on ``instance`` in its current status."""
    if not _may_act(user, type(instance)):
        return []
    return [
        (str(action.label), action.url(url_namespace, instance))
        for action in actions
        if instance.status in action.statuses
    ]


class ActionsColumn(Column):
    """Links to the actions open for a row, like the programs' bulk matching link."""

    def __init__(self, name, *, actions, url_namespace: str, **kwargs):
        super().__init__(name, **kwargs)
        self.actions = actions
        self.url_namespace = url_namespace

    def get_value(self, instance):
        return ""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        if request is None:
            return context
        links = action_links(request.user, instance, self.actions, self.url_namespace)
        context["value"] = format_html_join(
            " ",
            '<a class="button button-small button-secondary" href="{}">{}</a>',
            ((url, label) for label, url in links),
        )
        return context


class CoordinatedInspectView(RegionScopedMixin, generic.InspectView):
    """The read-only page of a participant or mentorship, with its actions in the header."""

    program_lookup = "program"
    url_namespace = None
    history_url_name = None
    actions = ()
    field_labels: dict = {}

    def get_object(self, queryset=None):
        queryset = self.scoped(self.model._default_manager.select_related("program"))
        return get_object_or_404(queryset, pk=unquote(str(self.pk)))

    def get_edit_url(self):
        return None

    def get_field_label(self, field_name, field):
        if field_name in self.field_labels:
            return capfirst(self.field_labels[field_name])
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "–" if value is None or value == "" else value

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(label, url=url)
            for label, url in action_links(
                self.request.user, self.object, self.actions, self.url_namespace
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.history_url_name:
            context["history_url"] = reverse(self.history_url_name, args=[quote(self.object.pk)])
        return context


class InspectInsteadOfEditView(RegionScopedMixin, View):
    """Participants and mentorships have no edit form: their status, people and program
    change only through the actions. Their edit URL leads to the read-only page."""

    model = None
    program_lookup = "program"
    inspect_url_name = None
    http_method_names = ["get", "head"]

    def get(self, request, pk):
        if not _may_act(request.user, self.model) and not request.user.has_perm(
            f"{self.model._meta.app_label}.view_{self.model._meta.model_name}"
        ):
            raise PermissionDenied
        instance = get_object_or_404(self.scoped(self.model._default_manager.all()), pk=pk)
        return redirect(self.inspect_url_name, quote(instance.pk))


def no_add_view(request, *args, **kwargs):
    """People join a program on the site (where the profile rules apply), not in the admin."""
    raise Http404


class CoordinatorActionView(RegionScopedMixin, WagtailAdminTemplateMixin, FormView):
    """One action on one participant or mentorship. GET shows a confirmation page (with the
    action's form); POST runs the service and returns to the listing with a message: the
    success, or why the service refused."""

    model = None
    program_lookup = "program"
    index_url_name = None
    inspect_url_name = None
    header_icon = ""
    template_name = "mentoring/admin/action.html"
    form_class = ConfirmForm
    label = ""
    intro = ""
    success = ""
    submit_classname = "button"

    def dispatch(self, request, *args, **kwargs):
        if not _may_act(request.user, self.model):
            raise PermissionDenied
        queryset = self.model._default_manager.select_related("program", *self.people)
        self.object = get_object_or_404(self.scoped(queryset), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    @property
    def people(self) -> tuple[str, ...]:
        return ("user",) if self.model is Participation else ("mentor", "mentee")

    def names(self, instance) -> dict[str, str]:
        if isinstance(instance, Participation):
            return {
                "person": str(instance.user),
                "role": instance.get_role_display(),
                "program": instance.program.name,
            }
        return {
            "mentor": instance.mentor_name,
            "mentee": instance.mentee_name,
            "program": instance.program.name,
        }

    def get_page_title(self):
        return self.label

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            },
            {
                "url": reverse(self.inspect_url_name, args=[quote(self.object.pk)]),
                "label": str(self.object),
            },
            {"url": "", "label": self.label, "sublabel": str(self.object)},
        ]

    def act(self, **data):
        raise NotImplementedError

    def success_message(self, result) -> str:
        return self.success % self.names(result)

    def form_valid(self, form):
        return perform(
            self.request,
            self.act,
            success=self.success_message,
            redirect_to=reverse(self.index_url_name),
            form=form,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            intro=self.intro % self.names(self.object),
            submit_label=self.label,
            submit_classname=self.submit_classname,
            action_url=self.request.path,
            cancel_url=reverse(self.index_url_name),
        )
        return context


class AdmitParticipantView(CoordinatorActionView):
    model = Participation
    label = gettext_lazy("Admit")
    intro = gettext_lazy("Admit %(person)s (%(role)s) to “%(program)s”?")
    success = gettext_lazy("%(person)s is admitted to “%(program)s”.")

    def act(self):
        return services.participation_admit(
            coordinator=self.request.user, participation=self.object
        )


class DeclineParticipantView(CoordinatorActionView):
    model = Participation
    label = gettext_lazy("Do not admit")
    intro = gettext_lazy("Do not admit %(person)s (%(role)s) to “%(program)s”?")
    success = gettext_lazy("%(person)s is not admitted to “%(program)s”.")
    submit_classname = "button serious"

    def act(self):
        return services.participation_decline(
            coordinator=self.request.user, participation=self.object
        )


PAIRED = gettext_lazy("%(mentor)s now mentors %(mentee)s in “%(program)s”.")


class AcceptMentorshipView(CoordinatorActionView):
    model = Mentorship
    label = gettext_lazy("Accept")
    intro = gettext_lazy(
        "Accept, on the mentor's behalf, the request of %(mentee)s to be mentored by "
        "%(mentor)s in “%(program)s”?"
    )
    success = PAIRED

    def act(self):
        return services.mentorship_accept(coordinator=self.request.user, mentorship=self.object)


class DeclineMentorshipView(CoordinatorActionView):
    model = Mentorship
    form_class = DeclineForm
    label = gettext_lazy("Decline")
    intro = gettext_lazy(
        "Decline, on the mentor's behalf, the request of %(mentee)s to be mentored by "
        "%(mentor)s in “%(program)s”?"
    )
    success = gettext_lazy("The request of %(mentee)s to %(mentor)s is declined.")
    submit_classname = "button serious"

    def act(self, *, reason: str):
        return services.mentorship_decline(
            coordinator=self.request.user, mentorship=self.object, reason=reason
        )


class EndMentorshipView(CoordinatorActionView):
    model = Mentorship
    form_class = EndForm
    label = gettext_lazy("End early")
    intro = gettext_lazy(
        "End the mentorship of %(mentor)s and %(mentee)s in “%(program)s” early? "
        "Both are told by email."
    )
    success = gettext_lazy("The mentorship of %(mentor)s and %(mentee)s has ended.")
    submit_classname = "button serious"

    def act(self, *, reason: str):
        return services.mentorship_close(
            coordinator=self.request.user, mentorship=self.object, completed=False, reason=reason
        )


class RepairMentorshipView(CoordinatorActionView):
    model = Mentorship
    form_class = RepairForm
    label = gettext_lazy("Pair with another mentor")
    intro = gettext_lazy(
        "End the mentorship of %(mentor)s and %(mentee)s in “%(program)s” early and pair "
        "%(mentee)s with another mentor. If the new pair breaks a rule, nothing changes."
    )
    success = PAIRED
    submit_classname = "button serious"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "mentorship": self.object}

    def act(self, *, mentor, reason: str):
        return services.mentorship_repair(
            coordinator=self.request.user, mentorship=self.object, mentor=mentor, reason=reason
        )


PARTICIPANT_ACTIONS = (
    AdminAction("admit", AdmitParticipantView.label, ("pending",), AdmitParticipantView),
    AdminAction("decline", DeclineParticipantView.label, ("pending",), DeclineParticipantView),
)
MENTORSHIP_ACTIONS = (
    AdminAction("accept", AcceptMentorshipView.label, ("requested",), AcceptMentorshipView),
    AdminAction("decline", DeclineMentorshipView.label, ("requested",), DeclineMentorshipView),
    AdminAction("end", EndMentorshipView.label, ("active",), EndMentorshipView),
    AdminAction("repair", RepairMentorshipView.label, ("active",), RepairMentorshipView),
)


class PairMentorshipView(WagtailAdminTemplateMixin, FormView):
    """The admin's "new mentorship": a coordinator pairs a mentor and a mentee through
    ``services.mentorship_pair``; a refusal is shown on the form, nothing is created."""

    model = Mentorship
    index_url_name = None
    header_icon = ""
    template_name = "mentoring/admin/action.html"
    form_class = PairForm
    page_title = gettext_lazy("Pair a mentor and a mentee")
    intro = gettext_lazy(
        "The mentorship is active at once. Both people must be admitted in the program and "
        "share a language, and the mentor must have room for another mentee."
    )

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("mentoring.add_mentorship"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(Mentorship._meta.verbose_name_plural),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_form_kwargs(self):
        programs = scope_programs(
            self.request.user, MentoringProgram.objects.filter(ends_on__gte=timezone.localdate())
        )
        return {**super().get_form_kwargs(), "programs": programs}

    def form_valid(self, form):
        try:
            mentorship = services.mentorship_pair(
                coordinator=self.request.user, **form.cleaned_data
            )
        except ActionRefused as refusal:
            form.add_error(None, refusal.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            PAIRED
            % {
                "mentor": str(mentorship.mentor),
                "mentee": str(mentorship.mentee),
                "program": mentorship.program.name,
            },
        )
        return redirect(self.index_url_name)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            intro=self.intro,
            submit_label=_("Pair them"),
            submit_classname="button",
            action_url=self.request.path,
            cancel_url=reverse(self.index_url_name),
        )
        return context
