"""Mentoring: profiles, programs, participation, mentorships and their workspace."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from lms.regions import Region
from lms.validators import validate_plausible_date

REQUEST_EXPIRES_AFTER = datetime.timedelta(days=14)

# Languages people speak: the platform's four and others common among members.
SPOKEN_LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("zh", _("Chinese")),
    ("sk", _("Slovak")),
    ("cs", _("Czech")),
    ("hu", _("Hungarian")),
    ("pl", _("Polish")),
    ("de", _("German")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
    ("hi", _("Hindi")),
    ("gu", _("Gujarati")),
    ("ar", _("Arabic")),
]
SPOKEN_LANGUAGE_CODES = [code for code, _label in SPOKEN_LANGUAGES]


class MentorProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_profile"
    )
    expertise = models.ManyToManyField(
        "cms_pages.Topic", verbose_name=_("expertise"), related_name="mentors"
    )
    languages = models.JSONField(_("languages spoken"), default=list)
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    current_role = models.CharField(_("current role"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=150)
    years_experience = models.PositiveSmallIntegerField(
        _("years of experience"), validators=[MaxValueValidator(60)]
    )
    bio = models.TextField(_("short bio"), max_length=1500, blank=True)
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("The most mentees you will mentor at once."),
    )
    accepting = models.BooleanField(_("accepting new mentees"), default=True)

    class Meta:
        verbose_name = _("mentor profile")
        verbose_name_plural = _("mentor profiles")

    def __str__(self) -> str:
        return str(self.user)


class MenteeProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentee_profile"
    )
    topics = models.ManyToManyField(
        "cms_pages.Topic", verbose_name=_("topics to grow in"), related_name="mentees"
    )
    languages = models.JSONField(_("languages spoken"), default=list)
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    aims = models.TextField(_("what you hope to achieve"), max_length=1500, blank=True)
    share_course_progress = models.BooleanField(
        _("share my course progress with my mentors"), default=False
    )

    class Meta:
        verbose_name = _("mentee profile")
        verbose_name_plural = _("mentee profiles")

    def __str__(self) -> str:
        return str(self.user)


class MentoringProgram(models.Model):
    class MatchingMode(models.TextChoices):
        MENTEE_CHOICE = "mentee_choice", _("Mentees choose from suggestions")
        COORDINATOR = "coordinator", _("The coordinator pairs people")

    class RegionPreference(models.TextChoices):
        SAME = "same", _("Pairs from the same region")
        CROSS = "cross", _("Pairs across regions")
        ANY = "any", _("No preference")

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinators"),
        related_name="coordinated_programs",
        blank=True,
    )
    starts_on = models.DateField(_("starts on"), validators=[validate_plausible_date])
    ends_on = models.DateField(_("ends on"), validators=[validate_plausible_date])
    matching_mode = models.CharField(
        _("matching mode"),
        max_length=20,
        choices=MatchingMode.choices,
        default=MatchingMode.MENTEE_CHOICE,
    )
    region_preference = models.CharField(
        _("region preference"),
        max_length=10,
        choices=RegionPreference.choices,
        default=RegionPreference.ANY,
    )

    class Meta:
        verbose_name = _("mentoring program")
        verbose_name_plural = _("mentoring programs")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="program_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def is_open(self, today=None) -> bool:
        return (today or timezone.localdate()) <= self.ends_on


class Participation(models.Model):
    class Role(models.TextChoices):
        MENTOR = "mentor", _("Mentor")
        MENTEE = "mentee", _("Mentee")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for admission")
        ADMITTED = "admitted", _("Admitted")
        DECLINED = "declined", _("Not admitted")

    program = models.ForeignKey(
        MentoringProgram, on_delete=models.CASCADE, related_name="participations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["program", "user", "role"], name="one_participation_per_role"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.program} ({self.get_role_display()})"


class Mentorship(models.Model):
    class Status(models.TextChoices):
        REQUESTED = "requested", pgettext_lazy("mentorship status", "Requested")
        ACTIVE = "active", pgettext_lazy("mentorship status", "Active")
        DECLINED = "declined", pgettext_lazy("mentorship status", "Declined")
        EXPIRED = "expired", pgettext_lazy("mentorship status", "Expired")
        COMPLETED = "completed", pgettext_lazy("mentorship status", "Completed")
        ENDED = "ended", pgettext_lazy("mentorship status", "Ended early")

    OPEN_STATUSES = [Status.REQUESTED, Status.ACTIVE]
    CLOSED_STATUSES = [Status.COMPLETED, Status.ENDED]

    program = models.ForeignKey(
        MentoringProgram,
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="mentorships",
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="mentorships_as_mentor",
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentee"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="mentorships_as_mentee",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.REQUESTED
    )
    request_message = models.TextField(_("message"), max_length=2000, blank=True)
    decline_reason = models.TextField(_("reason for declining"), max_length=1000, blank=True)
    end_reason = models.TextField(_("reason for ending"), max_length=1000, blank=True)
    match_score = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    requested_at = models.DateTimeField(default=timezone.now)
    responded_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    next_meeting_at = models.DateTimeField(
        _("next meeting"), null=True, blank=True, validators=[validate_plausible_date]
    )
    next_meeting_details = models.CharField(_("where or how"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("mentorship")
        verbose_name_plural = _("mentorships")
        ordering = ["-requested_at"]
        constraints = [
            # One open request or mentorship per mentee in a program: no duplicate requests,
            # whatever the number of clicks; a mentee is re-matched after the first one ends.
            models.UniqueConstraint(
                fields=["program", "mentee"],
                condition=Q(status__in=["requested", "active"]),
                name="one_open_mentorship_per_mentee_and_program",
            ),
            models.CheckConstraint(
                condition=~Q(mentor=models.F("mentee")), name="mentor_is_not_mentee"
            ),
        ]
        indexes = [models.Index(fields=["mentor", "status"])]

    def __str__(self) -> str:
        return f"{self.mentor} → {self.mentee} ({self.program})"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def is_party(self, user) -> bool:
        return user.pk is not None and user.pk in (self.mentor_id, self.mentee_id)

    @property
    def mentor_name(self) -> str:
        """The mentor's name, or a neutral label once they have erased their account."""
        return self.mentor.full_name if self.mentor_id else str(_("Former participant"))

    @property
    def mentee_name(self) -> str:
        return self.mentee.full_name if self.mentee_id else str(_("Former participant"))

    def request_expired(self, now=None) -> bool:
        """A request left unanswered for REQUEST_EXPIRES_AFTER can no longer be accepted,
        even before the daily expiry task has marked it expired."""
        now = now or timezone.now()
        return (
            self.status == self.Status.REQUESTED and self.requested_at + REQUEST_EXPIRES_AFTER < now
        )


