from django.conf import settings
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import services
from .admin_views import (
    MENTORSHIP_ACTIONS,
    PARTICIPANT_ACTIONS,
    ActionsColumn,
    CoordinatedHistoryView,
    CoordinatedInspectView,
    InspectInsteadOfEditView,
    PairMentorshipView,
    ProgramReportView,
    RegionScopedForm,
    ScopedCopyView,
    ScopedDeleteView,
    ScopedEditView,
    ScopedHistoryView,
    ScopedIndexView,
    ScopedUsageView,
    bulk_match,
    bulk_match_pair,
    no_add_view,
)
from .models import MentoringProgram, Mentorship, Participation


def _per_language(field: str) -> list[FieldPanel]:
    return [
        FieldPanel(f"{field}_{code.replace('-', '_')}", heading=name)
        for code, name in settings.LANGUAGES
    ]


class BulkMatchColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("mentoring_bulk_match", args=[instance.pk]),
            _("Bulk matching"),
        )


class ProgramViewSet(ModelViewSet):
    model = MentoringProgram
    icon = "group"
    menu_label = _("Programs")
    menu_name = "programs"
    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    copy_view_class = ScopedCopyView
    list_display = ["name", "region", "starts_on", "ends_on", BulkMatchColumn("bulk", label="")]
    list_filter = ["region", "matching_mode"]
    list_export = ["name", "region", "starts_on", "ends_on", "matching_mode"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(_per_language("name"), heading=_("Name")),
            MultiFieldPanel(_per_language("description"), heading=_("Description")),
            FieldPanel("region"),
            FieldPanel("coordinators"),
            FieldPanel("starts_on"),
            FieldPanel("ends_on"),
            FieldPanel("matching_mode"),
            FieldPanel("region_preference"),
        ],
        base_form_class=RegionScopedForm,
    )


class CoordinatedIndexView(ScopedIndexView):
    """Rows link to their read-only page: there is no edit form."""

    def get_edit_url(self, instance):
        return None


class ParticipationIndexView(CoordinatedIndexView):
    def get_add_url(self):
        return None


class CoordinatedViewSet(ModelViewSet):
    """Participants and mentorships: a read-only page per row (the inspect view; the edit URL
    leads there) and actions that go through ``services``, so every status change keeps the
    rules, records who did it and sends the emails. All of it scoped to the coordinator's
    programs."""

    program_lookup = "program"
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = CoordinatedIndexView
    inspect_view_class = CoordinatedInspectView
    delete_view_class = ScopedDeleteView
    history_view_class = CoordinatedHistoryView
    usage_view_class = ScopedUsageView
    admin_actions: tuple = ()
    inspect_field_labels: dict = {}

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            program_lookup=self.program_lookup, url_namespace=self.url_namespace, **kwargs
        )

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            actions=self.admin_actions, field_labels=self.inspect_field_labels, **kwargs
        )

    @cached_property
    def list_display(self):
        return [
            *self.list_columns,
            ActionsColumn(
                "actions",
                label=_("Actions"),
                actions=self.admin_actions,
                url_namespace=self.url_namespace,
            ),
        ]

    @property
    def edit_view(self):
        return self.construct_view(InspectInsteadOfEditView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *(
                path(
                    f"{action.name}/<int:pk>/",
                    self.construct_view(action.view_class),
                    name=action.name,
                )
                for action in self.admin_actions
            ),
        ]


class ParticipationViewSet(CoordinatedViewSet):
    model = Participation
    name = "mentoring_participants"
    icon = "user"
    menu_label = _("Participants")
    menu_name = "participants"
    index_view_class = ParticipationIndexView
    list_columns = ["user", "program", "role", "status"]
    list_filter = ["status", "role", "program"]
    list_export = ["user", "program", "role", "status", "created_at"]
    export_headings = {"created_at": _("Joined on")}
    inspect_view_fields = ["user", "program", "role", "status", "created_at"]
    inspect_field_labels = {"created_at": _("Joined on")}
    admin_actions = PARTICIPANT_ACTIONS

    @property
    def add_view(self):
        return no_add_view


