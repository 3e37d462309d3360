from django.conf import settings
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import (
    ProgramReportView,
    RegionScopedForm,
    ScopedDeleteView,
    ScopedEditView,
    ScopedIndexView,
    bulk_match,
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
    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    list_display = ["name", "region", "starts_on", "ends_on", BulkMatchColumn("bulk", label="")]
    list_filter = ["region", "matching_mode"]
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


class ParticipationViewSet(ModelViewSet):
    model = Participation
    icon = "user"
    menu_label = _("Participants")
    index_view_class = type(
        "ParticipationIndex", (ScopedIndexView,), {"region_lookup": "program__region"}
    )
    edit_view_class = type(
        "ParticipationEdit", (ScopedEditView,), {"region_lookup": "program__region"}
    )
    delete_view_class = type(
        "ParticipationDelete", (ScopedDeleteView,), {"region_lookup": "program__region"}
    )
    list_display = ["user", "program", "role", "status"]
    list_filter = ["status", "role", "program"]
    edit_handler = ObjectList(
        [FieldPanel("program"), FieldPanel("user"), FieldPanel("role"), FieldPanel("status")],
        base_form_class=RegionScopedForm,
    )


class MentorshipViewSet(ModelViewSet):
    model = Mentorship
    icon = "link"
    menu_label = _("Mentorships")
    index_view_class = type(
        "MentorshipIndex", (ScopedIndexView,), {"region_lookup": "program__region"}
    )
    edit_view_class = type(
        "MentorshipEdit", (ScopedEditView,), {"region_lookup": "program__region"}
    )
    delete_view_class = type(
        "MentorshipDelete", (ScopedDeleteView,), {"region_lookup": "program__region"}
    )
    list_display = ["mentor", "mentee", "program", "status", "requested_at"]
    list_filter = ["status", "program"]
    edit_handler = ObjectList(
        [
            FieldPanel("program"),
            FieldPanel("mentor"),
            FieldPanel("mentee"),
            FieldPanel("status"),
            FieldPanel("next_meeting_at"),
            FieldPanel("next_meeting_details"),
        ],
        base_form_class=RegionScopedForm,
    )


class MentoringViewSetGroup(ViewSetGroup):
    menu_label = _("Mentoring")
    menu_icon = "group"
    menu_order = 220
    items = (
        ProgramViewSet("mentoring_programs"),
        ParticipationViewSet("mentoring_participants"),
        MentorshipViewSet("mentoring_mentorships"),
    )


@hooks.register("register_admin_viewset")
def register_mentoring_viewsets():
    return MentoringViewSetGroup()


@hooks.register("register_admin_urls")
def register_mentoring_admin_urls():
    return [
        path("mentoring/programs/<int:pk>/match/", bulk_match, name="mentoring_bulk_match"),
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
        icon_name="group",
        order=710,
    )