class MentorshipEvent(models.Model):
    """Every status change: who, when, from what to what."""

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    from_status = models.CharField(max_length=10, blank=True)
    to_status = models.CharField(max_length=10)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.mentorship_id}: {self.from_status} → {self.to_status}"

    @property
    def to_status_label(self) -> str:
        return Mentorship.Status(self.to_status).label


class Goal(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("goal status", "Open")
        DONE = "done", pgettext_lazy("goal status", "Done")

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(_("goal"), max_length=200)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    due_on = models.DateField(
        _("due date"), null=True, blank=True, validators=[validate_plausible_date]
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["status", "due_on", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_overdue(self) -> bool:
        return (
            self.status == self.Status.OPEN
            and self.due_on is not None
            and self.due_on < timezone.localdate()
        )


class MentoringSession(models.Model):
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="sessions")
    held_on = models.DateField(_("date"), validators=[validate_plausible_date])
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(600)]
    )
    notes = models.TextField(_("notes"), max_length=4000, blank=True)
    next_steps = models.TextField(_("next steps"), max_length=2000, blank=True)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self) -> str:
        return f"{self.mentorship_id} {self.held_on}"


class Feedback(models.Model):
    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mentorship", "author"], name="one_feedback_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.mentorship_id} {self.rating}"


class MatchProposal(models.Model):
    """A bulk-matching proposal a coordinator reviews, edits and confirms."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        CONFIRMED = "confirmed", _("Confirmed")

    program = models.ForeignKey(
        MentoringProgram, on_delete=models.CASCADE, related_name="proposals"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    total_score = models.DecimalField(max_digits=10, decimal_places=1, default=0)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.program} {self.created_at:%Y-%m-%d %H:%M}"


class ProposedPair(models.Model):
    proposal = models.ForeignKey(MatchProposal, on_delete=models.CASCADE, related_name="pairs")
    mentee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    score = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["proposal", "mentee"], name="one_pair_per_mentee")
        ]

    def __str__(self) -> str:
        return f"{self.mentee_id} → {self.mentor_id}"