class MentorshipViewSet(CoordinatedViewSet):
    model = Mentorship
    name = "mentoring_mentorships"
    icon = "link"
    menu_label = _("Mentorships")
    menu_name = "mentorships"
    list_columns = [
        "mentor",
        "mentee",
        "program",
        "status",
        Column("requested_at", label=_("Requested on"), sort_key="requested_at"),
    ]
    list_filter = ["status", "program"]
    list_export = ["mentor", "mentee", "program", "status", "requested_at"]
    export_headings = {"requested_at": _("Requested on")}
    inspect_view_fields = [
        "program",
        "mentor",
        "mentee",
        "status",
        "requested_at",
        "request_message",
        "responded_at",
        "decline_reason",
        "ended_at",
        "end_reason",
        "match_score",
        "next_meeting_at",
        "next_meeting_details",
    ]
    inspect_field_labels = {
        "requested_at": _("Requested on"),
        "responded_at": _("Answered on"),
        "ended_at": _("Ended on"),
        "match_score": _("Match score"),
    }
    admin_actions = MENTORSHIP_ACTIONS

    @property
    def add_view(self):
        """A new mentorship is a coordinator's pairing, through ``services.mentorship_pair``."""
        return self.construct_view(PairMentorshipView)


class MentoringViewSetGroup(ViewSetGroup):
    menu_label = _("Mentoring")
    # Names are fixed, not slugified from the label in the language of the first request.
    menu_name = "mentoring"
    menu_icon = "group"
    menu_order = 220
    items = (
        ProgramViewSet("mentoring_programs"),
        ParticipationViewSet(),
        MentorshipViewSet(),
    )


@hooks.register("register_admin_viewset")
def register_mentoring_viewsets():
    return MentoringViewSetGroup()


@hooks.register("register_log_actions")
def register_mentoring_log_actions(actions):
    """Status changes the services write to the audit log (``services._record``)."""
    for action, label, message in [
        (services.LOG_REQUEST, _("Request a mentorship"), _("Requested a mentorship")),
        (services.LOG_ACCEPT, _("Accept mentorship request"), _("Accepted the mentorship request")),
        (
            services.LOG_DECLINE,
            _("Decline mentorship request"),
            _("Declined the mentorship request"),
        ),
        (services.LOG_EXPIRE, _("Expire mentorship request"), _("The mentorship request expired")),
        (services.LOG_COMPLETE, _("Complete mentorship"), _("Completed the mentorship")),
        (services.LOG_END, _("End mentorship early"), _("Ended the mentorship early")),
        (services.LOG_PAIR, _("Pair mentor and mentee"), _("Paired the mentor and the mentee")),
        (
            services.LOG_BULK_PAIR,
            _("Pair through bulk matching"),
            _("Paired the mentor and the mentee through bulk matching"),
        ),
        (services.LOG_ADMIT, _("Admit participant"), _("Admitted the participant")),
        (services.LOG_NOT_ADMIT, _("Do not admit participant"), _("Did not admit the participant")),
    ]:
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_mentoring_admin_urls():
    return [
        path("mentoring/programs/<int:pk>/match/", bulk_match, name="mentoring_bulk_match"),
        path(
            "mentoring/programs/<int:pk>/match/pair/",
            bulk_match_pair,
            name="mentoring_bulk_match_pair",
        ),
        path("reports/mentoring/", ProgramReportView.as_view(), name="mentoring_program_report"),
        path(
            "reports/mentoring/results/",
            ProgramReportView.as_view(results_only=True),
            name="mentoring_program_report_results",
        ),
    ]


class ProgramReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("mentoring.view_mentoringprogram")


@hooks.register("register_reports_menu_item")
def register_program_report_menu_item():
    return ProgramReportMenuItem(
        _("Mentoring program report"),
        reverse("mentoring_program_report"),
        name="mentoring-program-report",
        icon_name="group",
        order=710,
    )
