"""City-to-city partnerships: municipalities, partnerships between them with a results
framework (objectives, indicators, measurements), and the partnership's workspace (work plan,
exchanges, decisions)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    FileExtensionValidator,
    MaxValueValidator,
    MinValueValidator,
)
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from lms.regions import Region

# Dates people type stay in one window; the migrations name the validator from this module.
from lms.validators import validate_plausible_date


class MunicipalityKind(models.TextChoices):
    CITY = "city", _("City")
    MUNICIPALITY = "municipality", _("Municipality")
    METROPOLITAN = "metropolitan", _("Metropolitan authority")
    DISTRICT = "district", _("District or county")
    TOWN = "town", _("Town or village")


class Municipality(models.Model):
    """A local government in the directory. Name and profile are translated
    (django-modeltranslation); the rest is the same in every language."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    population = models.PositiveIntegerField(
        _("population"), null=True, blank=True, validators=[MaxValueValidator(100_000_000)]
    )
    kind = models.CharField(
        _("type"), max_length=20, choices=MunicipalityKind.choices, default=MunicipalityKind.CITY
    )
    website = models.URLField(_("website"), blank=True)
    profile = models.TextField(_("short profile"), max_length=2000, blank=True)
    languages = models.JSONField(
        _("working languages"),
        default=list,
        blank=True,
        help_text=_("Language codes its officials work in, such as sk or es."),
    )
    focal_points = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("focal points"),
        related_name="focal_point_of",
        blank=True,
        help_text=_("Officials who speak for the municipality in partnerships."),
    )

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Official(models.Model):
    """An official's link to their municipality: asked for from the profile, confirmed by the
    municipality's focal point or a coordinator of its region."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="officials",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("official"),
        on_delete=models.CASCADE,
        related_name="municipality_links",
    )
    position = models.CharField(_("position"), max_length=150)
    listed = models.BooleanField(
        _("listed on the municipality's page"),
        default=False,
        help_text=_("Show your name and position on the municipality's public page."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.REQUESTED
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("asked on"), auto_now_add=True)

    class Meta:
        verbose_name = _("municipal official")
        verbose_name_plural = _("municipal officials")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "user"], name="partnerships_one_link_per_official"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.municipality}"


class Partnership(ClusterableModel):
    class Status(models.TextChoices):
        PROPOSED = "proposed", pgettext_lazy("partnership status", "Proposed")
        ACTIVE = "active", pgettext_lazy("partnership status", "Active")
        COMPLETED = "completed", pgettext_lazy("partnership status", "Completed")
        ENDED = "ended", pgettext_lazy("partnership status", "Ended early")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    problem = models.TextField(
        _("problem to solve"),
        max_length=3000,
        help_text=_("The concrete problem the partner city wants to solve."),
    )
    topic = models.ForeignKey(
        "cms_pages.Topic",
        verbose_name=_("focus topic"),
        on_delete=models.PROTECT,
        related_name="partnerships",
    )
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    starts_on = models.DateField(
        _("starts on"), null=True, blank=True, validators=[validate_plausible_date]
    )
    ends_on = models.DateField(
        _("ends on"), null=True, blank=True, validators=[validate_plausible_date]
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PROPOSED
    )
    ended_reason = models.TextField(_("why it ended early"), max_length=1000, blank=True)
    lessons = models.TextField(
        _("lessons learned"),
        max_length=3000,
        blank=True,
        help_text=_("What others can learn from this partnership."),
    )
    coordinators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinators"),
        related_name="coordinated_partnerships",
        blank=True,
    )
    story = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("story"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The case study told from this partnership, in the resource library."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["-starts_on", "title"]
        indexes = [models.Index(fields=["region", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="partnerships_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date cannot be before the start date.")})
        if self.status == self.Status.ENDED and not self.ended_reason.strip():
            raise ValidationError({"ended_reason": _("Say why the partnership ended early.")})

    @property
    def is_public(self) -> bool:
        return self.status in (self.Status.ACTIVE, self.Status.COMPLETED)


class MemberRole(models.TextChoices):
    MENTOR_CITY = "mentor", _("Mentor city")
    PARTNER_CITY = "partner", _("Partner city")


class PartnershipMember(ClusterableModel):
    """One municipality's side of a partnership, with its focal points."""

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="members", verbose_name=_("partnership")
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=20, choices=MemberRole.choices)
    # Parental: edited in the partnership's form with its side (saved with the row).
    focal_points = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("focal points"),
        related_name="partnership_sides",
        blank=True,
    )

    class Meta:
        verbose_name = _("partner municipality")
        verbose_name_plural = _("partner municipalities")
        ordering = ["role", "municipality__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "municipality"], name="partnerships_one_side_per_city"
            )
        ]

    def __str__(self) -> str:
        return f"{self.municipality} ({self.get_role_display()})"


class Objective(ClusterableModel):
    partnership = ParentalKey(
        Partnership,
        on_delete=models.CASCADE,
        related_name="objectives",
        verbose_name=_("partnership"),
    )
    title = models.CharField(_("objective"), max_length=300)
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.title


