"""Wagtail admin for partnership coordinators: the municipalities and partnerships of their
region, every door scoped by the one coordinator rule of ``selectors``, and the partnerships
report (CSV and XLSX, formula cells neutralised)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F, OuterRef, ProtectedError, QuerySet, Subquery
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.views.reports import ReportView

from lms.spreadsheets import ChoiceLabelsExportMixin, SafeSpreadsheetExportMixin

from . import selectors, services
from .models import Indicator, Measurement, Municipality, Partnership

# The admin URL namespaces of the viewsets (not "partnerships": that is the site's).
PARTNERSHIPS_ADMIN = "city_partnerships"
MUNICIPALITIES_ADMIN = "municipalities"

# ----------------------------------------------------------------------------- the scope

# Which rows of each model a user manages in the admin (superusers: all of them).
SCOPES = {
    Partnership: selectors.partnerships_coordinated_by,
    Municipality: selectors.municipalities_managed_by,
}


def scope(user, queryset: QuerySet) -> QuerySet:
    """The rows of ``queryset`` that ``user`` manages: the partnerships they coordinate, the
    municipalities of their region."""
    if user.is_authenticated and user.is_active and user.is_superuser:
        return queryset
    allowed = SCOPES[queryset.model](user=user)
    return queryset.filter(pk__in=allowed.values("pk"))


class ScopedMixin:
    def scoped(self, queryset: QuerySet) -> QuerySet:
        return scope(self.request.user, queryset)


def scope_filter_choices(user, fields, municipalities: QuerySet | None = None) -> None:
    """Narrow a listing's filters (``fields``: the filter form's fields) to what ``user``
    manages: the region to their own (the filter adds its "All" choice back), the countries to
    those of ``municipalities``. Superusers keep every region."""
    if "country" in fields and municipalities is not None:
        countries = set(municipalities.values_list("country", flat=True).distinct())
        fields["country"].choices = [
            (value, label) for value, label in fields["country"].choices if value in countries
        ]
    if user.is_superuser or "region" not in fields:
        return
    fields["region"].choices = [
        (value, label) for value, label in fields["region"].choices if value == user.region
    ]


class ScopedIndexView(
    ScopedMixin, ChoiceLabelsExportMixin, SafeSpreadsheetExportMixin, generic.IndexView
):
    """A listing of the user's rows; its filters offer only their region (and its countries),
    and its CSV/XLSX exports (``?export=``) hold the same rows as the listing."""

    def get_base_queryset(self):
        # What each row shows of related rows comes in the same query (no query per row).
        related = [f.name for f in self.model._meta.concrete_fields if f.many_to_one]
        return self.scoped(super().get_base_queryset()).select_related(*related)

    @cached_property
    def filters(self):
        filters = super().filters
        if filters is not None:
            municipalities = None
            if self.model is Municipality:
                municipalities = self.scoped(Municipality.objects.all())
            scope_filter_choices(self.request.user, filters.form.fields, municipalities)
        return filters


class ScopedEditView(ScopedMixin, generic.EditView):
    def get_queryset(self):
        return self.scoped(self.model._default_manager.all())


class ScopedDeleteView(ScopedMixin, generic.DeleteView):
    def get_queryset(self):
        return self.scoped(self.model._default_manager.all())

    def form_valid(self, form):
        """A municipality still in a partnership or an exchange is kept, with a message
        (instead of an error page)."""
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("“%(object)s” cannot be deleted: partnerships still refer to it.")
                % {"object": self.object},
            )
            return redirect(self.index_url_name)


class ScopedHistoryView(ScopedMixin, history.HistoryView):
    def get_base_object_queryset(self):
        return self.scoped(super().get_base_object_queryset())


class ScopedUsageView(ScopedMixin, usage.UsageView):
    def get_base_object_queryset(self):
        return self.scoped(super().get_base_object_queryset())


class StatusLinkColumn(Column):
    """A link to the partnership's page on the site, where its coordinators change its status
    (``services.partnership_set_status``: the rules, and the audit log)."""

    def get_value(self, instance):
        url = reverse("partnerships:detail", args=[instance.slug])
        if services.TRANSITIONS.get(instance.status):
            return format_html('<a href="{}#status-heading">{}</a>', url, _("Change the status"))
        return format_html('<a href="{}">{}</a>', url, _("View on the site"))


# ----------------------------------------------------------------------------- the report


@dataclass
class PartnershipReportRow:
    pk: int
    title: str
    region: str
    topic: str
    status: str
    indicators: int = 0
    average_progress: int | None = None
    latest_measurement: datetime.date | None = None


def partnership_report_rows(*, partnerships: QuerySet[Partnership]) -> list[PartnershipReportRow]:
    """One row per partnership: its indicators, how far they are on average from their
    baselines to their targets (``selectors.IndicatorProgress.percent_of_target`` of each
    indicator's latest measurement, over the indicators measured), and the date of its latest
    measurement. Two queries, however many partnerships, indicators and measurements."""
    rows = {
        partnership.pk: PartnershipReportRow(
            pk=partnership.pk,
            title=partnership.title,
            region=partnership.get_region_display(),
            topic=str(partnership.topic),
            status=partnership.get_status_display(),
        )
        for partnership in partnerships.select_related("topic").order_by("region", "pk")
    }
    latest = Measurement.objects.filter(indicator=OuterRef("pk")).order_by("-measured_on", "-pk")
    indicators = (
        Indicator.objects.filter(objective__partnership__in=partnerships.values("pk"))
        .annotate(
            partnership_pk=F("objective__partnership"),
            latest_value=Subquery(latest.values("value")[:1]),
            latest_on=Subquery(latest.values("measured_on")[:1]),
        )
        .order_by()
    )
    progress: dict[int, list[int]] = {}
    for indicator in indicators:
        row = rows.get(indicator.partnership_pk)
        if row is None:
            continue
        row.indicators += 1
        if indicator.latest_on is None:
            continue
        measurement = Measurement(value=indicator.latest_value, measured_on=indicator.latest_on)
        percent = selectors.IndicatorProgress(indicator, [measurement]).percent_of_target
        if percent is not None:
            progress.setdefault(row.pk, []).append(percent)
        if row.latest_measurement is None or indicator.latest_on > row.latest_measurement:
            row.latest_measurement = indicator.latest_on
    for pk, percents in progress.items():
        rows[pk].average_progress = round(sum(percents) / len(percents))
    return sorted(rows.values(), key=lambda row: (row.region, row.title.casefold(), row.pk))


class PartnershipReportFilterSet(WagtailFilterSet):
    class Meta:
        model = Partnership
        fields = ["region", "topic", "status"]


REPORT_PERMISSION = "partnerships.view_partnership"


class PartnershipReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Partnerships report")
    header_icon = "site"
    index_url_name = "partnerships_report"
    index_results_url_name = "partnerships_report_results"
    filterset_class = PartnershipReportFilterSet
    export_filename = "partnerships"
    paginate_by = None
    list_export = [
        "title",
        "region",
        "topic",
        "status",
        "indicators",
        "average_progress",
        "latest_measurement",
    ]
    export_headings = {
        "title": _("Partnership"),
        "region": _("Region"),
        "topic": _("Topic"),
        "status": _("Status"),
        "indicators": _("Indicators"),
        "average_progress": _("Average progress towards the targets, in percent"),
        "latest_measurement": _("Latest measurement"),
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=self.export_headings["title"],
                get_url=lambda row: reverse(f"{PARTNERSHIPS_ADMIN}:edit", args=[quote(row.pk)]),
            ),
            *(
                Column(field, label=self.export_headings[field])
                for field in self.list_export
                if field != "title"
            ),
        ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def filters(self):
        filters = super().filters
        if filters is not None:
            scope_filter_choices(self.request.user, filters.form.fields)
        return filters

    def get_queryset(self):
        return scope(self.request.user, Partnership.objects.all())

    def get_filtered_queryset(self):
        partnerships = self.filter_queryset(self.get_queryset())
        return partnership_report_rows(partnerships=partnerships)
