"""Wagtail admin for courses: cohorts and the course report."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet

from lms.spreadsheets import SafeSpreadsheetExportMixin

from . import selectors, services
from .models import Cohort, CoursePage, LessonPage
from .permissions import view_restriction_response
from .selectors import course_report_rows


@hooks.register("before_serve_page", order=10)
def course_pages_follow_the_course(page, request, serve_args, serve_kwargs):
    """Course and lesson pages in any language obey the view restrictions of the original
    course (set once, applied everywhere). A learner really viewing a lesson (not an admin
    preview, which does not pass through here) is remembered for "continue where you left
    off"."""
    if not isinstance(page, CoursePage | LessonPage):
        return None
    response = view_restriction_response(request, page, selectors.original_page(page=page))
    if response is not None:
        return response
    if isinstance(page, LessonPage) and request.method == "GET":
        services.lesson_visit(user=request.user, lesson=page)
    return None


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    menu_name = "cohorts"  # not slugified from the label of the first request
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["name", "course", "starts_on", "ends_on", "seat_limit"]
    list_filter = ["course"]
    panels = [
        FieldPanel("course"),
        MultiFieldPanel(
            [
                FieldPanel(f"name_{code.replace('-', '_')}", heading=name)
                for code, name in settings.LANGUAGES
            ],
            heading=_("Name"),
        ),
        FieldPanel("starts_on"),
        FieldPanel("ends_on"),
        FieldPanel("enrolment_opens_on"),
        FieldPanel("enrolment_closes_on"),
        FieldPanel("seat_limit"),
    ]


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return CohortViewSet("cohorts")


class CourseReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Course report")
    header_icon = "doc-full"
    index_url_name = "course_report"
    index_results_url_name = "course_report_results"
    results_template_name = "courses/admin/course_report_results.html"
    export_filename = "course-report"
    paginate_by = None
    list_export = [
        "course",
        "language",
        "enrolments",
        "completions",
        "completion_rate",
        "average_score",
    ]
    export_headings = {
        "course": _("Course"),
        "language": _("Language"),
        "enrolments": _("Enrolments"),
        "completions": _("Completions"),
        "completion_rate": _("Completion rate (%)"),
        "average_score": _("Average quiz score (%)"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("courses.view_course"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return course_report_rows()


@hooks.register("register_admin_urls")
def register_course_report_urls():
    view = CourseReportView.as_view()
    return [
        path("reports/courses/", view, name="course_report"),
        path(
            "reports/courses/results/",
            CourseReportView.as_view(results_only=True),
            name="course_report_results",
        ),
    ]


class CourseReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_course")


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return CourseReportMenuItem(
        _("Course report"),
        reverse("course_report"),
        name="course-report",
        icon_name="doc-full",
        order=700,
    )