class Indicator(models.Model):
    """How an objective is measured: from a baseline towards a target, in one unit."""

    objective = ParentalKey(
        Objective, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("objective")
    )
    name = models.CharField(_("indicator"), max_length=300)
    unit = models.CharField(_("unit"), max_length=40, help_text=_("For example: %, days, tonnes."))
    baseline = models.DecimalField(_("baseline"), max_digits=14, decimal_places=2)
    baseline_on = models.DateField(_("baseline date"), validators=[validate_plausible_date])
    target = models.DecimalField(_("target"), max_digits=14, decimal_places=2)
    target_on = models.DateField(_("target date"), validators=[validate_plausible_date])
    source = models.CharField(_("source of data"), max_length=300, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(target_on__gte=models.F("baseline_on")),
                name="partnerships_target_after_baseline",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.baseline_on and self.target_on and self.target_on < self.baseline_on:
            raise ValidationError(
                {"target_on": _("The target date cannot be before the baseline date.")}
            )

    @property
    def higher_is_better(self) -> bool:
        return self.target >= self.baseline


class Measurement(models.Model):
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="measurements",
        verbose_name=_("indicator"),
    )
    measured_on = models.DateField(_("date measured"), validators=[validate_plausible_date])
    value = models.DecimalField(
        _("value"),
        max_digits=14,
        decimal_places=2,
        validators=[
            MinValueValidator(Decimal("-999999999999")),
            MaxValueValidator(Decimal("999999999999")),
        ],
    )
    source = models.CharField(_("source"), max_length=300)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ["measured_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "measured_on"], name="partnerships_one_measurement_per_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.value} ({self.measured_on})"


class Activity(models.Model):
    """A line of the work plan."""

    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("activity status", "Planned")
        IN_PROGRESS = "in_progress", pgettext_lazy("activity status", "In progress")
        DONE = "done", pgettext_lazy("activity status", "Done")
        CANCELLED = "cancelled", pgettext_lazy("activity status", "Cancelled")

    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("partnership"),
    )
    title = models.CharField(_("activity"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    due_on = models.DateField(_("due date"), validators=[validate_plausible_date])
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return self.title


class Exchange(models.Model):
    """A visit: a delegation from one member city to another."""

    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.CASCADE,
        related_name="exchanges",
        verbose_name=_("partnership"),
    )
    host = models.ForeignKey(
        Municipality, verbose_name=_("host city"), on_delete=models.PROTECT, related_name="+"
    )
    visitors = models.ForeignKey(
        Municipality,
        verbose_name=_("visiting delegation from"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    starts_on = models.DateField(_("first day"), validators=[validate_plausible_date])
    ends_on = models.DateField(_("last day"), validators=[validate_plausible_date])
    purpose = models.CharField(_("purpose"), max_length=300)
    agenda = models.TextField(_("agenda"), max_length=5000, blank=True)
    trip_report = models.TextField(_("trip report"), max_length=10000, blank=True)
    participants = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participants"),
        related_name="partnership_exchanges",
        blank=True,
    )

    class Meta:
        verbose_name = _("exchange")
        verbose_name_plural = _("exchanges")
        ordering = ["starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="partnerships_exchange_ends_after_start",
            ),
            models.CheckConstraint(
                condition=~Q(host=models.F("visitors")),
                name="partnerships_exchange_between_two_cities",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.visitors} → {self.host} ({self.starts_on})"


class Decision(models.Model):
    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.CASCADE,
        related_name="decisions",
        verbose_name=_("partnership"),
    )
    decided_on = models.DateField(_("date"), validators=[validate_plausible_date])
    text = models.TextField(_("decision"), max_length=2000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["-decided_on", "-pk"]

    def __str__(self) -> str:
        return self.text[:60]


class PartnerSearch(models.Model):
    """A municipality looking for a partner: the problem it wants to solve, on a topic. The
    platform suggests candidate cities (``selectors.partner_suggestions``); a coordinator of the
    municipality's region creates the partnership from one of them."""

    class Status(models.TextChoices):
        OPEN = "open", _("Looking for a partner")
        MATCHED = "matched", _("Partnership proposed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="partner_searches",
    )
    topic = models.ForeignKey(
        "cms_pages.Topic",
        verbose_name=_("topic"),
        on_delete=models.PROTECT,
        related_name="partner_searches",
    )
    problem = models.TextField(
        _("problem to solve"),
        max_length=3000,
        help_text=_("What the municipality wants to change, and what it has tried."),
    )
    language = models.CharField(_("written in"), max_length=10, choices=settings.LANGUAGES)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("described by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("described on"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    partnership = models.OneToOneField(
        Partnership,
        verbose_name=_("partnership"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="search",
    )

    class Meta:
        verbose_name = _("partner search")
        verbose_name_plural = _("partner searches")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.municipality} – {self.topic}"


# What a workspace takes: office documents, spreadsheets, PDFs and photos; never HTML or scripts.
DOCUMENT_EXTENSIONS = [
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "odp",
    "csv",
    "txt",
    "jpg",
    "jpeg",
    "png",
]
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024


def private_storage():
    """The ``private`` storage (``settings.STORAGES``): never served by the web server."""
    from django.core.files.storage import storages

    return storages["private"]


class PartnershipDocument(models.Model):
    """A file of the partnership's workspace (work plans, reports, data), readable only by the
    people working in it, through ``views.document_download``."""

    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.CASCADE,
        related_name="documents",
        verbose_name=_("partnership"),
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"),
        storage=private_storage,
        upload_to="partnerships/%Y/%m/",
        max_length=255,
        validators=[FileExtensionValidator(DOCUMENT_EXTENSIONS)],
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded on"), auto_now_add=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        return self.title
