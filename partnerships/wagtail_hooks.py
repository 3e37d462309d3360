"""The partnerships admin: municipalities and partnerships of the coordinator's region (a
ViewSetGroup), the partnerships report, and the status changes in the History."""

from django.conf import settings
from django.db.models import Model
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter

from . import services
from .admin_forms import MunicipalityForm, PartnershipMemberForm, RegionScopedForm
from .admin_views import (
    MUNICIPALITIES_ADMIN,
    PARTNERSHIPS_ADMIN,
    REPORT_PERMISSION,
    PartnershipReportView,
    ScopedDeleteView,
    ScopedEditView,
    ScopedHistoryView,
    ScopedIndexView,
    ScopedUsageView,
    StatusLinkColumn,
)
from .models import Indicator, Municipality, Objective, Partnership, PartnershipMember


def _per_language(field: str) -> list[FieldPanel]:
    return [
        FieldPanel(f"{field}_{code.replace('-', '_')}", heading=name)
        for code, name in settings.LANGUAGES
    ]


def _label(model: type[Model], field: str):
    """The field's verbose name, capitalised (in the reader's language)."""
    return capfirst(model._meta.get_field(field).verbose_name)


def _translated(model: type[Model], field: str) -> MultiFieldPanel:
    return MultiFieldPanel(_per_language(field), heading=_label(model, field))


class MembersPanel(InlinePanel):
    """The partnership's sides, each with its focal points (``PartnershipMemberForm`` checks
    they work for that municipality)."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = PartnershipMemberForm
        return options


class ScopedViewSet(ModelViewSet):
    """Every door the viewset registers is scoped to the user's rows (``admin_views.scope``):
    listing and its results, exports, filters, edit, delete, history and usage. No copy view:
    a copy would take the slug and, for a partnership, its results framework."""

    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    copy_view_enabled = False
    inspect_view_enabled = False


class MunicipalityViewSet(ScopedViewSet):
    model = Municipality
    icon = "home"
    menu_label = _("Municipalities")
    menu_name = "municipalities"
    list_display = ["name", "country", "region", "population"]
    list_filter = ["region", "country", "kind"]
    list_export = [
        "name",
        "slug",
        "country",
        "region",
        "population",
        "kind",
        "website",
        "languages",
    ]
    search_fields = ["name_en", "name_es", "name_zh_hans", "name_sk", "slug"]
    edit_handler = ObjectList(
        [
            _translated(Municipality, "name"),
            FieldPanel("slug"),
            FieldPanel("country"),
            FieldPanel("region"),
            FieldPanel("population"),
            FieldPanel("kind"),
            FieldPanel("website"),
            _translated(Municipality, "profile"),
            FieldPanel("languages"),
            FieldPanel("focal_points"),
        ],
        base_form_class=MunicipalityForm,
    )


class PartnershipViewSet(ScopedViewSet):
    """Partnerships with their member cities and results framework. The status is not in the
    form: it changes on the partnership's page, through ``services.partnership_set_status``
    (the listing links there)."""

    model = Partnership
    icon = "site"
    menu_label = _("Partnerships")
    menu_name = "partnerships"
    list_display = [
        "title",
        "region",
        "topic",
        "status",
        "starts_on",
        StatusLinkColumn("site", label=""),
    ]
    list_filter = ["region", "topic", "status"]
    list_export = ["title", "slug", "region", "topic", "status", "starts_on", "ends_on"]
    search_fields = ["title_en", "title_es", "title_zh_hans", "title_sk", "slug"]
    edit_handler = ObjectList(
        [
            _translated(Partnership, "title"),
            FieldPanel("slug"),
            FieldPanel("topic"),
            FieldPanel("region"),
            FieldPanel("starts_on"),
            FieldPanel("ends_on"),
            FieldPanel("coordinators"),
            _translated(Partnership, "problem"),
            _translated(Partnership, "lessons"),
            MembersPanel(
                "members",
                panels=[FieldPanel("municipality"), FieldPanel("role"), FieldPanel("focal_points")],
                heading=capfirst(PartnershipMember._meta.verbose_name_plural),
                label=PartnershipMember._meta.verbose_name,
            ),
            InlinePanel(
                "objectives",
                panels=[
                    _translated(Objective, "title"),
                    InlinePanel(
                        "indicators",
                        panels=[
                            _translated(Indicator, "name"),
                            _translated(Indicator, "unit"),
                            FieldPanel("baseline"),
                            FieldPanel("baseline_on"),
                            FieldPanel("target"),
                            FieldPanel("target_on"),
                            FieldPanel("source"),
                        ],
                        heading=capfirst(Indicator._meta.verbose_name_plural),
                        label=Indicator._meta.verbose_name,
                    ),
                ],
                heading=capfirst(Objective._meta.verbose_name_plural),
                label=Objective._meta.verbose_name,
            ),
        ],
        base_form_class=RegionScopedForm,
    )


class PartnershipsViewSetGroup(ViewSetGroup):
    menu_label = _("City-to-city partnerships")
    # Names are fixed, not slugified from the label in the language of the first request.
    menu_name = "city-partnerships"
    menu_icon = "site"
    menu_order = 230
    items = (
        PartnershipViewSet(PARTNERSHIPS_ADMIN),
        MunicipalityViewSet(MUNICIPALITIES_ADMIN),
    )


@hooks.register("register_admin_viewset")
def register_partnerships_viewsets():
    return PartnershipsViewSetGroup()


@hooks.register("register_admin_urls")
def register_partnerships_admin_urls():
    return [
        path("reports/partnerships/", PartnershipReportView.as_view(), name="partnerships_report"),
        path(
            "reports/partnerships/results/",
            PartnershipReportView.as_view(results_only=True),
            name="partnerships_report_results",
        ),
    ]


class PartnershipReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_partnerships_report_menu_item():
    return PartnershipReportMenuItem(
        _("Partnerships report"),
        reverse("partnerships_report"),
        name="partnerships-report",
        icon_name="site",
        order=720,
    )


class StatusChangeFormatter(LogFormatter):
    """A status change made through ``services.partnership_set_status``, in the History."""

    label = _("Change partnership status")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        labels = dict(Partnership.Status.choices)
        old, new = data.get("from_status"), data.get("to_status")
        if old in labels and new in labels:
            return _("Changed the status from “%(old)s” to “%(new)s”") % {
                "old": labels[old],
                "new": labels[new],
            }
        return _("Changed the status")

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("note", "")


@hooks.register("register_log_actions")
def register_partnerships_log_actions(actions):
    actions.register_action(services.LOG_STATUS)(StatusChangeFormatter)
