"""The custom user: email is the login, with the profile every journey needs."""

import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .regions import Region


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("“%(value)s” is not a known time zone."), params={"value": value})


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
    )
    municipality = models.CharField(_("municipality"), max_length=150, blank=True)
    country = CountryField(_("country"), blank=True)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        blank=True,
        help_text=_("For staff: the regional office whose programs and reports they manage."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["full_name", "email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class TaskFailure(models.Model):
    """A background task (an email, an expiry run) that failed. It is retried a few times with
    growing pauses; one that still fails stays here, on the admin's home page for staff who may
    see it, and the site's administrators get an email. Arguments are ids, never content."""

    class Status(models.TextChoices):
        RETRYING = "retrying", _("Being retried")
        FAILED = "failed", _("Failed")
        RECOVERED = "recovered", _("Recovered")

    key = models.CharField(max_length=64, unique=True, editable=False)
    task = models.CharField(_("task"), max_length=200)
    arguments = models.JSONField(_("arguments"), default=dict)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    error = models.TextField(_("error"), blank=True)
    first_failed_at = models.DateTimeField(_("first failed"), auto_now_add=True)
    last_failed_at = models.DateTimeField(_("last failed"), auto_now=True)

    class Meta:
        ordering = ["-last_failed_at"]
        verbose_name = _("failed background task")
        verbose_name_plural = _("failed background tasks")

    def __str__(self) -> str:
        return f"{self.task} ({self.get_status_display()})"
