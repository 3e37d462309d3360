"""Questionnaires: capacity self-assessments (scored by domain, answered by a municipality's
team) and research surveys (answered by officials, seen only in groups).

Texts are translated with django-modeltranslation, one row per question and per option with a
column per language, rather than one StreamField per locale: an answer points at the option
itself, so answers given in Slovak and in Chinese are the same rows and count in one result
set, and points and domains are defined once."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from lms.regions import Region
from lms.validators import validate_plausible_date

SCALE_POINTS = (1, 2, 3, 4, 5)
# Numbers people type: kept in a range that every database and every chart can hold.
NUMBER_LIMIT = 1_000_000_000


class Domain(models.Model):
    """A capacity domain (financial management, service delivery…): scored questions belong
    to one, and its topics link weak domains to courses, mentors and partner cities."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), max_length=500, blank=True)
    topics = models.ManyToManyField(
        "cms_pages.Topic",
        verbose_name=_("topics"),
        related_name="capacity_domains",
        blank=True,
        help_text=_("Courses, mentors and partner cities on these topics are recommended."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("capacity domain")
        verbose_name_plural = _("capacity domains")
        ordering = ["sort_order", "slug"]

    def __str__(self) -> str:
        return self.name


class Questionnaire(ClusterableModel):
    class Kind(models.TextChoices):
        ASSESSMENT = "assessment", _("Capacity self-assessment (scored, one per municipality)")
        SURVEY = "survey", _("Research survey (one per person)")

    class Audience(models.TextChoices):
        EVERYONE = "everyone", _("Everyone signed in")
        REGION = "region", _("Members of a region")
        PROGRAM = "program", _("Participants of a mentoring program")
        PARTNERSHIP = "partnership", _("People of a partnership")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    intro = models.TextField(_("introduction"), max_length=2000, blank=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.SURVEY)
    opens_on = models.DateField(_("opens on"), validators=[validate_plausible_date])
    closes_on = models.DateField(_("closes on"), validators=[validate_plausible_date])
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        blank=True,
        help_text=_("For an audience of a region; also the region whose coordinators see it."),
    )
    program = models.ForeignKey(
        "mentoring.MentoringProgram",
        verbose_name=_("mentoring program"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    partnership = models.ForeignKey(
        "partnerships.Partnership",
        verbose_name=_("partnership"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    anonymous = models.BooleanField(
        _("anonymous"),
        default=True,
        help_text=_(
            "Answers are kept without the person's account once submitted. A person can still "
            "answer only once."
        ),
    )
    min_group_size = models.PositiveSmallIntegerField(
        _("smallest group shown"),
        default=5,
        validators=[MinValueValidator(3), MaxValueValidator(100)],
        help_text=_("Results are shown only for groups of at least this many responses."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")
        ordering = ["-opens_on", "slug"]
        permissions = [("view_results", _("Can see results of questionnaires"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_on__gte=models.F("opens_on")),
                name="surveys_closes_after_opening",
            ),
            models.CheckConstraint(
                condition=Q(min_group_size__gte=3), name="surveys_min_group_at_least_three"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_assessment(self) -> bool:
        return self.kind == self.Kind.ASSESSMENT

    def is_open(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            errors["closes_on"] = _("The questionnaire must close on or after the day it opens.")
        if self.audience == self.Audience.REGION and not self.region:
            errors["region"] = _("Choose the region whose members may answer.")
        if self.audience == self.Audience.PROGRAM and not self.program_id:
            errors["program"] = _("Choose the program whose participants may answer.")
        if self.audience == self.Audience.PARTNERSHIP and not self.partnership_id:
            errors["partnership"] = _("Choose the partnership whose people may answer.")
        if self.kind == self.Kind.ASSESSMENT and self.audience in (
            self.Audience.PROGRAM,
            self.Audience.PARTNERSHIP,
        ):
            errors["audience"] = _(
                "A self-assessment is answered by municipalities: choose everyone or a region."
            )
        if errors:
            raise ValidationError(errors)


class Section(Orderable):
    """One page of the questionnaire, as people answer it on a phone."""

    questionnaire = ParentalKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="sections",
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), max_length=1000, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self) -> str:
        return f"{self.questionnaire} – {self.title}"


class Question(ClusterableModel):
    class Kind(models.TextChoices):
        SINGLE = "single", _("One choice")
        MULTIPLE = "multiple", _("Several choices")
        SCALE = "scale", _("Scale from 1 to 5")
        NUMBER = "number", _("Number")
        SHORT_TEXT = "short_text", _("Short text")
        LONG_TEXT = "long_text", _("Long text")

    CHOICE_KINDS = (Kind.SINGLE, Kind.MULTIPLE)
    TEXT_KINDS = (Kind.SHORT_TEXT, Kind.LONG_TEXT)

    section = models.ForeignKey(
        Section, verbose_name=_("section"), on_delete=models.CASCADE, related_name="questions"
    )
    text = models.CharField(_("question"), max_length=300)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.SINGLE)
    required = models.BooleanField(_("required"), default=True)
    domain = models.ForeignKey(
        Domain,
        verbose_name=_("capacity domain"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questions",
        help_text=_("Scored questions of a self-assessment count towards their domain."),
    )
    scale_low = models.CharField(_("label of 1"), max_length=60, blank=True)
    scale_high = models.CharField(_("label of 5"), max_length=60, blank=True)
    min_value = models.IntegerField(
        _("smallest number"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-NUMBER_LIMIT), MaxValueValidator(NUMBER_LIMIT)],
    )
    max_value = models.IntegerField(
        _("largest number"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-NUMBER_LIMIT), MaxValueValidator(NUMBER_LIMIT)],
    )
    max_choices = models.PositiveSmallIntegerField(
        _("most choices"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("For several choices: how many a person may choose at most."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["section__sort_order", "section_id", "sort_order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_value__isnull=True)
                | Q(max_value__isnull=True)
                | Q(max_value__gte=models.F("min_value")),
                name="surveys_number_range_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def is_choice(self) -> bool:
        return self.kind in self.CHOICE_KINDS

    @property
    def is_scored(self) -> bool:
        return self.domain_id is not None and self.kind in (
            self.Kind.SINGLE,
            self.Kind.MULTIPLE,
            self.Kind.SCALE,
        )

    def clean(self) -> None:
        super().clean()
        if (
            self.min_value is not None
            and self.max_value is not None
            and self.max_value < self.min_value
        ):
            raise ValidationError(
                {"max_value": _("The largest number must not be smaller than the smallest.")}
            )


class Option(Orderable):
    question = ParentalKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="options"
    )
    label = models.CharField(_("label"), max_length=200)
    points = models.SmallIntegerField(
        _("points"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-100), MaxValueValidator(100)],
        help_text=_("For scored questions: what choosing this option is worth."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self) -> str:
        return self.label


class Response(models.Model):
    """One person's (survey) or one municipality's team's (self-assessment) answers.

    Who answered is kept only while the response is a draft (to continue later) or when the
    questionnaire is not anonymous. The group it belongs to (language, region, country, role)
    is kept for results; those are shown only in groups of at least ``min_group_size``."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    class Role(models.TextChoices):
        OFFICIAL = "official", _("Municipal official")
        MENTOR = "mentor", _("Mentor")
        COORDINATOR = "coordinator", _("Program coordinator")
        LEARNER = "learner", _("Learner")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    questionnaire = models.ForeignKey(
        Questionnaire,
        verbose_name=_("questionnaire"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("respondent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questionnaire_responses",
    )
    municipality = models.ForeignKey(
        "partnerships.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, blank=True)
    country = CountryField(_("country"), blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)
    reached_section = models.PositiveSmallIntegerField(default=0)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        constraints = [
            # A survey is answered once per person (anonymous ones: see SurveyParticipation).
            models.UniqueConstraint(
                fields=["questionnaire", "respondent"],
                condition=Q(municipality__isnull=True, respondent__isnull=False),
                name="surveys_one_response_per_person",
            ),
            # A municipality's team shares one draft at a time.
            models.UniqueConstraint(
                fields=["questionnaire", "municipality"],
                condition=Q(status="draft", municipality__isnull=False),
                name="surveys_one_draft_per_municipality",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(submitted_at__isnull=False),
                name="surveys_submitted_has_date",
            ),
        ]
        indexes = [models.Index(fields=["questionnaire", "status"])]

    def __str__(self) -> str:
        return f"{self.questionnaire} #{self.pk}"

    @property
    def is_submitted(self) -> bool:
        return self.status == self.Status.SUBMITTED


class Answer(models.Model):
    response = models.ForeignKey(
        Response, verbose_name=_("response"), on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="answers"
    )
    options = models.ManyToManyField(Option, verbose_name=_("options"), blank=True)
    number = models.DecimalField(
        _("number"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(-NUMBER_LIMIT), MaxValueValidator(NUMBER_LIMIT)],
    )
    text = models.TextField(_("text"), max_length=4000, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question"], name="surveys_one_answer_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"{self.response_id}: {self.question_id}"


class SurveyParticipation(models.Model):
    """That a person answered a survey, without saying what: keeps anonymous surveys to one
    response per person once the response no longer names them."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="participations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="survey_participations"
    )
    submitted_on = models.DateField(_("submitted on"))

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "user"], name="surveys_one_participation_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.questionnaire}"
