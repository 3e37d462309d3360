"""Course content (Wagtail pages) and learning records.

Learning records (enrolments, lesson completions, quiz attempts, certificates) point at a
``Course`` row keyed by the course pages' shared ``translation_key`` and at lessons by their
``translation_key``, never at one translation: a learner who switches language keeps everything.
"""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms_pages import structured_data as structured
from cms_pages.blocks import BaseStreamBlock
from cms_pages.search_text import SearchTextMixin
from lms import page_cache
from lms.page_cache import PageCacheMixin
from lms.page_context import SelectorContextMixin
from lms.validators import validate_plausible_date

from .blocks import KnowledgeCheckBlock
from .permissions import CatalogPermissionTester, ReviewedPagePermissionTester


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseFormat(models.TextChoices):
    SELF_PACED = "self_paced", _("Self-paced")
    COHORT = "cohort", _("Facilitated cohort")


class CourseIndexPage(PageCacheMixin, SelectorContextMixin, Page):
    """The course catalog of one locale."""

    cache_visitor_content = True

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalog")

    def permissions_for_user(self, user):
        return CatalogPermissionTester(user, self)


class CoursePage(PageCacheMixin, SelectorContextMixin, SearchTextMixin, Page):
    cache_visitor_content = True

    summary = models.TextField(_("summary"), max_length=600)
    objectives = RichTextField(
        _("learning objectives"), features=["ul", "ol", "bold", "italic"], blank=True
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField("cms_pages.Topic", verbose_name=_("topics"), blank=True)
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY
    )
    format = models.CharField(
        _("format"), max_length=20, choices=CourseFormat.choices, default=CourseFormat.SELF_PACED
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("1.0"),
        validators=[MinValueValidator(Decimal("0.5"))],
        help_text=_("Professional-development (CPD) hours credited on completion."),
    )
    prerequisites = ParentalManyToManyField(
        "self", verbose_name=_("prerequisites"), symmetrical=False, blank=True
    )
    authors = models.CharField(_("authors"), max_length=300, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts per knowledge check"),
        null=True,
        blank=True,
        help_text=_("Leave empty for unlimited retakes."),
    )
    search_text = models.TextField(editable=False, blank=True, default="")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("cover_image"),
        FieldPanel("authors"),
        MultiFieldPanel(
            [
                FieldPanel("topics"),
                FieldPanel("level"),
                FieldPanel("format"),
                FieldPanel("estimated_hours"),
                FieldPanel("prerequisites"),
            ],
            heading=_("Catalog"),
        ),
        MultiFieldPanel(
            [FieldPanel("pass_mark"), FieldPanel("max_attempts")],
            heading=_("Knowledge checks"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("level"),
        index.FilterField("format"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def structured_data(self, request) -> dict:
        """schema.org ``Course`` in the page's language (see cms_pages.structured_data)."""
        hours = self.estimated_hours.normalize() if self.estimated_hours else None
        workload = f"PT{format(hours, 'f')}H" if hours else None
        instance = {"@type": "CourseInstance", "courseMode": "online"}
        if workload:
            instance["courseWorkload"] = workload
        # Path and topic names from the page cache: visitors' course pages run one query.
        facts = page_cache.remember(
            ("course_facts", self.pk, get_language()),
            lambda: {
                "path": self.get_url_parts(request)[2],
                "about": [topic.name for topic in self.topics.all()],
            },
        )
        data = {
            "@context": structured.SCHEMA,
            "@type": "Course",
            "name": self.title,
            "description": self.summary,
            "inLanguage": get_language(),
            "url": request.build_absolute_uri(facts["path"]),
            "provider": structured.organization(request),
            "educationalLevel": self.get_level_display(),
            "about": facts["about"],
            "isAccessibleForFree": True,
            "hasCourseInstance": instance,
        }
        if workload:
            data["timeRequired"] = workload
        return data

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)

    @property
    def summary_text(self) -> str:
        return self.summary

    def get_search_text_parts(self) -> list[str]:
        return [self.title, self.summary, strip_tags(self.objectives or ""), self.authors]


class LessonPage(PageCacheMixin, SelectorContextMixin, Page):
    cache_visitor_content = True

    section_label = models.CharField(_("section"), max_length=120, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    knowledge_check = StreamField(
        KnowledgeCheckBlock(), blank=True, verbose_name=_("knowledge check")
    )
    question_count = models.PositiveSmallIntegerField(default=0, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("section_label"),
        FieldPanel("body"),
        FieldPanel("knowledge_check"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)

    def save(self, *args, **kwargs):
        self.question_count = len(self.knowledge_check or [])
        return super().save(*args, **kwargs)

    @property
    def has_knowledge_check(self) -> bool:
        return self.question_count > 0


class Course(models.Model):
    """A course independent of its translations: what learning records belong to."""

    translation_key = models.UUIDField(unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255, help_text=_("For the admin only."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("course record")
        verbose_name_plural = _("course records")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class Cohort(models.Model):
    """A scheduled, facilitated run of a course with a seat limit and an enrolment window."""

    course = models.ForeignKey(
        Course, verbose_name=_("course"), on_delete=models.CASCADE, related_name="cohorts"
    )
    name = models.CharField(_("name"), max_length=150)
    starts_on = models.DateField(_("starts on"), validators=[validate_plausible_date])
    ends_on = models.DateField(_("ends on"), validators=[validate_plausible_date])
    enrolment_opens_on = models.DateField(
        _("enrolment opens on"), null=True, blank=True, validators=[validate_plausible_date]
    )
    enrolment_closes_on = models.DateField(
        _("enrolment closes on"), null=True, blank=True, validators=[validate_plausible_date]
    )
    seat_limit = models.PositiveIntegerField(_("seat limit"), validators=[MinValueValidator(1)])

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="cohort_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.course})"

    def enrolment_is_open(self, today=None) -> bool:
        today = today or timezone.localdate()
        if self.enrolment_opens_on and today < self.enrolment_opens_on:
            return False
        closes = self.enrolment_closes_on or self.ends_on
        return today <= closes

    def join_refusal(self, *, taken: int, today=None):
        """Why a learner cannot join now (a translated message), or None when they can. The
        one rule for joining a cohort: the course page shows it, enrolment enforces it."""
        if not self.enrolment_is_open(today):
            return _("Enrolment for this cohort is closed.")
        if taken >= self.seat_limit:
            return _("This cohort is full.")
        return None


class Enrolment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        LEFT = "left", _("Left")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="enrolments")
    cohort = models.ForeignKey(
        Cohort, null=True, blank=True, on_delete=models.PROTECT, related_name="enrolments"
    )
    language = models.CharField(
        _("language at enrolment"), max_length=10, choices=settings.LANGUAGES
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    last_lesson_key = models.UUIDField(null=True, blank=True)
    last_activity_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")
        ]
        indexes = [models.Index(fields=["course", "language"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.course}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson_key = models.UUIDField()
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="one_completion_per_lesson"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} – {self.lesson_key}"


class QuizAttempt(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    lesson_key = models.UUIDField()
    number = models.PositiveSmallIntegerField()
    score = models.DecimalField(max_digits=5, decimal_places=2)
    passed = models.BooleanField()
    answers = models.JSONField(default=dict)
    results = models.JSONField(default=dict)
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-submitted_at", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key", "number"], name="unique_attempt_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} – {self.lesson_key} #{self.number}"


class CourseLanguageStats(models.Model):
    """Running totals of one course in one language of enrolment, for the course report.

    The services keep them in step with the learning records (``F()`` increments in the same
    transaction as the write they count); ``services.course_stats_refresh`` recomputes them
    from those records, which stay the truth (nightly: ``manage.py refresh_report_stats``).
    An enrolment counts whatever its status (a learner who left still counts, as a completed
    course does); the average score is over every quiz attempt of those enrolments.
    """

    course = models.ForeignKey(
        Course, verbose_name=_("course"), on_delete=models.CASCADE, related_name="language_stats"
    )
    language = models.CharField(_("language at enrolment"), max_length=10)
    enrolments = models.IntegerField(_("enrolments"), default=0)
    completions = models.IntegerField(_("completions"), default=0)
    # In hundredths of a point: an integer sum stays exact on every database (SQLite keeps
    # decimals as floating point), and a score has two decimal places.
    score_sum_hundredths = models.BigIntegerField(default=0)
    scored_attempts = models.IntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("course statistics")
        verbose_name_plural = _("course statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "language"], name="one_stats_row_per_course_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.course} ({self.language})"

    @property
    def average_score(self) -> Decimal | None:
        """The exact mean of the attempts' scores (None before the first attempt)."""
        if not self.scored_attempts:
            return None
        return Decimal(self.score_sum_hundredths) / 100 / self.scored_attempts


def new_certificate_code() -> str:
    return secrets.token_urlsafe(18)


class Certificate(models.Model):
    # Empty once the learner erased their account: the code then verifies as "no longer
    # available" instead of "not found", and names no one.
    enrolment = models.OneToOneField(
        Enrolment, null=True, blank=True, on_delete=models.SET_NULL, related_name="certificate"
    )
    code = models.CharField(max_length=40, unique=True, default=new_certificate_code)
    learner_name = models.CharField(max_length=150)
    hours = models.DecimalField(max_digits=5, decimal_places=1)
    issued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return self.code
